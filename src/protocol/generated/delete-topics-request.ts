// Generated from DeleteTopicsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic */
  topics: DeleteTopicsRequestDeleteTopicState[];
  /** The names of the topics to delete */
  topicNames: string[];
  /** The length of time in milliseconds to wait for the deletions to complete. */
  timeoutMs: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteTopicsRequest(): DeleteTopicsRequest {
  return { topics: [], topicNames: [], timeoutMs: 0 };
}

function readDeleteTopicsRequest(r: Reader, v: number, flex: boolean): DeleteTopicsRequest {
  let topics: DeleteTopicsRequestDeleteTopicState[] = [];
  let topicNames: string[] = [];
  let timeoutMs: number = 0;
  if (v >= 6) {
    {
      const n = (flex ? r.compactArrayLength("DeleteTopicsRequest.Topics") : r.arrayLength("DeleteTopicsRequest.Topics"));
      const a: DeleteTopicsRequestDeleteTopicState[] = [];
      for (let i = 0; i < n; i++) a.push(readDeleteTopicsRequestDeleteTopicState(r, v, flex));
      topics = a;
    }
  }
  if (v <= 5) {
    {
      const n = (flex ? r.compactArrayLength("DeleteTopicsRequest.TopicNames") : r.arrayLength("DeleteTopicsRequest.TopicNames"));
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push((flex ? r.compactString("DeleteTopicsRequest.TopicNames") : r.string("DeleteTopicsRequest.TopicNames")));
      topicNames = a;
    }
  }
  timeoutMs = r.int32("DeleteTopicsRequest.TimeoutMs");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteTopicsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteTopicsRequest._tagged");
      const size = r.uvarint("DeleteTopicsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteTopicsRequest._tagged", size) });
    }
  }
  const m: DeleteTopicsRequest = { topics, topicNames, timeoutMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteTopicsRequest(w: Writer, v: number, flex: boolean, m: DeleteTopicsRequest): void {
  if (v >= 6) {
    (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
    for (const x of m.topics!) writeDeleteTopicsRequestDeleteTopicState(w, v, flex, x!);
  } else if (!(m.topics.length === 0)) throw unsupportedField("DeleteTopicsRequest.Topics", v);
  if (v <= 5) {
    (flex ? w.uvarint(m.topicNames!.length + 1) : w.int32(m.topicNames!.length));
    for (const x of m.topicNames!) (flex ? w.compactString(x!) : w.string(x!));
  }
  w.int32(m.timeoutMs);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteTopicsRequestDeleteTopicState {
  /** The topic name */
  name: string | null;
  /** The unique topic ID */
  topicId: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteTopicsRequestDeleteTopicState(): DeleteTopicsRequestDeleteTopicState {
  return { name: null, topicId: ZERO_UUID };
}

function readDeleteTopicsRequestDeleteTopicState(r: Reader, v: number, flex: boolean): DeleteTopicsRequestDeleteTopicState {
  let name: string | null = null;
  let topicId: string = ZERO_UUID;
  if (v >= 6) {
    name = (flex ? r.compactNullableString("DeleteTopicState.Name") : r.nullableString("DeleteTopicState.Name"));
  }
  if (v >= 6) {
    topicId = r.uuid("DeleteTopicState.TopicId");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteTopicState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteTopicState._tagged");
      const size = r.uvarint("DeleteTopicState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteTopicState._tagged", size) });
    }
  }
  const m: DeleteTopicsRequestDeleteTopicState = { name, topicId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteTopicsRequestDeleteTopicState(w: Writer, v: number, flex: boolean, m: DeleteTopicsRequestDeleteTopicState): void {
  if (v >= 6) {
    (flex ? w.compactNullableString(m.name) : w.nullableString(m.name));
  } else if (!(m.name === null)) throw unsupportedField("DeleteTopicState.Name", v);
  if (v >= 6) {
    w.uuid(m.topicId);
  } else if (!(m.topicId === ZERO_UUID)) throw unsupportedField("DeleteTopicState.TopicId", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DeleteTopicsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  return readDeleteTopicsRequest(r, v, v >= 4);
}

/** Writes a DeleteTopicsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDeleteTopicsRequest(w: Writer, v: number, m: DeleteTopicsRequest): void {
  writeDeleteTopicsRequest(w, v, v >= 4, m);
}

export const DeleteTopicsRequestSchema: MessageSchema = {
  name: "DeleteTopicsRequest",
  kind: "request",
  apiKey: 20,
  validVersions: [0, 6],
  flexibleVersions: [4, 6],
  fields: [{"name":"Topics","prop":"topics","type":"[]DeleteTopicState","versions":[6,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[6,32767],"nullable":[6,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[6,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"TopicNames","prop":"topicNames","type":"[]string","versions":[0,5],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"TimeoutMs","prop":"timeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
