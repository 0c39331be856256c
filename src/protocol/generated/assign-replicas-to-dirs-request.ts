// Generated from AssignReplicasToDirsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface AssignReplicasToDirsRequest {
  /** The ID of the requesting broker */
  brokerId: number;
  /** The epoch of the requesting broker */
  brokerEpoch: bigint;
  directories: AssignReplicasToDirsRequestDirectoryData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsRequest(): AssignReplicasToDirsRequest {
  return { brokerId: 0, brokerEpoch: -1n, directories: [] };
}

function readAssignReplicasToDirsRequest(r: Reader, v: number, flex: boolean): AssignReplicasToDirsRequest {
  let brokerId: number = 0;
  let brokerEpoch: bigint = -1n;
  let directories: AssignReplicasToDirsRequestDirectoryData[] = [];
  brokerId = r.int32("AssignReplicasToDirsRequest.BrokerId");
  brokerEpoch = r.int64("AssignReplicasToDirsRequest.BrokerEpoch");
  {
    const n = (flex ? r.compactArrayLength("AssignReplicasToDirsRequest.Directories") : r.arrayLength("AssignReplicasToDirsRequest.Directories"));
    const a: AssignReplicasToDirsRequestDirectoryData[] = [];
    for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsRequestDirectoryData(r, v, flex));
    directories = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AssignReplicasToDirsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AssignReplicasToDirsRequest._tagged");
      const size = r.uvarint("AssignReplicasToDirsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AssignReplicasToDirsRequest._tagged", size) });
    }
  }
  const m: AssignReplicasToDirsRequest = { brokerId, brokerEpoch, directories };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAssignReplicasToDirsRequest(w: Writer, v: number, flex: boolean, m: AssignReplicasToDirsRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  (flex ? w.uvarint(m.directories!.length + 1) : w.int32(m.directories!.length));
  for (const x of m.directories!) writeAssignReplicasToDirsRequestDirectoryData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsRequestDirectoryData {
  /** The ID of the directory */
  id: string;
  topics: AssignReplicasToDirsRequestTopicData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsRequestDirectoryData(): AssignReplicasToDirsRequestDirectoryData {
  return { id: ZERO_UUID, topics: [] };
}

function readAssignReplicasToDirsRequestDirectoryData(r: Reader, v: number, flex: boolean): AssignReplicasToDirsRequestDirectoryData {
  let id: string = ZERO_UUID;
  let topics: AssignReplicasToDirsRequestTopicData[] = [];
  id = r.uuid("DirectoryData.Id");
  {
    const n = (flex ? r.compactArrayLength("DirectoryData.Topics") : r.arrayLength("DirectoryData.Topics"));
    const a: AssignReplicasToDirsRequestTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsRequestTopicData(r, v, flex));
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
  const m: AssignReplicasToDirsRequestDirectoryData = { id, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAssignReplicasToDirsRequestDirectoryData(w: Writer, v: number, flex: boolean, m: AssignReplicasToDirsRequestDirectoryData): void {
  w.uuid(m.id);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeAssignReplicasToDirsRequestTopicData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsRequestTopicData {
  /** The ID of the assigned topic */
  topicId: string;
  partitions: AssignReplicasToDirsRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsRequestTopicData(): AssignReplicasToDirsRequestTopicData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readAssignReplicasToDirsRequestTopicData(r: Reader, v: number, flex: boolean): AssignReplicasToDirsRequestTopicData {
  let topicId: string = ZERO_UUID;
  let partitions: AssignReplicasToDirsRequestPartitionData[] = [];
  topicId = r.uuid("TopicData.TopicId");
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: AssignReplicasToDirsRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readAssignReplicasToDirsRequestPartitionData(r, v, flex));
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
  const m: AssignReplicasToDirsRequestTopicData = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAssignReplicasToDirsRequestTopicData(w: Writer, v: number, flex: boolean, m: AssignReplicasToDirsRequestTopicData): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeAssignReplicasToDirsRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AssignReplicasToDirsRequestPartitionData {
  /** The partition index */
  partitionIndex: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAssignReplicasToDirsRequestPartitionData(): AssignReplicasToDirsRequestPartitionData {
  return { partitionIndex: 0 };
}

function readAssignReplicasToDirsRequestPartitionData(r: Reader, v: number, flex: boolean): AssignReplicasToDirsRequestPartitionData {
  let partitionIndex: number = 0;
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: AssignReplicasToDirsRequestPartitionData = { partitionIndex };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAssignReplicasToDirsRequestPartitionData(w: Writer, v: number, flex: boolean, m: AssignReplicasToDirsRequestPartitionData): void {
  w.int32(m.partitionIndex);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AssignReplicasToDirsRequest of version `v`; the caller checks the reader for failure. */
export function decodeAssignReplicasToDirsRequest(r: Reader, v: number): AssignReplicasToDirsRequest {
  return readAssignReplicasToDirsRequest(r, v, true);
}

/** Writes a AssignReplicasToDirsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAssignReplicasToDirsRequest(w: Writer, v: number, m: AssignReplicasToDirsRequest): void {
  writeAssignReplicasToDirsRequest(w, v, true, m);
}

export const AssignReplicasToDirsRequestSchema: MessageSchema = {
  name: "AssignReplicasToDirsRequest",
  kind: "request",
  apiKey: 73,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"BrokerId","prop":"brokerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerEpoch","prop":"brokerEpoch","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"Directories","prop":"directories","type":"[]DirectoryData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Id","prop":"id","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]}],
};
