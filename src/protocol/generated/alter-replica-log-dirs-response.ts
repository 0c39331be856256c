// Generated from AlterReplicaLogDirsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each topic. */
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirsResponse(): AlterReplicaLogDirsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readAlterReplicaLogDirsResponse(r: Reader, v: number, flex: boolean): AlterReplicaLogDirsResponse {
  let throttleTimeMs: number = 0;
  let results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = [];
  throttleTimeMs = r.int32("AlterReplicaLogDirsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("AlterReplicaLogDirsResponse.Results") : r.arrayLength("AlterReplicaLogDirsResponse.Results"));
    const a: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterReplicaLogDirsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterReplicaLogDirsResponse._tagged");
      const size = r.uvarint("AlterReplicaLogDirsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterReplicaLogDirsResponse._tagged", size) });
    }
  }
  const m: AlterReplicaLogDirsResponse = { throttleTimeMs, results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterReplicaLogDirsResponse(w: Writer, v: number, flex: boolean, m: AlterReplicaLogDirsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /** The name of the topic. */
  topicName: string;
  /** The results for each partition. */
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  return { topicName: "", partitions: [] };
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r: Reader, v: number, flex: boolean): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  let topicName: string = "";
  let partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] = [];
  topicName = (flex ? r.compactString("AlterReplicaLogDirTopicResult.TopicName") : r.string("AlterReplicaLogDirTopicResult.TopicName"));
  {
    const n = (flex ? r.compactArrayLength("AlterReplicaLogDirTopicResult.Partitions") : r.arrayLength("AlterReplicaLogDirTopicResult.Partitions"));
    const a: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterReplicaLogDirTopicResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterReplicaLogDirTopicResult._tagged");
      const size = r.uvarint("AlterReplicaLogDirTopicResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterReplicaLogDirTopicResult._tagged", size) });
    }
  }
  const m: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult = { topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w: Writer, v: number, flex: boolean, m: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  return { partitionIndex: 0, errorCode: 0 };
}

function readAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r: Reader, v: number, flex: boolean): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  partitionIndex = r.int32("AlterReplicaLogDirPartitionResult.PartitionIndex");
  errorCode = r.int16("AlterReplicaLogDirPartitionResult.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterReplicaLogDirPartitionResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterReplicaLogDirPartitionResult._tagged");
      const size = r.uvarint("AlterReplicaLogDirPartitionResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterReplicaLogDirPartitionResult._tagged", size) });
    }
  }
  const m: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult = { partitionIndex, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w: Writer, v: number, flex: boolean, m: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterReplicaLogDirsResponse of version `v`; the caller checks the reader for failure. */
export function decodeAlterReplicaLogDirsResponse(r: Reader, v: number): AlterReplicaLogDirsResponse {
  return readAlterReplicaLogDirsResponse(r, v, v >= 2);
}

/** Writes a AlterReplicaLogDirsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterReplicaLogDirsResponse(w: Writer, v: number, m: AlterReplicaLogDirsResponse): void {
  writeAlterReplicaLogDirsResponse(w, v, v >= 2, m);
}

export const AlterReplicaLogDirsResponseSchema: MessageSchema = {
  name: "AlterReplicaLogDirsResponse",
  kind: "response",
  apiKey: 34,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Results","prop":"results","type":"[]AlterReplicaLogDirTopicResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]AlterReplicaLogDirPartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
