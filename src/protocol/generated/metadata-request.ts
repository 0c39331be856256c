// Generated from MetadataRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, nullNotAllowed, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface MetadataRequest {
  /** The topics to fetch metadata for. */
  topics: MetadataRequestMetadataRequestTopic[] | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. */
  allowAutoTopicCreation: boolean;
  /** Whether to include cluster authorized operations. */
  includeClusterAuthorizedOperations: boolean;
  /** Whether to include topic authorized operations. */
  includeTopicAuthorizedOperations: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataRequest(): MetadataRequest {
  return { topics: [], allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false };
}

function readMetadataRequest(r: Reader, v: number, flex: boolean): MetadataRequest {
  let topics: MetadataRequestMetadataRequestTopic[] | null = [];
  let allowAutoTopicCreation: boolean = true;
  let includeClusterAuthorizedOperations: boolean = false;
  let includeTopicAuthorizedOperations: boolean = false;
  {
    const n = (flex ? (v >= 1 ? r.compactNullableArrayLength("MetadataRequest.Topics") : r.compactArrayLength("MetadataRequest.Topics")) : (v >= 1 ? r.nullableArrayLength("MetadataRequest.Topics") : r.arrayLength("MetadataRequest.Topics")));
    if (n < 0) topics = null;
    else {
      const a: MetadataRequestMetadataRequestTopic[] = [];
      for (let i = 0; i < n; i++) a.push(readMetadataRequestMetadataRequestTopic(r, v, flex));
      topics = a;
    }
  }
  if (v >= 4) {
    allowAutoTopicCreation = r.bool("MetadataRequest.AllowAutoTopicCreation");
  }
  if (v >= 8 && v <= 10) {
    includeClusterAuthorizedOperations = r.bool("MetadataRequest.IncludeClusterAuthorizedOperations");
  }
  if (v >= 8) {
    includeTopicAuthorizedOperations = r.bool("MetadataRequest.IncludeTopicAuthorizedOperations");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("MetadataRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("MetadataRequest._tagged");
      const size = r.uvarint("MetadataRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("MetadataRequest._tagged", size) });
    }
  }
  const m: MetadataRequest = { topics, allowAutoTopicCreation, includeClusterAuthorizedOperations, includeTopicAuthorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeMetadataRequest(w: Writer, v: number, flex: boolean, m: MetadataRequest): void {
  if (m.topics === null && !(v >= 1)) throw nullNotAllowed("MetadataRequest.Topics", v);
  if (m.topics === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
    for (const x of m.topics!) writeMetadataRequestMetadataRequestTopic(w, v, flex, x!);
  }
  if (v >= 4) {
    w.bool(m.allowAutoTopicCreation);
  } else if (!(m.allowAutoTopicCreation === true)) throw unsupportedField("MetadataRequest.AllowAutoTopicCreation", v);
  if (v >= 8 && v <= 10) {
    w.bool(m.includeClusterAuthorizedOperations);
  } else if (!(m.includeClusterAuthorizedOperations === false)) throw unsupportedField("MetadataRequest.IncludeClusterAuthorizedOperations", v);
  if (v >= 8) {
    w.bool(m.includeTopicAuthorizedOperations);
  } else if (!(m.includeTopicAuthorizedOperations === false)) throw unsupportedField("MetadataRequest.IncludeTopicAuthorizedOperations", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface MetadataRequestMetadataRequestTopic {
  /** The topic id. */
  topicId: string;
  /** The topic name. */
  name: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataRequestMetadataRequestTopic(): MetadataRequestMetadataRequestTopic {
  return { topicId: ZERO_UUID, name: "" };
}

function readMetadataRequestMetadataRequestTopic(r: Reader, v: number, flex: boolean): MetadataRequestMetadataRequestTopic {
  let topicId: string = ZERO_UUID;
  let name: string | null = "";
  if (v >= 10) {
    topicId = r.uuid("MetadataRequestTopic.TopicId");
  }
  name = (flex ? (v >= 10 ? r.compactNullableString("MetadataRequestTopic.Name") : r.compactString("MetadataRequestTopic.Name")) : (v >= 10 ? r.nullableString("MetadataRequestTopic.Name") : r.string("MetadataRequestTopic.Name")));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("MetadataRequestTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("MetadataRequestTopic._tagged");
      const size = r.uvarint("MetadataRequestTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("MetadataRequestTopic._tagged", size) });
    }
  }
  const m: MetadataRequestMetadataRequestTopic = { topicId, name };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeMetadataRequestMetadataRequestTopic(w: Writer, v: number, flex: boolean, m: MetadataRequestMetadataRequestTopic): void {
  if (v >= 10) {
    w.uuid(m.topicId);
  }
  if (m.name === null && !(v >= 10)) throw nullNotAllowed("MetadataRequestTopic.Name", v);
  (flex ? (v >= 10 ? w.compactNullableString(m.name) : w.compactString(m.name!)) : (v >= 10 ? w.nullableString(m.name) : w.string(m.name!)));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a MetadataRequest of version `v`; the caller checks the reader for failure. */
export function decodeMetadataRequest(r: Reader, v: number): MetadataRequest {
  return readMetadataRequest(r, v, v >= 9);
}

/** Writes a MetadataRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeMetadataRequest(w: Writer, v: number, m: MetadataRequest): void {
  writeMetadataRequest(w, v, v >= 9, m);
}

export const MetadataRequestSchema: MessageSchema = {
  name: "MetadataRequest",
  kind: "request",
  apiKey: 3,
  validVersions: [0, 12],
  flexibleVersions: [9, 12],
  fields: [{"name":"Topics","prop":"topics","type":"[]MetadataRequestTopic","versions":[0,32767],"nullable":[1,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[10,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":[10,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"AllowAutoTopicCreation","prop":"allowAutoTopicCreation","type":"bool","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"true"},{"name":"IncludeClusterAuthorizedOperations","prop":"includeClusterAuthorizedOperations","type":"bool","versions":[8,10],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IncludeTopicAuthorizedOperations","prop":"includeTopicAuthorizedOperations","type":"bool","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
