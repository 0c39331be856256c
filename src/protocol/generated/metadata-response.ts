// Generated from MetadataResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, nullNotAllowed, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** A list of brokers present in the cluster. */
  brokers: MetadataResponseMetadataResponseBroker[];
  /** The cluster ID that responding broker belongs to. */
  clusterId: string | null;
  /** The ID of the controller broker. */
  controllerId: number;
  /** Each topic in the response. */
  topics: MetadataResponseMetadataResponseTopic[];
  /** 32-bit bitfield to represent authorized operations for this cluster. */
  clusterAuthorizedOperations: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataResponse(): MetadataResponse {
  return { throttleTimeMs: 0, brokers: [], clusterId: null, controllerId: -1, topics: [], clusterAuthorizedOperations: -2147483648 };
}

function readMetadataResponse(r: Reader, v: number, flex: boolean): MetadataResponse {
  let throttleTimeMs: number = 0;
  let brokers: MetadataResponseMetadataResponseBroker[] = [];
  let clusterId: string | null = null;
  let controllerId: number = -1;
  let topics: MetadataResponseMetadataResponseTopic[] = [];
  let clusterAuthorizedOperations: number = -2147483648;
  if (v >= 3) {
    throttleTimeMs = r.int32("MetadataResponse.ThrottleTimeMs");
  }
  {
    const n = (flex ? r.compactArrayLength("MetadataResponse.Brokers") : r.arrayLength("MetadataResponse.Brokers"));
    const a: MetadataResponseMetadataResponseBroker[] = [];
    for (let i = 0; i < n; i++) a.push(readMetadataResponseMetadataResponseBroker(r, v, flex));
    brokers = a;
  }
  if (v >= 2) {
    clusterId = (flex ? r.compactNullableString("MetadataResponse.ClusterId") : r.nullableString("MetadataResponse.ClusterId"));
  }
  if (v >= 1) {
    controllerId = r.int32("MetadataResponse.ControllerId");
  }
  {
    const n = (flex ? r.compactArrayLength("MetadataResponse.Topics") : r.arrayLength("MetadataResponse.Topics"));
    const a: MetadataResponseMetadataResponseTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readMetadataResponseMetadataResponseTopic(r, v, flex));
    topics = a;
  }
  if (v >= 8 && v <= 10) {
    clusterAuthorizedOperations = r.int32("MetadataResponse.ClusterAuthorizedOperations");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("MetadataResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("MetadataResponse._tagged");
      const size = r.uvarint("MetadataResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("MetadataResponse._tagged", size) });
    }
  }
  const m: MetadataResponse = { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeMetadataResponse(w: Writer, v: number, flex: boolean, m: MetadataResponse): void {
  if (v >= 3) {
    w.int32(m.throttleTimeMs);
  }
  (flex ? w.uvarint(m.brokers!.length + 1) : w.int32(m.brokers!.length));
  for (const x of m.brokers!) writeMetadataResponseMetadataResponseBroker(w, v, flex, x!);
  if (v >= 2) {
    (flex ? w.compactNullableString(m.clusterId) : w.nullableString(m.clusterId));
  }
  if (v >= 1) {
    w.int32(m.controllerId);
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeMetadataResponseMetadataResponseTopic(w, v, flex, x!);
  if (v >= 8 && v <= 10) {
    w.int32(m.clusterAuthorizedOperations);
  } else if (!(m.clusterAuthorizedOperations === -2147483648)) throw unsupportedField("MetadataResponse.ClusterAuthorizedOperations", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface MetadataResponseMetadataResponseBroker {
  /** The broker ID. */
  nodeId: number;
  /** The broker hostname. */
  host: string;
  /** The broker port. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. */
  rack: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataResponseMetadataResponseBroker(): MetadataResponseMetadataResponseBroker {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

function readMetadataResponseMetadataResponseBroker(r: Reader, v: number, flex: boolean): MetadataResponseMetadataResponseBroker {
  let nodeId: number = 0;
  let host: string = "";
  let port: number = 0;
  let rack: string | null = null;
  nodeId = r.int32("MetadataResponseBroker.NodeId");
  host = (flex ? r.compactString("MetadataResponseBroker.Host") : r.string("MetadataResponseBroker.Host"));
  port = r.int32("MetadataResponseBroker.Port");
  if (v >= 1) {
    rack = (flex ? r.compactNullableString("MetadataResponseBroker.Rack") : r.nullableString("MetadataResponseBroker.Rack"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("MetadataResponseBroker._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("MetadataResponseBroker._tagged");
      const size = r.uvarint("MetadataResponseBroker._tagged");
      (unknown ??= []).push({ tag, data: r.raw("MetadataResponseBroker._tagged", size) });
    }
  }
  const m: MetadataResponseMetadataResponseBroker = { nodeId, host, port, rack };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeMetadataResponseMetadataResponseBroker(w: Writer, v: number, flex: boolean, m: MetadataResponseMetadataResponseBroker): void {
  w.int32(m.nodeId);
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.int32(m.port);
  if (v >= 1) {
    (flex ? w.compactNullableString(m.rack) : w.nullableString(m.rack));
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface MetadataResponseMetadataResponseTopic {
  /** The topic error, or 0 if there was no error. */
  errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. */
  name: string | null;
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. */
  topicId: string;
  /** True if the topic is internal. */
  isInternal: boolean;
  /** Each partition in the topic. */
  partitions: MetadataResponseMetadataResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. */
  topicAuthorizedOperations: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataResponseMetadataResponseTopic(): MetadataResponseMetadataResponseTopic {
  return { errorCode: 0, name: "", topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: -2147483648 };
}

function readMetadataResponseMetadataResponseTopic(r: Reader, v: number, flex: boolean): MetadataResponseMetadataResponseTopic {
  let errorCode: number = 0;
  let name: string | null = "";
  let topicId: string = ZERO_UUID;
  let isInternal: boolean = false;
  let partitions: MetadataResponseMetadataResponsePartition[] = [];
  let topicAuthorizedOperations: number = -2147483648;
  errorCode = r.int16("MetadataResponseTopic.ErrorCode");
  name = (flex ? (v >= 12 ? r.compactNullableString("MetadataResponseTopic.Name") : r.compactString("MetadataResponseTopic.Name")) : (v >= 12 ? r.nullableString("MetadataResponseTopic.Name") : r.string("MetadataResponseTopic.Name")));
  if (v >= 10) {
    topicId = r.uuid("MetadataResponseTopic.TopicId");
  }
  if (v >= 1) {
    isInternal = r.bool("MetadataResponseTopic.IsInternal");
  }
  {
    const n = (flex ? r.compactArrayLength("MetadataResponseTopic.Partitions") : r.arrayLength("MetadataResponseTopic.Partitions"));
    const a: MetadataResponseMetadataResponsePartition[] = [];
    for (let i = 0; i < n; i++) a.push(readMetadataResponseMetadataResponsePartition(r, v, flex));
    partitions = a;
  }
  if (v >= 8) {
    topicAuthorizedOperations = r.int32("MetadataResponseTopic.TopicAuthorizedOperations");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("MetadataResponseTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("MetadataResponseTopic._tagged");
      const size = r.uvarint("MetadataResponseTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("MetadataResponseTopic._tagged", size) });
    }
  }
  const m: MetadataResponseMetadataResponseTopic = { errorCode, name, topicId, isInternal, partitions, topicAuthorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeMetadataResponseMetadataResponseTopic(w: Writer, v: number, flex: boolean, m: MetadataResponseMetadataResponseTopic): void {
  w.int16(m.errorCode);
  if (m.name === null && !(v >= 12)) throw nullNotAllowed("MetadataResponseTopic.Name", v);
  (flex ? (v >= 12 ? w.compactNullableString(m.name) : w.compactString(m.name!)) : (v >= 12 ? w.nullableString(m.name) : w.string(m.name!)));
  if (v >= 10) {
    w.uuid(m.topicId);
  }
  if (v >= 1) {
    w.bool(m.isInternal);
  }
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeMetadataResponseMetadataResponsePartition(w, v, flex, x!);
  if (v >= 8) {
    w.int32(m.topicAuthorizedOperations);
  } else if (!(m.topicAuthorizedOperations === -2147483648)) throw unsupportedField("MetadataResponseTopic.TopicAuthorizedOperations", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface MetadataResponseMetadataResponsePartition {
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
  /** The set of offline replicas of this partition. */
  offlineReplicas: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultMetadataResponseMetadataResponsePartition(): MetadataResponseMetadataResponsePartition {
  return { errorCode: 0, partitionIndex: 0, leaderId: 0, leaderEpoch: -1, replicaNodes: [], isrNodes: [], offlineReplicas: [] };
}

function readMetadataResponseMetadataResponsePartition(r: Reader, v: number, flex: boolean): MetadataResponseMetadataResponsePartition {
  let errorCode: number = 0;
  let partitionIndex: number = 0;
  let leaderId: number = 0;
  let leaderEpoch: number = -1;
  let replicaNodes: number[] = [];
  let isrNodes: number[] = [];
  let offlineReplicas: number[] = [];
  errorCode = r.int16("MetadataResponsePartition.ErrorCode");
  partitionIndex = r.int32("MetadataResponsePartition.PartitionIndex");
  leaderId = r.int32("MetadataResponsePartition.LeaderId");
  if (v >= 7) {
    leaderEpoch = r.int32("MetadataResponsePartition.LeaderEpoch");
  }
  {
    const n = (flex ? r.compactArrayLength("MetadataResponsePartition.ReplicaNodes") : r.arrayLength("MetadataResponsePartition.ReplicaNodes"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("MetadataResponsePartition.ReplicaNodes"));
    replicaNodes = a;
  }
  {
    const n = (flex ? r.compactArrayLength("MetadataResponsePartition.IsrNodes") : r.arrayLength("MetadataResponsePartition.IsrNodes"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("MetadataResponsePartition.IsrNodes"));
    isrNodes = a;
  }
  if (v >= 5) {
    {
      const n = (flex ? r.compactArrayLength("MetadataResponsePartition.OfflineReplicas") : r.arrayLength("MetadataResponsePartition.OfflineReplicas"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("MetadataResponsePartition.OfflineReplicas"));
      offlineReplicas = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("MetadataResponsePartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("MetadataResponsePartition._tagged");
      const size = r.uvarint("MetadataResponsePartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("MetadataResponsePartition._tagged", size) });
    }
  }
  const m: MetadataResponseMetadataResponsePartition = { errorCode, partitionIndex, leaderId, leaderEpoch, replicaNodes, isrNodes, offlineReplicas };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeMetadataResponseMetadataResponsePartition(w: Writer, v: number, flex: boolean, m: MetadataResponseMetadataResponsePartition): void {
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  if (v >= 7) {
    w.int32(m.leaderEpoch);
  }
  (flex ? w.uvarint(m.replicaNodes!.length + 1) : w.int32(m.replicaNodes!.length));
  for (const x of m.replicaNodes!) w.int32(x);
  (flex ? w.uvarint(m.isrNodes!.length + 1) : w.int32(m.isrNodes!.length));
  for (const x of m.isrNodes!) w.int32(x);
  if (v >= 5) {
    (flex ? w.uvarint(m.offlineReplicas!.length + 1) : w.int32(m.offlineReplicas!.length));
    for (const x of m.offlineReplicas!) w.int32(x);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a MetadataResponse of version `v`; the caller checks the reader for failure. */
export function decodeMetadataResponse(r: Reader, v: number): MetadataResponse {
  return readMetadataResponse(r, v, v >= 9);
}

/** Writes a MetadataResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeMetadataResponse(w: Writer, v: number, m: MetadataResponse): void {
  writeMetadataResponse(w, v, v >= 9, m);
}

export const MetadataResponseSchema: MessageSchema = {
  name: "MetadataResponse",
  kind: "response",
  apiKey: 3,
  validVersions: [0, 12],
  flexibleVersions: [9, 12],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Brokers","prop":"brokers","type":"[]MetadataResponseBroker","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"NodeId","prop":"nodeId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Rack","prop":"rack","type":"string","versions":[1,32767],"nullable":[1,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"}]},{"name":"ClusterId","prop":"clusterId","type":"string","versions":[2,32767],"nullable":[2,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"},{"name":"ControllerId","prop":"controllerId","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Topics","prop":"topics","type":"[]MetadataResponseTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":[12,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[10,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"IsInternal","prop":"isInternal","type":"bool","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"false"},{"name":"Partitions","prop":"partitions","type":"[]MetadataResponsePartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"ReplicaNodes","prop":"replicaNodes","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IsrNodes","prop":"isrNodes","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"OfflineReplicas","prop":"offlineReplicas","type":"[]int32","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}]},{"name":"TopicAuthorizedOperations","prop":"topicAuthorizedOperations","type":"int32","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-2147483648"}]},{"name":"ClusterAuthorizedOperations","prop":"clusterAuthorizedOperations","type":"int32","versions":[8,10],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-2147483648"}],
};
