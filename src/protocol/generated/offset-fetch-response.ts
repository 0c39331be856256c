// Generated from OffsetFetchResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses per topic. */
  topics: OffsetFetchResponseOffsetFetchResponseTopic[];
  /** The top-level error code, or 0 if there was no error. */
  errorCode: number;
  /** The responses per group id. */
  groups: OffsetFetchResponseOffsetFetchResponseGroup[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponse(): OffsetFetchResponse {
  return { throttleTimeMs: 0, topics: [], errorCode: 0, groups: [] };
}

function readOffsetFetchResponse(r: Reader, v: number, flex: boolean): OffsetFetchResponse {
  let throttleTimeMs: number = 0;
  let topics: OffsetFetchResponseOffsetFetchResponseTopic[] = [];
  let errorCode: number = 0;
  let groups: OffsetFetchResponseOffsetFetchResponseGroup[] = [];
  if (v >= 3) {
    throttleTimeMs = r.int32("OffsetFetchResponse.ThrottleTimeMs");
  }
  if (v <= 7) {
    {
      const n = (flex ? r.compactArrayLength("OffsetFetchResponse.Topics") : r.arrayLength("OffsetFetchResponse.Topics"));
      const a: OffsetFetchResponseOffsetFetchResponseTopic[] = [];
      for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseOffsetFetchResponseTopic(r, v, flex));
      topics = a;
    }
  }
  if (v >= 2 && v <= 7) {
    errorCode = r.int16("OffsetFetchResponse.ErrorCode");
  }
  if (v >= 8) {
    {
      const n = (flex ? r.compactArrayLength("OffsetFetchResponse.Groups") : r.arrayLength("OffsetFetchResponse.Groups"));
      const a: OffsetFetchResponseOffsetFetchResponseGroup[] = [];
      for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseOffsetFetchResponseGroup(r, v, flex));
      groups = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetFetchResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetFetchResponse._tagged");
      const size = r.uvarint("OffsetFetchResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetFetchResponse._tagged", size) });
    }
  }
  const m: OffsetFetchResponse = { throttleTimeMs, topics, errorCode, groups };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetFetchResponse(w: Writer, v: number, flex: boolean, m: OffsetFetchResponse): void {
  if (v >= 3) {
    w.int32(m.throttleTimeMs);
  }
  if (v <= 7) {
    (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
    for (const x of m.topics!) writeOffsetFetchResponseOffsetFetchResponseTopic(w, v, flex, x!);
  } else if (!(m.topics.length === 0)) throw unsupportedField("OffsetFetchResponse.Topics", v);
  if (v >= 2 && v <= 7) {
    w.int16(m.errorCode);
  }
  if (v >= 8) {
    (flex ? w.uvarint(m.groups!.length + 1) : w.int32(m.groups!.length));
    for (const x of m.groups!) writeOffsetFetchResponseOffsetFetchResponseGroup(w, v, flex, x!);
  } else if (!(m.groups.length === 0)) throw unsupportedField("OffsetFetchResponse.Groups", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetFetchResponseOffsetFetchResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses per partition */
  partitions: OffsetFetchResponseOffsetFetchResponsePartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponseOffsetFetchResponseTopic(): OffsetFetchResponseOffsetFetchResponseTopic {
  return { name: "", partitions: [] };
}

function readOffsetFetchResponseOffsetFetchResponseTopic(r: Reader, v: number, flex: boolean): OffsetFetchResponseOffsetFetchResponseTopic {
  let name: string = "";
  let partitions: OffsetFetchResponseOffsetFetchResponsePartition[] = [];
  if (v <= 7) {
    name = (flex ? r.compactString("OffsetFetchResponseTopic.Name") : r.string("OffsetFetchResponseTopic.Name"));
  }
  if (v <= 7) {
    {
      const n = (flex ? r.compactArrayLength("OffsetFetchResponseTopic.Partitions") : r.arrayLength("OffsetFetchResponseTopic.Partitions"));
      const a: OffsetFetchResponseOffsetFetchResponsePartition[] = [];
      for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseOffsetFetchResponsePartition(r, v, flex));
      partitions = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetFetchResponseTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetFetchResponseTopic._tagged");
      const size = r.uvarint("OffsetFetchResponseTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetFetchResponseTopic._tagged", size) });
    }
  }
  const m: OffsetFetchResponseOffsetFetchResponseTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetFetchResponseOffsetFetchResponseTopic(w: Writer, v: number, flex: boolean, m: OffsetFetchResponseOffsetFetchResponseTopic): void {
  if (v <= 7) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("OffsetFetchResponseTopic.Name", v);
  if (v <= 7) {
    (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
    for (const x of m.partitions!) writeOffsetFetchResponseOffsetFetchResponsePartition(w, v, flex, x!);
  } else if (!(m.partitions.length === 0)) throw unsupportedField("OffsetFetchResponseTopic.Partitions", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetFetchResponseOffsetFetchResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The committed message offset. */
  committedOffset: bigint;
  /** The leader epoch. */
  committedLeaderEpoch: number;
  /** The partition metadata. */
  metadata: string | null;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponseOffsetFetchResponsePartition(): OffsetFetchResponseOffsetFetchResponsePartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 };
}

function readOffsetFetchResponseOffsetFetchResponsePartition(r: Reader, v: number, flex: boolean): OffsetFetchResponseOffsetFetchResponsePartition {
  let partitionIndex: number = 0;
  let committedOffset: bigint = 0n;
  let committedLeaderEpoch: number = -1;
  let metadata: string | null = "";
  let errorCode: number = 0;
  if (v <= 7) {
    partitionIndex = r.int32("OffsetFetchResponsePartition.PartitionIndex");
  }
  if (v <= 7) {
    committedOffset = r.int64("OffsetFetchResponsePartition.CommittedOffset");
  }
  if (v >= 5 && v <= 7) {
    committedLeaderEpoch = r.int32("OffsetFetchResponsePartition.CommittedLeaderEpoch");
  }
  if (v <= 7) {
    metadata = (flex ? r.compactNullableString("OffsetFetchResponsePartition.Metadata") : r.nullableString("OffsetFetchResponsePartition.Metadata"));
  }
  if (v <= 7) {
    errorCode = r.int16("OffsetFetchResponsePartition.ErrorCode");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetFetchResponsePartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetFetchResponsePartition._tagged");
      const size = r.uvarint("OffsetFetchResponsePartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetFetchResponsePartition._tagged", size) });
    }
  }
  const m: OffsetFetchResponseOffsetFetchResponsePartition = { partitionIndex, committedOffset, committedLeaderEpoch, metadata, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetFetchResponseOffsetFetchResponsePartition(w: Writer, v: number, flex: boolean, m: OffsetFetchResponseOffsetFetchResponsePartition): void {
  if (v <= 7) {
    w.int32(m.partitionIndex);
  } else if (!(m.partitionIndex === 0)) throw unsupportedField("OffsetFetchResponsePartition.PartitionIndex", v);
  if (v <= 7) {
    w.int64(m.committedOffset);
  } else if (!(m.committedOffset === 0n)) throw unsupportedField("OffsetFetchResponsePartition.CommittedOffset", v);
  if (v >= 5 && v <= 7) {
    w.int32(m.committedLeaderEpoch);
  }
  if (v <= 7) {
    (flex ? w.compactNullableString(m.metadata) : w.nullableString(m.metadata));
  } else if (!(m.metadata === "")) throw unsupportedField("OffsetFetchResponsePartition.Metadata", v);
  if (v <= 7) {
    w.int16(m.errorCode);
  } else if (!(m.errorCode === 0)) throw unsupportedField("OffsetFetchResponsePartition.ErrorCode", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetFetchResponseOffsetFetchResponseGroup {
  /** The group ID. */
  groupId: string;
  /** The responses per topic. */
  topics: OffsetFetchResponseOffsetFetchResponseTopics[];
  /** The group-level error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponseOffsetFetchResponseGroup(): OffsetFetchResponseOffsetFetchResponseGroup {
  return { groupId: "", topics: [], errorCode: 0 };
}

function readOffsetFetchResponseOffsetFetchResponseGroup(r: Reader, v: number, flex: boolean): OffsetFetchResponseOffsetFetchResponseGroup {
  let groupId: string = "";
  let topics: OffsetFetchResponseOffsetFetchResponseTopics[] = [];
  let errorCode: number = 0;
  if (v >= 8) {
    groupId = (flex ? r.compactString("OffsetFetchResponseGroup.GroupId") : r.string("OffsetFetchResponseGroup.GroupId"));
  }
  if (v >= 8) {
    {
      const n = (flex ? r.compactArrayLength("OffsetFetchResponseGroup.Topics") : r.arrayLength("OffsetFetchResponseGroup.Topics"));
      const a: OffsetFetchResponseOffsetFetchResponseTopics[] = [];
      for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseOffsetFetchResponseTopics(r, v, flex));
      topics = a;
    }
  }
  if (v >= 8) {
    errorCode = r.int16("OffsetFetchResponseGroup.ErrorCode");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetFetchResponseGroup._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetFetchResponseGroup._tagged");
      const size = r.uvarint("OffsetFetchResponseGroup._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetFetchResponseGroup._tagged", size) });
    }
  }
  const m: OffsetFetchResponseOffsetFetchResponseGroup = { groupId, topics, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetFetchResponseOffsetFetchResponseGroup(w: Writer, v: number, flex: boolean, m: OffsetFetchResponseOffsetFetchResponseGroup): void {
  if (v >= 8) {
    (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  } else if (!(m.groupId === "")) throw unsupportedField("OffsetFetchResponseGroup.GroupId", v);
  if (v >= 8) {
    (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
    for (const x of m.topics!) writeOffsetFetchResponseOffsetFetchResponseTopics(w, v, flex, x!);
  } else if (!(m.topics.length === 0)) throw unsupportedField("OffsetFetchResponseGroup.Topics", v);
  if (v >= 8) {
    w.int16(m.errorCode);
  } else if (!(m.errorCode === 0)) throw unsupportedField("OffsetFetchResponseGroup.ErrorCode", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetFetchResponseOffsetFetchResponseTopics {
  /** The topic name. */
  name: string;
  /** The responses per partition */
  partitions: OffsetFetchResponseOffsetFetchResponsePartitions[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponseOffsetFetchResponseTopics(): OffsetFetchResponseOffsetFetchResponseTopics {
  return { name: "", partitions: [] };
}

function readOffsetFetchResponseOffsetFetchResponseTopics(r: Reader, v: number, flex: boolean): OffsetFetchResponseOffsetFetchResponseTopics {
  let name: string = "";
  let partitions: OffsetFetchResponseOffsetFetchResponsePartitions[] = [];
  if (v >= 8) {
    name = (flex ? r.compactString("OffsetFetchResponseTopics.Name") : r.string("OffsetFetchResponseTopics.Name"));
  }
  if (v >= 8) {
    {
      const n = (flex ? r.compactArrayLength("OffsetFetchResponseTopics.Partitions") : r.arrayLength("OffsetFetchResponseTopics.Partitions"));
      const a: OffsetFetchResponseOffsetFetchResponsePartitions[] = [];
      for (let i = 0; i < n; i++) a.push(readOffsetFetchResponseOffsetFetchResponsePartitions(r, v, flex));
      partitions = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetFetchResponseTopics._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetFetchResponseTopics._tagged");
      const size = r.uvarint("OffsetFetchResponseTopics._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetFetchResponseTopics._tagged", size) });
    }
  }
  const m: OffsetFetchResponseOffsetFetchResponseTopics = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetFetchResponseOffsetFetchResponseTopics(w: Writer, v: number, flex: boolean, m: OffsetFetchResponseOffsetFetchResponseTopics): void {
  if (v >= 8) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("OffsetFetchResponseTopics.Name", v);
  if (v >= 8) {
    (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
    for (const x of m.partitions!) writeOffsetFetchResponseOffsetFetchResponsePartitions(w, v, flex, x!);
  } else if (!(m.partitions.length === 0)) throw unsupportedField("OffsetFetchResponseTopics.Partitions", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetFetchResponseOffsetFetchResponsePartitions {
  /** The partition index. */
  partitionIndex: number;
  /** The committed message offset. */
  committedOffset: bigint;
  /** The leader epoch. */
  committedLeaderEpoch: number;
  /** The partition metadata. */
  metadata: string | null;
  /** The partition-level error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchResponseOffsetFetchResponsePartitions(): OffsetFetchResponseOffsetFetchResponsePartitions {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, metadata: "", errorCode: 0 };
}

function readOffsetFetchResponseOffsetFetchResponsePartitions(r: Reader, v: number, flex: boolean): OffsetFetchResponseOffsetFetchResponsePartitions {
  let partitionIndex: number = 0;
  let committedOffset: bigint = 0n;
  let committedLeaderEpoch: number = -1;
  let metadata: string | null = "";
  let errorCode: number = 0;
  if (v >= 8) {
    partitionIndex = r.int32("OffsetFetchResponsePartitions.PartitionIndex");
  }
  if (v >= 8) {
    committedOffset = r.int64("OffsetFetchResponsePartitions.CommittedOffset");
  }
  if (v >= 8) {
    committedLeaderEpoch = r.int32("OffsetFetchResponsePartitions.CommittedLeaderEpoch");
  }
  if (v >= 8) {
    metadata = (flex ? r.compactNullableString("OffsetFetchResponsePartitions.Metadata") : r.nullableString("OffsetFetchResponsePartitions.Metadata"));
  }
  if (v >= 8) {
    errorCode = r.int16("OffsetFetchResponsePartitions.ErrorCode");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetFetchResponsePartitions._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetFetchResponsePartitions._tagged");
      const size = r.uvarint("OffsetFetchResponsePartitions._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetFetchResponsePartitions._tagged", size) });
    }
  }
  const m: OffsetFetchResponseOffsetFetchResponsePartitions = { partitionIndex, committedOffset, committedLeaderEpoch, metadata, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetFetchResponseOffsetFetchResponsePartitions(w: Writer, v: number, flex: boolean, m: OffsetFetchResponseOffsetFetchResponsePartitions): void {
  if (v >= 8) {
    w.int32(m.partitionIndex);
  } else if (!(m.partitionIndex === 0)) throw unsupportedField("OffsetFetchResponsePartitions.PartitionIndex", v);
  if (v >= 8) {
    w.int64(m.committedOffset);
  } else if (!(m.committedOffset === 0n)) throw unsupportedField("OffsetFetchResponsePartitions.CommittedOffset", v);
  if (v >= 8) {
    w.int32(m.committedLeaderEpoch);
  }
  if (v >= 8) {
    (flex ? w.compactNullableString(m.metadata) : w.nullableString(m.metadata));
  } else if (!(m.metadata === "")) throw unsupportedField("OffsetFetchResponsePartitions.Metadata", v);
  if (v >= 8) {
    w.int16(m.errorCode);
  } else if (!(m.errorCode === 0)) throw unsupportedField("OffsetFetchResponsePartitions.ErrorCode", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a OffsetFetchResponse of version `v`; the caller checks the reader for failure. */
export function decodeOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  return readOffsetFetchResponse(r, v, v >= 6);
}

/** Writes a OffsetFetchResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeOffsetFetchResponse(w: Writer, v: number, m: OffsetFetchResponse): void {
  writeOffsetFetchResponse(w, v, v >= 6, m);
}

export const OffsetFetchResponseSchema: MessageSchema = {
  name: "OffsetFetchResponse",
  kind: "response",
  apiKey: 9,
  validVersions: [0, 9],
  flexibleVersions: [6, 9],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]OffsetFetchResponseTopic","versions":[0,7],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,7],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]OffsetFetchResponsePartition","versions":[0,7],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,7],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CommittedOffset","prop":"committedOffset","type":"int64","versions":[0,7],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CommittedLeaderEpoch","prop":"committedLeaderEpoch","type":"int32","versions":[5,7],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Metadata","prop":"metadata","type":"string","versions":[0,7],"nullable":[0,7],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,7],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[2,7],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"0"},{"name":"Groups","prop":"groups","type":"[]OffsetFetchResponseGroup","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"GroupId","prop":"groupId","type":"string","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]OffsetFetchResponseTopics","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]OffsetFetchResponsePartitions","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CommittedOffset","prop":"committedOffset","type":"int64","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CommittedLeaderEpoch","prop":"committedLeaderEpoch","type":"int32","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Metadata","prop":"metadata","type":"string","versions":[8,32767],"nullable":[8,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"0"}]}],
};
