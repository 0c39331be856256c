// Generated from CreateAclsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface CreateAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each ACL creation. */
  results: CreateAclsResponseAclCreationResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateAclsResponse(): CreateAclsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readCreateAclsResponse(r: Reader, v: number, flex: boolean): CreateAclsResponse {
  let throttleTimeMs: number = 0;
  let results: CreateAclsResponseAclCreationResult[] = [];
  throttleTimeMs = r.int32("CreateAclsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("CreateAclsResponse.Results") : r.arrayLength("CreateAclsResponse.Results"));
    const a: CreateAclsResponseAclCreationResult[] = [];
    for (let i = 0; i < n; i++) a.push(readCreateAclsResponseAclCreationResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreateAclsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreateAclsResponse._tagged");
      const size = r.uvarint("CreateAclsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreateAclsResponse._tagged", size) });
    }
  }
  const m: CreateAclsResponse = { throttleTimeMs, results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateAclsResponse(w: Writer, v: number, flex: boolean, m: CreateAclsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeCreateAclsResponseAclCreationResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface CreateAclsResponseAclCreationResult {
  /** The result error, or zero if there was no error. */
  errorCode: number;
  /** The result message, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateAclsResponseAclCreationResult(): CreateAclsResponseAclCreationResult {
  return { errorCode: 0, errorMessage: "" };
}

function readCreateAclsResponseAclCreationResult(r: Reader, v: number, flex: boolean): CreateAclsResponseAclCreationResult {
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  errorCode = r.int16("AclCreationResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("AclCreationResult.ErrorMessage") : r.nullableString("AclCreationResult.ErrorMessage"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AclCreationResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AclCreationResult._tagged");
      const size = r.uvarint("AclCreationResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AclCreationResult._tagged", size) });
    }
  }
  const m: CreateAclsResponseAclCreationResult = { errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateAclsResponseAclCreationResult(w: Writer, v: number, flex: boolean, m: CreateAclsResponseAclCreationResult): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a CreateAclsResponse of version `v`; the caller checks the reader for failure. */
export function decodeCreateAclsResponse(r: Reader, v: number): CreateAclsResponse {
  return readCreateAclsResponse(r, v, v >= 2);
}

/** Writes a CreateAclsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeCreateAclsResponse(w: Writer, v: number, m: CreateAclsResponse): void {
  writeCreateAclsResponse(w, v, v >= 2, m);
}

export const CreateAclsResponseSchema: MessageSchema = {
  name: "CreateAclsResponse",
  kind: "response",
  apiKey: 30,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Results","prop":"results","type":"[]AclCreationResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
