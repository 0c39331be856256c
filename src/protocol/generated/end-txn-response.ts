// Generated from EndTxnResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndTxnResponse(): EndTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function readEndTxnResponse(r: Reader, v: number, flex: boolean): EndTxnResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  throttleTimeMs = r.int32("EndTxnResponse.ThrottleTimeMs");
  errorCode = r.int16("EndTxnResponse.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("EndTxnResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("EndTxnResponse._tagged");
      const size = r.uvarint("EndTxnResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("EndTxnResponse._tagged", size) });
    }
  }
  const m: EndTxnResponse = { throttleTimeMs, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndTxnResponse(w: Writer, v: number, flex: boolean, m: EndTxnResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a EndTxnResponse of version `v`; the caller checks the reader for failure. */
export function decodeEndTxnResponse(r: Reader, v: number): EndTxnResponse {
  return readEndTxnResponse(r, v, v >= 3);
}

/** Writes a EndTxnResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeEndTxnResponse(w: Writer, v: number, m: EndTxnResponse): void {
  writeEndTxnResponse(w, v, v >= 3, m);
}

export const EndTxnResponseSchema: MessageSchema = {
  name: "EndTxnResponse",
  kind: "response",
  apiKey: 26,
  validVersions: [0, 4],
  flexibleVersions: [3, 4],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
