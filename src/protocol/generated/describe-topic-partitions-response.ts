// Generated from DescribeTopicPartitionsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic in the response. */
  topics: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[];
  /** The next topic and partition index to fetch details for. */
  nextCursor: DescribeTopicPartitionsResponseCursor | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsResponse(): DescribeTopicPartitionsResponse {
  return { throttleTimeMs: 0, topics: [], nextCursor: null };
}

function readDescribeTopicPartitionsResponse(r: Reader, v: number, flex: boolean): DescribeTopicPartitionsResponse {
  let throttleTimeMs: number = 0;
  let topics: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[] = [];
  let nextCursor: DescribeTopicPartitionsResponseCursor | null = null;
  throttleTimeMs = r.int32("DescribeTopicPartitionsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("DescribeTopicPartitionsResponse.Topics") : r.arrayLength("DescribeTopicPartitionsResponse.Topics"));
    const a: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(r, v, flex));
    topics = a;
  }
  nextCursor = (r.int8("DescribeTopicPartitionsResponse.NextCursor") < 0 ? null : readDescribeTopicPartitionsResponseCursor(r, v, flex));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeTopicPartitionsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeTopicPartitionsResponse._tagged");
      const size = r.uvarint("DescribeTopicPartitionsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeTopicPartitionsResponse._tagged", size) });
    }
  }
  const m: DescribeTopicPartitionsResponse = { throttleTimeMs, topics, nextCursor };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTopicPartitionsResponse(w: Writer, v: number, flex: boolean, m: DescribeTopicPartitionsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(w, v, flex, x!);
  if (m.nextCursor === null) w.int8(-1); else { w.int8(1); writeDescribeTopicPartitionsResponseCursor(w, v, flex, m.nextCursor!); }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. */
  errorCode: number;
  /** The topic name. */
  name: string | null;
  /** The topic id. */
  topicId: string;
  /** True if the topic is internal. */
  isInternal: boolean;
  /** Each partition in the topic. */
  partitions: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. */
  topicAuthorizedOperations: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  return { errorCode: 0, name: "", topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 };
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(r: Reader, v: number, flex: boolean): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic {
  let errorCode: number = 0;
  let name: string | null = "";
  let topicId: string = ZERO_UUID;
  let isInternal: boolean = false;
  let partitions: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[] = [];
  let topicAuthorizedOperations: number = -2147483648;
  errorCode = r.int16("DescribeTopicPartitionsResponseTopic.ErrorCode");
  name = (flex ? r.compactNullableString("DescribeTopicPartitionsResponseTopic.Name") : r.nullableString("DescribeTopicPartitionsResponseTopic.Name"));
  topicId = r.uuid("DescribeTopicPartitionsResponseTopic.TopicId");
  isInternal = r.bool("DescribeTopicPartitionsResponseTopic.IsInternal");
  {
    const n = (flex ? r.compactArrayLength("DescribeTopicPartitionsResponseTopic.Partitions") : r.arrayLength("DescribeTopicPartitionsResponseTopic.Partitions"));
    const a: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(r, v, flex));
    partitions = a;
  }
  topicAuthorizedOperations = r.int32("DescribeTopicPartitionsResponseTopic.TopicAuthorizedOperations");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeTopicPartitionsResponseTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeTopicPartitionsResponseTopic._tagged");
      const size = r.uvarint("DescribeTopicPartitionsResponseTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeTopicPartitionsResponseTopic._tagged", size) });
    }
  }
  const m: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic = { errorCode, name, topicId, isInternal, partitions, topicAuthorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic(w: Writer, v: number, flex: boolean, m: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponseTopic): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.name) : w.nullableString(m.name));
  w.uuid(m.topicId);
  w.bool(m.isInternal);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(w, v, flex, x!);
  w.int32(m.topicAuthorizedOperations);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. */
  errorCode: number;
  /** The partition index. */
  partitionIndex: number;
  /** The ID of the leader broker. */
  leaderId: number;
  /** The leader epoch of this partition. */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. */
  isrNodes: number[];
  /** The new eligible leader replicas otherwise. */
  eligibleLeaderReplicas: number[] | null;
  /** The last known ELR. */
  lastKnownElr: number[] | null;
  /** The set of offline replicas of this partition. */
  offlineReplicas: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  return { errorCode: 0, partitionIndex: 0, leaderId: 0, leaderEpoch: -1, replicaNodes: [], isrNodes: [], eligibleLeaderReplicas: null, lastKnownElr: null, offlineReplicas: [] };
}

function readDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(r: Reader, v: number, flex: boolean): DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition {
  let errorCode: number = 0;
  let partitionIndex: number = 0;
  let leaderId: number = 0;
  let leaderEpoch: number = -1;
  let replicaNodes: number[] = [];
  let isrNodes: number[] = [];
  let eligibleLeaderReplicas: number[] | null = null;
  let lastKnownElr: number[] | null = null;
  let offlineReplicas: number[] = [];
  errorCode = r.int16("DescribeTopicPartitionsResponsePartition.ErrorCode");
  partitionIndex = r.int32("DescribeTopicPartitionsResponsePartition.PartitionIndex");
  leaderId = r.int32("DescribeTopicPartitionsResponsePartition.LeaderId");
  leaderEpoch = r.int32("DescribeTopicPartitionsResponsePartition.LeaderEpoch");
  {
    const n = (flex ? r.compactArrayLength("DescribeTopicPartitionsResponsePartition.ReplicaNodes") : r.arrayLength("DescribeTopicPartitionsResponsePartition.ReplicaNodes"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("DescribeTopicPartitionsResponsePartition.ReplicaNodes"));
    replicaNodes = a;
  }
  {
    const n = (flex ? r.compactArrayLength("DescribeTopicPartitionsResponsePartition.IsrNodes") : r.arrayLength("DescribeTopicPartitionsResponsePartition.IsrNodes"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("DescribeTopicPartitionsResponsePartition.IsrNodes"));
    isrNodes = a;
  }
  {
    const n = (flex ? r.compactNullableArrayLength("DescribeTopicPartitionsResponsePartition.EligibleLeaderReplicas") : r.nullableArrayLength("DescribeTopicPartitionsResponsePartition.EligibleLeaderReplicas"));
    if (n < 0) eligibleLeaderReplicas = null;
    else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("DescribeTopicPartitionsResponsePartition.EligibleLeaderReplicas"));
      eligibleLeaderReplicas = a;
    }
  }
  {
    const n = (flex ? r.compactNullableArrayLength("DescribeTopicPartitionsResponsePartition.LastKnownElr") : r.nullableArrayLength("DescribeTopicPartitionsResponsePartition.LastKnownElr"));
    if (n < 0) lastKnownElr = null;
    else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("DescribeTopicPartitionsResponsePartition.LastKnownElr"));
      lastKnownElr = a;
    }
  }
  {
    const n = (flex ? r.compactArrayLength("DescribeTopicPartitionsResponsePartition.OfflineReplicas") : r.arrayLength("DescribeTopicPartitionsResponsePartition.OfflineReplicas"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("DescribeTopicPartitionsResponsePartition.OfflineReplicas"));
    offlineReplicas = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeTopicPartitionsResponsePartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeTopicPartitionsResponsePartition._tagged");
      const size = r.uvarint("DescribeTopicPartitionsResponsePartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeTopicPartitionsResponsePartition._tagged", size) });
    }
  }
  const m: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition = { errorCode, partitionIndex, leaderId, leaderEpoch, replicaNodes, isrNodes, eligibleLeaderReplicas, lastKnownElr, offlineReplicas };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition(w: Writer, v: number, flex: boolean, m: DescribeTopicPartitionsResponseDescribeTopicPartitionsResponsePartition): void {
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  (flex ? w.uvarint(m.replicaNodes!.length + 1) : w.int32(m.replicaNodes!.length));
  for (const x of m.replicaNodes!) w.int32(x);
  (flex ? w.uvarint(m.isrNodes!.length + 1) : w.int32(m.isrNodes!.length));
  for (const x of m.isrNodes!) w.int32(x);
  if (m.eligibleLeaderReplicas === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.eligibleLeaderReplicas!.length + 1) : w.int32(m.eligibleLeaderReplicas!.length));
    for (const x of m.eligibleLeaderReplicas!) w.int32(x);
  }
  if (m.lastKnownElr === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.lastKnownElr!.length + 1) : w.int32(m.lastKnownElr!.length));
    for (const x of m.lastKnownElr!) w.int32(x);
  }
  (flex ? w.uvarint(m.offlineReplicas!.length + 1) : w.int32(m.offlineReplicas!.length));
  for (const x of m.offlineReplicas!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeTopicPartitionsResponseCursor {
  /** The name for the first topic to process */
  topicName: string;
  /** The partition index to start with */
  partitionIndex: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTopicPartitionsResponseCursor(): DescribeTopicPartitionsResponseCursor {
  return { topicName: "", partitionIndex: 0 };
}

function readDescribeTopicPartitionsResponseCursor(r: Reader, v: number, flex: boolean): DescribeTopicPartitionsResponseCursor {
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
  const m: DescribeTopicPartitionsResponseCursor = { topicName, partitionIndex };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTopicPartitionsResponseCursor(w: Writer, v: number, flex: boolean, m: DescribeTopicPartitionsResponseCursor): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  w.int32(m.partitionIndex);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeTopicPartitionsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeTopicPartitionsResponse(r: Reader, v: number): DescribeTopicPartitionsResponse {
  return readDescribeTopicPartitionsResponse(r, v, true);
}

/** Writes a DescribeTopicPartitionsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeTopicPartitionsResponse(w: Writer, v: number, m: DescribeTopicPartitionsResponse): void {
  writeDescribeTopicPartitionsResponse(w, v, true, m);
}

export const DescribeTopicPartitionsResponseSchema: MessageSchema = {
  name: "DescribeTopicPartitionsResponse",
  kind: "response",
  apiKey: 75,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]DescribeTopicPartitionsResponseTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"IsInternal","prop":"isInternal","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"false"},{"name":"Partitions","prop":"partitions","type":"[]DescribeTopicPartitionsResponsePartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"ReplicaNodes","prop":"replicaNodes","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IsrNodes","prop":"isrNodes","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"EligibleLeaderReplicas","prop":"eligibleLeaderReplicas","type":"[]int32","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"LastKnownElr","prop":"lastKnownElr","type":"[]int32","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"OfflineReplicas","prop":"offlineReplicas","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}]},{"name":"TopicAuthorizedOperations","prop":"topicAuthorizedOperations","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-2147483648"}]},{"name":"NextCursor","prop":"nextCursor","type":"Cursor","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null","fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
