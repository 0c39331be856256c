// Generated from UnregisterBrokerResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface UnregisterBrokerResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUnregisterBrokerResponse(): UnregisterBrokerResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "" };
}

function readUnregisterBrokerResponse(r: Reader, v: number, flex: boolean): UnregisterBrokerResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  throttleTimeMs = r.int32("UnregisterBrokerResponse.ThrottleTimeMs");
  errorCode = r.int16("UnregisterBrokerResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("UnregisterBrokerResponse.ErrorMessage") : r.nullableString("UnregisterBrokerResponse.ErrorMessage"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UnregisterBrokerResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UnregisterBrokerResponse._tagged");
      const size = r.uvarint("UnregisterBrokerResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UnregisterBrokerResponse._tagged", size) });
    }
  }
  const m: UnregisterBrokerResponse = { throttleTimeMs, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUnregisterBrokerResponse(w: Writer, v: number, flex: boolean, m: UnregisterBrokerResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a UnregisterBrokerResponse of version `v`; the caller checks the reader for failure. */
export function decodeUnregisterBrokerResponse(r: Reader, v: number): UnregisterBrokerResponse {
  return readUnregisterBrokerResponse(r, v, true);
}

/** Writes a UnregisterBrokerResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeUnregisterBrokerResponse(w: Writer, v: number, m: UnregisterBrokerResponse): void {
  writeUnregisterBrokerResponse(w, v, true, m);
}

export const UnregisterBrokerResponseSchema: MessageSchema = {
  name: "UnregisterBrokerResponse",
  kind: "response",
  apiKey: 64,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
