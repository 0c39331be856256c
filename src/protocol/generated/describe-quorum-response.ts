// Generated from DescribeQuorumResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface DescribeQuorumResponse {
  /** The top level error code. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  topics: DescribeQuorumResponseTopicData[];
  nodes: DescribeQuorumResponseNode[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumResponse(): DescribeQuorumResponse {
  return { errorCode: 0, errorMessage: "", topics: [], nodes: [] };
}

function readDescribeQuorumResponse(r: Reader, v: number, flex: boolean): DescribeQuorumResponse {
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let topics: DescribeQuorumResponseTopicData[] = [];
  let nodes: DescribeQuorumResponseNode[] = [];
  errorCode = r.int16("DescribeQuorumResponse.ErrorCode");
  if (v >= 2) {
    errorMessage = (flex ? r.compactNullableString("DescribeQuorumResponse.ErrorMessage") : r.nullableString("DescribeQuorumResponse.ErrorMessage"));
  }
  {
    const n = (flex ? r.compactArrayLength("DescribeQuorumResponse.Topics") : r.arrayLength("DescribeQuorumResponse.Topics"));
    const a: DescribeQuorumResponseTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponseTopicData(r, v, flex));
    topics = a;
  }
  if (v >= 2) {
    {
      const n = (flex ? r.compactArrayLength("DescribeQuorumResponse.Nodes") : r.arrayLength("DescribeQuorumResponse.Nodes"));
      const a: DescribeQuorumResponseNode[] = [];
      for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponseNode(r, v, flex));
      nodes = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeQuorumResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeQuorumResponse._tagged");
      const size = r.uvarint("DescribeQuorumResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeQuorumResponse._tagged", size) });
    }
  }
  const m: DescribeQuorumResponse = { errorCode, errorMessage, topics, nodes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeQuorumResponse(w: Writer, v: number, flex: boolean, m: DescribeQuorumResponse): void {
  w.int16(m.errorCode);
  if (v >= 2) {
    (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDescribeQuorumResponseTopicData(w, v, flex, x!);
  if (v >= 2) {
    (flex ? w.uvarint(m.nodes!.length + 1) : w.int32(m.nodes!.length));
    for (const x of m.nodes!) writeDescribeQuorumResponseNode(w, v, flex, x!);
  } else if (!(m.nodes.length === 0)) throw unsupportedField("DescribeQuorumResponse.Nodes", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeQuorumResponseReplicaState {
  replicaId: number;
  replicaDirectoryId: string;
  /** The last known log end offset of the follower or -1 if it is unknown */
  logEndOffset: bigint;
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter */
  lastFetchTimestamp: bigint;
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter */
  lastCaughtUpTimestamp: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumResponseReplicaState(): DescribeQuorumResponseReplicaState {
  return { replicaId: 0, replicaDirectoryId: ZERO_UUID, logEndOffset: 0n, lastFetchTimestamp: -1n, lastCaughtUpTimestamp: -1n };
}

