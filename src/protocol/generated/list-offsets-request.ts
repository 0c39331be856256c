// Generated from ListOffsetsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. */
  replicaId: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records */
  isolationLevel: number;
  /** Each topic in the request. */
  topics: ListOffsetsRequestListOffsetsTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsRequest(): ListOffsetsRequest {
  return { replicaId: 0, isolationLevel: 0, topics: [] };
}

function readListOffsetsRequest(r: Reader, v: number, flex: boolean): ListOffsetsRequest {
  let replicaId: number = 0;
  let isolationLevel: number = 0;
  let topics: ListOffsetsRequestListOffsetsTopic[] = [];
  replicaId = r.int32("ListOffsetsRequest.ReplicaId");
  if (v >= 2) {
    isolationLevel = r.int8("ListOffsetsRequest.IsolationLevel");
  }
  {
    const n = (flex ? r.compactArrayLength("ListOffsetsRequest.Topics") : r.arrayLength("ListOffsetsRequest.Topics"));
    const a: ListOffsetsRequestListOffsetsTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readListOffsetsRequestListOffsetsTopic(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListOffsetsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListOffsetsRequest._tagged");
      const size = r.uvarint("ListOffsetsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListOffsetsRequest._tagged", size) });
    }
  }
  const m: ListOffsetsRequest = { replicaId, isolationLevel, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListOffsetsRequest(w: Writer, v: number, flex: boolean, m: ListOffsetsRequest): void {
  w.int32(m.replicaId);
  if (v >= 2) {
    w.int8(m.isolationLevel);
  } else if (!(m.isolationLevel === 0)) throw unsupportedField("ListOffsetsRequest.IsolationLevel", v);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeListOffsetsRequestListOffsetsTopic(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ListOffsetsRequestListOffsetsTopic {
  /** The topic name. */
  name: string;
  /** Each partition in the request. */
  partitions: ListOffsetsRequestListOffsetsPartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsRequestListOffsetsTopic(): ListOffsetsRequestListOffsetsTopic {
  return { name: "", partitions: [] };
}

function readListOffsetsRequestListOffsetsTopic(r: Reader, v: number, flex: boolean): ListOffsetsRequestListOffsetsTopic {
  let name: string = "";
  let partitions: ListOffsetsRequestListOffsetsPartition[] = [];
  name = (flex ? r.compactString("ListOffsetsTopic.Name") : r.string("ListOffsetsTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("ListOffsetsTopic.Partitions") : r.arrayLength("ListOffsetsTopic.Partitions"));
    const a: ListOffsetsRequestListOffsetsPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readListOffsetsRequestListOffsetsPartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListOffsetsTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListOffsetsTopic._tagged");
      const size = r.uvarint("ListOffsetsTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListOffsetsTopic._tagged", size) });
    }
  }
  const m: ListOffsetsRequestListOffsetsTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListOffsetsRequestListOffsetsTopic(w: Writer, v: number, flex: boolean, m: ListOffsetsRequestListOffsetsTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeListOffsetsRequestListOffsetsPartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ListOffsetsRequestListOffsetsPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The current leader epoch. */
  currentLeaderEpoch: number;
  /** The current timestamp. */
  timestamp: bigint;
  /** The maximum number of offsets to report. */
  maxNumOffsets: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsRequestListOffsetsPartition(): ListOffsetsRequestListOffsetsPartition {
  return { partitionIndex: 0, currentLeaderEpoch: -1, timestamp: 0n, maxNumOffsets: 1 };
}

function readListOffsetsRequestListOffsetsPartition(r: Reader, v: number, flex: boolean): ListOffsetsRequestListOffsetsPartition {
  let partitionIndex: number = 0;
  let currentLeaderEpoch: number = -1;
  let timestamp: bigint = 0n;
  let maxNumOffsets: number = 1;
  partitionIndex = r.int32("ListOffsetsPartition.PartitionIndex");
  if (v >= 4) {
    currentLeaderEpoch = r.int32("ListOffsetsPartition.CurrentLeaderEpoch");
  }
  timestamp = r.int64("ListOffsetsPartition.Timestamp");
  if (v <= 0) {
    maxNumOffsets = r.int32("ListOffsetsPartition.MaxNumOffsets");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListOffsetsPartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListOffsetsPartition._tagged");
      const size = r.uvarint("ListOffsetsPartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListOffsetsPartition._tagged", size) });
    }
  }
  const m: ListOffsetsRequestListOffsetsPartition = { partitionIndex, currentLeaderEpoch, timestamp, maxNumOffsets };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListOffsetsRequestListOffsetsPartition(w: Writer, v: number, flex: boolean, m: ListOffsetsRequestListOffsetsPartition): void {
  w.int32(m.partitionIndex);
  if (v >= 4) {
    w.int32(m.currentLeaderEpoch);
  }
  w.int64(m.timestamp);
  if (v <= 0) {
    w.int32(m.maxNumOffsets);
  } else if (!(m.maxNumOffsets === 1)) throw unsupportedField("ListOffsetsPartition.MaxNumOffsets", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ListOffsetsRequest of version `v`; the caller checks the reader for failure. */
export function decodeListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  return readListOffsetsRequest(r, v, v >= 6);
}

/** Writes a ListOffsetsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeListOffsetsRequest(w: Writer, v: number, m: ListOffsetsRequest): void {
  writeListOffsetsRequest(w, v, v >= 6, m);
}

export const ListOffsetsRequestSchema: MessageSchema = {
  name: "ListOffsetsRequest",
  kind: "request",
  apiKey: 2,
  validVersions: [0, 9],
  flexibleVersions: [6, 9],
  fields: [{"name":"ReplicaId","prop":"replicaId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IsolationLevel","prop":"isolationLevel","type":"int8","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]ListOffsetsTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]ListOffsetsPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CurrentLeaderEpoch","prop":"currentLeaderEpoch","type":"int32","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Timestamp","prop":"timestamp","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxNumOffsets","prop":"maxNumOffsets","type":"int32","versions":[0,0],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"1"}]}]}],
};
