// Generated from InitializeShareGroupStateResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface InitializeShareGroupStateResponse {
  /** The initialization results */
  results: InitializeShareGroupStateResponseInitializeStateResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultInitializeShareGroupStateResponse(): InitializeShareGroupStateResponse {
  return { results: [] };
}

function readInitializeShareGroupStateResponse(r: Reader, v: number, flex: boolean): InitializeShareGroupStateResponse {
  let results: InitializeShareGroupStateResponseInitializeStateResult[] = [];
  {
    const n = (flex ? r.compactArrayLength("InitializeShareGroupStateResponse.Results") : r.arrayLength("InitializeShareGroupStateResponse.Results"));
    const a: InitializeShareGroupStateResponseInitializeStateResult[] = [];
    for (let i = 0; i < n; i++) a.push(readInitializeShareGroupStateResponseInitializeStateResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("InitializeShareGroupStateResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("InitializeShareGroupStateResponse._tagged");
      const size = r.uvarint("InitializeShareGroupStateResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("InitializeShareGroupStateResponse._tagged", size) });
    }
  }
  const m: InitializeShareGroupStateResponse = { results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeInitializeShareGroupStateResponse(w: Writer, v: number, flex: boolean, m: InitializeShareGroupStateResponse): void {
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeInitializeShareGroupStateResponseInitializeStateResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface InitializeShareGroupStateResponseInitializeStateResult {
  /** The topic identifier */
  topicId: string;
  /** The results for the partitions. */
  partitions: InitializeShareGroupStateResponsePartitionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultInitializeShareGroupStateResponseInitializeStateResult(): InitializeShareGroupStateResponseInitializeStateResult {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readInitializeShareGroupStateResponseInitializeStateResult(r: Reader, v: number, flex: boolean): InitializeShareGroupStateResponseInitializeStateResult {
  let topicId: string = ZERO_UUID;
  let partitions: InitializeShareGroupStateResponsePartitionResult[] = [];
  topicId = r.uuid("InitializeStateResult.TopicId");
  {
    const n = (flex ? r.compactArrayLength("InitializeStateResult.Partitions") : r.arrayLength("InitializeStateResult.Partitions"));
    const a: InitializeShareGroupStateResponsePartitionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readInitializeShareGroupStateResponsePartitionResult(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("InitializeStateResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("InitializeStateResult._tagged");
      const size = r.uvarint("InitializeStateResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("InitializeStateResult._tagged", size) });
    }
  }
  const m: InitializeShareGroupStateResponseInitializeStateResult = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeInitializeShareGroupStateResponseInitializeStateResult(w: Writer, v: number, flex: boolean, m: InitializeShareGroupStateResponseInitializeStateResult): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeInitializeShareGroupStateResponsePartitionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface InitializeShareGroupStateResponsePartitionResult {
  /** The partition index. */
  partition: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultInitializeShareGroupStateResponsePartitionResult(): InitializeShareGroupStateResponsePartitionResult {
  return { partition: 0, errorCode: 0, errorMessage: null };
}

function readInitializeShareGroupStateResponsePartitionResult(r: Reader, v: number, flex: boolean): InitializeShareGroupStateResponsePartitionResult {
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
  const m: InitializeShareGroupStateResponsePartitionResult = { partition, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeInitializeShareGroupStateResponsePartitionResult(w: Writer, v: number, flex: boolean, m: InitializeShareGroupStateResponsePartitionResult): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a InitializeShareGroupStateResponse of version `v`; the caller checks the reader for failure. */
export function decodeInitializeShareGroupStateResponse(r: Reader, v: number): InitializeShareGroupStateResponse {
  return readInitializeShareGroupStateResponse(r, v, true);
}

/** Writes a InitializeShareGroupStateResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeInitializeShareGroupStateResponse(w: Writer, v: number, m: InitializeShareGroupStateResponse): void {
  writeInitializeShareGroupStateResponse(w, v, true, m);
}

export const InitializeShareGroupStateResponseSchema: MessageSchema = {
  name: "InitializeShareGroupStateResponse",
  kind: "response",
  apiKey: 83,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Results","prop":"results","type":"[]InitializeStateResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]}]}],
};
