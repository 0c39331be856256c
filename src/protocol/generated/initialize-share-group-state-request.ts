// Generated from InitializeShareGroupStateRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface InitializeShareGroupStateRequest {
  /** The group identifier. */
  groupId: string;
  /** The data for the topics. */
  topics: InitializeShareGroupStateRequestInitializeStateData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultInitializeShareGroupStateRequest(): InitializeShareGroupStateRequest {
  return { groupId: "", topics: [] };
}

function readInitializeShareGroupStateRequest(r: Reader, v: number, flex: boolean): InitializeShareGroupStateRequest {
  let groupId: string = "";
  let topics: InitializeShareGroupStateRequestInitializeStateData[] = [];
  groupId = (flex ? r.compactString("InitializeShareGroupStateRequest.GroupId") : r.string("InitializeShareGroupStateRequest.GroupId"));
  {
    const n = (flex ? r.compactArrayLength("InitializeShareGroupStateRequest.Topics") : r.arrayLength("InitializeShareGroupStateRequest.Topics"));
    const a: InitializeShareGroupStateRequestInitializeStateData[] = [];
    for (let i = 0; i < n; i++) a.push(readInitializeShareGroupStateRequestInitializeStateData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("InitializeShareGroupStateRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("InitializeShareGroupStateRequest._tagged");
      const size = r.uvarint("InitializeShareGroupStateRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("InitializeShareGroupStateRequest._tagged", size) });
    }
  }
  const m: InitializeShareGroupStateRequest = { groupId, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeInitializeShareGroupStateRequest(w: Writer, v: number, flex: boolean, m: InitializeShareGroupStateRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeInitializeShareGroupStateRequestInitializeStateData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface InitializeShareGroupStateRequestInitializeStateData {
  /** The topic identifier. */
  topicId: string;
  /** The data for the partitions. */
  partitions: InitializeShareGroupStateRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultInitializeShareGroupStateRequestInitializeStateData(): InitializeShareGroupStateRequestInitializeStateData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readInitializeShareGroupStateRequestInitializeStateData(r: Reader, v: number, flex: boolean): InitializeShareGroupStateRequestInitializeStateData {
  let topicId: string = ZERO_UUID;
  let partitions: InitializeShareGroupStateRequestPartitionData[] = [];
  topicId = r.uuid("InitializeStateData.TopicId");
  {
    const n = (flex ? r.compactArrayLength("InitializeStateData.Partitions") : r.arrayLength("InitializeStateData.Partitions"));
    const a: InitializeShareGroupStateRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readInitializeShareGroupStateRequestPartitionData(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("InitializeStateData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("InitializeStateData._tagged");
      const size = r.uvarint("InitializeStateData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("InitializeStateData._tagged", size) });
    }
  }
  const m: InitializeShareGroupStateRequestInitializeStateData = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeInitializeShareGroupStateRequestInitializeStateData(w: Writer, v: number, flex: boolean, m: InitializeShareGroupStateRequestInitializeStateData): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeInitializeShareGroupStateRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface InitializeShareGroupStateRequestPartitionData {
  /** The partition index. */
  partition: number;
  /** The state epoch for this share-partition. */
  stateEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being initialized. */
  startOffset: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultInitializeShareGroupStateRequestPartitionData(): InitializeShareGroupStateRequestPartitionData {
  return { partition: 0, stateEpoch: 0, startOffset: 0n };
}

function readInitializeShareGroupStateRequestPartitionData(r: Reader, v: number, flex: boolean): InitializeShareGroupStateRequestPartitionData {
  let partition: number = 0;
  let stateEpoch: number = 0;
  let startOffset: bigint = 0n;
  partition = r.int32("PartitionData.Partition");
  stateEpoch = r.int32("PartitionData.StateEpoch");
  startOffset = r.int64("PartitionData.StartOffset");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: InitializeShareGroupStateRequestPartitionData = { partition, stateEpoch, startOffset };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeInitializeShareGroupStateRequestPartitionData(w: Writer, v: number, flex: boolean, m: InitializeShareGroupStateRequestPartitionData): void {
  w.int32(m.partition);
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a InitializeShareGroupStateRequest of version `v`; the caller checks the reader for failure. */
export function decodeInitializeShareGroupStateRequest(r: Reader, v: number): InitializeShareGroupStateRequest {
  return readInitializeShareGroupStateRequest(r, v, true);
}

/** Writes a InitializeShareGroupStateRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeInitializeShareGroupStateRequest(w: Writer, v: number, m: InitializeShareGroupStateRequest): void {
  writeInitializeShareGroupStateRequest(w, v, true, m);
}

export const InitializeShareGroupStateRequestSchema: MessageSchema = {
  name: "InitializeShareGroupStateRequest",
  kind: "request",
  apiKey: 83,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]InitializeStateData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"StateEpoch","prop":"stateEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"StartOffset","prop":"startOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
