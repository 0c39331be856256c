// Generated from EndQuorumEpochRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface EndQuorumEpochRequest {
  clusterId: string | null;
  topics: EndQuorumEpochRequestTopicData[];
  /** Endpoints for the leader */
  leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochRequest(): EndQuorumEpochRequest {
  return { clusterId: null, topics: [], leaderEndpoints: [] };
}

function readEndQuorumEpochRequest(r: Reader, v: number, flex: boolean): EndQuorumEpochRequest {
  let clusterId: string | null = null;
  let topics: EndQuorumEpochRequestTopicData[] = [];
  let leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[] = [];
  clusterId = (flex ? r.compactNullableString("EndQuorumEpochRequest.ClusterId") : r.nullableString("EndQuorumEpochRequest.ClusterId"));
  {
    const n = (flex ? r.compactArrayLength("EndQuorumEpochRequest.Topics") : r.arrayLength("EndQuorumEpochRequest.Topics"));
    const a: EndQuorumEpochRequestTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readEndQuorumEpochRequestTopicData(r, v, flex));
    topics = a;
  }
  if (v >= 1) {
    {
      const n = (flex ? r.compactArrayLength("EndQuorumEpochRequest.LeaderEndpoints") : r.arrayLength("EndQuorumEpochRequest.LeaderEndpoints"));
      const a: EndQuorumEpochRequestLeaderEndpoint[] = [];
      for (let i = 0; i < n; i++) a.push(readEndQuorumEpochRequestLeaderEndpoint(r, v, flex));
      leaderEndpoints = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("EndQuorumEpochRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("EndQuorumEpochRequest._tagged");
      const size = r.uvarint("EndQuorumEpochRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("EndQuorumEpochRequest._tagged", size) });
    }
  }
  const m: EndQuorumEpochRequest = { clusterId, topics, leaderEndpoints };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndQuorumEpochRequest(w: Writer, v: number, flex: boolean, m: EndQuorumEpochRequest): void {
  (flex ? w.compactNullableString(m.clusterId) : w.nullableString(m.clusterId));
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeEndQuorumEpochRequestTopicData(w, v, flex, x!);
  if (v >= 1) {
    (flex ? w.uvarint(m.leaderEndpoints!.length + 1) : w.int32(m.leaderEndpoints!.length));
    for (const x of m.leaderEndpoints!) writeEndQuorumEpochRequestLeaderEndpoint(w, v, flex, x!);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface EndQuorumEpochRequestTopicData {
  /** The topic name. */
  topicName: string;
  partitions: EndQuorumEpochRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochRequestTopicData(): EndQuorumEpochRequestTopicData {
  return { topicName: "", partitions: [] };
}

function readEndQuorumEpochRequestTopicData(r: Reader, v: number, flex: boolean): EndQuorumEpochRequestTopicData {
  let topicName: string = "";
  let partitions: EndQuorumEpochRequestPartitionData[] = [];
  topicName = (flex ? r.compactString("TopicData.TopicName") : r.string("TopicData.TopicName"));
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: EndQuorumEpochRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readEndQuorumEpochRequestPartitionData(r, v, flex));
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
  const m: EndQuorumEpochRequestTopicData = { topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndQuorumEpochRequestTopicData(w: Writer, v: number, flex: boolean, m: EndQuorumEpochRequestTopicData): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeEndQuorumEpochRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface EndQuorumEpochRequestPartitionData {
  /** The partition index. */
  partitionIndex: number;
  /** The current leader ID that is resigning */
  leaderId: number;
  /** The current epoch */
  leaderEpoch: number;
  /** A sorted list of preferred successors to start the election */
  preferredSuccessors: number[];
  /** A sorted list of preferred candidates to start the election */
  preferredCandidates: EndQuorumEpochRequestReplicaInfo[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochRequestPartitionData(): EndQuorumEpochRequestPartitionData {
  return { partitionIndex: 0, leaderId: 0, leaderEpoch: 0, preferredSuccessors: [], preferredCandidates: [] };
}

function readEndQuorumEpochRequestPartitionData(r: Reader, v: number, flex: boolean): EndQuorumEpochRequestPartitionData {
  let partitionIndex: number = 0;
  let leaderId: number = 0;
  let leaderEpoch: number = 0;
  let preferredSuccessors: number[] = [];
  let preferredCandidates: EndQuorumEpochRequestReplicaInfo[] = [];
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  leaderId = r.int32("PartitionData.LeaderId");
  leaderEpoch = r.int32("PartitionData.LeaderEpoch");
  if (v <= 0) {
    {
      const n = (flex ? r.compactArrayLength("PartitionData.PreferredSuccessors") : r.arrayLength("PartitionData.PreferredSuccessors"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("PartitionData.PreferredSuccessors"));
      preferredSuccessors = a;
    }
  }
  if (v >= 1) {
    {
      const n = (flex ? r.compactArrayLength("PartitionData.PreferredCandidates") : r.arrayLength("PartitionData.PreferredCandidates"));
      const a: EndQuorumEpochRequestReplicaInfo[] = [];
      for (let i = 0; i < n; i++) a.push(readEndQuorumEpochRequestReplicaInfo(r, v, flex));
      preferredCandidates = a;
    }
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
  const m: EndQuorumEpochRequestPartitionData = { partitionIndex, leaderId, leaderEpoch, preferredSuccessors, preferredCandidates };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndQuorumEpochRequestPartitionData(w: Writer, v: number, flex: boolean, m: EndQuorumEpochRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (v <= 0) {
    (flex ? w.uvarint(m.preferredSuccessors!.length + 1) : w.int32(m.preferredSuccessors!.length));
    for (const x of m.preferredSuccessors!) w.int32(x);
  }
  if (v >= 1) {
    (flex ? w.uvarint(m.preferredCandidates!.length + 1) : w.int32(m.preferredCandidates!.length));
    for (const x of m.preferredCandidates!) writeEndQuorumEpochRequestReplicaInfo(w, v, flex, x!);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface EndQuorumEpochRequestReplicaInfo {
  candidateId: number;
  candidateDirectoryId: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochRequestReplicaInfo(): EndQuorumEpochRequestReplicaInfo {
  return { candidateId: 0, candidateDirectoryId: ZERO_UUID };
}

function readEndQuorumEpochRequestReplicaInfo(r: Reader, v: number, flex: boolean): EndQuorumEpochRequestReplicaInfo {
  let candidateId: number = 0;
  let candidateDirectoryId: string = ZERO_UUID;
  if (v >= 1) {
    candidateId = r.int32("ReplicaInfo.CandidateId");
  }
  if (v >= 1) {
    candidateDirectoryId = r.uuid("ReplicaInfo.CandidateDirectoryId");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReplicaInfo._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReplicaInfo._tagged");
      const size = r.uvarint("ReplicaInfo._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReplicaInfo._tagged", size) });
    }
  }
  const m: EndQuorumEpochRequestReplicaInfo = { candidateId, candidateDirectoryId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndQuorumEpochRequestReplicaInfo(w: Writer, v: number, flex: boolean, m: EndQuorumEpochRequestReplicaInfo): void {
  if (v >= 1) {
    w.int32(m.candidateId);
  } else if (!(m.candidateId === 0)) throw unsupportedField("ReplicaInfo.CandidateId", v);
  if (v >= 1) {
    w.uuid(m.candidateDirectoryId);
  } else if (!(m.candidateDirectoryId === ZERO_UUID)) throw unsupportedField("ReplicaInfo.CandidateDirectoryId", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface EndQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint */
  name: string;
  /** The node's hostname */
  host: string;
  /** The node's port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochRequestLeaderEndpoint(): EndQuorumEpochRequestLeaderEndpoint {
  return { name: "", host: "", port: 0 };
}

function readEndQuorumEpochRequestLeaderEndpoint(r: Reader, v: number, flex: boolean): EndQuorumEpochRequestLeaderEndpoint {
  let name: string = "";
  let host: string = "";
  let port: number = 0;
  if (v >= 1) {
    name = (flex ? r.compactString("LeaderEndpoint.Name") : r.string("LeaderEndpoint.Name"));
  }
  if (v >= 1) {
    host = (flex ? r.compactString("LeaderEndpoint.Host") : r.string("LeaderEndpoint.Host"));
  }
  if (v >= 1) {
    port = r.uint16("LeaderEndpoint.Port");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderEndpoint._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderEndpoint._tagged");
      const size = r.uvarint("LeaderEndpoint._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderEndpoint._tagged", size) });
    }
  }
  const m: EndQuorumEpochRequestLeaderEndpoint = { name, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndQuorumEpochRequestLeaderEndpoint(w: Writer, v: number, flex: boolean, m: EndQuorumEpochRequestLeaderEndpoint): void {
  if (v >= 1) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("LeaderEndpoint.Name", v);
  if (v >= 1) {
    (flex ? w.compactString(m.host!) : w.string(m.host!));
  } else if (!(m.host === "")) throw unsupportedField("LeaderEndpoint.Host", v);
  if (v >= 1) {
    w.uint16(m.port);
  } else if (!(m.port === 0)) throw unsupportedField("LeaderEndpoint.Port", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a EndQuorumEpochRequest of version `v`; the caller checks the reader for failure. */
export function decodeEndQuorumEpochRequest(r: Reader, v: number): EndQuorumEpochRequest {
  return readEndQuorumEpochRequest(r, v, v >= 1);
}

/** Writes a EndQuorumEpochRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeEndQuorumEpochRequest(w: Writer, v: number, m: EndQuorumEpochRequest): void {
  writeEndQuorumEpochRequest(w, v, v >= 1, m);
}

export const EndQuorumEpochRequestSchema: MessageSchema = {
  name: "EndQuorumEpochRequest",
  kind: "request",
  apiKey: 54,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"ClusterId","prop":"clusterId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PreferredSuccessors","prop":"preferredSuccessors","type":"[]int32","versions":[0,0],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"PreferredCandidates","prop":"preferredCandidates","type":"[]ReplicaInfo","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"CandidateId","prop":"candidateId","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CandidateDirectoryId","prop":"candidateDirectoryId","type":"uuid","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]},{"name":"LeaderEndpoints","prop":"leaderEndpoints","type":"[]LeaderEndpoint","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
