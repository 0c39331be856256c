// Generated from AllocateProducerIdsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AllocateProducerIdsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code */
  errorCode: number;
  /** The first producer ID in this range, inclusive */
  producerIdStart: bigint;
  /** The number of producer IDs in this range */
  producerIdLen: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAllocateProducerIdsResponse(): AllocateProducerIdsResponse {
  return { throttleTimeMs: 0, errorCode: 0, producerIdStart: 0n, producerIdLen: 0 };
}

function readAllocateProducerIdsResponse(r: Reader, v: number, flex: boolean): AllocateProducerIdsResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let producerIdStart: bigint = 0n;
  let producerIdLen: number = 0;
  throttleTimeMs = r.int32("AllocateProducerIdsResponse.ThrottleTimeMs");
  errorCode = r.int16("AllocateProducerIdsResponse.ErrorCode");
  producerIdStart = r.int64("AllocateProducerIdsResponse.ProducerIdStart");
  producerIdLen = r.int32("AllocateProducerIdsResponse.ProducerIdLen");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AllocateProducerIdsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AllocateProducerIdsResponse._tagged");
      const size = r.uvarint("AllocateProducerIdsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AllocateProducerIdsResponse._tagged", size) });
    }
  }
  const m: AllocateProducerIdsResponse = { throttleTimeMs, errorCode, producerIdStart, producerIdLen };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAllocateProducerIdsResponse(w: Writer, v: number, flex: boolean, m: AllocateProducerIdsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.producerIdStart);
  w.int32(m.producerIdLen);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AllocateProducerIdsResponse of version `v`; the caller checks the reader for failure. */
export function decodeAllocateProducerIdsResponse(r: Reader, v: number): AllocateProducerIdsResponse {
  return readAllocateProducerIdsResponse(r, v, true);
}

/** Writes a AllocateProducerIdsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAllocateProducerIdsResponse(w: Writer, v: number, m: AllocateProducerIdsResponse): void {
  writeAllocateProducerIdsResponse(w, v, true, m);
}

export const AllocateProducerIdsResponseSchema: MessageSchema = {
  name: "AllocateProducerIdsResponse",
  kind: "response",
  apiKey: 67,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerIdStart","prop":"producerIdStart","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerIdLen","prop":"producerIdLen","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
