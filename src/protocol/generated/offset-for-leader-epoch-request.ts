// Generated from OffsetForLeaderEpochRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. */
  replicaId: number;
  /** Each topic to get offsets for. */
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderEpochRequest(): OffsetForLeaderEpochRequest {
  return { replicaId: -2, topics: [] };
}

function readOffsetForLeaderEpochRequest(r: Reader, v: number, flex: boolean): OffsetForLeaderEpochRequest {
  let replicaId: number = -2;
  let topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = [];
  if (v >= 3) {
    replicaId = r.int32("OffsetForLeaderEpochRequest.ReplicaId");
  }
  {
    const n = (flex ? r.compactArrayLength("OffsetForLeaderEpochRequest.Topics") : r.arrayLength("OffsetForLeaderEpochRequest.Topics"));
    const a: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetForLeaderEpochRequestOffsetForLeaderTopic(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetForLeaderEpochRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetForLeaderEpochRequest._tagged");
      const size = r.uvarint("OffsetForLeaderEpochRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetForLeaderEpochRequest._tagged", size) });
    }
  }
  const m: OffsetForLeaderEpochRequest = { replicaId, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetForLeaderEpochRequest(w: Writer, v: number, flex: boolean, m: OffsetForLeaderEpochRequest): void {
  if (v >= 3) {
    w.int32(m.replicaId);
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** The topic name. */
  topic: string;
  /** Each partition to get offsets for. */
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderEpochRequestOffsetForLeaderTopic(): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  return { topic: "", partitions: [] };
}

function readOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, v: number, flex: boolean): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  let topic: string = "";
  let partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = [];
  topic = (flex ? r.compactString("OffsetForLeaderTopic.Topic") : r.string("OffsetForLeaderTopic.Topic"));
  {
    const n = (flex ? r.compactArrayLength("OffsetForLeaderTopic.Partitions") : r.arrayLength("OffsetForLeaderTopic.Partitions"));
    const a: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetForLeaderEpochRequestOffsetForLeaderPartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetForLeaderTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetForLeaderTopic._tagged");
      const size = r.uvarint("OffsetForLeaderTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetForLeaderTopic._tagged", size) });
    }
  }
  const m: OffsetForLeaderEpochRequestOffsetForLeaderTopic = { topic, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, v: number, flex: boolean, m: OffsetForLeaderEpochRequestOffsetForLeaderTopic): void {
  (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** The partition index. */
  partition: number;
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. */
  currentLeaderEpoch: number;
  /** The epoch to look up an offset for. */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderEpochRequestOffsetForLeaderPartition(): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  return { partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 };
}

function readOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, v: number, flex: boolean): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  let partition: number = 0;
  let currentLeaderEpoch: number = -1;
  let leaderEpoch: number = 0;
  partition = r.int32("OffsetForLeaderPartition.Partition");
  if (v >= 2) {
    currentLeaderEpoch = r.int32("OffsetForLeaderPartition.CurrentLeaderEpoch");
  }
  leaderEpoch = r.int32("OffsetForLeaderPartition.LeaderEpoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetForLeaderPartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetForLeaderPartition._tagged");
      const size = r.uvarint("OffsetForLeaderPartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetForLeaderPartition._tagged", size) });
    }
  }
  const m: OffsetForLeaderEpochRequestOffsetForLeaderPartition = { partition, currentLeaderEpoch, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, v: number, flex: boolean, m: OffsetForLeaderEpochRequestOffsetForLeaderPartition): void {
  w.int32(m.partition);
  if (v >= 2) {
    w.int32(m.currentLeaderEpoch);
  }
  w.int32(m.leaderEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a OffsetForLeaderEpochRequest of version `v`; the caller checks the reader for failure. */
export function decodeOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
  return readOffsetForLeaderEpochRequest(r, v, v >= 4);
}

/** Writes a OffsetForLeaderEpochRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeOffsetForLeaderEpochRequest(w: Writer, v: number, m: OffsetForLeaderEpochRequest): void {
  writeOffsetForLeaderEpochRequest(w, v, v >= 4, m);
}

export const OffsetForLeaderEpochRequestSchema: MessageSchema = {
  name: "OffsetForLeaderEpochRequest",
  kind: "request",
  apiKey: 23,
  validVersions: [0, 4],
  flexibleVersions: [4, 4],
  fields: [{"name":"ReplicaId","prop":"replicaId","type":"int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-2"},{"name":"Topics","prop":"topics","type":"[]OffsetForLeaderTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]OffsetForLeaderPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CurrentLeaderEpoch","prop":"currentLeaderEpoch","type":"int32","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
