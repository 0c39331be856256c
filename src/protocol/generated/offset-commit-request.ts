// Generated from OffsetCommitRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface OffsetCommitRequest {
  /** The unique group identifier. */
  groupId: string;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** The time period in ms to retain the offset. */
  retentionTimeMs: bigint;
  /** The topics to commit offsets for. */
  topics: OffsetCommitRequestOffsetCommitRequestTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitRequest(): OffsetCommitRequest {
  return { groupId: "", generationIdOrMemberEpoch: -1, memberId: "", groupInstanceId: null, retentionTimeMs: -1n, topics: [] };
}

function readOffsetCommitRequest(r: Reader, v: number, flex: boolean): OffsetCommitRequest {
  let groupId: string = "";
  let generationIdOrMemberEpoch: number = -1;
  let memberId: string = "";
  let groupInstanceId: string | null = null;
  let retentionTimeMs: bigint = -1n;
  let topics: OffsetCommitRequestOffsetCommitRequestTopic[] = [];
  groupId = (flex ? r.compactString("OffsetCommitRequest.GroupId") : r.string("OffsetCommitRequest.GroupId"));
  if (v >= 1) {
    generationIdOrMemberEpoch = r.int32("OffsetCommitRequest.GenerationIdOrMemberEpoch");
  }
  if (v >= 1) {
    memberId = (flex ? r.compactString("OffsetCommitRequest.MemberId") : r.string("OffsetCommitRequest.MemberId"));
  }
  if (v >= 7) {
    groupInstanceId = (flex ? r.compactNullableString("OffsetCommitRequest.GroupInstanceId") : r.nullableString("OffsetCommitRequest.GroupInstanceId"));
  }
  if (v >= 2 && v <= 4) {
    retentionTimeMs = r.int64("OffsetCommitRequest.RetentionTimeMs");
  }
  {
    const n = (flex ? r.compactArrayLength("OffsetCommitRequest.Topics") : r.arrayLength("OffsetCommitRequest.Topics"));
    const a: OffsetCommitRequestOffsetCommitRequestTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetCommitRequestOffsetCommitRequestTopic(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetCommitRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetCommitRequest._tagged");
      const size = r.uvarint("OffsetCommitRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetCommitRequest._tagged", size) });
    }
  }
  const m: OffsetCommitRequest = { groupId, generationIdOrMemberEpoch, memberId, groupInstanceId, retentionTimeMs, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetCommitRequest(w: Writer, v: number, flex: boolean, m: OffsetCommitRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  if (v >= 1) {
    w.int32(m.generationIdOrMemberEpoch);
  }
  if (v >= 1) {
    (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  }
  if (v >= 7) {
    (flex ? w.compactNullableString(m.groupInstanceId) : w.nullableString(m.groupInstanceId));
  } else if (!(m.groupInstanceId === null)) throw unsupportedField("OffsetCommitRequest.GroupInstanceId", v);
  if (v >= 2 && v <= 4) {
    w.int64(m.retentionTimeMs);
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeOffsetCommitRequestOffsetCommitRequestTopic(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetCommitRequestOffsetCommitRequestTopic {
  /** The topic name. */
  name: string;
  /** Each partition to commit offsets for. */
  partitions: OffsetCommitRequestOffsetCommitRequestPartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitRequestOffsetCommitRequestTopic(): OffsetCommitRequestOffsetCommitRequestTopic {
  return { name: "", partitions: [] };
}

function readOffsetCommitRequestOffsetCommitRequestTopic(r: Reader, v: number, flex: boolean): OffsetCommitRequestOffsetCommitRequestTopic {
  let name: string = "";
  let partitions: OffsetCommitRequestOffsetCommitRequestPartition[] = [];
  name = (flex ? r.compactString("OffsetCommitRequestTopic.Name") : r.string("OffsetCommitRequestTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("OffsetCommitRequestTopic.Partitions") : r.arrayLength("OffsetCommitRequestTopic.Partitions"));
    const a: OffsetCommitRequestOffsetCommitRequestPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetCommitRequestOffsetCommitRequestPartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetCommitRequestTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetCommitRequestTopic._tagged");
      const size = r.uvarint("OffsetCommitRequestTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetCommitRequestTopic._tagged", size) });
    }
  }
  const m: OffsetCommitRequestOffsetCommitRequestTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetCommitRequestOffsetCommitRequestTopic(w: Writer, v: number, flex: boolean, m: OffsetCommitRequestOffsetCommitRequestTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeOffsetCommitRequestOffsetCommitRequestPartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetCommitRequestOffsetCommitRequestPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The message offset to be committed. */
  committedOffset: bigint;
  /** The leader epoch of this partition. */
  committedLeaderEpoch: number;
  /** The timestamp of the commit. */
  commitTimestamp: bigint;
  /** Any associated metadata the client wants to keep. */
  committedMetadata: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitRequestOffsetCommitRequestPartition(): OffsetCommitRequestOffsetCommitRequestPartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: "" };
}

function readOffsetCommitRequestOffsetCommitRequestPartition(r: Reader, v: number, flex: boolean): OffsetCommitRequestOffsetCommitRequestPartition {
  let partitionIndex: number = 0;
  let committedOffset: bigint = 0n;
  let committedLeaderEpoch: number = -1;
  let commitTimestamp: bigint = -1n;
  let committedMetadata: string | null = "";
  partitionIndex = r.int32("OffsetCommitRequestPartition.PartitionIndex");
  committedOffset = r.int64("OffsetCommitRequestPartition.CommittedOffset");
  if (v >= 6) {
    committedLeaderEpoch = r.int32("OffsetCommitRequestPartition.CommittedLeaderEpoch");
  }
  if (v >= 1 && v <= 1) {
    commitTimestamp = r.int64("OffsetCommitRequestPartition.CommitTimestamp");
  }
  committedMetadata = (flex ? r.compactNullableString("OffsetCommitRequestPartition.CommittedMetadata") : r.nullableString("OffsetCommitRequestPartition.CommittedMetadata"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetCommitRequestPartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetCommitRequestPartition._tagged");
      const size = r.uvarint("OffsetCommitRequestPartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetCommitRequestPartition._tagged", size) });
    }
  }
  const m: OffsetCommitRequestOffsetCommitRequestPartition = { partitionIndex, committedOffset, committedLeaderEpoch, commitTimestamp, committedMetadata };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetCommitRequestOffsetCommitRequestPartition(w: Writer, v: number, flex: boolean, m: OffsetCommitRequestOffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (v >= 6) {
    w.int32(m.committedLeaderEpoch);
  }
  if (v >= 1 && v <= 1) {
    w.int64(m.commitTimestamp);
  } else if (!(m.commitTimestamp === -1n)) throw unsupportedField("OffsetCommitRequestPartition.CommitTimestamp", v);
  (flex ? w.compactNullableString(m.committedMetadata) : w.nullableString(m.committedMetadata));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a OffsetCommitRequest of version `v`; the caller checks the reader for failure. */
export function decodeOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  return readOffsetCommitRequest(r, v, v >= 8);
}

/** Writes a OffsetCommitRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeOffsetCommitRequest(w: Writer, v: number, m: OffsetCommitRequest): void {
  writeOffsetCommitRequest(w, v, v >= 8, m);
}

export const OffsetCommitRequestSchema: MessageSchema = {
  name: "OffsetCommitRequest",
  kind: "request",
  apiKey: 8,
  validVersions: [0, 9],
  flexibleVersions: [8, 9],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GenerationIdOrMemberEpoch","prop":"generationIdOrMemberEpoch","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"MemberId","prop":"memberId","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"GroupInstanceId","prop":"groupInstanceId","type":"string","versions":[7,32767],"nullable":[7,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"RetentionTimeMs","prop":"retentionTimeMs","type":"int64","versions":[2,4],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Topics","prop":"topics","type":"[]OffsetCommitRequestTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]OffsetCommitRequestPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CommittedOffset","prop":"committedOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CommittedLeaderEpoch","prop":"committedLeaderEpoch","type":"int32","versions":[6,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"CommitTimestamp","prop":"commitTimestamp","type":"int64","versions":[1,1],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"CommittedMetadata","prop":"committedMetadata","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
