// Generated from InitProducerIdResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The current producer id. */
  producerId: bigint;
  /** The current epoch associated with the producer id. */
  producerEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultInitProducerIdResponse(): InitProducerIdResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerId: -1n, producerEpoch: 0 };
}

function readInitProducerIdResponse(r: Reader, v: number, flex: boolean): InitProducerIdResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let producerId: bigint = -1n;
  let producerEpoch: number = 0;
  throttleTimeMs = r.int32("InitProducerIdResponse.ThrottleTimeMs");
  errorCode = r.int16("InitProducerIdResponse.ErrorCode");
  producerId = r.int64("InitProducerIdResponse.ProducerId");
  producerEpoch = r.int16("InitProducerIdResponse.ProducerEpoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("InitProducerIdResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("InitProducerIdResponse._tagged");
      const size = r.uvarint("InitProducerIdResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("InitProducerIdResponse._tagged", size) });
    }
  }
  const m: InitProducerIdResponse = { throttleTimeMs, errorCode, producerId, producerEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeInitProducerIdResponse(w: Writer, v: number, flex: boolean, m: InitProducerIdResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a InitProducerIdResponse of version `v`; the caller checks the reader for failure. */
export function decodeInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  return readInitProducerIdResponse(r, v, v >= 2);
}

/** Writes a InitProducerIdResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeInitProducerIdResponse(w: Writer, v: number, m: InitProducerIdResponse): void {
  writeInitProducerIdResponse(w, v, v >= 2, m);
}

export const InitProducerIdResponseSchema: MessageSchema = {
  name: "InitProducerIdResponse",
  kind: "response",
  apiKey: 22,
  validVersions: [0, 5],
  flexibleVersions: [2, 5],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerId","prop":"producerId","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"ProducerEpoch","prop":"producerEpoch","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
