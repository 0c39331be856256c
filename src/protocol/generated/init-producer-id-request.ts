// Generated from InitProducerIdRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. */
  transactionalId: string | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. */
  transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. */
  producerId: bigint;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. */
  producerEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultInitProducerIdRequest(): InitProducerIdRequest {
  return { transactionalId: "", transactionTimeoutMs: 0, producerId: -1n, producerEpoch: -1 };
}

function readInitProducerIdRequest(r: Reader, v: number, flex: boolean): InitProducerIdRequest {
  let transactionalId: string | null = "";
  let transactionTimeoutMs: number = 0;
  let producerId: bigint = -1n;
  let producerEpoch: number = -1;
  transactionalId = (flex ? r.compactNullableString("InitProducerIdRequest.TransactionalId") : r.nullableString("InitProducerIdRequest.TransactionalId"));
  transactionTimeoutMs = r.int32("InitProducerIdRequest.TransactionTimeoutMs");
  if (v >= 3) {
    producerId = r.int64("InitProducerIdRequest.ProducerId");
  }
  if (v >= 3) {
    producerEpoch = r.int16("InitProducerIdRequest.ProducerEpoch");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("InitProducerIdRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("InitProducerIdRequest._tagged");
      const size = r.uvarint("InitProducerIdRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("InitProducerIdRequest._tagged", size) });
    }
  }
  const m: InitProducerIdRequest = { transactionalId, transactionTimeoutMs, producerId, producerEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeInitProducerIdRequest(w: Writer, v: number, flex: boolean, m: InitProducerIdRequest): void {
  (flex ? w.compactNullableString(m.transactionalId) : w.nullableString(m.transactionalId));
  w.int32(m.transactionTimeoutMs);
  if (v >= 3) {
    w.int64(m.producerId);
  } else if (!(m.producerId === -1n)) throw unsupportedField("InitProducerIdRequest.ProducerId", v);
  if (v >= 3) {
    w.int16(m.producerEpoch);
  } else if (!(m.producerEpoch === -1)) throw unsupportedField("InitProducerIdRequest.ProducerEpoch", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a InitProducerIdRequest of version `v`; the caller checks the reader for failure. */
export function decodeInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  return readInitProducerIdRequest(r, v, v >= 2);
}

/** Writes a InitProducerIdRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeInitProducerIdRequest(w: Writer, v: number, m: InitProducerIdRequest): void {
  writeInitProducerIdRequest(w, v, v >= 2, m);
}

export const InitProducerIdRequestSchema: MessageSchema = {
  name: "InitProducerIdRequest",
  kind: "request",
  apiKey: 22,
  validVersions: [0, 5],
  flexibleVersions: [2, 5],
  fields: [{"name":"TransactionalId","prop":"transactionalId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TransactionTimeoutMs","prop":"transactionTimeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerId","prop":"producerId","type":"int64","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"ProducerEpoch","prop":"producerEpoch","type":"int16","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}],
};
