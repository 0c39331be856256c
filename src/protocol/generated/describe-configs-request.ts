// Generated from DescribeConfigsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. */
  resources: DescribeConfigsRequestDescribeConfigsResource[];
  /** True if we should include all synonyms. */
  includeSynonyms: boolean;
  /** True if we should include configuration documentation. */
  includeDocumentation: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsRequest(): DescribeConfigsRequest {
  return { resources: [], includeSynonyms: false, includeDocumentation: false };
}

function readDescribeConfigsRequest(r: Reader, v: number, flex: boolean): DescribeConfigsRequest {
  let resources: DescribeConfigsRequestDescribeConfigsResource[] = [];
  let includeSynonyms: boolean = false;
  let includeDocumentation: boolean = false;
  {
    const n = (flex ? r.compactArrayLength("DescribeConfigsRequest.Resources") : r.arrayLength("DescribeConfigsRequest.Resources"));
    const a: DescribeConfigsRequestDescribeConfigsResource[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeConfigsRequestDescribeConfigsResource(r, v, flex));
    resources = a;
  }
  if (v >= 1) {
    includeSynonyms = r.bool("DescribeConfigsRequest.IncludeSynonyms");
  }
  if (v >= 3) {
    includeDocumentation = r.bool("DescribeConfigsRequest.IncludeDocumentation");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeConfigsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeConfigsRequest._tagged");
      const size = r.uvarint("DescribeConfigsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeConfigsRequest._tagged", size) });
    }
  }
  const m: DescribeConfigsRequest = { resources, includeSynonyms, includeDocumentation };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeConfigsRequest(w: Writer, v: number, flex: boolean, m: DescribeConfigsRequest): void {
  (flex ? w.uvarint(m.resources!.length + 1) : w.int32(m.resources!.length));
  for (const x of m.resources!) writeDescribeConfigsRequestDescribeConfigsResource(w, v, flex, x!);
  if (v >= 1) {
    w.bool(m.includeSynonyms);
  } else if (!(m.includeSynonyms === false)) throw unsupportedField("DescribeConfigsRequest.IncludeSynonyms", v);
  if (v >= 3) {
    w.bool(m.includeDocumentation);
  } else if (!(m.includeDocumentation === false)) throw unsupportedField("DescribeConfigsRequest.IncludeDocumentation", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeConfigsRequestDescribeConfigsResource {
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  /** The configuration keys to list, or null to list all configuration keys. */
  configurationKeys: string[] | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsRequestDescribeConfigsResource(): DescribeConfigsRequestDescribeConfigsResource {
  return { resourceType: 0, resourceName: "", configurationKeys: [] };
}

function readDescribeConfigsRequestDescribeConfigsResource(r: Reader, v: number, flex: boolean): DescribeConfigsRequestDescribeConfigsResource {
  let resourceType: number = 0;
  let resourceName: string = "";
  let configurationKeys: string[] | null = [];
  resourceType = r.int8("DescribeConfigsResource.ResourceType");
  resourceName = (flex ? r.compactString("DescribeConfigsResource.ResourceName") : r.string("DescribeConfigsResource.ResourceName"));
  {
    const n = (flex ? r.compactNullableArrayLength("DescribeConfigsResource.ConfigurationKeys") : r.nullableArrayLength("DescribeConfigsResource.ConfigurationKeys"));
    if (n < 0) configurationKeys = null;
    else {
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push((flex ? r.compactString("DescribeConfigsResource.ConfigurationKeys") : r.string("DescribeConfigsResource.ConfigurationKeys")));
      configurationKeys = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeConfigsResource._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeConfigsResource._tagged");
      const size = r.uvarint("DescribeConfigsResource._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeConfigsResource._tagged", size) });
    }
  }
  const m: DescribeConfigsRequestDescribeConfigsResource = { resourceType, resourceName, configurationKeys };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeConfigsRequestDescribeConfigsResource(w: Writer, v: number, flex: boolean, m: DescribeConfigsRequestDescribeConfigsResource): void {
  w.int8(m.resourceType);
  (flex ? w.compactString(m.resourceName!) : w.string(m.resourceName!));
  if (m.configurationKeys === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.configurationKeys!.length + 1) : w.int32(m.configurationKeys!.length));
    for (const x of m.configurationKeys!) (flex ? w.compactString(x!) : w.string(x!));
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeConfigsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  return readDescribeConfigsRequest(r, v, v >= 4);
}

/** Writes a DescribeConfigsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeConfigsRequest(w: Writer, v: number, m: DescribeConfigsRequest): void {
  writeDescribeConfigsRequest(w, v, v >= 4, m);
}

export const DescribeConfigsRequestSchema: MessageSchema = {
  name: "DescribeConfigsRequest",
  kind: "request",
  apiKey: 32,
  validVersions: [0, 4],
  flexibleVersions: [4, 4],
  fields: [{"name":"Resources","prop":"resources","type":"[]DescribeConfigsResource","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ResourceType","prop":"resourceType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceName","prop":"resourceName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ConfigurationKeys","prop":"configurationKeys","type":"[]string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"IncludeSynonyms","prop":"includeSynonyms","type":"bool","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"},{"name":"IncludeDocumentation","prop":"includeDocumentation","type":"bool","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"}],
};
