// Generated from ControllerRegistrationResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ControllerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The response error code. */
  errorCode: number;
  /** The response error message, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultControllerRegistrationResponse(): ControllerRegistrationResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "" };
}

function readControllerRegistrationResponse(r: Reader, v: number, flex: boolean): ControllerRegistrationResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  throttleTimeMs = r.int32("ControllerRegistrationResponse.ThrottleTimeMs");
  errorCode = r.int16("ControllerRegistrationResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("ControllerRegistrationResponse.ErrorMessage") : r.nullableString("ControllerRegistrationResponse.ErrorMessage"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ControllerRegistrationResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ControllerRegistrationResponse._tagged");
      const size = r.uvarint("ControllerRegistrationResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ControllerRegistrationResponse._tagged", size) });
    }
  }
  const m: ControllerRegistrationResponse = { throttleTimeMs, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeControllerRegistrationResponse(w: Writer, v: number, flex: boolean, m: ControllerRegistrationResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ControllerRegistrationResponse of version `v`; the caller checks the reader for failure. */
export function decodeControllerRegistrationResponse(r: Reader, v: number): ControllerRegistrationResponse {
  return readControllerRegistrationResponse(r, v, true);
}

/** Writes a ControllerRegistrationResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeControllerRegistrationResponse(w: Writer, v: number, m: ControllerRegistrationResponse): void {
  writeControllerRegistrationResponse(w, v, true, m);
}

export const ControllerRegistrationResponseSchema: MessageSchema = {
  name: "ControllerRegistrationResponse",
  kind: "response",
  apiKey: 70,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
