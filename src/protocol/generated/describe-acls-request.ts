// Generated from DescribeAclsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DescribeAclsRequest {
  /** The resource type. */
  resourceTypeFilter: number;
  /** The resource name, or null to match any resource name. */
  resourceNameFilter: string | null;
  /** The resource pattern to match. */
  patternTypeFilter: number;
  /** The principal to match, or null to match any principal. */
  principalFilter: string | null;
  /** The host to match, or null to match any host. */
  hostFilter: string | null;
  /** The operation to match. */
  operation: number;
  /** The permission type to match. */
  permissionType: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeAclsRequest(): DescribeAclsRequest {
  return { resourceTypeFilter: 0, resourceNameFilter: "", patternTypeFilter: 3, principalFilter: "", hostFilter: "", operation: 0, permissionType: 0 };
}

function readDescribeAclsRequest(r: Reader, v: number, flex: boolean): DescribeAclsRequest {
  let resourceTypeFilter: number = 0;
  let resourceNameFilter: string | null = "";
  let patternTypeFilter: number = 3;
  let principalFilter: string | null = "";
  let hostFilter: string | null = "";
  let operation: number = 0;
  let permissionType: number = 0;
  resourceTypeFilter = r.int8("DescribeAclsRequest.ResourceTypeFilter");
  resourceNameFilter = (flex ? r.compactNullableString("DescribeAclsRequest.ResourceNameFilter") : r.nullableString("DescribeAclsRequest.ResourceNameFilter"));
  if (v >= 1) {
    patternTypeFilter = r.int8("DescribeAclsRequest.PatternTypeFilter");
  }
  principalFilter = (flex ? r.compactNullableString("DescribeAclsRequest.PrincipalFilter") : r.nullableString("DescribeAclsRequest.PrincipalFilter"));
  hostFilter = (flex ? r.compactNullableString("DescribeAclsRequest.HostFilter") : r.nullableString("DescribeAclsRequest.HostFilter"));
  operation = r.int8("DescribeAclsRequest.Operation");
  permissionType = r.int8("DescribeAclsRequest.PermissionType");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeAclsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeAclsRequest._tagged");
      const size = r.uvarint("DescribeAclsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeAclsRequest._tagged", size) });
    }
  }
  const m: DescribeAclsRequest = { resourceTypeFilter, resourceNameFilter, patternTypeFilter, principalFilter, hostFilter, operation, permissionType };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeAclsRequest(w: Writer, v: number, flex: boolean, m: DescribeAclsRequest): void {
  w.int8(m.resourceTypeFilter);
  (flex ? w.compactNullableString(m.resourceNameFilter) : w.nullableString(m.resourceNameFilter));
  if (v >= 1) {
    w.int8(m.patternTypeFilter);
  } else if (!(m.patternTypeFilter === 3)) throw unsupportedField("DescribeAclsRequest.PatternTypeFilter", v);
  (flex ? w.compactNullableString(m.principalFilter) : w.nullableString(m.principalFilter));
  (flex ? w.compactNullableString(m.hostFilter) : w.nullableString(m.hostFilter));
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeAclsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeAclsRequest(r: Reader, v: number): DescribeAclsRequest {
  return readDescribeAclsRequest(r, v, v >= 2);
}

/** Writes a DescribeAclsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeAclsRequest(w: Writer, v: number, m: DescribeAclsRequest): void {
  writeDescribeAclsRequest(w, v, v >= 2, m);
}

export const DescribeAclsRequestSchema: MessageSchema = {
  name: "DescribeAclsRequest",
  kind: "request",
  apiKey: 29,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"ResourceTypeFilter","prop":"resourceTypeFilter","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceNameFilter","prop":"resourceNameFilter","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PatternTypeFilter","prop":"patternTypeFilter","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"3"},{"name":"PrincipalFilter","prop":"principalFilter","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"HostFilter","prop":"hostFilter","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Operation","prop":"operation","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PermissionType","prop":"permissionType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
