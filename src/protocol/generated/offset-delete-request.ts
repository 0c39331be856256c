// Generated from OffsetDeleteRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema } from '../codec.ts';

export interface OffsetDeleteRequest {
  /** The unique group identifier. */
  groupId: string;
  /** The topics to delete offsets for */
  topics: OffsetDeleteRequestOffsetDeleteRequestTopic[];
}

export function defaultOffsetDeleteRequest(): OffsetDeleteRequest {
  return { groupId: "", topics: [] };
}

function readOffsetDeleteRequest(r: Reader, v: number, flex: boolean): OffsetDeleteRequest {
  let groupId: string = "";
  let topics: OffsetDeleteRequestOffsetDeleteRequestTopic[] = [];
  groupId = (flex ? r.compactString("OffsetDeleteRequest.GroupId") : r.string("OffsetDeleteRequest.GroupId"));
  {
    const n = (flex ? r.compactArrayLength("OffsetDeleteRequest.Topics") : r.arrayLength("OffsetDeleteRequest.Topics"));
    const a: OffsetDeleteRequestOffsetDeleteRequestTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetDeleteRequestOffsetDeleteRequestTopic(r, v, flex));
    topics = a;
  }
  return { groupId, topics };
}

function writeOffsetDeleteRequest(w: Writer, v: number, flex: boolean, m: OffsetDeleteRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeOffsetDeleteRequestOffsetDeleteRequestTopic(w, v, flex, x!);
}

export interface OffsetDeleteRequestOffsetDeleteRequestTopic {
  /** The topic name. */
  name: string;
  /** Each partition to delete offsets for. */
  partitions: OffsetDeleteRequestOffsetDeleteRequestPartition[];
}

export function defaultOffsetDeleteRequestOffsetDeleteRequestTopic(): OffsetDeleteRequestOffsetDeleteRequestTopic {
  return { name: "", partitions: [] };
}

function readOffsetDeleteRequestOffsetDeleteRequestTopic(r: Reader, v: number, flex: boolean): OffsetDeleteRequestOffsetDeleteRequestTopic {
  let name: string = "";
  let partitions: OffsetDeleteRequestOffsetDeleteRequestPartition[] = [];
  name = (flex ? r.compactString("OffsetDeleteRequestTopic.Name") : r.string("OffsetDeleteRequestTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("OffsetDeleteRequestTopic.Partitions") : r.arrayLength("OffsetDeleteRequestTopic.Partitions"));
    const a: OffsetDeleteRequestOffsetDeleteRequestPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetDeleteRequestOffsetDeleteRequestPartition(r, v, flex));
    partitions = a;
  }
  return { name, partitions };
}

function writeOffsetDeleteRequestOffsetDeleteRequestTopic(w: Writer, v: number, flex: boolean, m: OffsetDeleteRequestOffsetDeleteRequestTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeOffsetDeleteRequestOffsetDeleteRequestPartition(w, v, flex, x!);
}

export interface OffsetDeleteRequestOffsetDeleteRequestPartition {
  /** The partition index. */
  partitionIndex: number;
}

export function defaultOffsetDeleteRequestOffsetDeleteRequestPartition(): OffsetDeleteRequestOffsetDeleteRequestPartition {
  return { partitionIndex: 0 };
}

function readOffsetDeleteRequestOffsetDeleteRequestPartition(r: Reader, v: number, flex: boolean): OffsetDeleteRequestOffsetDeleteRequestPartition {
  let partitionIndex: number = 0;
  partitionIndex = r.int32("OffsetDeleteRequestPartition.PartitionIndex");
  return { partitionIndex };
}

function writeOffsetDeleteRequestOffsetDeleteRequestPartition(w: Writer, v: number, flex: boolean, m: OffsetDeleteRequestOffsetDeleteRequestPartition): void {
  w.int32(m.partitionIndex);
}

/** Reads a OffsetDeleteRequest of version `v`; the caller checks the reader for failure. */
export function decodeOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  return readOffsetDeleteRequest(r, v, false);
}

/** Writes a OffsetDeleteRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeOffsetDeleteRequest(w: Writer, v: number, m: OffsetDeleteRequest): void {
  writeOffsetDeleteRequest(w, v, false, m);
}

export const OffsetDeleteRequestSchema: MessageSchema = {
  name: "OffsetDeleteRequest",
  kind: "request",
  apiKey: 47,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]OffsetDeleteRequestTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]OffsetDeleteRequestPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
