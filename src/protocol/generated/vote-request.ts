// Generated from VoteRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface VoteRequest {
  clusterId: string | null;
  /** The replica id of the voter receiving the request */
  voterId: number;
  topics: VoteRequestTopicData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVoteRequest(): VoteRequest {
  return { clusterId: null, voterId: -1, topics: [] };
}

function readVoteRequest(r: Reader, v: number, flex: boolean): VoteRequest {
  let clusterId: string | null = null;
  let voterId: number = -1;
  let topics: VoteRequestTopicData[] = [];
  clusterId = (flex ? r.compactNullableString("VoteRequest.ClusterId") : r.nullableString("VoteRequest.ClusterId"));
  if (v >= 1) {
    voterId = r.int32("VoteRequest.VoterId");
  }
  {
    const n = (flex ? r.compactArrayLength("VoteRequest.Topics") : r.arrayLength("VoteRequest.Topics"));
    const a: VoteRequestTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readVoteRequestTopicData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("VoteRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("VoteRequest._tagged");
      const size = r.uvarint("VoteRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("VoteRequest._tagged", size) });
    }
  }
  const m: VoteRequest = { clusterId, voterId, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVoteRequest(w: Writer, v: number, flex: boolean, m: VoteRequest): void {
  (flex ? w.compactNullableString(m.clusterId) : w.nullableString(m.clusterId));
  if (v >= 1) {
    w.int32(m.voterId);
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeVoteRequestTopicData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface VoteRequestTopicData {
  /** The topic name. */
  topicName: string;
  partitions: VoteRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVoteRequestTopicData(): VoteRequestTopicData {
  return { topicName: "", partitions: [] };
}

function readVoteRequestTopicData(r: Reader, v: number, flex: boolean): VoteRequestTopicData {
  let topicName: string = "";
  let partitions: VoteRequestPartitionData[] = [];
  topicName = (flex ? r.compactString("TopicData.TopicName") : r.string("TopicData.TopicName"));
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: VoteRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readVoteRequestPartitionData(r, v, flex));
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
  const m: VoteRequestTopicData = { topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVoteRequestTopicData(w: Writer, v: number, flex: boolean, m: VoteRequestTopicData): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeVoteRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface VoteRequestPartitionData {
  /** The partition index. */
  partitionIndex: number;
  /** The bumped epoch of the candidate sending the request */
  candidateEpoch: number;
  /** The replica id of the voter sending the request */
  candidateId: number;
  /** The directory id of the voter sending the request */
  candidateDirectoryId: string;
  /** The ID of the voter sending the request */
  voterDirectoryId: string;
  /** The epoch of the last record written to the metadata log */
  lastOffsetEpoch: number;
  /** The offset of the last record written to the metadata log */
  lastOffset: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVoteRequestPartitionData(): VoteRequestPartitionData {
  return { partitionIndex: 0, candidateEpoch: 0, candidateId: 0, candidateDirectoryId: ZERO_UUID, voterDirectoryId: ZERO_UUID, lastOffsetEpoch: 0, lastOffset: 0n };
}

function readVoteRequestPartitionData(r: Reader, v: number, flex: boolean): VoteRequestPartitionData {
  let partitionIndex: number = 0;
  let candidateEpoch: number = 0;
  let candidateId: number = 0;
  let candidateDirectoryId: string = ZERO_UUID;
  let voterDirectoryId: string = ZERO_UUID;
  let lastOffsetEpoch: number = 0;
  let lastOffset: bigint = 0n;
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  candidateEpoch = r.int32("PartitionData.CandidateEpoch");
  candidateId = r.int32("PartitionData.CandidateId");
  if (v >= 1) {
    candidateDirectoryId = r.uuid("PartitionData.CandidateDirectoryId");
  }
  if (v >= 1) {
    voterDirectoryId = r.uuid("PartitionData.VoterDirectoryId");
  }
  lastOffsetEpoch = r.int32("PartitionData.LastOffsetEpoch");
  lastOffset = r.int64("PartitionData.LastOffset");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: VoteRequestPartitionData = { partitionIndex, candidateEpoch, candidateId, candidateDirectoryId, voterDirectoryId, lastOffsetEpoch, lastOffset };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVoteRequestPartitionData(w: Writer, v: number, flex: boolean, m: VoteRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.candidateEpoch);
  w.int32(m.candidateId);
  if (v >= 1) {
    w.uuid(m.candidateDirectoryId);
  }
  if (v >= 1) {
    w.uuid(m.voterDirectoryId);
  }
  w.int32(m.lastOffsetEpoch);
  w.int64(m.lastOffset);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a VoteRequest of version `v`; the caller checks the reader for failure. */
export function decodeVoteRequest(r: Reader, v: number): VoteRequest {
  return readVoteRequest(r, v, true);
}

/** Writes a VoteRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeVoteRequest(w: Writer, v: number, m: VoteRequest): void {
  writeVoteRequest(w, v, true, m);
}

export const VoteRequestSchema: MessageSchema = {
  name: "VoteRequest",
  kind: "request",
  apiKey: 52,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"ClusterId","prop":"clusterId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"VoterId","prop":"voterId","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CandidateEpoch","prop":"candidateEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CandidateId","prop":"candidateId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CandidateDirectoryId","prop":"candidateDirectoryId","type":"uuid","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"VoterDirectoryId","prop":"voterDirectoryId","type":"uuid","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"LastOffsetEpoch","prop":"lastOffsetEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastOffset","prop":"lastOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
