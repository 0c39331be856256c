// Generated from AlterUserScramCredentialsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AlterUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for deletions and alterations, one per affected user. */
  results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterUserScramCredentialsResponse(): AlterUserScramCredentialsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readAlterUserScramCredentialsResponse(r: Reader, v: number, flex: boolean): AlterUserScramCredentialsResponse {
  let throttleTimeMs: number = 0;
  let results: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[] = [];
  throttleTimeMs = r.int32("AlterUserScramCredentialsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("AlterUserScramCredentialsResponse.Results") : r.arrayLength("AlterUserScramCredentialsResponse.Results"));
    const a: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterUserScramCredentialsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterUserScramCredentialsResponse._tagged");
      const size = r.uvarint("AlterUserScramCredentialsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterUserScramCredentialsResponse._tagged", size) });
    }
  }
  const m: AlterUserScramCredentialsResponse = { throttleTimeMs, results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterUserScramCredentialsResponse(w: Writer, v: number, flex: boolean, m: AlterUserScramCredentialsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  /** The user name. */
  user: string;
  /** The error code. */
  errorCode: number;
  /** The error message, if any. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  return { user: "", errorCode: 0, errorMessage: "" };
}

function readAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(r: Reader, v: number, flex: boolean): AlterUserScramCredentialsResponseAlterUserScramCredentialsResult {
  let user: string = "";
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  user = (flex ? r.compactString("AlterUserScramCredentialsResult.User") : r.string("AlterUserScramCredentialsResult.User"));
  errorCode = r.int16("AlterUserScramCredentialsResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("AlterUserScramCredentialsResult.ErrorMessage") : r.nullableString("AlterUserScramCredentialsResult.ErrorMessage"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterUserScramCredentialsResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterUserScramCredentialsResult._tagged");
      const size = r.uvarint("AlterUserScramCredentialsResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterUserScramCredentialsResult._tagged", size) });
    }
  }
  const m: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult = { user, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult(w: Writer, v: number, flex: boolean, m: AlterUserScramCredentialsResponseAlterUserScramCredentialsResult): void {
  (flex ? w.compactString(m.user!) : w.string(m.user!));
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterUserScramCredentialsResponse of version `v`; the caller checks the reader for failure. */
export function decodeAlterUserScramCredentialsResponse(r: Reader, v: number): AlterUserScramCredentialsResponse {
  return readAlterUserScramCredentialsResponse(r, v, true);
}

/** Writes a AlterUserScramCredentialsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterUserScramCredentialsResponse(w: Writer, v: number, m: AlterUserScramCredentialsResponse): void {
  writeAlterUserScramCredentialsResponse(w, v, true, m);
}

export const AlterUserScramCredentialsResponseSchema: MessageSchema = {
  name: "AlterUserScramCredentialsResponse",
  kind: "response",
  apiKey: 51,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Results","prop":"results","type":"[]AlterUserScramCredentialsResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"User","prop":"user","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
