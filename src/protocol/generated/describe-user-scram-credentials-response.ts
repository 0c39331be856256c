// Generated from DescribeUserScramCredentialsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The message-level error code, 0 except for user authorization or infrastructure issues. */
  errorCode: number;
  /** The message-level error message, if any. */
  errorMessage: string | null;
  /** The results for descriptions, one per user. */
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeUserScramCredentialsResponse(): DescribeUserScramCredentialsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", results: [] };
}

function readDescribeUserScramCredentialsResponse(r: Reader, v: number, flex: boolean): DescribeUserScramCredentialsResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] = [];
  throttleTimeMs = r.int32("DescribeUserScramCredentialsResponse.ThrottleTimeMs");
  errorCode = r.int16("DescribeUserScramCredentialsResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("DescribeUserScramCredentialsResponse.ErrorMessage") : r.nullableString("DescribeUserScramCredentialsResponse.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("DescribeUserScramCredentialsResponse.Results") : r.arrayLength("DescribeUserScramCredentialsResponse.Results"));
    const a: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeUserScramCredentialsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeUserScramCredentialsResponse._tagged");
      const size = r.uvarint("DescribeUserScramCredentialsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeUserScramCredentialsResponse._tagged", size) });
    }
  }
  const m: DescribeUserScramCredentialsResponse = { throttleTimeMs, errorCode, errorMessage, results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeUserScramCredentialsResponse(w: Writer, v: number, flex: boolean, m: DescribeUserScramCredentialsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /** The user name. */
  user: string;
  /** The user-level error code. */
  errorCode: number;
  /** The user-level error message, if any. */
  errorMessage: string | null;
  /** The mechanism and related information associated with the user's SCRAM credentials. */
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  return { user: "", errorCode: 0, errorMessage: "", credentialInfos: [] };
}

function readDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r: Reader, v: number, flex: boolean): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  let user: string = "";
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[] = [];
  user = (flex ? r.compactString("DescribeUserScramCredentialsResult.User") : r.string("DescribeUserScramCredentialsResult.User"));
  errorCode = r.int16("DescribeUserScramCredentialsResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("DescribeUserScramCredentialsResult.ErrorMessage") : r.nullableString("DescribeUserScramCredentialsResult.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("DescribeUserScramCredentialsResult.CredentialInfos") : r.arrayLength("DescribeUserScramCredentialsResult.CredentialInfos"));
    const a: DescribeUserScramCredentialsResponseCredentialInfo[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeUserScramCredentialsResponseCredentialInfo(r, v, flex));
    credentialInfos = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeUserScramCredentialsResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeUserScramCredentialsResult._tagged");
      const size = r.uvarint("DescribeUserScramCredentialsResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeUserScramCredentialsResult._tagged", size) });
    }
  }
  const m: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult = { user, errorCode, errorMessage, credentialInfos };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w: Writer, v: number, flex: boolean, m: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult): void {
  (flex ? w.compactString(m.user!) : w.string(m.user!));
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.credentialInfos!.length + 1) : w.int32(m.credentialInfos!.length));
  for (const x of m.credentialInfos!) writeDescribeUserScramCredentialsResponseCredentialInfo(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /** The SCRAM mechanism. */
  mechanism: number;
  /** The number of iterations used in the SCRAM credential. */
  iterations: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeUserScramCredentialsResponseCredentialInfo(): DescribeUserScramCredentialsResponseCredentialInfo {
  return { mechanism: 0, iterations: 0 };
}

function readDescribeUserScramCredentialsResponseCredentialInfo(r: Reader, v: number, flex: boolean): DescribeUserScramCredentialsResponseCredentialInfo {
  let mechanism: number = 0;
  let iterations: number = 0;
  mechanism = r.int8("CredentialInfo.Mechanism");
  iterations = r.int32("CredentialInfo.Iterations");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CredentialInfo._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CredentialInfo._tagged");
      const size = r.uvarint("CredentialInfo._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CredentialInfo._tagged", size) });
    }
  }
  const m: DescribeUserScramCredentialsResponseCredentialInfo = { mechanism, iterations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeUserScramCredentialsResponseCredentialInfo(w: Writer, v: number, flex: boolean, m: DescribeUserScramCredentialsResponseCredentialInfo): void {
  w.int8(m.mechanism);
  w.int32(m.iterations);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeUserScramCredentialsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeUserScramCredentialsResponse(r: Reader, v: number): DescribeUserScramCredentialsResponse {
  return readDescribeUserScramCredentialsResponse(r, v, true);
}

/** Writes a DescribeUserScramCredentialsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeUserScramCredentialsResponse(w: Writer, v: number, m: DescribeUserScramCredentialsResponse): void {
  writeDescribeUserScramCredentialsResponse(w, v, true, m);
}

export const DescribeUserScramCredentialsResponseSchema: MessageSchema = {
  name: "DescribeUserScramCredentialsResponse",
  kind: "response",
  apiKey: 50,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Results","prop":"results","type":"[]DescribeUserScramCredentialsResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"User","prop":"user","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CredentialInfos","prop":"credentialInfos","type":"[]CredentialInfo","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Mechanism","prop":"mechanism","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Iterations","prop":"iterations","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
