// Generated from OffsetFetchRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, nullNotAllowed, NO_TAGS } from '../codec.ts';

export interface OffsetFetchRequest {
  /** The group to fetch offsets for. */
  groupId: string;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. */
  topics: OffsetFetchRequestOffsetFetchRequestTopic[] | null;
  /** Each group we would like to fetch offsets for */
  groups: OffsetFetchRequestOffsetFetchRequestGroup[];
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. */
  requireStable: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchRequest(): OffsetFetchRequest {
  return { groupId: "", topics: [], groups: [], requireStable: false };
}

function readOffsetFetchRequest(r: Reader, v: number, flex: boolean): OffsetFetchRequest {
  let groupId: string = "";
  let topics: OffsetFetchRequestOffsetFetchRequestTopic[] | null = [];
  let groups: OffsetFetchRequestOffsetFetchRequestGroup[] = [];
  let requireStable: boolean = false;
  if (v <= 7) {
    groupId = (flex ? r.compactString("OffsetFetchRequest.GroupId") : r.string("OffsetFetchRequest.GroupId"));
  }
  if (v <= 7) {
    {
      const n = (flex ? (v >= 2 ? r.compactNullableArrayLength("OffsetFetchRequest.Topics") : r.compactArrayLength("OffsetFetchRequest.Topics")) : (v >= 2 ? r.nullableArrayLength("OffsetFetchRequest.Topics") : r.arrayLength("OffsetFetchRequest.Topics")));
      if (n < 0) topics = null;
      else {
        const a: OffsetFetchRequestOffsetFetchRequestTopic[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetFetchRequestOffsetFetchRequestTopic(r, v, flex));
        topics = a;
      }
    }
  }
  if (v >= 8) {
    {
      const n = (flex ? r.compactArrayLength("OffsetFetchRequest.Groups") : r.arrayLength("OffsetFetchRequest.Groups"));
      const a: OffsetFetchRequestOffsetFetchRequestGroup[] = [];
      for (let i = 0; i < n; i++) a.push(readOffsetFetchRequestOffsetFetchRequestGroup(r, v, flex));
      groups = a;
    }
  }
  if (v >= 7) {
    requireStable = r.bool("OffsetFetchRequest.RequireStable");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetFetchRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetFetchRequest._tagged");
      const size = r.uvarint("OffsetFetchRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetFetchRequest._tagged", size) });
    }
  }
  const m: OffsetFetchRequest = { groupId, topics, groups, requireStable };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetFetchRequest(w: Writer, v: number, flex: boolean, m: OffsetFetchRequest): void {
  if (v <= 7) {
    (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  } else if (!(m.groupId === "")) throw unsupportedField("OffsetFetchRequest.GroupId", v);
  if (v <= 7) {
    if (m.topics === null && !(v >= 2)) throw nullNotAllowed("OffsetFetchRequest.Topics", v);
    if (m.topics === null) (flex ? w.uvarint(0) : w.int32(-1));
    else {
      (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
      for (const x of m.topics!) writeOffsetFetchRequestOffsetFetchRequestTopic(w, v, flex, x!);
    }
  } else if (!((m.topics !== null && m.topics.length === 0))) throw unsupportedField("OffsetFetchRequest.Topics", v);
  if (v >= 8) {
    (flex ? w.uvarint(m.groups!.length + 1) : w.int32(m.groups!.length));
    for (const x of m.groups!) writeOffsetFetchRequestOffsetFetchRequestGroup(w, v, flex, x!);
  } else if (!(m.groups.length === 0)) throw unsupportedField("OffsetFetchRequest.Groups", v);
  if (v >= 7) {
    w.bool(m.requireStable);
  } else if (!(m.requireStable === false)) throw unsupportedField("OffsetFetchRequest.RequireStable", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetFetchRequestOffsetFetchRequestTopic {
  /** The topic name. */
  name: string;
  /** The partition indexes we would like to fetch offsets for. */
  partitionIndexes: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchRequestOffsetFetchRequestTopic(): OffsetFetchRequestOffsetFetchRequestTopic {
  return { name: "", partitionIndexes: [] };
}

function readOffsetFetchRequestOffsetFetchRequestTopic(r: Reader, v: number, flex: boolean): OffsetFetchRequestOffsetFetchRequestTopic {
  let name: string = "";
  let partitionIndexes: number[] = [];
  if (v <= 7) {
    name = (flex ? r.compactString("OffsetFetchRequestTopic.Name") : r.string("OffsetFetchRequestTopic.Name"));
  }
  if (v <= 7) {
    {
      const n = (flex ? r.compactArrayLength("OffsetFetchRequestTopic.PartitionIndexes") : r.arrayLength("OffsetFetchRequestTopic.PartitionIndexes"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("OffsetFetchRequestTopic.PartitionIndexes"));
      partitionIndexes = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetFetchRequestTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetFetchRequestTopic._tagged");
      const size = r.uvarint("OffsetFetchRequestTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetFetchRequestTopic._tagged", size) });
    }
  }
  const m: OffsetFetchRequestOffsetFetchRequestTopic = { name, partitionIndexes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetFetchRequestOffsetFetchRequestTopic(w: Writer, v: number, flex: boolean, m: OffsetFetchRequestOffsetFetchRequestTopic): void {
  if (v <= 7) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("OffsetFetchRequestTopic.Name", v);
  if (v <= 7) {
    (flex ? w.uvarint(m.partitionIndexes!.length + 1) : w.int32(m.partitionIndexes!.length));
    for (const x of m.partitionIndexes!) w.int32(x);
  } else if (!(m.partitionIndexes.length === 0)) throw unsupportedField("OffsetFetchRequestTopic.PartitionIndexes", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetFetchRequestOffsetFetchRequestGroup {
  /** The group ID. */
  groupId: string;
  /** The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848). */
  memberId: string | null;
  /** The member epoch if using the new consumer protocol (KIP-848). */
  memberEpoch: number;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. */
  topics: OffsetFetchRequestOffsetFetchRequestTopics[] | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchRequestOffsetFetchRequestGroup(): OffsetFetchRequestOffsetFetchRequestGroup {
  return { groupId: "", memberId: null, memberEpoch: -1, topics: [] };
}

function readOffsetFetchRequestOffsetFetchRequestGroup(r: Reader, v: number, flex: boolean): OffsetFetchRequestOffsetFetchRequestGroup {
  let groupId: string = "";
  let memberId: string | null = null;
  let memberEpoch: number = -1;
  let topics: OffsetFetchRequestOffsetFetchRequestTopics[] | null = [];
  if (v >= 8) {
    groupId = (flex ? r.compactString("OffsetFetchRequestGroup.GroupId") : r.string("OffsetFetchRequestGroup.GroupId"));
  }
  if (v >= 9) {
    memberId = (flex ? r.compactNullableString("OffsetFetchRequestGroup.MemberId") : r.nullableString("OffsetFetchRequestGroup.MemberId"));
  }
  if (v >= 9) {
    memberEpoch = r.int32("OffsetFetchRequestGroup.MemberEpoch");
  }
  if (v >= 8) {
    {
      const n = (flex ? r.compactNullableArrayLength("OffsetFetchRequestGroup.Topics") : r.nullableArrayLength("OffsetFetchRequestGroup.Topics"));
      if (n < 0) topics = null;
      else {
        const a: OffsetFetchRequestOffsetFetchRequestTopics[] = [];
        for (let i = 0; i < n; i++) a.push(readOffsetFetchRequestOffsetFetchRequestTopics(r, v, flex));
        topics = a;
      }
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetFetchRequestGroup._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetFetchRequestGroup._tagged");
      const size = r.uvarint("OffsetFetchRequestGroup._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetFetchRequestGroup._tagged", size) });
    }
  }
  const m: OffsetFetchRequestOffsetFetchRequestGroup = { groupId, memberId, memberEpoch, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetFetchRequestOffsetFetchRequestGroup(w: Writer, v: number, flex: boolean, m: OffsetFetchRequestOffsetFetchRequestGroup): void {
  if (v >= 8) {
    (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  } else if (!(m.groupId === "")) throw unsupportedField("OffsetFetchRequestGroup.GroupId", v);
  if (v >= 9) {
    (flex ? w.compactNullableString(m.memberId) : w.nullableString(m.memberId));
  }
  if (v >= 9) {
    w.int32(m.memberEpoch);
  }
  if (v >= 8) {
    if (m.topics === null) (flex ? w.uvarint(0) : w.int32(-1));
    else {
      (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
      for (const x of m.topics!) writeOffsetFetchRequestOffsetFetchRequestTopics(w, v, flex, x!);
    }
  } else if (!((m.topics !== null && m.topics.length === 0))) throw unsupportedField("OffsetFetchRequestGroup.Topics", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetFetchRequestOffsetFetchRequestTopics {
  /** The topic name. */
  name: string;
  /** The partition indexes we would like to fetch offsets for. */
  partitionIndexes: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetFetchRequestOffsetFetchRequestTopics(): OffsetFetchRequestOffsetFetchRequestTopics {
  return { name: "", partitionIndexes: [] };
}

function readOffsetFetchRequestOffsetFetchRequestTopics(r: Reader, v: number, flex: boolean): OffsetFetchRequestOffsetFetchRequestTopics {
  let name: string = "";
  let partitionIndexes: number[] = [];
  if (v >= 8) {
    name = (flex ? r.compactString("OffsetFetchRequestTopics.Name") : r.string("OffsetFetchRequestTopics.Name"));
  }
  if (v >= 8) {
    {
      const n = (flex ? r.compactArrayLength("OffsetFetchRequestTopics.PartitionIndexes") : r.arrayLength("OffsetFetchRequestTopics.PartitionIndexes"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("OffsetFetchRequestTopics.PartitionIndexes"));
      partitionIndexes = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetFetchRequestTopics._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetFetchRequestTopics._tagged");
      const size = r.uvarint("OffsetFetchRequestTopics._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetFetchRequestTopics._tagged", size) });
    }
  }
  const m: OffsetFetchRequestOffsetFetchRequestTopics = { name, partitionIndexes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetFetchRequestOffsetFetchRequestTopics(w: Writer, v: number, flex: boolean, m: OffsetFetchRequestOffsetFetchRequestTopics): void {
  if (v >= 8) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("OffsetFetchRequestTopics.Name", v);
  if (v >= 8) {
    (flex ? w.uvarint(m.partitionIndexes!.length + 1) : w.int32(m.partitionIndexes!.length));
    for (const x of m.partitionIndexes!) w.int32(x);
  } else if (!(m.partitionIndexes.length === 0)) throw unsupportedField("OffsetFetchRequestTopics.PartitionIndexes", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a OffsetFetchRequest of version `v`; the caller checks the reader for failure. */
export function decodeOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  return readOffsetFetchRequest(r, v, v >= 6);
}

/** Writes a OffsetFetchRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeOffsetFetchRequest(w: Writer, v: number, m: OffsetFetchRequest): void {
  writeOffsetFetchRequest(w, v, v >= 6, m);
}

export const OffsetFetchRequestSchema: MessageSchema = {
  name: "OffsetFetchRequest",
  kind: "request",
  apiKey: 9,
  validVersions: [0, 9],
  flexibleVersions: [6, 9],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,7],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]OffsetFetchRequestTopic","versions":[0,7],"nullable":[2,7],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,7],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndexes","prop":"partitionIndexes","type":"[]int32","versions":[0,7],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Groups","prop":"groups","type":"[]OffsetFetchRequestGroup","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"GroupId","prop":"groupId","type":"string","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MemberId","prop":"memberId","type":"string","versions":[9,32767],"nullable":[9,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"},{"name":"MemberEpoch","prop":"memberEpoch","type":"int32","versions":[9,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Topics","prop":"topics","type":"[]OffsetFetchRequestTopics","versions":[8,32767],"nullable":[8,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndexes","prop":"partitionIndexes","type":"[]int32","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"RequireStable","prop":"requireStable","type":"bool","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"}],
};
