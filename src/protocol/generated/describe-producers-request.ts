// Generated from DescribeProducersRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeProducersRequest {
  topics: DescribeProducersRequestTopicRequest[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeProducersRequest(): DescribeProducersRequest {
  return { topics: [] };
}

function readDescribeProducersRequest(r: Reader, v: number, flex: boolean): DescribeProducersRequest {
  let topics: DescribeProducersRequestTopicRequest[] = [];
  {
    const n = (flex ? r.compactArrayLength("DescribeProducersRequest.Topics") : r.arrayLength("DescribeProducersRequest.Topics"));
    const a: DescribeProducersRequestTopicRequest[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeProducersRequestTopicRequest(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeProducersRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeProducersRequest._tagged");
      const size = r.uvarint("DescribeProducersRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeProducersRequest._tagged", size) });
    }
  }
  const m: DescribeProducersRequest = { topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeProducersRequest(w: Writer, v: number, flex: boolean, m: DescribeProducersRequest): void {
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDescribeProducersRequestTopicRequest(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeProducersRequestTopicRequest {
  /** The topic name. */
  name: string;
  /** The indexes of the partitions to list producers for. */
  partitionIndexes: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeProducersRequestTopicRequest(): DescribeProducersRequestTopicRequest {
  return { name: "", partitionIndexes: [] };
}

function readDescribeProducersRequestTopicRequest(r: Reader, v: number, flex: boolean): DescribeProducersRequestTopicRequest {
  let name: string = "";
  let partitionIndexes: number[] = [];
  name = (flex ? r.compactString("TopicRequest.Name") : r.string("TopicRequest.Name"));
  {
    const n = (flex ? r.compactArrayLength("TopicRequest.PartitionIndexes") : r.arrayLength("TopicRequest.PartitionIndexes"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("TopicRequest.PartitionIndexes"));
    partitionIndexes = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicRequest._tagged");
      const size = r.uvarint("TopicRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicRequest._tagged", size) });
    }
  }
  const m: DescribeProducersRequestTopicRequest = { name, partitionIndexes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeProducersRequestTopicRequest(w: Writer, v: number, flex: boolean, m: DescribeProducersRequestTopicRequest): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitionIndexes!.length + 1) : w.int32(m.partitionIndexes!.length));
  for (const x of m.partitionIndexes!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeProducersRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequest {
  return readDescribeProducersRequest(r, v, true);
}

/** Writes a DescribeProducersRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeProducersRequest(w: Writer, v: number, m: DescribeProducersRequest): void {
  writeDescribeProducersRequest(w, v, true, m);
}

export const DescribeProducersRequestSchema: MessageSchema = {
  name: "DescribeProducersRequest",
  kind: "request",
  apiKey: 61,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Topics","prop":"topics","type":"[]TopicRequest","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndexes","prop":"partitionIndexes","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
