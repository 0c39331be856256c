// Generated from CreateTopicsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Results for each topic we tried to create. */
  topics: CreateTopicsResponseCreatableTopicResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateTopicsResponse(): CreateTopicsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readCreateTopicsResponse(r: Reader, v: number, flex: boolean): CreateTopicsResponse {
  let throttleTimeMs: number = 0;
  let topics: CreateTopicsResponseCreatableTopicResult[] = [];
  if (v >= 2) {
    throttleTimeMs = r.int32("CreateTopicsResponse.ThrottleTimeMs");
  }
  {
    const n = (flex ? r.compactArrayLength("CreateTopicsResponse.Topics") : r.arrayLength("CreateTopicsResponse.Topics"));
    const a: CreateTopicsResponseCreatableTopicResult[] = [];
    for (let i = 0; i < n; i++) a.push(readCreateTopicsResponseCreatableTopicResult(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreateTopicsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreateTopicsResponse._tagged");
      const size = r.uvarint("CreateTopicsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreateTopicsResponse._tagged", size) });
    }
  }
  const m: CreateTopicsResponse = { throttleTimeMs, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateTopicsResponse(w: Writer, v: number, flex: boolean, m: CreateTopicsResponse): void {
  if (v >= 2) {
    w.int32(m.throttleTimeMs);
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeCreateTopicsResponseCreatableTopicResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface CreateTopicsResponseCreatableTopicResult {
  /** The topic name. */
  name: string;
  /** The unique topic ID */
  topicId: string;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** Optional topic config error returned if configs are not returned in the response. */
  topicConfigErrorCode: number;
  /** Number of partitions of the topic. */
  numPartitions: number;
  /** Replication factor of the topic. */
  replicationFactor: number;
  /** Configuration of the topic. */
  configs: CreateTopicsResponseCreatableTopicConfigs[] | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateTopicsResponseCreatableTopicResult(): CreateTopicsResponseCreatableTopicResult {
  return { name: "", topicId: ZERO_UUID, errorCode: 0, errorMessage: "", topicConfigErrorCode: 0, numPartitions: -1, replicationFactor: -1, configs: [] };
}

function readCreateTopicsResponseCreatableTopicResult(r: Reader, v: number, flex: boolean): CreateTopicsResponseCreatableTopicResult {
  let name: string = "";
  let topicId: string = ZERO_UUID;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let topicConfigErrorCode: number = 0;
  let numPartitions: number = -1;
  let replicationFactor: number = -1;
  let configs: CreateTopicsResponseCreatableTopicConfigs[] | null = [];
  name = (flex ? r.compactString("CreatableTopicResult.Name") : r.string("CreatableTopicResult.Name"));
  if (v >= 7) {
    topicId = r.uuid("CreatableTopicResult.TopicId");
  }
  errorCode = r.int16("CreatableTopicResult.ErrorCode");
  if (v >= 1) {
    errorMessage = (flex ? r.compactNullableString("CreatableTopicResult.ErrorMessage") : r.nullableString("CreatableTopicResult.ErrorMessage"));
  }
  if (v >= 5) {
    numPartitions = r.int32("CreatableTopicResult.NumPartitions");
  }
  if (v >= 5) {
    replicationFactor = r.int16("CreatableTopicResult.ReplicationFactor");
  }
  if (v >= 5) {
    {
      const n = (flex ? r.compactNullableArrayLength("CreatableTopicResult.Configs") : r.nullableArrayLength("CreatableTopicResult.Configs"));
      if (n < 0) configs = null;
      else {
        const a: CreateTopicsResponseCreatableTopicConfigs[] = [];
        for (let i = 0; i < n; i++) a.push(readCreateTopicsResponseCreatableTopicConfigs(r, v, flex));
        configs = a;
      }
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatableTopicResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatableTopicResult._tagged");
      const size = r.uvarint("CreatableTopicResult._tagged");
      if (tag === 0 && v >= 5) {
        const end = r.pos + size;
        topicConfigErrorCode = r.int16("CreatableTopicResult.TopicConfigErrorCode");
        if (r.pos !== end) r.fail("CreatableTopicResult.TopicConfigErrorCode", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("CreatableTopicResult._tagged", size) });
    }
  }
  const m: CreateTopicsResponseCreatableTopicResult = { name, topicId, errorCode, errorMessage, topicConfigErrorCode, numPartitions, replicationFactor, configs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateTopicsResponseCreatableTopicResult(w: Writer, v: number, flex: boolean, m: CreateTopicsResponseCreatableTopicResult): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  if (v >= 7) {
    w.uuid(m.topicId);
  }
  w.int16(m.errorCode);
  if (v >= 1) {
    (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  }
  if (v >= 5) {
    w.int32(m.numPartitions);
  }
  if (v >= 5) {
    w.int16(m.replicationFactor);
  }
  if (v >= 5) {
    if (m.configs === null) (flex ? w.uvarint(0) : w.int32(-1));
    else {
      (flex ? w.uvarint(m.configs!.length + 1) : w.int32(m.configs!.length));
      for (const x of m.configs!) writeCreateTopicsResponseCreatableTopicConfigs(w, v, flex, x!);
    }
  }
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 5 && !(m.topicConfigErrorCode === 0)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.int16(m.topicConfigErrorCode);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface CreateTopicsResponseCreatableTopicConfigs {
  /** The configuration name. */
  name: string;
  /** The configuration value. */
  value: string | null;
  /** True if the configuration is read-only. */
  readOnly: boolean;
  /** The configuration source. */
  configSource: number;
  /** True if this configuration is sensitive. */
  isSensitive: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateTopicsResponseCreatableTopicConfigs(): CreateTopicsResponseCreatableTopicConfigs {
  return { name: "", value: "", readOnly: false, configSource: -1, isSensitive: false };
}

function readCreateTopicsResponseCreatableTopicConfigs(r: Reader, v: number, flex: boolean): CreateTopicsResponseCreatableTopicConfigs {
  let name: string = "";
  let value: string | null = "";
  let readOnly: boolean = false;
  let configSource: number = -1;
  let isSensitive: boolean = false;
  if (v >= 5) {
    name = (flex ? r.compactString("CreatableTopicConfigs.Name") : r.string("CreatableTopicConfigs.Name"));
  }
  if (v >= 5) {
    value = (flex ? r.compactNullableString("CreatableTopicConfigs.Value") : r.nullableString("CreatableTopicConfigs.Value"));
  }
  if (v >= 5) {
    readOnly = r.bool("CreatableTopicConfigs.ReadOnly");
  }
  if (v >= 5) {
    configSource = r.int8("CreatableTopicConfigs.ConfigSource");
  }
  if (v >= 5) {
    isSensitive = r.bool("CreatableTopicConfigs.IsSensitive");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatableTopicConfigs._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatableTopicConfigs._tagged");
      const size = r.uvarint("CreatableTopicConfigs._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreatableTopicConfigs._tagged", size) });
    }
  }
  const m: CreateTopicsResponseCreatableTopicConfigs = { name, value, readOnly, configSource, isSensitive };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateTopicsResponseCreatableTopicConfigs(w: Writer, v: number, flex: boolean, m: CreateTopicsResponseCreatableTopicConfigs): void {
  if (v >= 5) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("CreatableTopicConfigs.Name", v);
  if (v >= 5) {
    (flex ? w.compactNullableString(m.value) : w.nullableString(m.value));
  } else if (!(m.value === "")) throw unsupportedField("CreatableTopicConfigs.Value", v);
  if (v >= 5) {
    w.bool(m.readOnly);
  } else if (!(m.readOnly === false)) throw unsupportedField("CreatableTopicConfigs.ReadOnly", v);
  if (v >= 5) {
    w.int8(m.configSource);
  }
  if (v >= 5) {
    w.bool(m.isSensitive);
  } else if (!(m.isSensitive === false)) throw unsupportedField("CreatableTopicConfigs.IsSensitive", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a CreateTopicsResponse of version `v`; the caller checks the reader for failure. */
export function decodeCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  return readCreateTopicsResponse(r, v, v >= 5);
}

/** Writes a CreateTopicsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeCreateTopicsResponse(w: Writer, v: number, m: CreateTopicsResponse): void {
  writeCreateTopicsResponse(w, v, v >= 5, m);
}

export const CreateTopicsResponseSchema: MessageSchema = {
  name: "CreateTopicsResponse",
  kind: "response",
  apiKey: 19,
  validVersions: [0, 7],
  flexibleVersions: [5, 7],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]CreatableTopicResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[1,32767],"nullable":[1,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"TopicConfigErrorCode","prop":"topicConfigErrorCode","type":"int16","versions":[5,32767],"nullable":null,"tagged":[5,32767],"tag":0,"ignorable":true,"flexible":null,"default":null},{"name":"NumPartitions","prop":"numPartitions","type":"int32","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"ReplicationFactor","prop":"replicationFactor","type":"int16","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Configs","prop":"configs","type":"[]CreatableTopicConfigs","versions":[5,32767],"nullable":[5,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Value","prop":"value","type":"string","versions":[5,32767],"nullable":[5,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ReadOnly","prop":"readOnly","type":"bool","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ConfigSource","prop":"configSource","type":"int8","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"IsSensitive","prop":"isSensitive","type":"bool","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
