// Generated from DeleteShareGroupStateRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface DeleteShareGroupStateRequest {
  /** The group identifier. */
  groupId: string;
  /** The data for the topics. */
  topics: DeleteShareGroupStateRequestDeleteStateData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteShareGroupStateRequest(): DeleteShareGroupStateRequest {
  return { groupId: "", topics: [] };
}

function readDeleteShareGroupStateRequest(r: Reader, v: number, flex: boolean): DeleteShareGroupStateRequest {
  let groupId: string = "";
  let topics: DeleteShareGroupStateRequestDeleteStateData[] = [];
  groupId = (flex ? r.compactString("DeleteShareGroupStateRequest.GroupId") : r.string("DeleteShareGroupStateRequest.GroupId"));
  {
    const n = (flex ? r.compactArrayLength("DeleteShareGroupStateRequest.Topics") : r.arrayLength("DeleteShareGroupStateRequest.Topics"));
    const a: DeleteShareGroupStateRequestDeleteStateData[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteShareGroupStateRequestDeleteStateData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteShareGroupStateRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteShareGroupStateRequest._tagged");
      const size = r.uvarint("DeleteShareGroupStateRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteShareGroupStateRequest._tagged", size) });
    }
  }
  const m: DeleteShareGroupStateRequest = { groupId, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteShareGroupStateRequest(w: Writer, v: number, flex: boolean, m: DeleteShareGroupStateRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDeleteShareGroupStateRequestDeleteStateData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteShareGroupStateRequestDeleteStateData {
  /** The topic identifier. */
  topicId: string;
  /** The data for the partitions. */
  partitions: DeleteShareGroupStateRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteShareGroupStateRequestDeleteStateData(): DeleteShareGroupStateRequestDeleteStateData {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readDeleteShareGroupStateRequestDeleteStateData(r: Reader, v: number, flex: boolean): DeleteShareGroupStateRequestDeleteStateData {
  let topicId: string = ZERO_UUID;
  let partitions: DeleteShareGroupStateRequestPartitionData[] = [];
  topicId = r.uuid("DeleteStateData.TopicId");
  {
    const n = (flex ? r.compactArrayLength("DeleteStateData.Partitions") : r.arrayLength("DeleteStateData.Partitions"));
    const a: DeleteShareGroupStateRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteShareGroupStateRequestPartitionData(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteStateData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteStateData._tagged");
      const size = r.uvarint("DeleteStateData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteStateData._tagged", size) });
    }
  }
  const m: DeleteShareGroupStateRequestDeleteStateData = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteShareGroupStateRequestDeleteStateData(w: Writer, v: number, flex: boolean, m: DeleteShareGroupStateRequestDeleteStateData): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeDeleteShareGroupStateRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteShareGroupStateRequestPartitionData {
  /** The partition index. */
  partition: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteShareGroupStateRequestPartitionData(): DeleteShareGroupStateRequestPartitionData {
  return { partition: 0 };
}

function readDeleteShareGroupStateRequestPartitionData(r: Reader, v: number, flex: boolean): DeleteShareGroupStateRequestPartitionData {
  let partition: number = 0;
  partition = r.int32("PartitionData.Partition");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: DeleteShareGroupStateRequestPartitionData = { partition };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteShareGroupStateRequestPartitionData(w: Writer, v: number, flex: boolean, m: DeleteShareGroupStateRequestPartitionData): void {
  w.int32(m.partition);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DeleteShareGroupStateRequest of version `v`; the caller checks the reader for failure. */
export function decodeDeleteShareGroupStateRequest(r: Reader, v: number): DeleteShareGroupStateRequest {
  return readDeleteShareGroupStateRequest(r, v, true);
}

/** Writes a DeleteShareGroupStateRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDeleteShareGroupStateRequest(w: Writer, v: number, m: DeleteShareGroupStateRequest): void {
  writeDeleteShareGroupStateRequest(w, v, true, m);
}

export const DeleteShareGroupStateRequestSchema: MessageSchema = {
  name: "DeleteShareGroupStateRequest",
  kind: "request",
  apiKey: 86,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]DeleteStateData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
