// Generated from AssignReplicasToDirsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface AssignReplicasToDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code */
  errorCode: number;
  directories: AssignReplicasToDirsResponseDirectoryData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsResponse(): AssignReplicasToDirsResponse {
  return { throttleTimeMs: 0, errorCode: 0, directories: [] };
}

function readAssignReplicasToDirsResponse(r: Reader, v: number, flex: boolean): AssignReplicasToDirsResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let directories: AssignReplicasToDirsResponseDirectoryData[] = [];
  throttleTimeMs = r.int32("AssignReplicasToDirsResponse.ThrottleTimeMs");
  errorCode = r.int16("AssignReplicasToDirsResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("AssignReplicasToDirsResponse.Directories") : r.arrayLength("AssignReplicasToDirsResponse.Directories"));
    const a: AssignReplicasToDirsResponseDirectoryData[] = [];
    for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsResponseDirectoryData(r, v, flex));
    directories = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AssignReplicasToDirsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AssignReplicasToDirsResponse._tagged");
      const size = r.uvarint("AssignReplicasToDirsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AssignReplicasToDirsResponse._tagged", size) });
    }
  }
  const m: AssignReplicasToDirsResponse = { throttleTimeMs, errorCode, directories };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAssignReplicasToDirsResponse(w: Writer, v: number, flex: boolean, m: AssignReplicasToDirsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.directories!.length + 1) : w.int32(m.directories!.length));
  for (const x of m.directories!) writeAssignReplicasToDirsResponseDirectoryData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsResponseDirectoryData {
  /** The ID of the directory */
  id: string;
  topics: AssignReplicasToDirsResponseTopicData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsResponseDirectoryData(): AssignReplicasToDirsResponseDirectoryData {
  return { id: ZERO_UUID, topics: [] };
}

function readAssignReplicasToDirsResponseDirectoryData(r: Reader, v: number, flex: boolean): AssignReplicasToDirsResponseDirectoryData {
  let id: string = ZERO_UUID;
  let topics: AssignReplicasToDirsResponseTopicData[] = [];
  id = r.uuid("DirectoryData.Id");
  {
    const n = (flex ? r.compactArrayLength("DirectoryData.Topics") : r.arrayLength("DirectoryData.Topics"));
    const a: AssignReplicasToDirsResponseTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsResponseTopicData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DirectoryData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DirectoryData._tagged");
      const size = r.uvarint("DirectoryData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DirectoryData._tagged", size) });
    }
  }
  const m: AssignReplicasToDirsResponseDirectoryData = { id, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAssignReplicasToDirsResponseDirectoryData(w: Writer, v: number, flex: boolean, m: AssignReplicasToDirsResponseDirectoryData): void {
  w.uuid(m.id);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeAssignReplicasToDirsResponseTopicData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsResponseTopicData {
  /** The ID of the assigned topic */
  topicId: string;
  partitions: AssignReplicasToDirsResponsePartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsResponseTopicData(): AssignReplicasToDirsResponseTopicData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readAssignReplicasToDirsResponseTopicData(r: Reader, v: number, flex: boolean): AssignReplicasToDirsResponseTopicData {
  let topicId: string = ZERO_UUID;
  let partitions: AssignReplicasToDirsResponsePartitionData[] = [];
  topicId = r.uuid("TopicData.TopicId");
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: AssignReplicasToDirsResponsePartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsResponsePartitionData(r, v, flex));
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
  const m: AssignReplicasToDirsResponseTopicData = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAssignReplicasToDirsResponseTopicData(w: Writer, v: number, flex: boolean, m: AssignReplicasToDirsResponseTopicData): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeAssignReplicasToDirsResponsePartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsResponsePartitionData {
  /** The partition index */
  partitionIndex: number;
  /** The partition level error code */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsResponsePartitionData(): AssignReplicasToDirsResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0 };
}

function readAssignReplicasToDirsResponsePartitionData(r: Reader, v: number, flex: boolean): AssignReplicasToDirsResponsePartitionData {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  errorCode = r.int16("PartitionData.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: AssignReplicasToDirsResponsePartitionData = { partitionIndex, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAssignReplicasToDirsResponsePartitionData(w: Writer, v: number, flex: boolean, m: AssignReplicasToDirsResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AssignReplicasToDirsResponse of version `v`; the caller checks the reader for failure. */
export function decodeAssignReplicasToDirsResponse(r: Reader, v: number): AssignReplicasToDirsResponse {
  return readAssignReplicasToDirsResponse(r, v, true);
}

/** Writes a AssignReplicasToDirsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAssignReplicasToDirsResponse(w: Writer, v: number, m: AssignReplicasToDirsResponse): void {
  writeAssignReplicasToDirsResponse(w, v, true, m);
}

export const AssignReplicasToDirsResponseSchema: MessageSchema = {
  name: "AssignReplicasToDirsResponse",
  kind: "response",
  apiKey: 73,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Directories","prop":"directories","type":"[]DirectoryData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Id","prop":"id","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]}],
};
