// Generated from DescribeQuorumRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeQuorumRequest {
  topics: DescribeQuorumRequestTopicData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumRequest(): DescribeQuorumRequest {
  return { topics: [] };
}

function readDescribeQuorumRequest(r: Reader, v: number, flex: boolean): DescribeQuorumRequest {
  let topics: DescribeQuorumRequestTopicData[] = [];
  {
    const n = (flex ? r.compactArrayLength("DescribeQuorumRequest.Topics") : r.arrayLength("DescribeQuorumRequest.Topics"));
    const a: DescribeQuorumRequestTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeQuorumRequestTopicData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeQuorumRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeQuorumRequest._tagged");
      const size = r.uvarint("DescribeQuorumRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeQuorumRequest._tagged", size) });
    }
  }
  const m: DescribeQuorumRequest = { topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeQuorumRequest(w: Writer, v: number, flex: boolean, m: DescribeQuorumRequest): void {
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDescribeQuorumRequestTopicData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeQuorumRequestTopicData {
  /** The topic name. */
  topicName: string;
  partitions: DescribeQuorumRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumRequestTopicData(): DescribeQuorumRequestTopicData {
  return { topicName: "", partitions: [] };
}

function readDescribeQuorumRequestTopicData(r: Reader, v: number, flex: boolean): DescribeQuorumRequestTopicData {
  let topicName: string = "";
  let partitions: DescribeQuorumRequestPartitionData[] = [];
  topicName = (flex ? r.compactString("TopicData.TopicName") : r.string("TopicData.TopicName"));
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: DescribeQuorumRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeQuorumRequestPartitionData(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicData._tagged");
      const size = r.uvarint("TopicData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicData._tagged", size) });
    }
  }
  const m: DescribeQuorumRequestTopicData = { topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeQuorumRequestTopicData(w: Writer, v: number, flex: boolean, m: DescribeQuorumRequestTopicData): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeDescribeQuorumRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeQuorumRequestPartitionData {
  /** The partition index. */
  partitionIndex: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumRequestPartitionData(): DescribeQuorumRequestPartitionData {
  return { partitionIndex: 0 };
}

function readDescribeQuorumRequestPartitionData(r: Reader, v: number, flex: boolean): DescribeQuorumRequestPartitionData {
  let partitionIndex: number = 0;
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: DescribeQuorumRequestPartitionData = { partitionIndex };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeQuorumRequestPartitionData(w: Writer, v: number, flex: boolean, m: DescribeQuorumRequestPartitionData): void {
  w.int32(m.partitionIndex);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeQuorumRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeQuorumRequest(r: Reader, v: number): DescribeQuorumRequest {
  return readDescribeQuorumRequest(r, v, true);
}

/** Writes a DescribeQuorumRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeQuorumRequest(w: Writer, v: number, m: DescribeQuorumRequest): void {
  writeDescribeQuorumRequest(w, v, true, m);
}

export const DescribeQuorumRequestSchema: MessageSchema = {
  name: "DescribeQuorumRequest",
  kind: "request",
  apiKey: 55,
  validVersions: [0, 2],
  flexibleVersions: [0, 2],
  fields: [{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
