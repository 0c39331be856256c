// Generated from OffsetForLeaderEpochResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic we fetched offsets for. */
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderEpochResponse(): OffsetForLeaderEpochResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readOffsetForLeaderEpochResponse(r: Reader, v: number, flex: boolean): OffsetForLeaderEpochResponse {
  let throttleTimeMs: number = 0;
  let topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = [];
  if (v >= 2) {
    throttleTimeMs = r.int32("OffsetForLeaderEpochResponse.ThrottleTimeMs");
  }
  {
    const n = (flex ? r.compactArrayLength("OffsetForLeaderEpochResponse.Topics") : r.arrayLength("OffsetForLeaderEpochResponse.Topics"));
    const a: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetForLeaderEpochResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetForLeaderEpochResponse._tagged");
      const size = r.uvarint("OffsetForLeaderEpochResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetForLeaderEpochResponse._tagged", size) });
    }
  }
  const m: OffsetForLeaderEpochResponse = { throttleTimeMs, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetForLeaderEpochResponse(w: Writer, v: number, flex: boolean, m: OffsetForLeaderEpochResponse): void {
  if (v >= 2) {
    w.int32(m.throttleTimeMs);
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** The topic name. */
  topic: string;
  /** Each partition in the topic we fetched offsets for. */
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  return { topic: "", partitions: [] };
}

function readOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, v: number, flex: boolean): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  let topic: string = "";
  let partitions: OffsetForLeaderEpochResponseEpochEndOffset[] = [];
  topic = (flex ? r.compactString("OffsetForLeaderTopicResult.Topic") : r.string("OffsetForLeaderTopicResult.Topic"));
  {
    const n = (flex ? r.compactArrayLength("OffsetForLeaderTopicResult.Partitions") : r.arrayLength("OffsetForLeaderTopicResult.Partitions"));
    const a: OffsetForLeaderEpochResponseEpochEndOffset[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetForLeaderEpochResponseEpochEndOffset(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetForLeaderTopicResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetForLeaderTopicResult._tagged");
      const size = r.uvarint("OffsetForLeaderTopicResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetForLeaderTopicResult._tagged", size) });
    }
  }
  const m: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult = { topic, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, v: number, flex: boolean, m: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult): void {
  (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeOffsetForLeaderEpochResponseEpochEndOffset(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** The error code 0, or if there was no error. */
  errorCode: number;
  /** The partition index. */
  partition: number;
  /** The leader epoch of the partition. */
  leaderEpoch: number;
  /** The end offset of the epoch. */
  endOffset: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetForLeaderEpochResponseEpochEndOffset(): OffsetForLeaderEpochResponseEpochEndOffset {
  return { errorCode: 0, partition: 0, leaderEpoch: -1, endOffset: -1n };
}

function readOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, v: number, flex: boolean): OffsetForLeaderEpochResponseEpochEndOffset {
  let errorCode: number = 0;
  let partition: number = 0;
  let leaderEpoch: number = -1;
  let endOffset: bigint = -1n;
  errorCode = r.int16("EpochEndOffset.ErrorCode");
  partition = r.int32("EpochEndOffset.Partition");
  if (v >= 1) {
    leaderEpoch = r.int32("EpochEndOffset.LeaderEpoch");
  }
  endOffset = r.int64("EpochEndOffset.EndOffset");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("EpochEndOffset._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("EpochEndOffset._tagged");
      const size = r.uvarint("EpochEndOffset._tagged");
      (unknown ??= []).push({ tag, data: r.raw("EpochEndOffset._tagged", size) });
    }
  }
  const m: OffsetForLeaderEpochResponseEpochEndOffset = { errorCode, partition, leaderEpoch, endOffset };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, v: number, flex: boolean, m: OffsetForLeaderEpochResponseEpochEndOffset): void {
  w.int16(m.errorCode);
  w.int32(m.partition);
  if (v >= 1) {
    w.int32(m.leaderEpoch);
  }
  w.int64(m.endOffset);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a OffsetForLeaderEpochResponse of version `v`; the caller checks the reader for failure. */
export function decodeOffsetForLeaderEpochResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
  return readOffsetForLeaderEpochResponse(r, v, v >= 4);
}

/** Writes a OffsetForLeaderEpochResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeOffsetForLeaderEpochResponse(w: Writer, v: number, m: OffsetForLeaderEpochResponse): void {
  writeOffsetForLeaderEpochResponse(w, v, v >= 4, m);
}

export const OffsetForLeaderEpochResponseSchema: MessageSchema = {
  name: "OffsetForLeaderEpochResponse",
  kind: "response",
  apiKey: 23,
  validVersions: [0, 4],
  flexibleVersions: [4, 4],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]OffsetForLeaderTopicResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]EpochEndOffset","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"EndOffset","prop":"endOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}]}]}],
};
