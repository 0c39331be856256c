// Generated from ExpireDelegationTokenResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ExpireDelegationTokenResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultExpireDelegationTokenResponse(): ExpireDelegationTokenResponse {
  return { errorCode: 0, expiryTimestampMs: 0n, throttleTimeMs: 0 };
}

function readExpireDelegationTokenResponse(r: Reader, v: number, flex: boolean): ExpireDelegationTokenResponse {
  let errorCode: number = 0;
  let expiryTimestampMs: bigint = 0n;
  let throttleTimeMs: number = 0;
  errorCode = r.int16("ExpireDelegationTokenResponse.ErrorCode");
  expiryTimestampMs = r.int64("ExpireDelegationTokenResponse.ExpiryTimestampMs");
  throttleTimeMs = r.int32("ExpireDelegationTokenResponse.ThrottleTimeMs");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ExpireDelegationTokenResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ExpireDelegationTokenResponse._tagged");
      const size = r.uvarint("ExpireDelegationTokenResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ExpireDelegationTokenResponse._tagged", size) });
    }
  }
  const m: ExpireDelegationTokenResponse = { errorCode, expiryTimestampMs, throttleTimeMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeExpireDelegationTokenResponse(w: Writer, v: number, flex: boolean, m: ExpireDelegationTokenResponse): void {
  w.int16(m.errorCode);
  w.int64(m.expiryTimestampMs);
  w.int32(m.throttleTimeMs);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ExpireDelegationTokenResponse of version `v`; the caller checks the reader for failure. */
export function decodeExpireDelegationTokenResponse(r: Reader, v: number): ExpireDelegationTokenResponse {
  return readExpireDelegationTokenResponse(r, v, v >= 2);
}

/** Writes a ExpireDelegationTokenResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeExpireDelegationTokenResponse(w: Writer, v: number, m: ExpireDelegationTokenResponse): void {
  writeExpireDelegationTokenResponse(w, v, v >= 2, m);
}

export const ExpireDelegationTokenResponseSchema: MessageSchema = {
  name: "ExpireDelegationTokenResponse",
  kind: "response",
  apiKey: 40,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ExpiryTimestampMs","prop":"expiryTimestampMs","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
