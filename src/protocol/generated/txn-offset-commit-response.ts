// Generated from TxnOffsetCommitResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each topic. */
  topics: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitResponse(): TxnOffsetCommitResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readTxnOffsetCommitResponse(r: Reader, v: number, flex: boolean): TxnOffsetCommitResponse {
  let throttleTimeMs: number = 0;
  let topics: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[] = [];
  throttleTimeMs = r.int32("TxnOffsetCommitResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("TxnOffsetCommitResponse.Topics") : r.arrayLength("TxnOffsetCommitResponse.Topics"));
    const a: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TxnOffsetCommitResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TxnOffsetCommitResponse._tagged");
      const size = r.uvarint("TxnOffsetCommitResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TxnOffsetCommitResponse._tagged", size) });
    }
  }
  const m: TxnOffsetCommitResponse = { throttleTimeMs, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeTxnOffsetCommitResponse(w: Writer, v: number, flex: boolean, m: TxnOffsetCommitResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses for each partition in the topic. */
  partitions: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  return { name: "", partitions: [] };
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r: Reader, v: number, flex: boolean): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  let name: string = "";
  let partitions: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[] = [];
  name = (flex ? r.compactString("TxnOffsetCommitResponseTopic.Name") : r.string("TxnOffsetCommitResponseTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("TxnOffsetCommitResponseTopic.Partitions") : r.arrayLength("TxnOffsetCommitResponseTopic.Partitions"));
    const a: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[] = [];
    for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TxnOffsetCommitResponseTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TxnOffsetCommitResponseTopic._tagged");
      const size = r.uvarint("TxnOffsetCommitResponseTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TxnOffsetCommitResponseTopic._tagged", size) });
    }
  }
  const m: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w: Writer, v: number, flex: boolean, m: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  return { partitionIndex: 0, errorCode: 0 };
}

function readTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r: Reader, v: number, flex: boolean): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  partitionIndex = r.int32("TxnOffsetCommitResponsePartition.PartitionIndex");
  errorCode = r.int16("TxnOffsetCommitResponsePartition.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TxnOffsetCommitResponsePartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TxnOffsetCommitResponsePartition._tagged");
      const size = r.uvarint("TxnOffsetCommitResponsePartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TxnOffsetCommitResponsePartition._tagged", size) });
    }
  }
  const m: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition = { partitionIndex, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w: Writer, v: number, flex: boolean, m: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a TxnOffsetCommitResponse of version `v`; the caller checks the reader for failure. */
export function decodeTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  return readTxnOffsetCommitResponse(r, v, v >= 3);
}

/** Writes a TxnOffsetCommitResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeTxnOffsetCommitResponse(w: Writer, v: number, m: TxnOffsetCommitResponse): void {
  writeTxnOffsetCommitResponse(w, v, v >= 3, m);
}

export const TxnOffsetCommitResponseSchema: MessageSchema = {
  name: "TxnOffsetCommitResponse",
  kind: "response",
  apiKey: 28,
  validVersions: [0, 4],
  flexibleVersions: [3, 4],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TxnOffsetCommitResponseTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]TxnOffsetCommitResponsePartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
