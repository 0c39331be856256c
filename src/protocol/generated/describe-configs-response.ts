// Generated from DescribeConfigsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each resource. */
  results: DescribeConfigsResponseDescribeConfigsResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsResponse(): DescribeConfigsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readDescribeConfigsResponse(r: Reader, v: number, flex: boolean): DescribeConfigsResponse {
  let throttleTimeMs: number = 0;
  let results: DescribeConfigsResponseDescribeConfigsResult[] = [];
  throttleTimeMs = r.int32("DescribeConfigsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("DescribeConfigsResponse.Results") : r.arrayLength("DescribeConfigsResponse.Results"));
    const a: DescribeConfigsResponseDescribeConfigsResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeConfigsResponseDescribeConfigsResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeConfigsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeConfigsResponse._tagged");
      const size = r.uvarint("DescribeConfigsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeConfigsResponse._tagged", size) });
    }
  }
  const m: DescribeConfigsResponse = { throttleTimeMs, results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeConfigsResponse(w: Writer, v: number, flex: boolean, m: DescribeConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeDescribeConfigsResponseDescribeConfigsResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeConfigsResponseDescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. */
  errorCode: number;
  /** The error message, or null if we were able to successfully describe the configurations. */
  errorMessage: string | null;
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  /** Each listed configuration. */
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsResponseDescribeConfigsResult(): DescribeConfigsResponseDescribeConfigsResult {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "", configs: [] };
}

function readDescribeConfigsResponseDescribeConfigsResult(r: Reader, v: number, flex: boolean): DescribeConfigsResponseDescribeConfigsResult {
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let resourceType: number = 0;
  let resourceName: string = "";
  let configs: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
  errorCode = r.int16("DescribeConfigsResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("DescribeConfigsResult.ErrorMessage") : r.nullableString("DescribeConfigsResult.ErrorMessage"));
  resourceType = r.int8("DescribeConfigsResult.ResourceType");
  resourceName = (flex ? r.compactString("DescribeConfigsResult.ResourceName") : r.string("DescribeConfigsResult.ResourceName"));
  {
    const n = (flex ? r.compactArrayLength("DescribeConfigsResult.Configs") : r.arrayLength("DescribeConfigsResult.Configs"));
    const a: DescribeConfigsResponseDescribeConfigsResourceResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeConfigsResponseDescribeConfigsResourceResult(r, v, flex));
    configs = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeConfigsResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeConfigsResult._tagged");
      const size = r.uvarint("DescribeConfigsResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeConfigsResult._tagged", size) });
    }
  }
  const m: DescribeConfigsResponseDescribeConfigsResult = { errorCode, errorMessage, resourceType, resourceName, configs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeConfigsResponseDescribeConfigsResult(w: Writer, v: number, flex: boolean, m: DescribeConfigsResponseDescribeConfigsResult): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  w.int8(m.resourceType);
  (flex ? w.compactString(m.resourceName!) : w.string(m.resourceName!));
  (flex ? w.uvarint(m.configs!.length + 1) : w.int32(m.configs!.length));
  for (const x of m.configs!) writeDescribeConfigsResponseDescribeConfigsResourceResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** The configuration name. */
  name: string;
  /** The configuration value. */
  value: string | null;
  /** True if the configuration is read-only. */
  readOnly: boolean;
  /** True if the configuration is not set. */
  isDefault: boolean;
  /** The configuration source. */
  configSource: number;
  /** True if this configuration is sensitive. */
  isSensitive: boolean;
  /** The synonyms for this configuration key. */
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD */
  configType: number;
  /** The configuration documentation. */
  documentation: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsResponseDescribeConfigsResourceResult(): DescribeConfigsResponseDescribeConfigsResourceResult {
  return { name: "", value: "", readOnly: false, isDefault: false, configSource: -1, isSensitive: false, synonyms: [], configType: 0, documentation: "" };
}

function readDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, v: number, flex: boolean): DescribeConfigsResponseDescribeConfigsResourceResult {
  let name: string = "";
  let value: string | null = "";
  let readOnly: boolean = false;
  let isDefault: boolean = false;
  let configSource: number = -1;
  let isSensitive: boolean = false;
  let synonyms: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
  let configType: number = 0;
  let documentation: string | null = "";
  name = (flex ? r.compactString("DescribeConfigsResourceResult.Name") : r.string("DescribeConfigsResourceResult.Name"));
  value = (flex ? r.compactNullableString("DescribeConfigsResourceResult.Value") : r.nullableString("DescribeConfigsResourceResult.Value"));
  readOnly = r.bool("DescribeConfigsResourceResult.ReadOnly");
  if (v <= 0) {
    isDefault = r.bool("DescribeConfigsResourceResult.IsDefault");
  }
  if (v >= 1) {
    configSource = r.int8("DescribeConfigsResourceResult.ConfigSource");
  }
  isSensitive = r.bool("DescribeConfigsResourceResult.IsSensitive");
  if (v >= 1) {
    {
      const n = (flex ? r.compactArrayLength("DescribeConfigsResourceResult.Synonyms") : r.arrayLength("DescribeConfigsResourceResult.Synonyms"));
      const a: DescribeConfigsResponseDescribeConfigsSynonym[] = [];
      for (let i = 0; i < n; i++) a.push(readDescribeConfigsResponseDescribeConfigsSynonym(r, v, flex));
      synonyms = a;
    }
  }
  if (v >= 3) {
    configType = r.int8("DescribeConfigsResourceResult.ConfigType");
  }
  if (v >= 3) {
    documentation = (flex ? r.compactNullableString("DescribeConfigsResourceResult.Documentation") : r.nullableString("DescribeConfigsResourceResult.Documentation"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeConfigsResourceResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeConfigsResourceResult._tagged");
      const size = r.uvarint("DescribeConfigsResourceResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeConfigsResourceResult._tagged", size) });
    }
  }
  const m: DescribeConfigsResponseDescribeConfigsResourceResult = { name, value, readOnly, isDefault, configSource, isSensitive, synonyms, configType, documentation };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, v: number, flex: boolean, m: DescribeConfigsResponseDescribeConfigsResourceResult): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.compactNullableString(m.value) : w.nullableString(m.value));
  w.bool(m.readOnly);
  if (v <= 0) {
    w.bool(m.isDefault);
  } else if (!(m.isDefault === false)) throw unsupportedField("DescribeConfigsResourceResult.IsDefault", v);
  if (v >= 1) {
    w.int8(m.configSource);
  }
  w.bool(m.isSensitive);
  if (v >= 1) {
    (flex ? w.uvarint(m.synonyms!.length + 1) : w.int32(m.synonyms!.length));
    for (const x of m.synonyms!) writeDescribeConfigsResponseDescribeConfigsSynonym(w, v, flex, x!);
  }
  if (v >= 3) {
    w.int8(m.configType);
  }
  if (v >= 3) {
    (flex ? w.compactNullableString(m.documentation) : w.nullableString(m.documentation));
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** The synonym name. */
  name: string;
  /** The synonym value. */
  value: string | null;
  /** The synonym source. */
  source: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeConfigsResponseDescribeConfigsSynonym(): DescribeConfigsResponseDescribeConfigsSynonym {
  return { name: "", value: "", source: 0 };
}

function readDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, v: number, flex: boolean): DescribeConfigsResponseDescribeConfigsSynonym {
  let name: string = "";
  let value: string | null = "";
  let source: number = 0;
  if (v >= 1) {
    name = (flex ? r.compactString("DescribeConfigsSynonym.Name") : r.string("DescribeConfigsSynonym.Name"));
  }
  if (v >= 1) {
    value = (flex ? r.compactNullableString("DescribeConfigsSynonym.Value") : r.nullableString("DescribeConfigsSynonym.Value"));
  }
  if (v >= 1) {
    source = r.int8("DescribeConfigsSynonym.Source");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeConfigsSynonym._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeConfigsSynonym._tagged");
      const size = r.uvarint("DescribeConfigsSynonym._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeConfigsSynonym._tagged", size) });
    }
  }
  const m: DescribeConfigsResponseDescribeConfigsSynonym = { name, value, source };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, v: number, flex: boolean, m: DescribeConfigsResponseDescribeConfigsSynonym): void {
  if (v >= 1) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("DescribeConfigsSynonym.Name", v);
  if (v >= 1) {
    (flex ? w.compactNullableString(m.value) : w.nullableString(m.value));
  } else if (!(m.value === "")) throw unsupportedField("DescribeConfigsSynonym.Value", v);
  if (v >= 1) {
    w.int8(m.source);
  } else if (!(m.source === 0)) throw unsupportedField("DescribeConfigsSynonym.Source", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeConfigsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  return readDescribeConfigsResponse(r, v, v >= 4);
}

/** Writes a DescribeConfigsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeConfigsResponse(w: Writer, v: number, m: DescribeConfigsResponse): void {
  writeDescribeConfigsResponse(w, v, v >= 4, m);
}

export const DescribeConfigsResponseSchema: MessageSchema = {
  name: "DescribeConfigsResponse",
  kind: "response",
  apiKey: 32,
  validVersions: [0, 4],
  flexibleVersions: [4, 4],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Results","prop":"results","type":"[]DescribeConfigsResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceType","prop":"resourceType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceName","prop":"resourceName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Configs","prop":"configs","type":"[]DescribeConfigsResourceResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Value","prop":"value","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ReadOnly","prop":"readOnly","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IsDefault","prop":"isDefault","type":"bool","versions":[0,0],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ConfigSource","prop":"configSource","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"IsSensitive","prop":"isSensitive","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Synonyms","prop":"synonyms","type":"[]DescribeConfigsSynonym","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Value","prop":"value","type":"string","versions":[1,32767],"nullable":[1,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Source","prop":"source","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"ConfigType","prop":"configType","type":"int8","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"0"},{"name":"Documentation","prop":"documentation","type":"string","versions":[3,32767],"nullable":[3,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}]}]}],
};
