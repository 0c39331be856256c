// Generated from ReadShareGroupStateSummaryResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ReadShareGroupStateSummaryResponse {
  /** The read results */
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateSummaryResponse(): ReadShareGroupStateSummaryResponse {
  return { results: [] };
}

function readReadShareGroupStateSummaryResponse(r: Reader, v: number, flex: boolean): ReadShareGroupStateSummaryResponse {
  let results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[] = [];
  {
    const n = (flex ? r.compactArrayLength("ReadShareGroupStateSummaryResponse.Results") : r.arrayLength("ReadShareGroupStateSummaryResponse.Results"));
    const a: ReadShareGroupStateSummaryResponseReadStateSummaryResult[] = [];
    for (let i = 0; i < n; i++) a.push(readReadShareGroupStateSummaryResponseReadStateSummaryResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReadShareGroupStateSummaryResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReadShareGroupStateSummaryResponse._tagged");
      const size = r.uvarint("ReadShareGroupStateSummaryResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReadShareGroupStateSummaryResponse._tagged", size) });
    }
  }
  const m: ReadShareGroupStateSummaryResponse = { results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateSummaryResponse(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateSummaryResponse): void {
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeReadShareGroupStateSummaryResponseReadStateSummaryResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  /** The topic identifier */
  topicId: string;
  /** The results for the partitions. */
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateSummaryResponseReadStateSummaryResult(): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readReadShareGroupStateSummaryResponseReadStateSummaryResult(r: Reader, v: number, flex: boolean): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  let topicId: string = ZERO_UUID;
  let partitions: ReadShareGroupStateSummaryResponsePartitionResult[] = [];
  topicId = r.uuid("ReadStateSummaryResult.TopicId");
  {
    const n = (flex ? r.compactArrayLength("ReadStateSummaryResult.Partitions") : r.arrayLength("ReadStateSummaryResult.Partitions"));
    const a: ReadShareGroupStateSummaryResponsePartitionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readReadShareGroupStateSummaryResponsePartitionResult(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReadStateSummaryResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReadStateSummaryResult._tagged");
      const size = r.uvarint("ReadStateSummaryResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReadStateSummaryResult._tagged", size) });
    }
  }
  const m: ReadShareGroupStateSummaryResponseReadStateSummaryResult = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateSummaryResponseReadStateSummaryResult(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateSummaryResponseReadStateSummaryResult): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeReadShareGroupStateSummaryResponsePartitionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ReadShareGroupStateSummaryResponsePartitionResult {
  /** The partition index. */
  partition: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** The state epoch of the share-partition. */
  stateEpoch: number;
  /** The share-partition start offset. */
  startOffset: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateSummaryResponsePartitionResult(): ReadShareGroupStateSummaryResponsePartitionResult {
  return { partition: 0, errorCode: 0, errorMessage: null, stateEpoch: 0, startOffset: 0n };
}

function readReadShareGroupStateSummaryResponsePartitionResult(r: Reader, v: number, flex: boolean): ReadShareGroupStateSummaryResponsePartitionResult {
  let partition: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  let stateEpoch: number = 0;
  let startOffset: bigint = 0n;
  partition = r.int32("PartitionResult.Partition");
  errorCode = r.int16("PartitionResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("PartitionResult.ErrorMessage") : r.nullableString("PartitionResult.ErrorMessage"));
  stateEpoch = r.int32("PartitionResult.StateEpoch");
  startOffset = r.int64("PartitionResult.StartOffset");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionResult._tagged");
      const size = r.uvarint("PartitionResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionResult._tagged", size) });
    }
  }
  const m: ReadShareGroupStateSummaryResponsePartitionResult = { partition, errorCode, errorMessage, stateEpoch, startOffset };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateSummaryResponsePartitionResult(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateSummaryResponsePartitionResult): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ReadShareGroupStateSummaryResponse of version `v`; the caller checks the reader for failure. */
export function decodeReadShareGroupStateSummaryResponse(r: Reader, v: number): ReadShareGroupStateSummaryResponse {
  return readReadShareGroupStateSummaryResponse(r, v, true);
}

/** Writes a ReadShareGroupStateSummaryResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeReadShareGroupStateSummaryResponse(w: Writer, v: number, m: ReadShareGroupStateSummaryResponse): void {
  writeReadShareGroupStateSummaryResponse(w, v, true, m);
}

export const ReadShareGroupStateSummaryResponseSchema: MessageSchema = {
  name: "ReadShareGroupStateSummaryResponse",
  kind: "response",
  apiKey: 87,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Results","prop":"results","type":"[]ReadStateSummaryResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"StateEpoch","prop":"stateEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"StartOffset","prop":"startOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
