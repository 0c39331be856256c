// Generated from DeleteShareGroupStateResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface DeleteShareGroupStateResponse {
  /** The delete results */
  results: DeleteShareGroupStateResponseDeleteStateResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteShareGroupStateResponse(): DeleteShareGroupStateResponse {
  return { results: [] };
}

function readDeleteShareGroupStateResponse(r: Reader, v: number, flex: boolean): DeleteShareGroupStateResponse {
  let results: DeleteShareGroupStateResponseDeleteStateResult[] = [];
  {
    const n = (flex ? r.compactArrayLength("DeleteShareGroupStateResponse.Results") : r.arrayLength("DeleteShareGroupStateResponse.Results"));
    const a: DeleteShareGroupStateResponseDeleteStateResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteShareGroupStateResponseDeleteStateResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteShareGroupStateResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteShareGroupStateResponse._tagged");
      const size = r.uvarint("DeleteShareGroupStateResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteShareGroupStateResponse._tagged", size) });
    }
  }
  const m: DeleteShareGroupStateResponse = { results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteShareGroupStateResponse(w: Writer, v: number, flex: boolean, m: DeleteShareGroupStateResponse): void {
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeDeleteShareGroupStateResponseDeleteStateResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteShareGroupStateResponseDeleteStateResult {
  /** The topic identifier */
  topicId: string;
  /** The results for the partitions. */
  partitions: DeleteShareGroupStateResponsePartitionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteShareGroupStateResponseDeleteStateResult(): DeleteShareGroupStateResponseDeleteStateResult {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readDeleteShareGroupStateResponseDeleteStateResult(r: Reader, v: number, flex: boolean): DeleteShareGroupStateResponseDeleteStateResult {
  let topicId: string = ZERO_UUID;
  let partitions: DeleteShareGroupStateResponsePartitionResult[] = [];
  topicId = r.uuid("DeleteStateResult.TopicId");
  {
    const n = (flex ? r.compactArrayLength("DeleteStateResult.Partitions") : r.arrayLength("DeleteStateResult.Partitions"));
    const a: DeleteShareGroupStateResponsePartitionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteShareGroupStateResponsePartitionResult(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteStateResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteStateResult._tagged");
      const size = r.uvarint("DeleteStateResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteStateResult._tagged", size) });
    }
  }
  const m: DeleteShareGroupStateResponseDeleteStateResult = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteShareGroupStateResponseDeleteStateResult(w: Writer, v: number, flex: boolean, m: DeleteShareGroupStateResponseDeleteStateResult): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeDeleteShareGroupStateResponsePartitionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteShareGroupStateResponsePartitionResult {
  /** The partition index. */
  partition: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteShareGroupStateResponsePartitionResult(): DeleteShareGroupStateResponsePartitionResult {
  return { partition: 0, errorCode: 0, errorMessage: null };
}

function readDeleteShareGroupStateResponsePartitionResult(r: Reader, v: number, flex: boolean): DeleteShareGroupStateResponsePartitionResult {
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
  const m: DeleteShareGroupStateResponsePartitionResult = { partition, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteShareGroupStateResponsePartitionResult(w: Writer, v: number, flex: boolean, m: DeleteShareGroupStateResponsePartitionResult): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DeleteShareGroupStateResponse of version `v`; the caller checks the reader for failure. */
export function decodeDeleteShareGroupStateResponse(r: Reader, v: number): DeleteShareGroupStateResponse {
  return readDeleteShareGroupStateResponse(r, v, true);
}

/** Writes a DeleteShareGroupStateResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDeleteShareGroupStateResponse(w: Writer, v: number, m: DeleteShareGroupStateResponse): void {
  writeDeleteShareGroupStateResponse(w, v, true, m);
}

export const DeleteShareGroupStateResponseSchema: MessageSchema = {
  name: "DeleteShareGroupStateResponse",
  kind: "response",
  apiKey: 86,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Results","prop":"results","type":"[]DeleteStateResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]}]}],
};
