// Generated from DeleteRecordsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsResponse(): DeleteRecordsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readDeleteRecordsResponse(r: Reader, v: number, flex: boolean): DeleteRecordsResponse {
  let throttleTimeMs: number = 0;
  let topics: DeleteRecordsResponseDeleteRecordsTopicResult[] = [];
  throttleTimeMs = r.int32("DeleteRecordsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("DeleteRecordsResponse.Topics") : r.arrayLength("DeleteRecordsResponse.Topics"));
    const a: DeleteRecordsResponseDeleteRecordsTopicResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteRecordsResponseDeleteRecordsTopicResult(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteRecordsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteRecordsResponse._tagged");
      const size = r.uvarint("DeleteRecordsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteRecordsResponse._tagged", size) });
    }
  }
  const m: DeleteRecordsResponse = { throttleTimeMs, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteRecordsResponse(w: Writer, v: number, flex: boolean, m: DeleteRecordsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDeleteRecordsResponseDeleteRecordsTopicResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** The topic name. */
  name: string;
  /** Each partition that we wanted to delete records from. */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsResponseDeleteRecordsTopicResult(): DeleteRecordsResponseDeleteRecordsTopicResult {
  return { name: "", partitions: [] };
}

function readDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, v: number, flex: boolean): DeleteRecordsResponseDeleteRecordsTopicResult {
  let name: string = "";
  let partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[] = [];
  name = (flex ? r.compactString("DeleteRecordsTopicResult.Name") : r.string("DeleteRecordsTopicResult.Name"));
  {
    const n = (flex ? r.compactArrayLength("DeleteRecordsTopicResult.Partitions") : r.arrayLength("DeleteRecordsTopicResult.Partitions"));
    const a: DeleteRecordsResponseDeleteRecordsPartitionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteRecordsResponseDeleteRecordsPartitionResult(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteRecordsTopicResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteRecordsTopicResult._tagged");
      const size = r.uvarint("DeleteRecordsTopicResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteRecordsTopicResult._tagged", size) });
    }
  }
  const m: DeleteRecordsResponseDeleteRecordsTopicResult = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, v: number, flex: boolean, m: DeleteRecordsResponseDeleteRecordsTopicResult): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeDeleteRecordsResponseDeleteRecordsPartitionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** The partition index. */
  partitionIndex: number;
  /** The partition low water mark. */
  lowWatermark: bigint;
  /** The deletion error code, or 0 if the deletion succeeded. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteRecordsResponseDeleteRecordsPartitionResult(): DeleteRecordsResponseDeleteRecordsPartitionResult {
  return { partitionIndex: 0, lowWatermark: 0n, errorCode: 0 };
}

function readDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, v: number, flex: boolean): DeleteRecordsResponseDeleteRecordsPartitionResult {
  let partitionIndex: number = 0;
  let lowWatermark: bigint = 0n;
  let errorCode: number = 0;
  partitionIndex = r.int32("DeleteRecordsPartitionResult.PartitionIndex");
  lowWatermark = r.int64("DeleteRecordsPartitionResult.LowWatermark");
  errorCode = r.int16("DeleteRecordsPartitionResult.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteRecordsPartitionResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteRecordsPartitionResult._tagged");
      const size = r.uvarint("DeleteRecordsPartitionResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteRecordsPartitionResult._tagged", size) });
    }
  }
  const m: DeleteRecordsResponseDeleteRecordsPartitionResult = { partitionIndex, lowWatermark, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, v: number, flex: boolean, m: DeleteRecordsResponseDeleteRecordsPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int64(m.lowWatermark);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DeleteRecordsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  return readDeleteRecordsResponse(r, v, v >= 2);
}

/** Writes a DeleteRecordsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDeleteRecordsResponse(w: Writer, v: number, m: DeleteRecordsResponse): void {
  writeDeleteRecordsResponse(w, v, v >= 2, m);
}

export const DeleteRecordsResponseSchema: MessageSchema = {
  name: "DeleteRecordsResponse",
  kind: "response",
  apiKey: 21,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]DeleteRecordsTopicResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]DeleteRecordsPartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LowWatermark","prop":"lowWatermark","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
