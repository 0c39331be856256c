// Generated from ListPartitionReassignmentsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The ongoing reassignments for each topic. */
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListPartitionReassignmentsResponse(): ListPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", topics: [] };
}

function readListPartitionReassignmentsResponse(r: Reader, v: number, flex: boolean): ListPartitionReassignmentsResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[] = [];
  throttleTimeMs = r.int32("ListPartitionReassignmentsResponse.ThrottleTimeMs");
  errorCode = r.int16("ListPartitionReassignmentsResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("ListPartitionReassignmentsResponse.ErrorMessage") : r.nullableString("ListPartitionReassignmentsResponse.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("ListPartitionReassignmentsResponse.Topics") : r.arrayLength("ListPartitionReassignmentsResponse.Topics"));
    const a: ListPartitionReassignmentsResponseOngoingTopicReassignment[] = [];
    for (let i = 0; i < n; i++) a.push(readListPartitionReassignmentsResponseOngoingTopicReassignment(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListPartitionReassignmentsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListPartitionReassignmentsResponse._tagged");
      const size = r.uvarint("ListPartitionReassignmentsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListPartitionReassignmentsResponse._tagged", size) });
    }
  }
  const m: ListPartitionReassignmentsResponse = { throttleTimeMs, errorCode, errorMessage, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListPartitionReassignmentsResponse(w: Writer, v: number, flex: boolean, m: ListPartitionReassignmentsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeListPartitionReassignmentsResponseOngoingTopicReassignment(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /** The topic name. */
  name: string;
  /** The ongoing reassignments for each partition. */
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListPartitionReassignmentsResponseOngoingTopicReassignment(): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  return { name: "", partitions: [] };
}

function readListPartitionReassignmentsResponseOngoingTopicReassignment(r: Reader, v: number, flex: boolean): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  let name: string = "";
  let partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[] = [];
  name = (flex ? r.compactString("OngoingTopicReassignment.Name") : r.string("OngoingTopicReassignment.Name"));
  {
    const n = (flex ? r.compactArrayLength("OngoingTopicReassignment.Partitions") : r.arrayLength("OngoingTopicReassignment.Partitions"));
    const a: ListPartitionReassignmentsResponseOngoingPartitionReassignment[] = [];
    for (let i = 0; i < n; i++) a.push(readListPartitionReassignmentsResponseOngoingPartitionReassignment(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OngoingTopicReassignment._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OngoingTopicReassignment._tagged");
      const size = r.uvarint("OngoingTopicReassignment._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OngoingTopicReassignment._tagged", size) });
    }
  }
  const m: ListPartitionReassignmentsResponseOngoingTopicReassignment = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListPartitionReassignmentsResponseOngoingTopicReassignment(w: Writer, v: number, flex: boolean, m: ListPartitionReassignmentsResponseOngoingTopicReassignment): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeListPartitionReassignmentsResponseOngoingPartitionReassignment(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /** The index of the partition. */
  partitionIndex: number;
  /** The current replica set. */
  replicas: number[];
  /** The set of replicas we are currently adding. */
  addingReplicas: number[];
  /** The set of replicas we are currently removing. */
  removingReplicas: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListPartitionReassignmentsResponseOngoingPartitionReassignment(): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  return { partitionIndex: 0, replicas: [], addingReplicas: [], removingReplicas: [] };
}

function readListPartitionReassignmentsResponseOngoingPartitionReassignment(r: Reader, v: number, flex: boolean): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  let partitionIndex: number = 0;
  let replicas: number[] = [];
  let addingReplicas: number[] = [];
  let removingReplicas: number[] = [];
  partitionIndex = r.int32("OngoingPartitionReassignment.PartitionIndex");
  {
    const n = (flex ? r.compactArrayLength("OngoingPartitionReassignment.Replicas") : r.arrayLength("OngoingPartitionReassignment.Replicas"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("OngoingPartitionReassignment.Replicas"));
    replicas = a;
  }
  {
    const n = (flex ? r.compactArrayLength("OngoingPartitionReassignment.AddingReplicas") : r.arrayLength("OngoingPartitionReassignment.AddingReplicas"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("OngoingPartitionReassignment.AddingReplicas"));
    addingReplicas = a;
  }
  {
    const n = (flex ? r.compactArrayLength("OngoingPartitionReassignment.RemovingReplicas") : r.arrayLength("OngoingPartitionReassignment.RemovingReplicas"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("OngoingPartitionReassignment.RemovingReplicas"));
    removingReplicas = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OngoingPartitionReassignment._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OngoingPartitionReassignment._tagged");
      const size = r.uvarint("OngoingPartitionReassignment._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OngoingPartitionReassignment._tagged", size) });
    }
  }
  const m: ListPartitionReassignmentsResponseOngoingPartitionReassignment = { partitionIndex, replicas, addingReplicas, removingReplicas };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListPartitionReassignmentsResponseOngoingPartitionReassignment(w: Writer, v: number, flex: boolean, m: ListPartitionReassignmentsResponseOngoingPartitionReassignment): void {
  w.int32(m.partitionIndex);
  (flex ? w.uvarint(m.replicas!.length + 1) : w.int32(m.replicas!.length));
  for (const x of m.replicas!) w.int32(x);
  (flex ? w.uvarint(m.addingReplicas!.length + 1) : w.int32(m.addingReplicas!.length));
  for (const x of m.addingReplicas!) w.int32(x);
  (flex ? w.uvarint(m.removingReplicas!.length + 1) : w.int32(m.removingReplicas!.length));
  for (const x of m.removingReplicas!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ListPartitionReassignmentsResponse of version `v`; the caller checks the reader for failure. */
export function decodeListPartitionReassignmentsResponse(r: Reader, v: number): ListPartitionReassignmentsResponse {
  return readListPartitionReassignmentsResponse(r, v, true);
}

/** Writes a ListPartitionReassignmentsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeListPartitionReassignmentsResponse(w: Writer, v: number, m: ListPartitionReassignmentsResponse): void {
  writeListPartitionReassignmentsResponse(w, v, true, m);
}

export const ListPartitionReassignmentsResponseSchema: MessageSchema = {
  name: "ListPartitionReassignmentsResponse",
  kind: "response",
  apiKey: 46,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]OngoingTopicReassignment","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]OngoingPartitionReassignment","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Replicas","prop":"replicas","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AddingReplicas","prop":"addingReplicas","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"RemovingReplicas","prop":"removingReplicas","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
