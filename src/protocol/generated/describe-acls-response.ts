// Generated from DescribeAclsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** Each Resource that is referenced in an ACL. */
  resources: DescribeAclsResponseDescribeAclsResource[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeAclsResponse(): DescribeAclsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", resources: [] };
}

function readDescribeAclsResponse(r: Reader, v: number, flex: boolean): DescribeAclsResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let resources: DescribeAclsResponseDescribeAclsResource[] = [];
  throttleTimeMs = r.int32("DescribeAclsResponse.ThrottleTimeMs");
  errorCode = r.int16("DescribeAclsResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("DescribeAclsResponse.ErrorMessage") : r.nullableString("DescribeAclsResponse.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("DescribeAclsResponse.Resources") : r.arrayLength("DescribeAclsResponse.Resources"));
    const a: DescribeAclsResponseDescribeAclsResource[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeAclsResponseDescribeAclsResource(r, v, flex));
    resources = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeAclsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeAclsResponse._tagged");
      const size = r.uvarint("DescribeAclsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeAclsResponse._tagged", size) });
    }
  }
  const m: DescribeAclsResponse = { throttleTimeMs, errorCode, errorMessage, resources };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeAclsResponse(w: Writer, v: number, flex: boolean, m: DescribeAclsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.resources!.length + 1) : w.int32(m.resources!.length));
  for (const x of m.resources!) writeDescribeAclsResponseDescribeAclsResource(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeAclsResponseDescribeAclsResource {
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  /** The resource pattern type. */
  patternType: number;
  /** The ACLs. */
  acls: DescribeAclsResponseAclDescription[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeAclsResponseDescribeAclsResource(): DescribeAclsResponseDescribeAclsResource {
  return { resourceType: 0, resourceName: "", patternType: 3, acls: [] };
}

function readDescribeAclsResponseDescribeAclsResource(r: Reader, v: number, flex: boolean): DescribeAclsResponseDescribeAclsResource {
  let resourceType: number = 0;
  let resourceName: string = "";
  let patternType: number = 3;
  let acls: DescribeAclsResponseAclDescription[] = [];
  resourceType = r.int8("DescribeAclsResource.ResourceType");
  resourceName = (flex ? r.compactString("DescribeAclsResource.ResourceName") : r.string("DescribeAclsResource.ResourceName"));
  if (v >= 1) {
    patternType = r.int8("DescribeAclsResource.PatternType");
  }
  {
    const n = (flex ? r.compactArrayLength("DescribeAclsResource.Acls") : r.arrayLength("DescribeAclsResource.Acls"));
    const a: DescribeAclsResponseAclDescription[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeAclsResponseAclDescription(r, v, flex));
    acls = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeAclsResource._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeAclsResource._tagged");
      const size = r.uvarint("DescribeAclsResource._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeAclsResource._tagged", size) });
    }
  }
  const m: DescribeAclsResponseDescribeAclsResource = { resourceType, resourceName, patternType, acls };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeAclsResponseDescribeAclsResource(w: Writer, v: number, flex: boolean, m: DescribeAclsResponseDescribeAclsResource): void {
  w.int8(m.resourceType);
  (flex ? w.compactString(m.resourceName!) : w.string(m.resourceName!));
  if (v >= 1) {
    w.int8(m.patternType);
  } else if (!(m.patternType === 3)) throw unsupportedField("DescribeAclsResource.PatternType", v);
  (flex ? w.uvarint(m.acls!.length + 1) : w.int32(m.acls!.length));
  for (const x of m.acls!) writeDescribeAclsResponseAclDescription(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeAclsResponseAclDescription {
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

export function defaultDescribeAclsResponseAclDescription(): DescribeAclsResponseAclDescription {
  return { principal: "", host: "", operation: 0, permissionType: 0 };
}

function readDescribeAclsResponseAclDescription(r: Reader, v: number, flex: boolean): DescribeAclsResponseAclDescription {
  let principal: string = "";
  let host: string = "";
  let operation: number = 0;
  let permissionType: number = 0;
  principal = (flex ? r.compactString("AclDescription.Principal") : r.string("AclDescription.Principal"));
  host = (flex ? r.compactString("AclDescription.Host") : r.string("AclDescription.Host"));
  operation = r.int8("AclDescription.Operation");
  permissionType = r.int8("AclDescription.PermissionType");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AclDescription._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AclDescription._tagged");
      const size = r.uvarint("AclDescription._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AclDescription._tagged", size) });
    }
  }
  const m: DescribeAclsResponseAclDescription = { principal, host, operation, permissionType };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeAclsResponseAclDescription(w: Writer, v: number, flex: boolean, m: DescribeAclsResponseAclDescription): void {
  (flex ? w.compactString(m.principal!) : w.string(m.principal!));
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeAclsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeAclsResponse(r: Reader, v: number): DescribeAclsResponse {
  return readDescribeAclsResponse(r, v, v >= 2);
}

/** Writes a DescribeAclsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeAclsResponse(w: Writer, v: number, m: DescribeAclsResponse): void {
  writeDescribeAclsResponse(w, v, v >= 2, m);
}

export const DescribeAclsResponseSchema: MessageSchema = {
  name: "DescribeAclsResponse",
  kind: "response",
  apiKey: 29,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Resources","prop":"resources","type":"[]DescribeAclsResource","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ResourceType","prop":"resourceType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceName","prop":"resourceName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PatternType","prop":"patternType","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"3"},{"name":"Acls","prop":"acls","type":"[]AclDescription","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Principal","prop":"principal","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Operation","prop":"operation","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PermissionType","prop":"permissionType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
