// Generated from HeartbeatResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultHeartbeatResponse(): HeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function readHeartbeatResponse(r: Reader, v: number, flex: boolean): HeartbeatResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  if (v >= 1) {
    throttleTimeMs = r.int32("HeartbeatResponse.ThrottleTimeMs");
  }
  errorCode = r.int16("HeartbeatResponse.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("HeartbeatResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("HeartbeatResponse._tagged");
      const size = r.uvarint("HeartbeatResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("HeartbeatResponse._tagged", size) });
    }
  }
  const m: HeartbeatResponse = { throttleTimeMs, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeHeartbeatResponse(w: Writer, v: number, flex: boolean, m: HeartbeatResponse): void {
  if (v >= 1) {
    w.int32(m.throttleTimeMs);
  }
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a HeartbeatResponse of version `v`; the caller checks the reader for failure. */
export function decodeHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  return readHeartbeatResponse(r, v, v >= 4);
}

/** Writes a HeartbeatResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeHeartbeatResponse(w: Writer, v: number, m: HeartbeatResponse): void {
  writeHeartbeatResponse(w, v, v >= 4, m);
}

export const HeartbeatResponseSchema: MessageSchema = {
  name: "HeartbeatResponse",
  kind: "response",
  apiKey: 12,
  validVersions: [0, 4],
  flexibleVersions: [4, 4],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
