// Generated from BeginQuorumEpochRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface BeginQuorumEpochRequest {
  clusterId: string | null;
  /** The replica id of the voter receiving the request */
  voterId: number;
  topics: BeginQuorumEpochRequestTopicData[];
  /** Endpoints for the leader */
  leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochRequest(): BeginQuorumEpochRequest {
  return { clusterId: null, voterId: -1, topics: [], leaderEndpoints: [] };
}

function readBeginQuorumEpochRequest(r: Reader, v: number, flex: boolean): BeginQuorumEpochRequest {
  let clusterId: string | null = null;
  let voterId: number = -1;
  let topics: BeginQuorumEpochRequestTopicData[] = [];
  let leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[] = [];
  clusterId = (flex ? r.compactNullableString("BeginQuorumEpochRequest.ClusterId") : r.nullableString("BeginQuorumEpochRequest.ClusterId"));
  if (v >= 1) {
    voterId = r.int32("BeginQuorumEpochRequest.VoterId");
  }
  {
    const n = (flex ? r.compactArrayLength("BeginQuorumEpochRequest.Topics") : r.arrayLength("BeginQuorumEpochRequest.Topics"));
    const a: BeginQuorumEpochRequestTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochRequestTopicData(r, v, flex));
    topics = a;
  }
  if (v >= 1) {
    {
      const n = (flex ? r.compactArrayLength("BeginQuorumEpochRequest.LeaderEndpoints") : r.arrayLength("BeginQuorumEpochRequest.LeaderEndpoints"));
      const a: BeginQuorumEpochRequestLeaderEndpoint[] = [];
      for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochRequestLeaderEndpoint(r, v, flex));
      leaderEndpoints = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("BeginQuorumEpochRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("BeginQuorumEpochRequest._tagged");
      const size = r.uvarint("BeginQuorumEpochRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("BeginQuorumEpochRequest._tagged", size) });
    }
  }
  const m: BeginQuorumEpochRequest = { clusterId, voterId, topics, leaderEndpoints };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBeginQuorumEpochRequest(w: Writer, v: number, flex: boolean, m: BeginQuorumEpochRequest): void {
  (flex ? w.compactNullableString(m.clusterId) : w.nullableString(m.clusterId));
  if (v >= 1) {
    w.int32(m.voterId);
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeBeginQuorumEpochRequestTopicData(w, v, flex, x!);
  if (v >= 1) {
    (flex ? w.uvarint(m.leaderEndpoints!.length + 1) : w.int32(m.leaderEndpoints!.length));
    for (const x of m.leaderEndpoints!) writeBeginQuorumEpochRequestLeaderEndpoint(w, v, flex, x!);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface BeginQuorumEpochRequestTopicData {
  /** The topic name */
  topicName: string;
  partitions: BeginQuorumEpochRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochRequestTopicData(): BeginQuorumEpochRequestTopicData {
  return { topicName: "", partitions: [] };
}

function readBeginQuorumEpochRequestTopicData(r: Reader, v: number, flex: boolean): BeginQuorumEpochRequestTopicData {
  let topicName: string = "";
  let partitions: BeginQuorumEpochRequestPartitionData[] = [];
  topicName = (flex ? r.compactString("TopicData.TopicName") : r.string("TopicData.TopicName"));
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: BeginQuorumEpochRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochRequestPartitionData(r, v, flex));
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
  const m: BeginQuorumEpochRequestTopicData = { topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBeginQuorumEpochRequestTopicData(w: Writer, v: number, flex: boolean, m: BeginQuorumEpochRequestTopicData): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeBeginQuorumEpochRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface BeginQuorumEpochRequestPartitionData {
  /** The partition index */
  partitionIndex: number;
  /** The directory id of the receiving replica */
  voterDirectoryId: string;
  /** The ID of the newly elected leader */
  leaderId: number;
  /** The epoch of the newly elected leader */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochRequestPartitionData(): BeginQuorumEpochRequestPartitionData {
  return { partitionIndex: 0, voterDirectoryId: ZERO_UUID, leaderId: 0, leaderEpoch: 0 };
}

function readBeginQuorumEpochRequestPartitionData(r: Reader, v: number, flex: boolean): BeginQuorumEpochRequestPartitionData {
  let partitionIndex: number = 0;
  let voterDirectoryId: string = ZERO_UUID;
  let leaderId: number = 0;
  let leaderEpoch: number = 0;
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  if (v >= 1) {
    voterDirectoryId = r.uuid("PartitionData.VoterDirectoryId");
  }
  leaderId = r.int32("PartitionData.LeaderId");
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
  const m: BeginQuorumEpochRequestPartitionData = { partitionIndex, voterDirectoryId, leaderId, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBeginQuorumEpochRequestPartitionData(w: Writer, v: number, flex: boolean, m: BeginQuorumEpochRequestPartitionData): void {
  w.int32(m.partitionIndex);
  if (v >= 1) {
    w.uuid(m.voterDirectoryId);
  }
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface BeginQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint */
  name: string;
  /** The node's hostname */
  host: string;
  /** The node's port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochRequestLeaderEndpoint(): BeginQuorumEpochRequestLeaderEndpoint {
  return { name: "", host: "", port: 0 };
}

function readBeginQuorumEpochRequestLeaderEndpoint(r: Reader, v: number, flex: boolean): BeginQuorumEpochRequestLeaderEndpoint {
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
  const m: BeginQuorumEpochRequestLeaderEndpoint = { name, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBeginQuorumEpochRequestLeaderEndpoint(w: Writer, v: number, flex: boolean, m: BeginQuorumEpochRequestLeaderEndpoint): void {
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

/** Reads a BeginQuorumEpochRequest of version `v`; the caller checks the reader for failure. */
export function decodeBeginQuorumEpochRequest(r: Reader, v: number): BeginQuorumEpochRequest {
  return readBeginQuorumEpochRequest(r, v, v >= 1);
}

/** Writes a BeginQuorumEpochRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeBeginQuorumEpochRequest(w: Writer, v: number, m: BeginQuorumEpochRequest): void {
  writeBeginQuorumEpochRequest(w, v, v >= 1, m);
}

export const BeginQuorumEpochRequestSchema: MessageSchema = {
  name: "BeginQuorumEpochRequest",
  kind: "request",
  apiKey: 53,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"ClusterId","prop":"clusterId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"VoterId","prop":"voterId","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoterDirectoryId","prop":"voterDirectoryId","type":"uuid","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"LeaderEndpoints","prop":"leaderEndpoints","type":"[]LeaderEndpoint","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
