// Generated from CreateAclsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface CreateAclsRequest {
  /** The ACLs that we want to create. */
  creations: CreateAclsRequestAclCreation[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateAclsRequest(): CreateAclsRequest {
  return { creations: [] };
}

function readCreateAclsRequest(r: Reader, v: number, flex: boolean): CreateAclsRequest {
  let creations: CreateAclsRequestAclCreation[] = [];
  {
    const n = (flex ? r.compactArrayLength("CreateAclsRequest.Creations") : r.arrayLength("CreateAclsRequest.Creations"));
    const a: CreateAclsRequestAclCreation[] = [];
    for (let i = 0; i < n; i++) a.push(readCreateAclsRequestAclCreation(r, v, flex));
    creations = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreateAclsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreateAclsRequest._tagged");
      const size = r.uvarint("CreateAclsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreateAclsRequest._tagged", size) });
    }
  }
  const m: CreateAclsRequest = { creations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateAclsRequest(w: Writer, v: number, flex: boolean, m: CreateAclsRequest): void {
  (flex ? w.uvarint(m.creations!.length + 1) : w.int32(m.creations!.length));
  for (const x of m.creations!) writeCreateAclsRequestAclCreation(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface CreateAclsRequestAclCreation {
  /** The type of the resource. */
  resourceType: number;
  /** The resource name for the ACL. */
  resourceName: string;
  /** The pattern type for the ACL. */
  resourcePatternType: number;
  /** The principal for the ACL. */
  principal: string;
  /** The host for the ACL. */
  host: string;
  /** The operation type for the ACL (read, write, etc.). */
  operation: number;
  /** The permission type for the ACL (allow, deny, etc.). */
  permissionType: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateAclsRequestAclCreation(): CreateAclsRequestAclCreation {
  return { resourceType: 0, resourceName: "", resourcePatternType: 3, principal: "", host: "", operation: 0, permissionType: 0 };
}

function readCreateAclsRequestAclCreation(r: Reader, v: number, flex: boolean): CreateAclsRequestAclCreation {
  let resourceType: number = 0;
  let resourceName: string = "";
  let resourcePatternType: number = 3;
  let principal: string = "";
  let host: string = "";
  let operation: number = 0;
  let permissionType: number = 0;
  resourceType = r.int8("AclCreation.ResourceType");
  resourceName = (flex ? r.compactString("AclCreation.ResourceName") : r.string("AclCreation.ResourceName"));
  if (v >= 1) {
    resourcePatternType = r.int8("AclCreation.ResourcePatternType");
  }
  principal = (flex ? r.compactString("AclCreation.Principal") : r.string("AclCreation.Principal"));
  host = (flex ? r.compactString("AclCreation.Host") : r.string("AclCreation.Host"));
  operation = r.int8("AclCreation.Operation");
  permissionType = r.int8("AclCreation.PermissionType");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AclCreation._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AclCreation._tagged");
      const size = r.uvarint("AclCreation._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AclCreation._tagged", size) });
    }
  }
  const m: CreateAclsRequestAclCreation = { resourceType, resourceName, resourcePatternType, principal, host, operation, permissionType };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateAclsRequestAclCreation(w: Writer, v: number, flex: boolean, m: CreateAclsRequestAclCreation): void {
  w.int8(m.resourceType);
  (flex ? w.compactString(m.resourceName!) : w.string(m.resourceName!));
  if (v >= 1) {
    w.int8(m.resourcePatternType);
  } else if (!(m.resourcePatternType === 3)) throw unsupportedField("AclCreation.ResourcePatternType", v);
  (flex ? w.compactString(m.principal!) : w.string(m.principal!));
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.int8(m.operation);
  w.int8(m.permissionType);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a CreateAclsRequest of version `v`; the caller checks the reader for failure. */
export function decodeCreateAclsRequest(r: Reader, v: number): CreateAclsRequest {
  return readCreateAclsRequest(r, v, v >= 2);
}

/** Writes a CreateAclsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeCreateAclsRequest(w: Writer, v: number, m: CreateAclsRequest): void {
  writeCreateAclsRequest(w, v, v >= 2, m);
}

export const CreateAclsRequestSchema: MessageSchema = {
  name: "CreateAclsRequest",
  kind: "request",
  apiKey: 30,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"Creations","prop":"creations","type":"[]AclCreation","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ResourceType","prop":"resourceType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceName","prop":"resourceName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourcePatternType","prop":"resourcePatternType","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"3"},{"name":"Principal","prop":"principal","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Operation","prop":"operation","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PermissionType","prop":"permissionType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
