// Generated from ReadShareGroupStateSummaryRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. */
  groupId: string;
  /** The data for the topics. */
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateSummaryRequest(): ReadShareGroupStateSummaryRequest {
  return { groupId: "", topics: [] };
}

function readReadShareGroupStateSummaryRequest(r: Reader, v: number, flex: boolean): ReadShareGroupStateSummaryRequest {
  let groupId: string = "";
  let topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[] = [];
  groupId = (flex ? r.compactString("ReadShareGroupStateSummaryRequest.GroupId") : r.string("ReadShareGroupStateSummaryRequest.GroupId"));
  {
    const n = (flex ? r.compactArrayLength("ReadShareGroupStateSummaryRequest.Topics") : r.arrayLength("ReadShareGroupStateSummaryRequest.Topics"));
    const a: ReadShareGroupStateSummaryRequestReadStateSummaryData[] = [];
    for (let i = 0; i < n; i++) a.push(readReadShareGroupStateSummaryRequestReadStateSummaryData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReadShareGroupStateSummaryRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReadShareGroupStateSummaryRequest._tagged");
      const size = r.uvarint("ReadShareGroupStateSummaryRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReadShareGroupStateSummaryRequest._tagged", size) });
    }
  }
  const m: ReadShareGroupStateSummaryRequest = { groupId, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateSummaryRequest(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateSummaryRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeReadShareGroupStateSummaryRequestReadStateSummaryData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  /** The topic identifier. */
  topicId: string;
  /** The data for the partitions. */
  partitions: ReadShareGroupStateSummaryRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateSummaryRequestReadStateSummaryData(): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, v: number, flex: boolean): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  let topicId: string = ZERO_UUID;
  let partitions: ReadShareGroupStateSummaryRequestPartitionData[] = [];
  topicId = r.uuid("ReadStateSummaryData.TopicId");
  {
    const n = (flex ? r.compactArrayLength("ReadStateSummaryData.Partitions") : r.arrayLength("ReadStateSummaryData.Partitions"));
    const a: ReadShareGroupStateSummaryRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readReadShareGroupStateSummaryRequestPartitionData(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReadStateSummaryData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReadStateSummaryData._tagged");
      const size = r.uvarint("ReadStateSummaryData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReadStateSummaryData._tagged", size) });
    }
  }
  const m: ReadShareGroupStateSummaryRequestReadStateSummaryData = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateSummaryRequestReadStateSummaryData(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateSummaryRequestReadStateSummaryData): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeReadShareGroupStateSummaryRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ReadShareGroupStateSummaryRequestPartitionData {
  /** The partition index. */
  partition: number;
  /** The leader epoch of the share-partition. */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateSummaryRequestPartitionData(): ReadShareGroupStateSummaryRequestPartitionData {
  return { partition: 0, leaderEpoch: 0 };
}

function readReadShareGroupStateSummaryRequestPartitionData(r: Reader, v: number, flex: boolean): ReadShareGroupStateSummaryRequestPartitionData {
  let partition: number = 0;
  let leaderEpoch: number = 0;
  partition = r.int32("PartitionData.Partition");
  leaderEpoch = r.int32("PartitionData.LeaderEpoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: ReadShareGroupStateSummaryRequestPartitionData = { partition, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateSummaryRequestPartitionData(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateSummaryRequestPartitionData): void {
  w.int32(m.partition);
  w.int32(m.leaderEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ReadShareGroupStateSummaryRequest of version `v`; the caller checks the reader for failure. */
export function decodeReadShareGroupStateSummaryRequest(r: Reader, v: number): ReadShareGroupStateSummaryRequest {
  return readReadShareGroupStateSummaryRequest(r, v, true);
}

/** Writes a ReadShareGroupStateSummaryRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeReadShareGroupStateSummaryRequest(w: Writer, v: number, m: ReadShareGroupStateSummaryRequest): void {
  writeReadShareGroupStateSummaryRequest(w, v, true, m);
}

export const ReadShareGroupStateSummaryRequestSchema: MessageSchema = {
  name: "ReadShareGroupStateSummaryRequest",
  kind: "request",
  apiKey: 87,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]ReadStateSummaryData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
