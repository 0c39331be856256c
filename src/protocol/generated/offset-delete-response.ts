// Generated from OffsetDeleteResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema } from '../codec.ts';

export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. */
  errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each topic. */
  topics: OffsetDeleteResponseOffsetDeleteResponseTopic[];
}

export function defaultOffsetDeleteResponse(): OffsetDeleteResponse {
  return { errorCode: 0, throttleTimeMs: 0, topics: [] };
}

function readOffsetDeleteResponse(r: Reader, v: number, flex: boolean): OffsetDeleteResponse {
  let errorCode: number = 0;
  let throttleTimeMs: number = 0;
  let topics: OffsetDeleteResponseOffsetDeleteResponseTopic[] = [];
  errorCode = r.int16("OffsetDeleteResponse.ErrorCode");
  throttleTimeMs = r.int32("OffsetDeleteResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("OffsetDeleteResponse.Topics") : r.arrayLength("OffsetDeleteResponse.Topics"));
    const a: OffsetDeleteResponseOffsetDeleteResponseTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetDeleteResponseOffsetDeleteResponseTopic(r, v, flex));
    topics = a;
  }
  return { errorCode, throttleTimeMs, topics };
}

function writeOffsetDeleteResponse(w: Writer, v: number, flex: boolean, m: OffsetDeleteResponse): void {
  w.int16(m.errorCode);
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeOffsetDeleteResponseOffsetDeleteResponseTopic(w, v, flex, x!);
}

export interface OffsetDeleteResponseOffsetDeleteResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses for each partition in the topic. */
  partitions: OffsetDeleteResponseOffsetDeleteResponsePartition[];
}

export function defaultOffsetDeleteResponseOffsetDeleteResponseTopic(): OffsetDeleteResponseOffsetDeleteResponseTopic {
  return { name: "", partitions: [] };
}

function readOffsetDeleteResponseOffsetDeleteResponseTopic(r: Reader, v: number, flex: boolean): OffsetDeleteResponseOffsetDeleteResponseTopic {
  let name: string = "";
  let partitions: OffsetDeleteResponseOffsetDeleteResponsePartition[] = [];
  name = (flex ? r.compactString("OffsetDeleteResponseTopic.Name") : r.string("OffsetDeleteResponseTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("OffsetDeleteResponseTopic.Partitions") : r.arrayLength("OffsetDeleteResponseTopic.Partitions"));
    const a: OffsetDeleteResponseOffsetDeleteResponsePartition[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetDeleteResponseOffsetDeleteResponsePartition(r, v, flex));
    partitions = a;
  }
  return { name, partitions };
}

function writeOffsetDeleteResponseOffsetDeleteResponseTopic(w: Writer, v: number, flex: boolean, m: OffsetDeleteResponseOffsetDeleteResponseTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeOffsetDeleteResponseOffsetDeleteResponsePartition(w, v, flex, x!);
}

export interface OffsetDeleteResponseOffsetDeleteResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
}

export function defaultOffsetDeleteResponseOffsetDeleteResponsePartition(): OffsetDeleteResponseOffsetDeleteResponsePartition {
  return { partitionIndex: 0, errorCode: 0 };
}

function readOffsetDeleteResponseOffsetDeleteResponsePartition(r: Reader, v: number, flex: boolean): OffsetDeleteResponseOffsetDeleteResponsePartition {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  partitionIndex = r.int32("OffsetDeleteResponsePartition.PartitionIndex");
  errorCode = r.int16("OffsetDeleteResponsePartition.ErrorCode");
  return { partitionIndex, errorCode };
}

function writeOffsetDeleteResponseOffsetDeleteResponsePartition(w: Writer, v: number, flex: boolean, m: OffsetDeleteResponseOffsetDeleteResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
}

/** Reads a OffsetDeleteResponse of version `v`; the caller checks the reader for failure. */
export function decodeOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  return readOffsetDeleteResponse(r, v, false);
}

/** Writes a OffsetDeleteResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeOffsetDeleteResponse(w: Writer, v: number, m: OffsetDeleteResponse): void {
  writeOffsetDeleteResponse(w, v, false, m);
}

export const OffsetDeleteResponseSchema: MessageSchema = {
  name: "OffsetDeleteResponse",
  kind: "response",
  apiKey: 47,
  validVersions: [0, 0],
  flexibleVersions: null,
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]OffsetDeleteResponseTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]OffsetDeleteResponsePartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
