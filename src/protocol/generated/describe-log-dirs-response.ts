// Generated from DescribeLogDirsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The log directories. */
  results: DescribeLogDirsResponseDescribeLogDirsResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsResponse(): DescribeLogDirsResponse {
  return { throttleTimeMs: 0, errorCode: 0, results: [] };
}

function readDescribeLogDirsResponse(r: Reader, v: number, flex: boolean): DescribeLogDirsResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let results: DescribeLogDirsResponseDescribeLogDirsResult[] = [];
  throttleTimeMs = r.int32("DescribeLogDirsResponse.ThrottleTimeMs");
  if (v >= 3) {
    errorCode = r.int16("DescribeLogDirsResponse.ErrorCode");
  }
  {
    const n = (flex ? r.compactArrayLength("DescribeLogDirsResponse.Results") : r.arrayLength("DescribeLogDirsResponse.Results"));
    const a: DescribeLogDirsResponseDescribeLogDirsResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeLogDirsResponseDescribeLogDirsResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeLogDirsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeLogDirsResponse._tagged");
      const size = r.uvarint("DescribeLogDirsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeLogDirsResponse._tagged", size) });
    }
  }
  const m: DescribeLogDirsResponse = { throttleTimeMs, errorCode, results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeLogDirsResponse(w: Writer, v: number, flex: boolean, m: DescribeLogDirsResponse): void {
  w.int32(m.throttleTimeMs);
  if (v >= 3) {
    w.int16(m.errorCode);
  }
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeDescribeLogDirsResponseDescribeLogDirsResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The absolute log directory path. */
  logDir: string;
  /** Each topic. */
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  /** The total size in bytes of the volume the log directory is in. */
  totalBytes: bigint;
  /** The usable size in bytes of the volume the log directory is in. */
  usableBytes: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsResponseDescribeLogDirsResult(): DescribeLogDirsResponseDescribeLogDirsResult {
  return { errorCode: 0, logDir: "", topics: [], totalBytes: -1n, usableBytes: -1n };
}

function readDescribeLogDirsResponseDescribeLogDirsResult(r: Reader, v: number, flex: boolean): DescribeLogDirsResponseDescribeLogDirsResult {
  let errorCode: number = 0;
  let logDir: string = "";
  let topics: DescribeLogDirsResponseDescribeLogDirsTopic[] = [];
  let totalBytes: bigint = -1n;
  let usableBytes: bigint = -1n;
  errorCode = r.int16("DescribeLogDirsResult.ErrorCode");
  logDir = (flex ? r.compactString("DescribeLogDirsResult.LogDir") : r.string("DescribeLogDirsResult.LogDir"));
  {
    const n = (flex ? r.compactArrayLength("DescribeLogDirsResult.Topics") : r.arrayLength("DescribeLogDirsResult.Topics"));
    const a: DescribeLogDirsResponseDescribeLogDirsTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeLogDirsResponseDescribeLogDirsTopic(r, v, flex));
    topics = a;
  }
  if (v >= 4) {
    totalBytes = r.int64("DescribeLogDirsResult.TotalBytes");
  }
  if (v >= 4) {
    usableBytes = r.int64("DescribeLogDirsResult.UsableBytes");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeLogDirsResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeLogDirsResult._tagged");
      const size = r.uvarint("DescribeLogDirsResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeLogDirsResult._tagged", size) });
    }
  }
  const m: DescribeLogDirsResponseDescribeLogDirsResult = { errorCode, logDir, topics, totalBytes, usableBytes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeLogDirsResponseDescribeLogDirsResult(w: Writer, v: number, flex: boolean, m: DescribeLogDirsResponseDescribeLogDirsResult): void {
  w.int16(m.errorCode);
  (flex ? w.compactString(m.logDir!) : w.string(m.logDir!));
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDescribeLogDirsResponseDescribeLogDirsTopic(w, v, flex, x!);
  if (v >= 4) {
    w.int64(m.totalBytes);
  }
  if (v >= 4) {
    w.int64(m.usableBytes);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /** The topic name. */
  name: string;
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsResponseDescribeLogDirsTopic(): DescribeLogDirsResponseDescribeLogDirsTopic {
  return { name: "", partitions: [] };
}

function readDescribeLogDirsResponseDescribeLogDirsTopic(r: Reader, v: number, flex: boolean): DescribeLogDirsResponseDescribeLogDirsTopic {
  let name: string = "";
  let partitions: DescribeLogDirsResponseDescribeLogDirsPartition[] = [];
  name = (flex ? r.compactString("DescribeLogDirsTopic.Name") : r.string("DescribeLogDirsTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("DescribeLogDirsTopic.Partitions") : r.arrayLength("DescribeLogDirsTopic.Partitions"));
    const a: DescribeLogDirsResponseDescribeLogDirsPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeLogDirsResponseDescribeLogDirsPartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeLogDirsTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeLogDirsTopic._tagged");
      const size = r.uvarint("DescribeLogDirsTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeLogDirsTopic._tagged", size) });
    }
  }
  const m: DescribeLogDirsResponseDescribeLogDirsTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeLogDirsResponseDescribeLogDirsTopic(w: Writer, v: number, flex: boolean, m: DescribeLogDirsResponseDescribeLogDirsTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeDescribeLogDirsResponseDescribeLogDirsPartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The size of the log segments in this partition in bytes. */
  partitionSize: bigint;
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition) */
  offsetLag: bigint;
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. */
  isFutureKey: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeLogDirsResponseDescribeLogDirsPartition(): DescribeLogDirsResponseDescribeLogDirsPartition {
  return { partitionIndex: 0, partitionSize: 0n, offsetLag: 0n, isFutureKey: false };
}

function readDescribeLogDirsResponseDescribeLogDirsPartition(r: Reader, v: number, flex: boolean): DescribeLogDirsResponseDescribeLogDirsPartition {
  let partitionIndex: number = 0;
  let partitionSize: bigint = 0n;
  let offsetLag: bigint = 0n;
  let isFutureKey: boolean = false;
  partitionIndex = r.int32("DescribeLogDirsPartition.PartitionIndex");
  partitionSize = r.int64("DescribeLogDirsPartition.PartitionSize");
  offsetLag = r.int64("DescribeLogDirsPartition.OffsetLag");
  isFutureKey = r.bool("DescribeLogDirsPartition.IsFutureKey");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeLogDirsPartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeLogDirsPartition._tagged");
      const size = r.uvarint("DescribeLogDirsPartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeLogDirsPartition._tagged", size) });
    }
  }
  const m: DescribeLogDirsResponseDescribeLogDirsPartition = { partitionIndex, partitionSize, offsetLag, isFutureKey };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeLogDirsResponseDescribeLogDirsPartition(w: Writer, v: number, flex: boolean, m: DescribeLogDirsResponseDescribeLogDirsPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.partitionSize);
  w.int64(m.offsetLag);
  w.bool(m.isFutureKey);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeLogDirsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeLogDirsResponse(r: Reader, v: number): DescribeLogDirsResponse {
  return readDescribeLogDirsResponse(r, v, v >= 2);
}

/** Writes a DescribeLogDirsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeLogDirsResponse(w: Writer, v: number, m: DescribeLogDirsResponse): void {
  writeDescribeLogDirsResponse(w, v, v >= 2, m);
}

export const DescribeLogDirsResponseSchema: MessageSchema = {
  name: "DescribeLogDirsResponse",
  kind: "response",
  apiKey: 35,
  validVersions: [0, 4],
  flexibleVersions: [2, 4],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Results","prop":"results","type":"[]DescribeLogDirsResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LogDir","prop":"logDir","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]DescribeLogDirsTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]DescribeLogDirsPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionSize","prop":"partitionSize","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"OffsetLag","prop":"offsetLag","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IsFutureKey","prop":"isFutureKey","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"TotalBytes","prop":"totalBytes","type":"int64","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"UsableBytes","prop":"usableBytes","type":"int64","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"}]}],
};