function readDescribeQuorumResponseReplicaState(r: Reader, v: number, flex: boolean): DescribeQuorumResponseReplicaState {
  let replicaId: number = 0;
  let replicaDirectoryId: string = ZERO_UUID;
  let logEndOffset: bigint = 0n;
  let lastFetchTimestamp: bigint = -1n;
  let lastCaughtUpTimestamp: bigint = -1n;
  replicaId = r.int32("ReplicaState.ReplicaId");
  if (v >= 2) {
    replicaDirectoryId = r.uuid("ReplicaState.ReplicaDirectoryId");
  }
  logEndOffset = r.int64("ReplicaState.LogEndOffset");
  if (v >= 1) {
    lastFetchTimestamp = r.int64("ReplicaState.LastFetchTimestamp");
  }
  if (v >= 1) {
    lastCaughtUpTimestamp = r.int64("ReplicaState.LastCaughtUpTimestamp");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReplicaState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReplicaState._tagged");
      const size = r.uvarint("ReplicaState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReplicaState._tagged", size) });
    }
  }
  const m: DescribeQuorumResponseReplicaState = { replicaId, replicaDirectoryId, logEndOffset, lastFetchTimestamp, lastCaughtUpTimestamp };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeQuorumResponseReplicaState(w: Writer, v: number, flex: boolean, m: DescribeQuorumResponseReplicaState): void {
  w.int32(m.replicaId);
  if (v >= 2) {
    w.uuid(m.replicaDirectoryId);
  } else if (!(m.replicaDirectoryId === ZERO_UUID)) throw unsupportedField("ReplicaState.ReplicaDirectoryId", v);
  w.int64(m.logEndOffset);
  if (v >= 1) {
    w.int64(m.lastFetchTimestamp);
  }
  if (v >= 1) {
    w.int64(m.lastCaughtUpTimestamp);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeQuorumResponseTopicData {
  /** The topic name. */
  topicName: string;
  partitions: DescribeQuorumResponsePartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumResponseTopicData(): DescribeQuorumResponseTopicData {
  return { topicName: "", partitions: [] };
}

function readDescribeQuorumResponseTopicData(r: Reader, v: number, flex: boolean): DescribeQuorumResponseTopicData {
  let topicName: string = "";
  let partitions: DescribeQuorumResponsePartitionData[] = [];
  topicName = (flex ? r.compactString("TopicData.TopicName") : r.string("TopicData.TopicName"));
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: DescribeQuorumResponsePartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponsePartitionData(r, v, flex));
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
  const m: DescribeQuorumResponseTopicData = { topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeQuorumResponseTopicData(w: Writer, v: number, flex: boolean, m: DescribeQuorumResponseTopicData): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeDescribeQuorumResponsePartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeQuorumResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  highWatermark: bigint;
  currentVoters: DescribeQuorumResponseReplicaState[];
  observers: DescribeQuorumResponseReplicaState[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumResponsePartitionData(): DescribeQuorumResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, errorMessage: "", leaderId: 0, leaderEpoch: 0, highWatermark: 0n, currentVoters: [], observers: [] };
}

function readDescribeQuorumResponsePartitionData(r: Reader, v: number, flex: boolean): DescribeQuorumResponsePartitionData {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let leaderId: number = 0;
  let leaderEpoch: number = 0;
  let highWatermark: bigint = 0n;
  let currentVoters: DescribeQuorumResponseReplicaState[] = [];
  let observers: DescribeQuorumResponseReplicaState[] = [];
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  errorCode = r.int16("PartitionData.ErrorCode");
  if (v >= 2) {
    errorMessage = (flex ? r.compactNullableString("PartitionData.ErrorMessage") : r.nullableString("PartitionData.ErrorMessage"));
  }
  leaderId = r.int32("PartitionData.LeaderId");
  leaderEpoch = r.int32("PartitionData.LeaderEpoch");
  highWatermark = r.int64("PartitionData.HighWatermark");
  {
    const n = (flex ? r.compactArrayLength("PartitionData.CurrentVoters") : r.arrayLength("PartitionData.CurrentVoters"));
    const a: DescribeQuorumResponseReplicaState[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponseReplicaState(r, v, flex));
    currentVoters = a;
  }
  {
    const n = (flex ? r.compactArrayLength("PartitionData.Observers") : r.arrayLength("PartitionData.Observers"));
    const a: DescribeQuorumResponseReplicaState[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponseReplicaState(r, v, flex));
    observers = a;
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
  const m: DescribeQuorumResponsePartitionData = { partitionIndex, errorCode, errorMessage, leaderId, leaderEpoch, highWatermark, currentVoters, observers };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeQuorumResponsePartitionData(w: Writer, v: number, flex: boolean, m: DescribeQuorumResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v >= 2) {
    (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  }
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.int64(m.highWatermark);
  (flex ? w.uvarint(m.currentVoters!.length + 1) : w.int32(m.currentVoters!.length));
  for (const x of m.currentVoters!) writeDescribeQuorumResponseReplicaState(w, v, flex, x!);
  (flex ? w.uvarint(m.observers!.length + 1) : w.int32(m.observers!.length));
  for (const x of m.observers!) writeDescribeQuorumResponseReplicaState(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeQuorumResponseNode {
  /** The ID of the associated node */
  nodeId: number;
  /** The listeners of this controller */
  listeners: DescribeQuorumResponseListener[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumResponseNode(): DescribeQuorumResponseNode {
  return { nodeId: 0, listeners: [] };
}

function readDescribeQuorumResponseNode(r: Reader, v: number, flex: boolean): DescribeQuorumResponseNode {
  let nodeId: number = 0;
  let listeners: DescribeQuorumResponseListener[] = [];
  if (v >= 2) {
    nodeId = r.int32("Node.NodeId");
  }
  if (v >= 2) {
    {
      const n = (flex ? r.compactArrayLength("Node.Listeners") : r.arrayLength("Node.Listeners"));
      const a: DescribeQuorumResponseListener[] = [];
      for (let i = 0; i < n; i++) a.push(readDescribeQuorumResponseListener(r, v, flex));
      listeners = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Node._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Node._tagged");
      const size = r.uvarint("Node._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Node._tagged", size) });
    }
  }
  const m: DescribeQuorumResponseNode = { nodeId, listeners };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeQuorumResponseNode(w: Writer, v: number, flex: boolean, m: DescribeQuorumResponseNode): void {
  if (v >= 2) {
    w.int32(m.nodeId);
  } else if (!(m.nodeId === 0)) throw unsupportedField("Node.NodeId", v);
  if (v >= 2) {
    (flex ? w.uvarint(m.listeners!.length + 1) : w.int32(m.listeners!.length));
    for (const x of m.listeners!) writeDescribeQuorumResponseListener(w, v, flex, x!);
  } else if (!(m.listeners.length === 0)) throw unsupportedField("Node.Listeners", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeQuorumResponseListener {
  /** The name of the endpoint */
  name: string;
  /** The hostname */
  host: string;
  /** The port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeQuorumResponseListener(): DescribeQuorumResponseListener {
  return { name: "", host: "", port: 0 };
}

function readDescribeQuorumResponseListener(r: Reader, v: number, flex: boolean): DescribeQuorumResponseListener {
  let name: string = "";
  let host: string = "";
  let port: number = 0;
  if (v >= 2) {
    name = (flex ? r.compactString("Listener.Name") : r.string("Listener.Name"));
  }
  if (v >= 2) {
    host = (flex ? r.compactString("Listener.Host") : r.string("Listener.Host"));
  }
  if (v >= 2) {
    port = r.uint16("Listener.Port");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Listener._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Listener._tagged");
      const size = r.uvarint("Listener._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Listener._tagged", size) });
    }
  }
  const m: DescribeQuorumResponseListener = { name, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeQuorumResponseListener(w: Writer, v: number, flex: boolean, m: DescribeQuorumResponseListener): void {
  if (v >= 2) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("Listener.Name", v);
  if (v >= 2) {
    (flex ? w.compactString(m.host!) : w.string(m.host!));
  } else if (!(m.host === "")) throw unsupportedField("Listener.Host", v);
  if (v >= 2) {
    w.uint16(m.port);
  } else if (!(m.port === 0)) throw unsupportedField("Listener.Port", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeQuorumResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeQuorumResponse(r: Reader, v: number): DescribeQuorumResponse {
  return readDescribeQuorumResponse(r, v, true);
}

/** Writes a DescribeQuorumResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeQuorumResponse(w: Writer, v: number, m: DescribeQuorumResponse): void {
  writeDescribeQuorumResponse(w, v, true, m);
}

export const DescribeQuorumResponseSchema: MessageSchema = {
  name: "DescribeQuorumResponse",
  kind: "response",
  apiKey: 55,
  validVersions: [0, 2],
  flexibleVersions: [0, 2],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[2,32767],"nullable":[2,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[2,32767],"nullable":[2,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"HighWatermark","prop":"highWatermark","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CurrentVoters","prop":"currentVoters","type":"[]ReplicaState","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ReplicaId","prop":"replicaId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ReplicaDirectoryId","prop":"replicaDirectoryId","type":"uuid","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LogEndOffset","prop":"logEndOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastFetchTimestamp","prop":"lastFetchTimestamp","type":"int64","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"LastCaughtUpTimestamp","prop":"lastCaughtUpTimestamp","type":"int64","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"}]},{"name":"Observers","prop":"observers","type":"[]ReplicaState","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ReplicaId","prop":"replicaId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ReplicaDirectoryId","prop":"replicaDirectoryId","type":"uuid","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LogEndOffset","prop":"logEndOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastFetchTimestamp","prop":"lastFetchTimestamp","type":"int64","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"LastCaughtUpTimestamp","prop":"lastCaughtUpTimestamp","type":"int64","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"}]}]}]},{"name":"Nodes","prop":"nodes","type":"[]Node","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"NodeId","prop":"nodeId","type":"int32","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Listeners","prop":"listeners","type":"[]Listener","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
