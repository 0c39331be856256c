// Generated from IncrementalAlterConfigsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface IncrementalAlterConfigsRequest {
  /** The incremental updates for each resource. */
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. */
  validateOnly: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultIncrementalAlterConfigsRequest(): IncrementalAlterConfigsRequest {
  return { resources: [], validateOnly: false };
}

function readIncrementalAlterConfigsRequest(r: Reader, v: number, flex: boolean): IncrementalAlterConfigsRequest {
  let resources: IncrementalAlterConfigsRequestAlterConfigsResource[] = [];
  let validateOnly: boolean = false;
  {
    const n = (flex ? r.compactArrayLength("IncrementalAlterConfigsRequest.Resources") : r.arrayLength("IncrementalAlterConfigsRequest.Resources"));
    const a: IncrementalAlterConfigsRequestAlterConfigsResource[] = [];
    for (let i = 0; i < n; i++) a.push(readIncrementalAlterConfigsRequestAlterConfigsResource(r, v, flex));
    resources = a;
  }
  validateOnly = r.bool("IncrementalAlterConfigsRequest.ValidateOnly");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("IncrementalAlterConfigsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("IncrementalAlterConfigsRequest._tagged");
      const size = r.uvarint("IncrementalAlterConfigsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("IncrementalAlterConfigsRequest._tagged", size) });
    }
  }
  const m: IncrementalAlterConfigsRequest = { resources, validateOnly };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeIncrementalAlterConfigsRequest(w: Writer, v: number, flex: boolean, m: IncrementalAlterConfigsRequest): void {
  (flex ? w.uvarint(m.resources!.length + 1) : w.int32(m.resources!.length));
  for (const x of m.resources!) writeIncrementalAlterConfigsRequestAlterConfigsResource(w, v, flex, x!);
  w.bool(m.validateOnly);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  /** The configurations. */
  configs: IncrementalAlterConfigsRequestAlterableConfig[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultIncrementalAlterConfigsRequestAlterConfigsResource(): IncrementalAlterConfigsRequestAlterConfigsResource {
  return { resourceType: 0, resourceName: "", configs: [] };
}

function readIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, v: number, flex: boolean): IncrementalAlterConfigsRequestAlterConfigsResource {
  let resourceType: number = 0;
  let resourceName: string = "";
  let configs: IncrementalAlterConfigsRequestAlterableConfig[] = [];
  resourceType = r.int8("AlterConfigsResource.ResourceType");
  resourceName = (flex ? r.compactString("AlterConfigsResource.ResourceName") : r.string("AlterConfigsResource.ResourceName"));
  {
    const n = (flex ? r.compactArrayLength("AlterConfigsResource.Configs") : r.arrayLength("AlterConfigsResource.Configs"));
    const a: IncrementalAlterConfigsRequestAlterableConfig[] = [];
    for (let i = 0; i < n; i++) a.push(readIncrementalAlterConfigsRequestAlterableConfig(r, v, flex));
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
  const m: IncrementalAlterConfigsRequestAlterConfigsResource = { resourceType, resourceName, configs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, v: number, flex: boolean, m: IncrementalAlterConfigsRequestAlterConfigsResource): void {
  w.int8(m.resourceType);
  (flex ? w.compactString(m.resourceName!) : w.string(m.resourceName!));
  (flex ? w.uvarint(m.configs!.length + 1) : w.int32(m.configs!.length));
  for (const x of m.configs!) writeIncrementalAlterConfigsRequestAlterableConfig(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface IncrementalAlterConfigsRequestAlterableConfig {
  /** The configuration key name. */
  name: string;
  /** The type (Set, Delete, Append, Subtract) of operation. */
  configOperation: number;
  /** The value to set for the configuration key. */
  value: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultIncrementalAlterConfigsRequestAlterableConfig(): IncrementalAlterConfigsRequestAlterableConfig {
  return { name: "", configOperation: 0, value: "" };
}

function readIncrementalAlterConfigsRequestAlterableConfig(r: Reader, v: number, flex: boolean): IncrementalAlterConfigsRequestAlterableConfig {
  let name: string = "";
  let configOperation: number = 0;
  let value: string | null = "";
  name = (flex ? r.compactString("AlterableConfig.Name") : r.string("AlterableConfig.Name"));
  configOperation = r.int8("AlterableConfig.ConfigOperation");
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
  const m: IncrementalAlterConfigsRequestAlterableConfig = { name, configOperation, value };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, v: number, flex: boolean, m: IncrementalAlterConfigsRequestAlterableConfig): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  w.int8(m.configOperation);
  (flex ? w.compactNullableString(m.value) : w.nullableString(m.value));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a IncrementalAlterConfigsRequest of version `v`; the caller checks the reader for failure. */
export function decodeIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
  return readIncrementalAlterConfigsRequest(r, v, v >= 1);
}

/** Writes a IncrementalAlterConfigsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeIncrementalAlterConfigsRequest(w: Writer, v: number, m: IncrementalAlterConfigsRequest): void {
  writeIncrementalAlterConfigsRequest(w, v, v >= 1, m);
}

export const IncrementalAlterConfigsRequestSchema: MessageSchema = {
  name: "IncrementalAlterConfigsRequest",
  kind: "request",
  apiKey: 44,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"Resources","prop":"resources","type":"[]AlterConfigsResource","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ResourceType","prop":"resourceType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceName","prop":"resourceName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Configs","prop":"configs","type":"[]AlterableConfig","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ConfigOperation","prop":"configOperation","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Value","prop":"value","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"ValidateOnly","prop":"validateOnly","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
