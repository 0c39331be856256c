// Generated from AddRaftVoterResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AddRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddRaftVoterResponse(): AddRaftVoterResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "" };
}

function readAddRaftVoterResponse(r: Reader, v: number, flex: boolean): AddRaftVoterResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  throttleTimeMs = r.int32("AddRaftVoterResponse.ThrottleTimeMs");
  errorCode = r.int16("AddRaftVoterResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("AddRaftVoterResponse.ErrorMessage") : r.nullableString("AddRaftVoterResponse.ErrorMessage"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddRaftVoterResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddRaftVoterResponse._tagged");
      const size = r.uvarint("AddRaftVoterResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddRaftVoterResponse._tagged", size) });
    }
  }
  const m: AddRaftVoterResponse = { throttleTimeMs, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddRaftVoterResponse(w: Writer, v: number, flex: boolean, m: AddRaftVoterResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AddRaftVoterResponse of version `v`; the caller checks the reader for failure. */
export function decodeAddRaftVoterResponse(r: Reader, v: number): AddRaftVoterResponse {
  return readAddRaftVoterResponse(r, v, true);
}

/** Writes a AddRaftVoterResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAddRaftVoterResponse(w: Writer, v: number, m: AddRaftVoterResponse): void {
  writeAddRaftVoterResponse(w, v, true, m);
}

export const AddRaftVoterResponseSchema: MessageSchema = {
  name: "AddRaftVoterResponse",
  kind: "response",
  apiKey: 80,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}],
};
