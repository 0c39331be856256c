// Generated from CreatePartitionsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. */
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  /** The time in ms to wait for the partitions to be created. */
  timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. */
  validateOnly: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreatePartitionsRequest(): CreatePartitionsRequest {
  return { topics: [], timeoutMs: 0, validateOnly: false };
}

function readCreatePartitionsRequest(r: Reader, v: number, flex: boolean): CreatePartitionsRequest {
  let topics: CreatePartitionsRequestCreatePartitionsTopic[] = [];
  let timeoutMs: number = 0;
  let validateOnly: boolean = false;
  {
    const n = (flex ? r.compactArrayLength("CreatePartitionsRequest.Topics") : r.arrayLength("CreatePartitionsRequest.Topics"));
    const a: CreatePartitionsRequestCreatePartitionsTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readCreatePartitionsRequestCreatePartitionsTopic(r, v, flex));
    topics = a;
  }
  timeoutMs = r.int32("CreatePartitionsRequest.TimeoutMs");
  validateOnly = r.bool("CreatePartitionsRequest.ValidateOnly");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatePartitionsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatePartitionsRequest._tagged");
      const size = r.uvarint("CreatePartitionsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreatePartitionsRequest._tagged", size) });
    }
  }
  const m: CreatePartitionsRequest = { topics, timeoutMs, validateOnly };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreatePartitionsRequest(w: Writer, v: number, flex: boolean, m: CreatePartitionsRequest): void {
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeCreatePartitionsRequestCreatePartitionsTopic(w, v, flex, x!);
  w.int32(m.timeoutMs);
  w.bool(m.validateOnly);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** The topic name. */
  name: string;
  /** The new partition count. */
  count: number;
  /** The new partition assignments. */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreatePartitionsRequestCreatePartitionsTopic(): CreatePartitionsRequestCreatePartitionsTopic {
  return { name: "", count: 0, assignments: [] };
}

function readCreatePartitionsRequestCreatePartitionsTopic(r: Reader, v: number, flex: boolean): CreatePartitionsRequestCreatePartitionsTopic {
  let name: string = "";
  let count: number = 0;
  let assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null = [];
  name = (flex ? r.compactString("CreatePartitionsTopic.Name") : r.string("CreatePartitionsTopic.Name"));
  count = r.int32("CreatePartitionsTopic.Count");
  {
    const n = (flex ? r.compactNullableArrayLength("CreatePartitionsTopic.Assignments") : r.nullableArrayLength("CreatePartitionsTopic.Assignments"));
    if (n < 0) assignments = null;
    else {
      const a: CreatePartitionsRequestCreatePartitionsAssignment[] = [];
      for (let i = 0; i < n; i++) a.push(readCreatePartitionsRequestCreatePartitionsAssignment(r, v, flex));
      assignments = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatePartitionsTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatePartitionsTopic._tagged");
      const size = r.uvarint("CreatePartitionsTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreatePartitionsTopic._tagged", size) });
    }
  }
  const m: CreatePartitionsRequestCreatePartitionsTopic = { name, count, assignments };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, v: number, flex: boolean, m: CreatePartitionsRequestCreatePartitionsTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  w.int32(m.count);
  if (m.assignments === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.assignments!.length + 1) : w.int32(m.assignments!.length));
    for (const x of m.assignments!) writeCreatePartitionsRequestCreatePartitionsAssignment(w, v, flex, x!);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** The assigned broker IDs. */
  brokerIds: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreatePartitionsRequestCreatePartitionsAssignment(): CreatePartitionsRequestCreatePartitionsAssignment {
  return { brokerIds: [] };
}

function readCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, v: number, flex: boolean): CreatePartitionsRequestCreatePartitionsAssignment {
  let brokerIds: number[] = [];
  {
    const n = (flex ? r.compactArrayLength("CreatePartitionsAssignment.BrokerIds") : r.arrayLength("CreatePartitionsAssignment.BrokerIds"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("CreatePartitionsAssignment.BrokerIds"));
    brokerIds = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatePartitionsAssignment._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatePartitionsAssignment._tagged");
      const size = r.uvarint("CreatePartitionsAssignment._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreatePartitionsAssignment._tagged", size) });
    }
  }
  const m: CreatePartitionsRequestCreatePartitionsAssignment = { brokerIds };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, v: number, flex: boolean, m: CreatePartitionsRequestCreatePartitionsAssignment): void {
  (flex ? w.uvarint(m.brokerIds!.length + 1) : w.int32(m.brokerIds!.length));
  for (const x of m.brokerIds!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a CreatePartitionsRequest of version `v`; the caller checks the reader for failure. */
export function decodeCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  return readCreatePartitionsRequest(r, v, v >= 2);
}

/** Writes a CreatePartitionsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeCreatePartitionsRequest(w: Writer, v: number, m: CreatePartitionsRequest): void {
  writeCreatePartitionsRequest(w, v, v >= 2, m);
}

export const CreatePartitionsRequestSchema: MessageSchema = {
  name: "CreatePartitionsRequest",
  kind: "request",
  apiKey: 37,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"Topics","prop":"topics","type":"[]CreatePartitionsTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Count","prop":"count","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Assignments","prop":"assignments","type":"[]CreatePartitionsAssignment","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"BrokerIds","prop":"brokerIds","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"TimeoutMs","prop":"timeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ValidateOnly","prop":"validateOnly","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
