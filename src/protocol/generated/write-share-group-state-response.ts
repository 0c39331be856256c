// Generated from WriteShareGroupStateResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface WriteShareGroupStateResponse {
  /** The write results */
  results: WriteShareGroupStateResponseWriteStateResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteShareGroupStateResponse(): WriteShareGroupStateResponse {
  return { results: [] };
}

function readWriteShareGroupStateResponse(r: Reader, v: number, flex: boolean): WriteShareGroupStateResponse {
  let results: WriteShareGroupStateResponseWriteStateResult[] = [];
  {
    const n = (flex ? r.compactArrayLength("WriteShareGroupStateResponse.Results") : r.arrayLength("WriteShareGroupStateResponse.Results"));
    const a: WriteShareGroupStateResponseWriteStateResult[] = [];
    for (let i = 0; i < n; i++) a.push(readWriteShareGroupStateResponseWriteStateResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WriteShareGroupStateResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WriteShareGroupStateResponse._tagged");
      const size = r.uvarint("WriteShareGroupStateResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WriteShareGroupStateResponse._tagged", size) });
    }
  }
  const m: WriteShareGroupStateResponse = { results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteShareGroupStateResponse(w: Writer, v: number, flex: boolean, m: WriteShareGroupStateResponse): void {
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeWriteShareGroupStateResponseWriteStateResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface WriteShareGroupStateResponseWriteStateResult {
  /** The topic identifier */
  topicId: string;
  /** The results for the partitions. */
  partitions: WriteShareGroupStateResponsePartitionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteShareGroupStateResponseWriteStateResult(): WriteShareGroupStateResponseWriteStateResult {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readWriteShareGroupStateResponseWriteStateResult(r: Reader, v: number, flex: boolean): WriteShareGroupStateResponseWriteStateResult {
  let topicId: string = ZERO_UUID;
  let partitions: WriteShareGroupStateResponsePartitionResult[] = [];
  topicId = r.uuid("WriteStateResult.TopicId");
  {
    const n = (flex ? r.compactArrayLength("WriteStateResult.Partitions") : r.arrayLength("WriteStateResult.Partitions"));
    const a: WriteShareGroupStateResponsePartitionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readWriteShareGroupStateResponsePartitionResult(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WriteStateResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WriteStateResult._tagged");
      const size = r.uvarint("WriteStateResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WriteStateResult._tagged", size) });
    }
  }
  const m: WriteShareGroupStateResponseWriteStateResult = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteShareGroupStateResponseWriteStateResult(w: Writer, v: number, flex: boolean, m: WriteShareGroupStateResponseWriteStateResult): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeWriteShareGroupStateResponsePartitionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface WriteShareGroupStateResponsePartitionResult {
  /** The partition index. */
  partition: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteShareGroupStateResponsePartitionResult(): WriteShareGroupStateResponsePartitionResult {
  return { partition: 0, errorCode: 0, errorMessage: null };
}

function readWriteShareGroupStateResponsePartitionResult(r: Reader, v: number, flex: boolean): WriteShareGroupStateResponsePartitionResult {
  let partition: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  partition = r.int32("PartitionResult.Partition");
  errorCode = r.int16("PartitionResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("PartitionResult.ErrorMessage") : r.nullableString("PartitionResult.ErrorMessage"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionResult._tagged");
      const size = r.uvarint("PartitionResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionResult._tagged", size) });
    }
  }
  const m: WriteShareGroupStateResponsePartitionResult = { partition, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteShareGroupStateResponsePartitionResult(w: Writer, v: number, flex: boolean, m: WriteShareGroupStateResponsePartitionResult): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a WriteShareGroupStateResponse of version `v`; the caller checks the reader for failure. */
export function decodeWriteShareGroupStateResponse(r: Reader, v: number): WriteShareGroupStateResponse {
  return readWriteShareGroupStateResponse(r, v, true);
}

/** Writes a WriteShareGroupStateResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeWriteShareGroupStateResponse(w: Writer, v: number, m: WriteShareGroupStateResponse): void {
  writeWriteShareGroupStateResponse(w, v, true, m);
}

export const WriteShareGroupStateResponseSchema: MessageSchema = {
  name: "WriteShareGroupStateResponse",
  kind: "response",
  apiKey: 85,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Results","prop":"results","type":"[]WriteStateResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]}]}],
};
