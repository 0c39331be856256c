// Generated from DescribeTopicPartitionsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. */
  topics: DescribeTopicPartitionsRequestTopicRequest[];
  /** The maximum number of partitions included in the response. */
  responsePartitionLimit: number;
  /** The first topic and partition index to fetch details for. */
  cursor: DescribeTopicPartitionsRequestCursor | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsRequest(): DescribeTopicPartitionsRequest {
  return { topics: [], responsePartitionLimit: 2000, cursor: null };
}

function readDescribeTopicPartitionsRequest(r: Reader, v: number, flex: boolean): DescribeTopicPartitionsRequest {
  let topics: DescribeTopicPartitionsRequestTopicRequest[] = [];
  let responsePartitionLimit: number = 2000;
  let cursor: DescribeTopicPartitionsRequestCursor | null = null;
  {
    const n = (flex ? r.compactArrayLength("DescribeTopicPartitionsRequest.Topics") : r.arrayLength("DescribeTopicPartitionsRequest.Topics"));
    const a: DescribeTopicPartitionsRequestTopicRequest[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeTopicPartitionsRequestTopicRequest(r, v, flex));
    topics = a;
  }
  responsePartitionLimit = r.int32("DescribeTopicPartitionsRequest.ResponsePartitionLimit");
  cursor = (r.int8("DescribeTopicPartitionsRequest.Cursor") < 0 ? null : readDescribeTopicPartitionsRequestCursor(r, v, flex));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeTopicPartitionsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeTopicPartitionsRequest._tagged");
      const size = r.uvarint("DescribeTopicPartitionsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeTopicPartitionsRequest._tagged", size) });
    }
  }
  const m: DescribeTopicPartitionsRequest = { topics, responsePartitionLimit, cursor };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTopicPartitionsRequest(w: Writer, v: number, flex: boolean, m: DescribeTopicPartitionsRequest): void {
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDescribeTopicPartitionsRequestTopicRequest(w, v, flex, x!);
  w.int32(m.responsePartitionLimit);
  if (m.cursor === null) w.int8(-1); else { w.int8(1); writeDescribeTopicPartitionsRequestCursor(w, v, flex, m.cursor!); }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeTopicPartitionsRequestTopicRequest {
  /** The topic name */
  name: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsRequestTopicRequest(): DescribeTopicPartitionsRequestTopicRequest {
  return { name: "" };
}

function readDescribeTopicPartitionsRequestTopicRequest(r: Reader, v: number, flex: boolean): DescribeTopicPartitionsRequestTopicRequest {
  let name: string = "";
  name = (flex ? r.compactString("TopicRequest.Name") : r.string("TopicRequest.Name"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicRequest._tagged");
      const size = r.uvarint("TopicRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicRequest._tagged", size) });
    }
  }
  const m: DescribeTopicPartitionsRequestTopicRequest = { name };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTopicPartitionsRequestTopicRequest(w: Writer, v: number, flex: boolean, m: DescribeTopicPartitionsRequestTopicRequest): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeTopicPartitionsRequestCursor {
  /** The name for the first topic to process */
  topicName: string;
  /** The partition index to start with */
  partitionIndex: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsRequestCursor(): DescribeTopicPartitionsRequestCursor {
  return { topicName: "", partitionIndex: 0 };
}

function readDescribeTopicPartitionsRequestCursor(r: Reader, v: number, flex: boolean): DescribeTopicPartitionsRequestCursor {
  let topicName: string = "";
  let partitionIndex: number = 0;
  topicName = (flex ? r.compactString("Cursor.TopicName") : r.string("Cursor.TopicName"));
  partitionIndex = r.int32("Cursor.PartitionIndex");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Cursor._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Cursor._tagged");
      const size = r.uvarint("Cursor._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Cursor._tagged", size) });
    }
  }
  const m: DescribeTopicPartitionsRequestCursor = { topicName, partitionIndex };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTopicPartitionsRequestCursor(w: Writer, v: number, flex: boolean, m: DescribeTopicPartitionsRequestCursor): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  w.int32(m.partitionIndex);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeTopicPartitionsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeTopicPartitionsRequest(r: Reader, v: number): DescribeTopicPartitionsRequest {
  return readDescribeTopicPartitionsRequest(r, v, true);
}

/** Writes a DescribeTopicPartitionsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeTopicPartitionsRequest(w: Writer, v: number, m: DescribeTopicPartitionsRequest): void {
  writeDescribeTopicPartitionsRequest(w, v, true, m);
}

export const DescribeTopicPartitionsRequestSchema: MessageSchema = {
  name: "DescribeTopicPartitionsRequest",
  kind: "request",
  apiKey: 75,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Topics","prop":"topics","type":"[]TopicRequest","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"ResponsePartitionLimit","prop":"responsePartitionLimit","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"2000"},{"name":"Cursor","prop":"cursor","type":"Cursor","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null","fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
