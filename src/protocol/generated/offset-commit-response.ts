// Generated from OffsetCommitResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each topic. */
  topics: OffsetCommitResponseOffsetCommitResponseTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitResponse(): OffsetCommitResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readOffsetCommitResponse(r: Reader, v: number, flex: boolean): OffsetCommitResponse {
  let throttleTimeMs: number = 0;
  let topics: OffsetCommitResponseOffsetCommitResponseTopic[] = [];
  if (v >= 3) {
    throttleTimeMs = r.int32("OffsetCommitResponse.ThrottleTimeMs");
  }
  {
    const n = (flex ? r.compactArrayLength("OffsetCommitResponse.Topics") : r.arrayLength("OffsetCommitResponse.Topics"));
    const a: OffsetCommitResponseOffsetCommitResponseTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetCommitResponseOffsetCommitResponseTopic(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetCommitResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetCommitResponse._tagged");
      const size = r.uvarint("OffsetCommitResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetCommitResponse._tagged", size) });
    }
  }
  const m: OffsetCommitResponse = { throttleTimeMs, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetCommitResponse(w: Writer, v: number, flex: boolean, m: OffsetCommitResponse): void {
  if (v >= 3) {
    w.int32(m.throttleTimeMs);
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeOffsetCommitResponseOffsetCommitResponseTopic(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetCommitResponseOffsetCommitResponseTopic {
  /** The topic name. */
  name: string;
  /** The responses for each partition in the topic. */
  partitions: OffsetCommitResponseOffsetCommitResponsePartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitResponseOffsetCommitResponseTopic(): OffsetCommitResponseOffsetCommitResponseTopic {
  return { name: "", partitions: [] };
}

function readOffsetCommitResponseOffsetCommitResponseTopic(r: Reader, v: number, flex: boolean): OffsetCommitResponseOffsetCommitResponseTopic {
  let name: string = "";
  let partitions: OffsetCommitResponseOffsetCommitResponsePartition[] = [];
  name = (flex ? r.compactString("OffsetCommitResponseTopic.Name") : r.string("OffsetCommitResponseTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("OffsetCommitResponseTopic.Partitions") : r.arrayLength("OffsetCommitResponseTopic.Partitions"));
    const a: OffsetCommitResponseOffsetCommitResponsePartition[] = [];
    for (let i = 0; i < n; i++) a.push(readOffsetCommitResponseOffsetCommitResponsePartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetCommitResponseTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetCommitResponseTopic._tagged");
      const size = r.uvarint("OffsetCommitResponseTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetCommitResponseTopic._tagged", size) });
    }
  }
  const m: OffsetCommitResponseOffsetCommitResponseTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetCommitResponseOffsetCommitResponseTopic(w: Writer, v: number, flex: boolean, m: OffsetCommitResponseOffsetCommitResponseTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeOffsetCommitResponseOffsetCommitResponsePartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface OffsetCommitResponseOffsetCommitResponsePartition {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultOffsetCommitResponseOffsetCommitResponsePartition(): OffsetCommitResponseOffsetCommitResponsePartition {
  return { partitionIndex: 0, errorCode: 0 };
}

function readOffsetCommitResponseOffsetCommitResponsePartition(r: Reader, v: number, flex: boolean): OffsetCommitResponseOffsetCommitResponsePartition {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  partitionIndex = r.int32("OffsetCommitResponsePartition.PartitionIndex");
  errorCode = r.int16("OffsetCommitResponsePartition.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OffsetCommitResponsePartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OffsetCommitResponsePartition._tagged");
      const size = r.uvarint("OffsetCommitResponsePartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OffsetCommitResponsePartition._tagged", size) });
    }
  }
  const m: OffsetCommitResponseOffsetCommitResponsePartition = { partitionIndex, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeOffsetCommitResponseOffsetCommitResponsePartition(w: Writer, v: number, flex: boolean, m: OffsetCommitResponseOffsetCommitResponsePartition): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a OffsetCommitResponse of version `v`; the caller checks the reader for failure. */
export function decodeOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  return readOffsetCommitResponse(r, v, v >= 8);
}

/** Writes a OffsetCommitResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeOffsetCommitResponse(w: Writer, v: number, m: OffsetCommitResponse): void {
  writeOffsetCommitResponse(w, v, v >= 8, m);
}

export const OffsetCommitResponseSchema: MessageSchema = {
  name: "OffsetCommitResponse",
  kind: "response",
  apiKey: 8,
  validVersions: [0, 9],
  flexibleVersions: [8, 9],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]OffsetCommitResponseTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]OffsetCommitResponsePartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
