// Generated from DescribeLogDirsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. */
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsRequest(): DescribeLogDirsRequest {
  return { topics: [] };
}

function readDescribeLogDirsRequest(r: Reader, v: number, flex: boolean): DescribeLogDirsRequest {
  let topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null = [];
  {
    const n = (flex ? r.compactNullableArrayLength("DescribeLogDirsRequest.Topics") : r.nullableArrayLength("DescribeLogDirsRequest.Topics"));
    if (n < 0) topics = null;
    else {
      const a: DescribeLogDirsRequestDescribableLogDirTopic[] = [];
      for (let i = 0; i < n; i++) a.push(readDescribeLogDirsRequestDescribableLogDirTopic(r, v, flex));
      topics = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeLogDirsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeLogDirsRequest._tagged");
      const size = r.uvarint("DescribeLogDirsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeLogDirsRequest._tagged", size) });
    }
  }
  const m: DescribeLogDirsRequest = { topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeLogDirsRequest(w: Writer, v: number, flex: boolean, m: DescribeLogDirsRequest): void {
  if (m.topics === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
    for (const x of m.topics!) writeDescribeLogDirsRequestDescribableLogDirTopic(w, v, flex, x!);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /** The topic name */
  topic: string;
  /** The partition indexes. */
  partitions: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsRequestDescribableLogDirTopic(): DescribeLogDirsRequestDescribableLogDirTopic {
  return { topic: "", partitions: [] };
}

function readDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, v: number, flex: boolean): DescribeLogDirsRequestDescribableLogDirTopic {
  let topic: string = "";
  let partitions: number[] = [];
  topic = (flex ? r.compactString("DescribableLogDirTopic.Topic") : r.string("DescribableLogDirTopic.Topic"));
  {
    const n = (flex ? r.compactArrayLength("DescribableLogDirTopic.Partitions") : r.arrayLength("DescribableLogDirTopic.Partitions"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("DescribableLogDirTopic.Partitions"));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribableLogDirTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribableLogDirTopic._tagged");
      const size = r.uvarint("DescribableLogDirTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribableLogDirTopic._tagged", size) });
    }
  }
  const m: DescribeLogDirsRequestDescribableLogDirTopic = { topic, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeLogDirsRequestDescribableLogDirTopic(w: Writer, v: number, flex: boolean, m: DescribeLogDirsRequestDescribableLogDirTopic): void {
  (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeLogDirsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeLogDirsRequest(r: Reader, v: number): DescribeLogDirsRequest {
  return readDescribeLogDirsRequest(r, v, v >= 2);
}

/** Writes a DescribeLogDirsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeLogDirsRequest(w: Writer, v: number, m: DescribeLogDirsRequest): void {
  writeDescribeLogDirsRequest(w, v, v >= 2, m);
}

export const DescribeLogDirsRequestSchema: MessageSchema = {
  name: "DescribeLogDirsRequest",
  kind: "request",
  apiKey: 35,
  validVersions: [0, 4],
  flexibleVersions: [2, 4],
  fields: [{"name":"Topics","prop":"topics","type":"[]DescribableLogDirTopic","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
