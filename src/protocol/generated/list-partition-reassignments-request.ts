// Generated from ListPartitionReassignmentsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. */
  timeoutMs: number;
  /** The topics to list partition reassignments for, or null to list everything. */
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListPartitionReassignmentsRequest(): ListPartitionReassignmentsRequest {
  return { timeoutMs: 60000, topics: null };
}

function readListPartitionReassignmentsRequest(r: Reader, v: number, flex: boolean): ListPartitionReassignmentsRequest {
  let timeoutMs: number = 60000;
  let topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null = null;
  timeoutMs = r.int32("ListPartitionReassignmentsRequest.TimeoutMs");
  {
    const n = (flex ? r.compactNullableArrayLength("ListPartitionReassignmentsRequest.Topics") : r.nullableArrayLength("ListPartitionReassignmentsRequest.Topics"));
    if (n < 0) topics = null;
    else {
      const a: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] = [];
      for (let i = 0; i < n; i++) a.push(readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r, v, flex));
      topics = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListPartitionReassignmentsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListPartitionReassignmentsRequest._tagged");
      const size = r.uvarint("ListPartitionReassignmentsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListPartitionReassignmentsRequest._tagged", size) });
    }
  }
  const m: ListPartitionReassignmentsRequest = { timeoutMs, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListPartitionReassignmentsRequest(w: Writer, v: number, flex: boolean, m: ListPartitionReassignmentsRequest): void {
  w.int32(m.timeoutMs);
  if (m.topics === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
    for (const x of m.topics!) writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w, v, flex, x!);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /** The topic name */
  name: string;
  /** The partitions to list partition reassignments for. */
  partitionIndexes: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListPartitionReassignmentsRequestListPartitionReassignmentsTopics(): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  return { name: "", partitionIndexes: [] };
}

function readListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, v: number, flex: boolean): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  let name: string = "";
  let partitionIndexes: number[] = [];
  name = (flex ? r.compactString("ListPartitionReassignmentsTopics.Name") : r.string("ListPartitionReassignmentsTopics.Name"));
  {
    const n = (flex ? r.compactArrayLength("ListPartitionReassignmentsTopics.PartitionIndexes") : r.arrayLength("ListPartitionReassignmentsTopics.PartitionIndexes"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("ListPartitionReassignmentsTopics.PartitionIndexes"));
    partitionIndexes = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListPartitionReassignmentsTopics._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListPartitionReassignmentsTopics._tagged");
      const size = r.uvarint("ListPartitionReassignmentsTopics._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListPartitionReassignmentsTopics._tagged", size) });
    }
  }
  const m: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics = { name, partitionIndexes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w: Writer, v: number, flex: boolean, m: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitionIndexes!.length + 1) : w.int32(m.partitionIndexes!.length));
  for (const x of m.partitionIndexes!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ListPartitionReassignmentsRequest of version `v`; the caller checks the reader for failure. */
export function decodeListPartitionReassignmentsRequest(r: Reader, v: number): ListPartitionReassignmentsRequest {
  return readListPartitionReassignmentsRequest(r, v, true);
}

/** Writes a ListPartitionReassignmentsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeListPartitionReassignmentsRequest(w: Writer, v: number, m: ListPartitionReassignmentsRequest): void {
  writeListPartitionReassignmentsRequest(w, v, true, m);
}

export const ListPartitionReassignmentsRequestSchema: MessageSchema = {
  name: "ListPartitionReassignmentsRequest",
  kind: "request",
  apiKey: 46,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"TimeoutMs","prop":"timeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"60000"},{"name":"Topics","prop":"topics","type":"[]ListPartitionReassignmentsTopics","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null","fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndexes","prop":"partitionIndexes","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
