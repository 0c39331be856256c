// Generated from DeleteGroupsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The deletion results */
  results: DeleteGroupsResponseDeletableGroupResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteGroupsResponse(): DeleteGroupsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readDeleteGroupsResponse(r: Reader, v: number, flex: boolean): DeleteGroupsResponse {
  let throttleTimeMs: number = 0;
  let results: DeleteGroupsResponseDeletableGroupResult[] = [];
  throttleTimeMs = r.int32("DeleteGroupsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("DeleteGroupsResponse.Results") : r.arrayLength("DeleteGroupsResponse.Results"));
    const a: DeleteGroupsResponseDeletableGroupResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteGroupsResponseDeletableGroupResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteGroupsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteGroupsResponse._tagged");
      const size = r.uvarint("DeleteGroupsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteGroupsResponse._tagged", size) });
    }
  }
  const m: DeleteGroupsResponse = { throttleTimeMs, results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteGroupsResponse(w: Writer, v: number, flex: boolean, m: DeleteGroupsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeDeleteGroupsResponseDeletableGroupResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteGroupsResponseDeletableGroupResult {
  /** The group id */
  groupId: string;
  /** The deletion error, or 0 if the deletion succeeded. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteGroupsResponseDeletableGroupResult(): DeleteGroupsResponseDeletableGroupResult {
  return { groupId: "", errorCode: 0 };
}

function readDeleteGroupsResponseDeletableGroupResult(r: Reader, v: number, flex: boolean): DeleteGroupsResponseDeletableGroupResult {
  let groupId: string = "";
  let errorCode: number = 0;
  groupId = (flex ? r.compactString("DeletableGroupResult.GroupId") : r.string("DeletableGroupResult.GroupId"));
  errorCode = r.int16("DeletableGroupResult.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeletableGroupResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeletableGroupResult._tagged");
      const size = r.uvarint("DeletableGroupResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeletableGroupResult._tagged", size) });
    }
  }
  const m: DeleteGroupsResponseDeletableGroupResult = { groupId, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteGroupsResponseDeletableGroupResult(w: Writer, v: number, flex: boolean, m: DeleteGroupsResponseDeletableGroupResult): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DeleteGroupsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  return readDeleteGroupsResponse(r, v, v >= 2);
}

/** Writes a DeleteGroupsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDeleteGroupsResponse(w: Writer, v: number, m: DeleteGroupsResponse): void {
  writeDeleteGroupsResponse(w, v, v >= 2, m);
}

export const DeleteGroupsResponseSchema: MessageSchema = {
  name: "DeleteGroupsResponse",
  kind: "response",
  apiKey: 42,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Results","prop":"results","type":"[]DeletableGroupResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
