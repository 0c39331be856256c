// Generated from AlterPartitionResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface AlterPartitionResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code */
  errorCode: number;
  topics: AlterPartitionResponseTopicData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionResponse(): AlterPartitionResponse {
  return { throttleTimeMs: 0, errorCode: 0, topics: [] };
}

function readAlterPartitionResponse(r: Reader, v: number, flex: boolean): AlterPartitionResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let topics: AlterPartitionResponseTopicData[] = [];
  throttleTimeMs = r.int32("AlterPartitionResponse.ThrottleTimeMs");
  errorCode = r.int16("AlterPartitionResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("AlterPartitionResponse.Topics") : r.arrayLength("AlterPartitionResponse.Topics"));
    const a: AlterPartitionResponseTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterPartitionResponseTopicData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterPartitionResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterPartitionResponse._tagged");
      const size = r.uvarint("AlterPartitionResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterPartitionResponse._tagged", size) });
    }
  }
  const m: AlterPartitionResponse = { throttleTimeMs, errorCode, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionResponse(w: Writer, v: number, flex: boolean, m: AlterPartitionResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeAlterPartitionResponseTopicData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterPartitionResponseTopicData {
  /** The name of the topic */
  topicName: string;
  /** The ID of the topic */
  topicId: string;
  partitions: AlterPartitionResponsePartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionResponseTopicData(): AlterPartitionResponseTopicData {
  return { topicName: "", topicId: ZERO_UUID, partitions: [] };
}

function readAlterPartitionResponseTopicData(r: Reader, v: number, flex: boolean): AlterPartitionResponseTopicData {
  let topicName: string = "";
  let topicId: string = ZERO_UUID;
  let partitions: AlterPartitionResponsePartitionData[] = [];
  if (v <= 1) {
    topicName = (flex ? r.compactString("TopicData.TopicName") : r.string("TopicData.TopicName"));
  }
  if (v >= 2) {
    topicId = r.uuid("TopicData.TopicId");
  }
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: AlterPartitionResponsePartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterPartitionResponsePartitionData(r, v, flex));
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
  const m: AlterPartitionResponseTopicData = { topicName, topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionResponseTopicData(w: Writer, v: number, flex: boolean, m: AlterPartitionResponseTopicData): void {
  if (v <= 1) {
    (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  }
  if (v >= 2) {
    w.uuid(m.topicId);
  }
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeAlterPartitionResponsePartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterPartitionResponsePartitionData {
  /** The partition index */
  partitionIndex: number;
  /** The partition level error code */
  errorCode: number;
  /** The broker ID of the leader. */
  leaderId: number;
  /** The leader epoch. */
  leaderEpoch: number;
  /** The in-sync replica IDs. */
  isr: number[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. */
  leaderRecoveryState: number;
  /** The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers. */
  partitionEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionResponsePartitionData(): AlterPartitionResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0, isr: [], leaderRecoveryState: 0, partitionEpoch: 0 };
}

function readAlterPartitionResponsePartitionData(r: Reader, v: number, flex: boolean): AlterPartitionResponsePartitionData {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  let leaderId: number = 0;
  let leaderEpoch: number = 0;
  let isr: number[] = [];
  let leaderRecoveryState: number = 0;
  let partitionEpoch: number = 0;
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  errorCode = r.int16("PartitionData.ErrorCode");
  leaderId = r.int32("PartitionData.LeaderId");
  leaderEpoch = r.int32("PartitionData.LeaderEpoch");
  {
    const n = (flex ? r.compactArrayLength("PartitionData.Isr") : r.arrayLength("PartitionData.Isr"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("PartitionData.Isr"));
    isr = a;
  }
  if (v >= 1) {
    leaderRecoveryState = r.int8("PartitionData.LeaderRecoveryState");
  }
  partitionEpoch = r.int32("PartitionData.PartitionEpoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: AlterPartitionResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch, isr, leaderRecoveryState, partitionEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionResponsePartitionData(w: Writer, v: number, flex: boolean, m: AlterPartitionResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  (flex ? w.uvarint(m.isr!.length + 1) : w.int32(m.isr!.length));
  for (const x of m.isr!) w.int32(x);
  if (v >= 1) {
    w.int8(m.leaderRecoveryState);
  }
  w.int32(m.partitionEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterPartitionResponse of version `v`; the caller checks the reader for failure. */
export function decodeAlterPartitionResponse(r: Reader, v: number): AlterPartitionResponse {
  return readAlterPartitionResponse(r, v, true);
}

/** Writes a AlterPartitionResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterPartitionResponse(w: Writer, v: number, m: AlterPartitionResponse): void {
  writeAlterPartitionResponse(w, v, true, m);
}

export const AlterPartitionResponseSchema: MessageSchema = {
  name: "AlterPartitionResponse",
  kind: "response",
  apiKey: 56,
  validVersions: [0, 3],
  flexibleVersions: [0, 3],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,1],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Isr","prop":"isr","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderRecoveryState","prop":"leaderRecoveryState","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"0"},{"name":"PartitionEpoch","prop":"partitionEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
