// Generated from DeleteAclsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DeleteAclsRequest {
  /** The filters to use when deleting ACLs. */
  filters: DeleteAclsRequestDeleteAclsFilter[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteAclsRequest(): DeleteAclsRequest {
  return { filters: [] };
}

function readDeleteAclsRequest(r: Reader, v: number, flex: boolean): DeleteAclsRequest {
  let filters: DeleteAclsRequestDeleteAclsFilter[] = [];
  {
    const n = (flex ? r.compactArrayLength("DeleteAclsRequest.Filters") : r.arrayLength("DeleteAclsRequest.Filters"));
    const a: DeleteAclsRequestDeleteAclsFilter[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteAclsRequestDeleteAclsFilter(r, v, flex));
    filters = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteAclsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteAclsRequest._tagged");
      const size = r.uvarint("DeleteAclsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteAclsRequest._tagged", size) });
    }
  }
  const m: DeleteAclsRequest = { filters };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteAclsRequest(w: Writer, v: number, flex: boolean, m: DeleteAclsRequest): void {
  (flex ? w.uvarint(m.filters!.length + 1) : w.int32(m.filters!.length));
  for (const x of m.filters!) writeDeleteAclsRequestDeleteAclsFilter(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteAclsRequestDeleteAclsFilter {
  /** The resource type. */
  resourceTypeFilter: number;
  /** The resource name. */
  resourceNameFilter: string | null;
  /** The pattern type. */
  patternTypeFilter: number;
  /** The principal filter, or null to accept all principals. */
  principalFilter: string | null;
  /** The host filter, or null to accept all hosts. */
  hostFilter: string | null;
  /** The ACL operation. */
  operation: number;
  /** The permission type. */
  permissionType: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteAclsRequestDeleteAclsFilter(): DeleteAclsRequestDeleteAclsFilter {
  return { resourceTypeFilter: 0, resourceNameFilter: "", patternTypeFilter: 3, principalFilter: "", hostFilter: "", operation: 0, permissionType: 0 };
}

function readDeleteAclsRequestDeleteAclsFilter(r: Reader, v: number, flex: boolean): DeleteAclsRequestDeleteAclsFilter {
  let resourceTypeFilter: number = 0;
  let resourceNameFilter: string | null = "";
  let patternTypeFilter: number = 3;
  let principalFilter: string | null = "";
  let hostFilter: string | null = "";
  let operation: number = 0;
  let permissionType: number = 0;
  resourceTypeFilter = r.int8("DeleteAclsFilter.ResourceTypeFilter");
  resourceNameFilter = (flex ? r.compactNullableString("DeleteAclsFilter.ResourceNameFilter") : r.nullableString("DeleteAclsFilter.ResourceNameFilter"));
  if (v >= 1) {
    patternTypeFilter = r.int8("DeleteAclsFilter.PatternTypeFilter");
  }
  principalFilter = (flex ? r.compactNullableString("DeleteAclsFilter.PrincipalFilter") : r.nullableString("DeleteAclsFilter.PrincipalFilter"));
  hostFilter = (flex ? r.compactNullableString("DeleteAclsFilter.HostFilter") : r.nullableString("DeleteAclsFilter.HostFilter"));
  operation = r.int8("DeleteAclsFilter.Operation");
  permissionType = r.int8("DeleteAclsFilter.PermissionType");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteAclsFilter._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteAclsFilter._tagged");
      const size = r.uvarint("DeleteAclsFilter._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteAclsFilter._tagged", size) });
    }
  }
  const m: DeleteAclsRequestDeleteAclsFilter = { resourceTypeFilter, resourceNameFilter, patternTypeFilter, principalFilter, hostFilter, operation, permissionType };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteAclsRequestDeleteAclsFilter(w: Writer, v: number, flex: boolean, m: DeleteAclsRequestDeleteAclsFilter): void {
  w.int8(m.resourceTypeFilter);
  (flex ? w.compactNullableString(m.resourceNameFilter) : w.nullableString(m.resourceNameFilter));
  if (v >= 1) {
    w.int8(m.patternTypeFilter);
  } else if (!(m.patternTypeFilter === 3)) throw unsupportedField("DeleteAclsFilter.PatternTypeFilter", v);
  (flex ? w.compactNullableString(m.principalFilter) : w.nullableString(m.principalFilter));
  (flex ? w.compactNullableString(m.hostFilter) : w.nullableString(m.hostFilter));
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DeleteAclsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDeleteAclsRequest(r: Reader, v: number): DeleteAclsRequest {
  return readDeleteAclsRequest(r, v, v >= 2);
}

/** Writes a DeleteAclsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDeleteAclsRequest(w: Writer, v: number, m: DeleteAclsRequest): void {
  writeDeleteAclsRequest(w, v, v >= 2, m);
}

export const DeleteAclsRequestSchema: MessageSchema = {
  name: "DeleteAclsRequest",
  kind: "request",
  apiKey: 31,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"Filters","prop":"filters","type":"[]DeleteAclsFilter","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ResourceTypeFilter","prop":"resourceTypeFilter","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceNameFilter","prop":"resourceNameFilter","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PatternTypeFilter","prop":"patternTypeFilter","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"3"},{"name":"PrincipalFilter","prop":"principalFilter","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"HostFilter","prop":"hostFilter","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Operation","prop":"operation","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PermissionType","prop":"permissionType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
