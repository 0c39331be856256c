// Generated from EndTxnRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface EndTxnRequest {
  /** The ID of the transaction to end. */
  transactionalId: string;
  /** The producer ID. */
  producerId: bigint;
  /** The current epoch associated with the producer. */
  producerEpoch: number;
  /** True if the transaction was committed, false if it was aborted. */
  committed: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndTxnRequest(): EndTxnRequest {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, committed: false };
}

function readEndTxnRequest(r: Reader, v: number, flex: boolean): EndTxnRequest {
  let transactionalId: string = "";
  let producerId: bigint = 0n;
  let producerEpoch: number = 0;
  let committed: boolean = false;
  transactionalId = (flex ? r.compactString("EndTxnRequest.TransactionalId") : r.string("EndTxnRequest.TransactionalId"));
  producerId = r.int64("EndTxnRequest.ProducerId");
  producerEpoch = r.int16("EndTxnRequest.ProducerEpoch");
  committed = r.bool("EndTxnRequest.Committed");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("EndTxnRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("EndTxnRequest._tagged");
      const size = r.uvarint("EndTxnRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("EndTxnRequest._tagged", size) });
    }
  }
  const m: EndTxnRequest = { transactionalId, producerId, producerEpoch, committed };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndTxnRequest(w: Writer, v: number, flex: boolean, m: EndTxnRequest): void {
  (flex ? w.compactString(m.transactionalId!) : w.string(m.transactionalId!));
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.committed);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a EndTxnRequest of version `v`; the caller checks the reader for failure. */
export function decodeEndTxnRequest(r: Reader, v: number): EndTxnRequest {
  return readEndTxnRequest(r, v, v >= 3);
}

/** Writes a EndTxnRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeEndTxnRequest(w: Writer, v: number, m: EndTxnRequest): void {
  writeEndTxnRequest(w, v, v >= 3, m);
}

export const EndTxnRequestSchema: MessageSchema = {
  name: "EndTxnRequest",
  kind: "request",
  apiKey: 26,
  validVersions: [0, 4],
  flexibleVersions: [3, 4],
  fields: [{"name":"TransactionalId","prop":"transactionalId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerId","prop":"producerId","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerEpoch","prop":"producerEpoch","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Committed","prop":"committed","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
