// Generated from DeleteAclsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each filter. */
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteAclsResponse(): DeleteAclsResponse {
  return { throttleTimeMs: 0, filterResults: [] };
}

function readDeleteAclsResponse(r: Reader, v: number, flex: boolean): DeleteAclsResponse {
  let throttleTimeMs: number = 0;
  let filterResults: DeleteAclsResponseDeleteAclsFilterResult[] = [];
  throttleTimeMs = r.int32("DeleteAclsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("DeleteAclsResponse.FilterResults") : r.arrayLength("DeleteAclsResponse.FilterResults"));
    const a: DeleteAclsResponseDeleteAclsFilterResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteAclsResponseDeleteAclsFilterResult(r, v, flex));
    filterResults = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteAclsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteAclsResponse._tagged");
      const size = r.uvarint("DeleteAclsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteAclsResponse._tagged", size) });
    }
  }
  const m: DeleteAclsResponse = { throttleTimeMs, filterResults };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteAclsResponse(w: Writer, v: number, flex: boolean, m: DeleteAclsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.filterResults!.length + 1) : w.int32(m.filterResults!.length));
  for (const x of m.filterResults!) writeDeleteAclsResponseDeleteAclsFilterResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteAclsResponseDeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. */
  errorCode: number;
  /** The error message, or null if the filter succeeded. */
  errorMessage: string | null;
  /** The ACLs which matched this filter. */
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteAclsResponseDeleteAclsFilterResult(): DeleteAclsResponseDeleteAclsFilterResult {
  return { errorCode: 0, errorMessage: "", matchingAcls: [] };
}

function readDeleteAclsResponseDeleteAclsFilterResult(r: Reader, v: number, flex: boolean): DeleteAclsResponseDeleteAclsFilterResult {
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[] = [];
  errorCode = r.int16("DeleteAclsFilterResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("DeleteAclsFilterResult.ErrorMessage") : r.nullableString("DeleteAclsFilterResult.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("DeleteAclsFilterResult.MatchingAcls") : r.arrayLength("DeleteAclsFilterResult.MatchingAcls"));
    const a: DeleteAclsResponseDeleteAclsMatchingAcl[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteAclsResponseDeleteAclsMatchingAcl(r, v, flex));
    matchingAcls = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteAclsFilterResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteAclsFilterResult._tagged");
      const size = r.uvarint("DeleteAclsFilterResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteAclsFilterResult._tagged", size) });
    }
  }
  const m: DeleteAclsResponseDeleteAclsFilterResult = { errorCode, errorMessage, matchingAcls };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteAclsResponseDeleteAclsFilterResult(w: Writer, v: number, flex: boolean, m: DeleteAclsResponseDeleteAclsFilterResult): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.matchingAcls!.length + 1) : w.int32(m.matchingAcls!.length));
  for (const x of m.matchingAcls!) writeDeleteAclsResponseDeleteAclsMatchingAcl(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. */
  errorCode: number;
  /** The deletion error message, or null if the deletion succeeded. */
  errorMessage: string | null;
  /** The ACL resource type. */
  resourceType: number;
  /** The ACL resource name. */
  resourceName: string;
  /** The ACL resource pattern type. */
  patternType: number;
  /** The ACL principal. */
  principal: string;
  /** The ACL host. */
  host: string;
  /** The ACL operation. */
  operation: number;
  /** The ACL permission type. */
  permissionType: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteAclsResponseDeleteAclsMatchingAcl(): DeleteAclsResponseDeleteAclsMatchingAcl {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "", patternType: 3, principal: "", host: "", operation: 0, permissionType: 0 };
}

function readDeleteAclsResponseDeleteAclsMatchingAcl(r: Reader, v: number, flex: boolean): DeleteAclsResponseDeleteAclsMatchingAcl {
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let resourceType: number = 0;
  let resourceName: string = "";
  let patternType: number = 3;
  let principal: string = "";
  let host: string = "";
  let operation: number = 0;
  let permissionType: number = 0;
  errorCode = r.int16("DeleteAclsMatchingAcl.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("DeleteAclsMatchingAcl.ErrorMessage") : r.nullableString("DeleteAclsMatchingAcl.ErrorMessage"));
  resourceType = r.int8("DeleteAclsMatchingAcl.ResourceType");
  resourceName = (flex ? r.compactString("DeleteAclsMatchingAcl.ResourceName") : r.string("DeleteAclsMatchingAcl.ResourceName"));
  if (v >= 1) {
    patternType = r.int8("DeleteAclsMatchingAcl.PatternType");
  }
  principal = (flex ? r.compactString("DeleteAclsMatchingAcl.Principal") : r.string("DeleteAclsMatchingAcl.Principal"));
  host = (flex ? r.compactString("DeleteAclsMatchingAcl.Host") : r.string("DeleteAclsMatchingAcl.Host"));
  operation = r.int8("DeleteAclsMatchingAcl.Operation");
  permissionType = r.int8("DeleteAclsMatchingAcl.PermissionType");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteAclsMatchingAcl._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteAclsMatchingAcl._tagged");
      const size = r.uvarint("DeleteAclsMatchingAcl._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteAclsMatchingAcl._tagged", size) });
    }
  }
  const m: DeleteAclsResponseDeleteAclsMatchingAcl = { errorCode, errorMessage, resourceType, resourceName, patternType, principal, host, operation, permissionType };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteAclsResponseDeleteAclsMatchingAcl(w: Writer, v: number, flex: boolean, m: DeleteAclsResponseDeleteAclsMatchingAcl): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  w.int8(m.resourceType);
  (flex ? w.compactString(m.resourceName!) : w.string(m.resourceName!));
  if (v >= 1) {
    w.int8(m.patternType);
  } else if (!(m.patternType === 3)) throw unsupportedField("DeleteAclsMatchingAcl.PatternType", v);
  (flex ? w.compactString(m.principal!) : w.string(m.principal!));
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DeleteAclsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDeleteAclsResponse(r: Reader, v: number): DeleteAclsResponse {
  return readDeleteAclsResponse(r, v, v >= 2);
}

/** Writes a DeleteAclsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDeleteAclsResponse(w: Writer, v: number, m: DeleteAclsResponse): void {
  writeDeleteAclsResponse(w, v, v >= 2, m);
}

export const DeleteAclsResponseSchema: MessageSchema = {
  name: "DeleteAclsResponse",
  kind: "response",
  apiKey: 31,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"FilterResults","prop":"filterResults","type":"[]DeleteAclsFilterResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MatchingAcls","prop":"matchingAcls","type":"[]DeleteAclsMatchingAcl","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceType","prop":"resourceType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceName","prop":"resourceName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PatternType","prop":"patternType","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"3"},{"name":"Principal","prop":"principal","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Operation","prop":"operation","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PermissionType","prop":"permissionType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
