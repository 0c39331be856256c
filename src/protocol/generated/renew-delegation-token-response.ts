// Generated from RenewDelegationTokenResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface RenewDelegationTokenResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultRenewDelegationTokenResponse(): RenewDelegationTokenResponse {
  return { errorCode: 0, expiryTimestampMs: 0n, throttleTimeMs: 0 };
}

function readRenewDelegationTokenResponse(r: Reader, v: number, flex: boolean): RenewDelegationTokenResponse {
  let errorCode: number = 0;
  let expiryTimestampMs: bigint = 0n;
  let throttleTimeMs: number = 0;
  errorCode = r.int16("RenewDelegationTokenResponse.ErrorCode");
  expiryTimestampMs = r.int64("RenewDelegationTokenResponse.ExpiryTimestampMs");
  throttleTimeMs = r.int32("RenewDelegationTokenResponse.ThrottleTimeMs");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("RenewDelegationTokenResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("RenewDelegationTokenResponse._tagged");
      const size = r.uvarint("RenewDelegationTokenResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("RenewDelegationTokenResponse._tagged", size) });
    }
  }
  const m: RenewDelegationTokenResponse = { errorCode, expiryTimestampMs, throttleTimeMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeRenewDelegationTokenResponse(w: Writer, v: number, flex: boolean, m: RenewDelegationTokenResponse): void {
  w.int16(m.errorCode);
  w.int64(m.expiryTimestampMs);
  w.int32(m.throttleTimeMs);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a RenewDelegationTokenResponse of version `v`; the caller checks the reader for failure. */
export function decodeRenewDelegationTokenResponse(r: Reader, v: number): RenewDelegationTokenResponse {
  return readRenewDelegationTokenResponse(r, v, v >= 2);
}

/** Writes a RenewDelegationTokenResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeRenewDelegationTokenResponse(w: Writer, v: number, m: RenewDelegationTokenResponse): void {
  writeRenewDelegationTokenResponse(w, v, v >= 2, m);
}

export const RenewDelegationTokenResponseSchema: MessageSchema = {
  name: "RenewDelegationTokenResponse",
  kind: "response",
  apiKey: 39,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ExpiryTimestampMs","prop":"expiryTimestampMs","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
