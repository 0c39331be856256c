// Generated from AddOffsetsToTxnRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. */
  transactionalId: string;
  /** Current producer id in use by the transactional id. */
  producerId: bigint;
  /** Current epoch associated with the producer id. */
  producerEpoch: number;
  /** The unique group identifier. */
  groupId: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddOffsetsToTxnRequest(): AddOffsetsToTxnRequest {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, groupId: "" };
}

function readAddOffsetsToTxnRequest(r: Reader, v: number, flex: boolean): AddOffsetsToTxnRequest {
  let transactionalId: string = "";
  let producerId: bigint = 0n;
  let producerEpoch: number = 0;
  let groupId: string = "";
  transactionalId = (flex ? r.compactString("AddOffsetsToTxnRequest.TransactionalId") : r.string("AddOffsetsToTxnRequest.TransactionalId"));
  producerId = r.int64("AddOffsetsToTxnRequest.ProducerId");
  producerEpoch = r.int16("AddOffsetsToTxnRequest.ProducerEpoch");
  groupId = (flex ? r.compactString("AddOffsetsToTxnRequest.GroupId") : r.string("AddOffsetsToTxnRequest.GroupId"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddOffsetsToTxnRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddOffsetsToTxnRequest._tagged");
      const size = r.uvarint("AddOffsetsToTxnRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddOffsetsToTxnRequest._tagged", size) });
    }
  }
  const m: AddOffsetsToTxnRequest = { transactionalId, producerId, producerEpoch, groupId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddOffsetsToTxnRequest(w: Writer, v: number, flex: boolean, m: AddOffsetsToTxnRequest): void {
  (flex ? w.compactString(m.transactionalId!) : w.string(m.transactionalId!));
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AddOffsetsToTxnRequest of version `v`; the caller checks the reader for failure. */
export function decodeAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
  return readAddOffsetsToTxnRequest(r, v, v >= 3);
}

/** Writes a AddOffsetsToTxnRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAddOffsetsToTxnRequest(w: Writer, v: number, m: AddOffsetsToTxnRequest): void {
  writeAddOffsetsToTxnRequest(w, v, v >= 3, m);
}

export const AddOffsetsToTxnRequestSchema: MessageSchema = {
  name: "AddOffsetsToTxnRequest",
  kind: "request",
  apiKey: 25,
  validVersions: [0, 4],
  flexibleVersions: [3, 4],
  fields: [{"name":"TransactionalId","prop":"transactionalId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerId","prop":"producerId","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerEpoch","prop":"producerEpoch","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
