// Generated from ReadShareGroupStateRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ReadShareGroupStateRequest {
  /** The group identifier. */
  groupId: string;
  /** The data for the topics. */
  topics: ReadShareGroupStateRequestReadStateData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateRequest(): ReadShareGroupStateRequest {
  return { groupId: "", topics: [] };
}

function readReadShareGroupStateRequest(r: Reader, v: number, flex: boolean): ReadShareGroupStateRequest {
  let groupId: string = "";
  let topics: ReadShareGroupStateRequestReadStateData[] = [];
  groupId = (flex ? r.compactString("ReadShareGroupStateRequest.GroupId") : r.string("ReadShareGroupStateRequest.GroupId"));
  {
    const n = (flex ? r.compactArrayLength("ReadShareGroupStateRequest.Topics") : r.arrayLength("ReadShareGroupStateRequest.Topics"));
    const a: ReadShareGroupStateRequestReadStateData[] = [];
    for (let i = 0; i < n; i++) a.push(readReadShareGroupStateRequestReadStateData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReadShareGroupStateRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReadShareGroupStateRequest._tagged");
      const size = r.uvarint("ReadShareGroupStateRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReadShareGroupStateRequest._tagged", size) });
    }
  }
  const m: ReadShareGroupStateRequest = { groupId, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateRequest(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeReadShareGroupStateRequestReadStateData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ReadShareGroupStateRequestReadStateData {
  /** The topic identifier. */
  topicId: string;
  /** The data for the partitions. */
  partitions: ReadShareGroupStateRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateRequestReadStateData(): ReadShareGroupStateRequestReadStateData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readReadShareGroupStateRequestReadStateData(r: Reader, v: number, flex: boolean): ReadShareGroupStateRequestReadStateData {
  let topicId: string = ZERO_UUID;
  let partitions: ReadShareGroupStateRequestPartitionData[] = [];
  topicId = r.uuid("ReadStateData.TopicId");
  {
    const n = (flex ? r.compactArrayLength("ReadStateData.Partitions") : r.arrayLength("ReadStateData.Partitions"));
    const a: ReadShareGroupStateRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readReadShareGroupStateRequestPartitionData(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReadStateData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReadStateData._tagged");
      const size = r.uvarint("ReadStateData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReadStateData._tagged", size) });
    }
  }
  const m: ReadShareGroupStateRequestReadStateData = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateRequestReadStateData(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateRequestReadStateData): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeReadShareGroupStateRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ReadShareGroupStateRequestPartitionData {
  /** The partition index. */
  partition: number;
  /** The leader epoch of the share-partition. */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateRequestPartitionData(): ReadShareGroupStateRequestPartitionData {
  return { partition: 0, leaderEpoch: 0 };
}

function readReadShareGroupStateRequestPartitionData(r: Reader, v: number, flex: boolean): ReadShareGroupStateRequestPartitionData {
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
  const m: ReadShareGroupStateRequestPartitionData = { partition, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateRequestPartitionData(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateRequestPartitionData): void {
  w.int32(m.partition);
  w.int32(m.leaderEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ReadShareGroupStateRequest of version `v`; the caller checks the reader for failure. */
export function decodeReadShareGroupStateRequest(r: Reader, v: number): ReadShareGroupStateRequest {
  return readReadShareGroupStateRequest(r, v, true);
}

/** Writes a ReadShareGroupStateRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeReadShareGroupStateRequest(w: Writer, v: number, m: ReadShareGroupStateRequest): void {
  writeReadShareGroupStateRequest(w, v, true, m);
}

export const ReadShareGroupStateRequestSchema: MessageSchema = {
  name: "ReadShareGroupStateRequest",
  kind: "request",
  apiKey: 84,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]ReadStateData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
