// Generated from DeleteRecordsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. */
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  /** How long to wait for the deletion to complete, in milliseconds. */
  timeoutMs: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsRequest(): DeleteRecordsRequest {
  return { topics: [], timeoutMs: 0 };
}

function readDeleteRecordsRequest(r: Reader, v: number, flex: boolean): DeleteRecordsRequest {
  let topics: DeleteRecordsRequestDeleteRecordsTopic[] = [];
  let timeoutMs: number = 0;
  {
    const n = (flex ? r.compactArrayLength("DeleteRecordsRequest.Topics") : r.arrayLength("DeleteRecordsRequest.Topics"));
    const a: DeleteRecordsRequestDeleteRecordsTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteRecordsRequestDeleteRecordsTopic(r, v, flex));
    topics = a;
  }
  timeoutMs = r.int32("DeleteRecordsRequest.TimeoutMs");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteRecordsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteRecordsRequest._tagged");
      const size = r.uvarint("DeleteRecordsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteRecordsRequest._tagged", size) });
    }
  }
  const m: DeleteRecordsRequest = { topics, timeoutMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteRecordsRequest(w: Writer, v: number, flex: boolean, m: DeleteRecordsRequest): void {
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDeleteRecordsRequestDeleteRecordsTopic(w, v, flex, x!);
  w.int32(m.timeoutMs);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** The topic name. */
  name: string;
  /** Each partition that we want to delete records from. */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsRequestDeleteRecordsTopic(): DeleteRecordsRequestDeleteRecordsTopic {
  return { name: "", partitions: [] };
}

function readDeleteRecordsRequestDeleteRecordsTopic(r: Reader, v: number, flex: boolean): DeleteRecordsRequestDeleteRecordsTopic {
  let name: string = "";
  let partitions: DeleteRecordsRequestDeleteRecordsPartition[] = [];
  name = (flex ? r.compactString("DeleteRecordsTopic.Name") : r.string("DeleteRecordsTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("DeleteRecordsTopic.Partitions") : r.arrayLength("DeleteRecordsTopic.Partitions"));
    const a: DeleteRecordsRequestDeleteRecordsPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteRecordsRequestDeleteRecordsPartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteRecordsTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteRecordsTopic._tagged");
      const size = r.uvarint("DeleteRecordsTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteRecordsTopic._tagged", size) });
    }
  }
  const m: DeleteRecordsRequestDeleteRecordsTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, v: number, flex: boolean, m: DeleteRecordsRequestDeleteRecordsTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeDeleteRecordsRequestDeleteRecordsPartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The deletion offset. */
  offset: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsRequestDeleteRecordsPartition(): DeleteRecordsRequestDeleteRecordsPartition {
  return { partitionIndex: 0, offset: 0n };
}

function readDeleteRecordsRequestDeleteRecordsPartition(r: Reader, v: number, flex: boolean): DeleteRecordsRequestDeleteRecordsPartition {
  let partitionIndex: number = 0;
  let offset: bigint = 0n;
  partitionIndex = r.int32("DeleteRecordsPartition.PartitionIndex");
  offset = r.int64("DeleteRecordsPartition.Offset");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteRecordsPartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteRecordsPartition._tagged");
      const size = r.uvarint("DeleteRecordsPartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteRecordsPartition._tagged", size) });
    }
  }
  const m: DeleteRecordsRequestDeleteRecordsPartition = { partitionIndex, offset };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, v: number, flex: boolean, m: DeleteRecordsRequestDeleteRecordsPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.offset);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DeleteRecordsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  return readDeleteRecordsRequest(r, v, v >= 2);
}

/** Writes a DeleteRecordsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDeleteRecordsRequest(w: Writer, v: number, m: DeleteRecordsRequest): void {
  writeDeleteRecordsRequest(w, v, v >= 2, m);
}

export const DeleteRecordsRequestSchema: MessageSchema = {
  name: "DeleteRecordsRequest",
  kind: "request",
  apiKey: 21,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"Topics","prop":"topics","type":"[]DeleteRecordsTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]DeleteRecordsPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Offset","prop":"offset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"TimeoutMs","prop":"timeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
