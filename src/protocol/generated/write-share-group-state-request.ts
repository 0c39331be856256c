// Generated from WriteShareGroupStateRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface WriteShareGroupStateRequest {
  /** The group identifier. */
  groupId: string;
  /** The data for the topics. */
  topics: WriteShareGroupStateRequestWriteStateData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteShareGroupStateRequest(): WriteShareGroupStateRequest {
  return { groupId: "", topics: [] };
}

function readWriteShareGroupStateRequest(r: Reader, v: number, flex: boolean): WriteShareGroupStateRequest {
  let groupId: string = "";
  let topics: WriteShareGroupStateRequestWriteStateData[] = [];
  groupId = (flex ? r.compactString("WriteShareGroupStateRequest.GroupId") : r.string("WriteShareGroupStateRequest.GroupId"));
  {
    const n = (flex ? r.compactArrayLength("WriteShareGroupStateRequest.Topics") : r.arrayLength("WriteShareGroupStateRequest.Topics"));
    const a: WriteShareGroupStateRequestWriteStateData[] = [];
    for (let i = 0; i < n; i++) a.push(readWriteShareGroupStateRequestWriteStateData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WriteShareGroupStateRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WriteShareGroupStateRequest._tagged");
      const size = r.uvarint("WriteShareGroupStateRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WriteShareGroupStateRequest._tagged", size) });
    }
  }
  const m: WriteShareGroupStateRequest = { groupId, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteShareGroupStateRequest(w: Writer, v: number, flex: boolean, m: WriteShareGroupStateRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeWriteShareGroupStateRequestWriteStateData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface WriteShareGroupStateRequestWriteStateData {
  /** The topic identifier. */
  topicId: string;
  /** The data for the partitions. */
  partitions: WriteShareGroupStateRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteShareGroupStateRequestWriteStateData(): WriteShareGroupStateRequestWriteStateData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readWriteShareGroupStateRequestWriteStateData(r: Reader, v: number, flex: boolean): WriteShareGroupStateRequestWriteStateData {
  let topicId: string = ZERO_UUID;
  let partitions: WriteShareGroupStateRequestPartitionData[] = [];
  topicId = r.uuid("WriteStateData.TopicId");
  {
    const n = (flex ? r.compactArrayLength("WriteStateData.Partitions") : r.arrayLength("WriteStateData.Partitions"));
    const a: WriteShareGroupStateRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readWriteShareGroupStateRequestPartitionData(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WriteStateData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WriteStateData._tagged");
      const size = r.uvarint("WriteStateData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WriteStateData._tagged", size) });
    }
  }
  const m: WriteShareGroupStateRequestWriteStateData = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteShareGroupStateRequestWriteStateData(w: Writer, v: number, flex: boolean, m: WriteShareGroupStateRequestWriteStateData): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeWriteShareGroupStateRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface WriteShareGroupStateRequestPartitionData {
  /** The partition index. */
  partition: number;
  /** The state epoch for this share-partition. */
  stateEpoch: number;
  /** The leader epoch of the share-partition. */
  leaderEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being written. */
  startOffset: bigint;
  stateBatches: WriteShareGroupStateRequestStateBatch[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteShareGroupStateRequestPartitionData(): WriteShareGroupStateRequestPartitionData {
  return { partition: 0, stateEpoch: 0, leaderEpoch: 0, startOffset: 0n, stateBatches: [] };
}

function readWriteShareGroupStateRequestPartitionData(r: Reader, v: number, flex: boolean): WriteShareGroupStateRequestPartitionData {
  let partition: number = 0;
  let stateEpoch: number = 0;
  let leaderEpoch: number = 0;
  let startOffset: bigint = 0n;
  let stateBatches: WriteShareGroupStateRequestStateBatch[] = [];
  partition = r.int32("PartitionData.Partition");
  stateEpoch = r.int32("PartitionData.StateEpoch");
  leaderEpoch = r.int32("PartitionData.LeaderEpoch");
  startOffset = r.int64("PartitionData.StartOffset");
  {
    const n = (flex ? r.compactArrayLength("PartitionData.StateBatches") : r.arrayLength("PartitionData.StateBatches"));
    const a: WriteShareGroupStateRequestStateBatch[] = [];
    for (let i = 0; i < n; i++) a.push(readWriteShareGroupStateRequestStateBatch(r, v, flex));
    stateBatches = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: WriteShareGroupStateRequestPartitionData = { partition, stateEpoch, leaderEpoch, startOffset, stateBatches };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteShareGroupStateRequestPartitionData(w: Writer, v: number, flex: boolean, m: WriteShareGroupStateRequestPartitionData): void {
  w.int32(m.partition);
  w.int32(m.stateEpoch);
  w.int32(m.leaderEpoch);
  w.int64(m.startOffset);
  (flex ? w.uvarint(m.stateBatches!.length + 1) : w.int32(m.stateBatches!.length));
  for (const x of m.stateBatches!) writeWriteShareGroupStateRequestStateBatch(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface WriteShareGroupStateRequestStateBatch {
  /** The base offset of this state batch. */
  firstOffset: bigint;
  /** The last offset of this state batch. */
  lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived */
  deliveryState: number;
  /** The delivery count. */
  deliveryCount: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteShareGroupStateRequestStateBatch(): WriteShareGroupStateRequestStateBatch {
  return { firstOffset: 0n, lastOffset: 0n, deliveryState: 0, deliveryCount: 0 };
}

function readWriteShareGroupStateRequestStateBatch(r: Reader, v: number, flex: boolean): WriteShareGroupStateRequestStateBatch {
  let firstOffset: bigint = 0n;
  let lastOffset: bigint = 0n;
  let deliveryState: number = 0;
  let deliveryCount: number = 0;
  firstOffset = r.int64("StateBatch.FirstOffset");
  lastOffset = r.int64("StateBatch.LastOffset");
  deliveryState = r.int8("StateBatch.DeliveryState");
  deliveryCount = r.int16("StateBatch.DeliveryCount");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("StateBatch._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("StateBatch._tagged");
      const size = r.uvarint("StateBatch._tagged");
      (unknown ??= []).push({ tag, data: r.raw("StateBatch._tagged", size) });
    }
  }
  const m: WriteShareGroupStateRequestStateBatch = { firstOffset, lastOffset, deliveryState, deliveryCount };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteShareGroupStateRequestStateBatch(w: Writer, v: number, flex: boolean, m: WriteShareGroupStateRequestStateBatch): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int8(m.deliveryState);
  w.int16(m.deliveryCount);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a WriteShareGroupStateRequest of version `v`; the caller checks the reader for failure. */
export function decodeWriteShareGroupStateRequest(r: Reader, v: number): WriteShareGroupStateRequest {
  return readWriteShareGroupStateRequest(r, v, true);
}

/** Writes a WriteShareGroupStateRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeWriteShareGroupStateRequest(w: Writer, v: number, m: WriteShareGroupStateRequest): void {
  writeWriteShareGroupStateRequest(w, v, true, m);
}

export const WriteShareGroupStateRequestSchema: MessageSchema = {
  name: "WriteShareGroupStateRequest",
  kind: "request",
  apiKey: 85,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]WriteStateData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"StateEpoch","prop":"stateEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"StartOffset","prop":"startOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"StateBatches","prop":"stateBatches","type":"[]StateBatch","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"FirstOffset","prop":"firstOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastOffset","prop":"lastOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"DeliveryState","prop":"deliveryState","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"DeliveryCount","prop":"deliveryCount","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]}],
};
