// Generated from AlterConfigsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AlterConfigsRequest {
  /** The updates for each resource. */
  resources: AlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. */
  validateOnly: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterConfigsRequest(): AlterConfigsRequest {
  return { resources: [], validateOnly: false };
}

function readAlterConfigsRequest(r: Reader, v: number, flex: boolean): AlterConfigsRequest {
  let resources: AlterConfigsRequestAlterConfigsResource[] = [];
  let validateOnly: boolean = false;
  {
    const n = (flex ? r.compactArrayLength("AlterConfigsRequest.Resources") : r.arrayLength("AlterConfigsRequest.Resources"));
    const a: AlterConfigsRequestAlterConfigsResource[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterConfigsRequestAlterConfigsResource(r, v, flex));
    resources = a;
  }
  validateOnly = r.bool("AlterConfigsRequest.ValidateOnly");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterConfigsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterConfigsRequest._tagged");
      const size = r.uvarint("AlterConfigsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterConfigsRequest._tagged", size) });
    }
  }
  const m: AlterConfigsRequest = { resources, validateOnly };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterConfigsRequest(w: Writer, v: number, flex: boolean, m: AlterConfigsRequest): void {
  (flex ? w.uvarint(m.resources!.length + 1) : w.int32(m.resources!.length));
  for (const x of m.resources!) writeAlterConfigsRequestAlterConfigsResource(w, v, flex, x!);
  w.bool(m.validateOnly);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterConfigsRequestAlterConfigsResource {
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  /** The configurations. */
  configs: AlterConfigsRequestAlterableConfig[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterConfigsRequestAlterConfigsResource(): AlterConfigsRequestAlterConfigsResource {
  return { resourceType: 0, resourceName: "", configs: [] };
}

function readAlterConfigsRequestAlterConfigsResource(r: Reader, v: number, flex: boolean): AlterConfigsRequestAlterConfigsResource {
  let resourceType: number = 0;
  let resourceName: string = "";
  let configs: AlterConfigsRequestAlterableConfig[] = [];
  resourceType = r.int8("AlterConfigsResource.ResourceType");
  resourceName = (flex ? r.compactString("AlterConfigsResource.ResourceName") : r.string("AlterConfigsResource.ResourceName"));
  {
    const n = (flex ? r.compactArrayLength("AlterConfigsResource.Configs") : r.arrayLength("AlterConfigsResource.Configs"));
    const a: AlterConfigsRequestAlterableConfig[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterConfigsRequestAlterableConfig(r, v, flex));
    configs = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterConfigsResource._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterConfigsResource._tagged");
      const size = r.uvarint("AlterConfigsResource._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterConfigsResource._tagged", size) });
    }
  }
  const m: AlterConfigsRequestAlterConfigsResource = { resourceType, resourceName, configs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterConfigsRequestAlterConfigsResource(w: Writer, v: number, flex: boolean, m: AlterConfigsRequestAlterConfigsResource): void {
  w.int8(m.resourceType);
  (flex ? w.compactString(m.resourceName!) : w.string(m.resourceName!));
  (flex ? w.uvarint(m.configs!.length + 1) : w.int32(m.configs!.length));
  for (const x of m.configs!) writeAlterConfigsRequestAlterableConfig(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterConfigsRequestAlterableConfig {
  /** The configuration key name. */
  name: string;
  /** The value to set for the configuration key. */
  value: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterConfigsRequestAlterableConfig(): AlterConfigsRequestAlterableConfig {
  return { name: "", value: "" };
}

function readAlterConfigsRequestAlterableConfig(r: Reader, v: number, flex: boolean): AlterConfigsRequestAlterableConfig {
  let name: string = "";
  let value: string | null = "";
  name = (flex ? r.compactString("AlterableConfig.Name") : r.string("AlterableConfig.Name"));
  value = (flex ? r.compactNullableString("AlterableConfig.Value") : r.nullableString("AlterableConfig.Value"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterableConfig._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterableConfig._tagged");
      const size = r.uvarint("AlterableConfig._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterableConfig._tagged", size) });
    }
  }
  const m: AlterConfigsRequestAlterableConfig = { name, value };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterConfigsRequestAlterableConfig(w: Writer, v: number, flex: boolean, m: AlterConfigsRequestAlterableConfig): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.compactNullableString(m.value) : w.nullableString(m.value));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterConfigsRequest of version `v`; the caller checks the reader for failure. */
export function decodeAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest {
  return readAlterConfigsRequest(r, v, v >= 2);
}

/** Writes a AlterConfigsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterConfigsRequest(w: Writer, v: number, m: AlterConfigsRequest): void {
  writeAlterConfigsRequest(w, v, v >= 2, m);
}

export const AlterConfigsRequestSchema: MessageSchema = {
  name: "AlterConfigsRequest",
  kind: "request",
  apiKey: 33,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"Resources","prop":"resources","type":"[]AlterConfigsResource","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ResourceType","prop":"resourceType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceName","prop":"resourceName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Configs","prop":"configs","type":"[]AlterableConfig","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Value","prop":"value","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"ValidateOnly","prop":"validateOnly","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
