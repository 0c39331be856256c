// Generated from AlterPartitionReassignmentsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. */
  timeoutMs: number;
  /** The topics to reassign. */
  topics: AlterPartitionReassignmentsRequestReassignableTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionReassignmentsRequest(): AlterPartitionReassignmentsRequest {
  return { timeoutMs: 60000, topics: [] };
}

function readAlterPartitionReassignmentsRequest(r: Reader, v: number, flex: boolean): AlterPartitionReassignmentsRequest {
  let timeoutMs: number = 60000;
  let topics: AlterPartitionReassignmentsRequestReassignableTopic[] = [];
  timeoutMs = r.int32("AlterPartitionReassignmentsRequest.TimeoutMs");
  {
    const n = (flex ? r.compactArrayLength("AlterPartitionReassignmentsRequest.Topics") : r.arrayLength("AlterPartitionReassignmentsRequest.Topics"));
    const a: AlterPartitionReassignmentsRequestReassignableTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterPartitionReassignmentsRequestReassignableTopic(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterPartitionReassignmentsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterPartitionReassignmentsRequest._tagged");
      const size = r.uvarint("AlterPartitionReassignmentsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterPartitionReassignmentsRequest._tagged", size) });
    }
  }
  const m: AlterPartitionReassignmentsRequest = { timeoutMs, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionReassignmentsRequest(w: Writer, v: number, flex: boolean, m: AlterPartitionReassignmentsRequest): void {
  w.int32(m.timeoutMs);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeAlterPartitionReassignmentsRequestReassignableTopic(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /** The topic name. */
  name: string;
  /** The partitions to reassign. */
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionReassignmentsRequestReassignableTopic(): AlterPartitionReassignmentsRequestReassignableTopic {
  return { name: "", partitions: [] };
}

function readAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, v: number, flex: boolean): AlterPartitionReassignmentsRequestReassignableTopic {
  let name: string = "";
  let partitions: AlterPartitionReassignmentsRequestReassignablePartition[] = [];
  name = (flex ? r.compactString("ReassignableTopic.Name") : r.string("ReassignableTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("ReassignableTopic.Partitions") : r.arrayLength("ReassignableTopic.Partitions"));
    const a: AlterPartitionReassignmentsRequestReassignablePartition[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterPartitionReassignmentsRequestReassignablePartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReassignableTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReassignableTopic._tagged");
      const size = r.uvarint("ReassignableTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReassignableTopic._tagged", size) });
    }
  }
  const m: AlterPartitionReassignmentsRequestReassignableTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionReassignmentsRequestReassignableTopic(w: Writer, v: number, flex: boolean, m: AlterPartitionReassignmentsRequestReassignableTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeAlterPartitionReassignmentsRequestReassignablePartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. */
  replicas: number[] | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionReassignmentsRequestReassignablePartition(): AlterPartitionReassignmentsRequestReassignablePartition {
  return { partitionIndex: 0, replicas: null };
}

function readAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, v: number, flex: boolean): AlterPartitionReassignmentsRequestReassignablePartition {
  let partitionIndex: number = 0;
  let replicas: number[] | null = null;
  partitionIndex = r.int32("ReassignablePartition.PartitionIndex");
  {
    const n = (flex ? r.compactNullableArrayLength("ReassignablePartition.Replicas") : r.nullableArrayLength("ReassignablePartition.Replicas"));
    if (n < 0) replicas = null;
    else {
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("ReassignablePartition.Replicas"));
      replicas = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReassignablePartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReassignablePartition._tagged");
      const size = r.uvarint("ReassignablePartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReassignablePartition._tagged", size) });
    }
  }
  const m: AlterPartitionReassignmentsRequestReassignablePartition = { partitionIndex, replicas };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionReassignmentsRequestReassignablePartition(w: Writer, v: number, flex: boolean, m: AlterPartitionReassignmentsRequestReassignablePartition): void {
  w.int32(m.partitionIndex);
  if (m.replicas === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.replicas!.length + 1) : w.int32(m.replicas!.length));
    for (const x of m.replicas!) w.int32(x);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterPartitionReassignmentsRequest of version `v`; the caller checks the reader for failure. */
export function decodeAlterPartitionReassignmentsRequest(r: Reader, v: number): AlterPartitionReassignmentsRequest {
  return readAlterPartitionReassignmentsRequest(r, v, true);
}

/** Writes a AlterPartitionReassignmentsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterPartitionReassignmentsRequest(w: Writer, v: number, m: AlterPartitionReassignmentsRequest): void {
  writeAlterPartitionReassignmentsRequest(w, v, true, m);
}

export const AlterPartitionReassignmentsRequestSchema: MessageSchema = {
  name: "AlterPartitionReassignmentsRequest",
  kind: "request",
  apiKey: 45,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"TimeoutMs","prop":"timeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"60000"},{"name":"Topics","prop":"topics","type":"[]ReassignableTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]ReassignablePartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Replicas","prop":"replicas","type":"[]int32","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]}]}],
};
