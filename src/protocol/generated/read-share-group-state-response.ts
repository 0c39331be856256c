// Generated from ReadShareGroupStateResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ReadShareGroupStateResponse {
  /** The read results */
  results: ReadShareGroupStateResponseReadStateResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateResponse(): ReadShareGroupStateResponse {
  return { results: [] };
}

function readReadShareGroupStateResponse(r: Reader, v: number, flex: boolean): ReadShareGroupStateResponse {
  let results: ReadShareGroupStateResponseReadStateResult[] = [];
  {
    const n = (flex ? r.compactArrayLength("ReadShareGroupStateResponse.Results") : r.arrayLength("ReadShareGroupStateResponse.Results"));
    const a: ReadShareGroupStateResponseReadStateResult[] = [];
    for (let i = 0; i < n; i++) a.push(readReadShareGroupStateResponseReadStateResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReadShareGroupStateResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReadShareGroupStateResponse._tagged");
      const size = r.uvarint("ReadShareGroupStateResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReadShareGroupStateResponse._tagged", size) });
    }
  }
  const m: ReadShareGroupStateResponse = { results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateResponse(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateResponse): void {
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeReadShareGroupStateResponseReadStateResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ReadShareGroupStateResponseReadStateResult {
  /** The topic identifier */
  topicId: string;
  /** The results for the partitions. */
  partitions: ReadShareGroupStateResponsePartitionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateResponseReadStateResult(): ReadShareGroupStateResponseReadStateResult {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readReadShareGroupStateResponseReadStateResult(r: Reader, v: number, flex: boolean): ReadShareGroupStateResponseReadStateResult {
  let topicId: string = ZERO_UUID;
  let partitions: ReadShareGroupStateResponsePartitionResult[] = [];
  topicId = r.uuid("ReadStateResult.TopicId");
  {
    const n = (flex ? r.compactArrayLength("ReadStateResult.Partitions") : r.arrayLength("ReadStateResult.Partitions"));
    const a: ReadShareGroupStateResponsePartitionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readReadShareGroupStateResponsePartitionResult(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReadStateResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReadStateResult._tagged");
      const size = r.uvarint("ReadStateResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReadStateResult._tagged", size) });
    }
  }
  const m: ReadShareGroupStateResponseReadStateResult = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateResponseReadStateResult(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateResponseReadStateResult): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeReadShareGroupStateResponsePartitionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ReadShareGroupStateResponsePartitionResult {
  /** The partition index. */
  partition: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** The state epoch for this share-partition. */
  stateEpoch: number;
  /** The share-partition start offset, which can be -1 if it is not yet initialized. */
  startOffset: bigint;
  stateBatches: ReadShareGroupStateResponseStateBatch[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateResponsePartitionResult(): ReadShareGroupStateResponsePartitionResult {
  return { partition: 0, errorCode: 0, errorMessage: null, stateEpoch: 0, startOffset: 0n, stateBatches: [] };
}

function readReadShareGroupStateResponsePartitionResult(r: Reader, v: number, flex: boolean): ReadShareGroupStateResponsePartitionResult {
  let partition: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  let stateEpoch: number = 0;
  let startOffset: bigint = 0n;
  let stateBatches: ReadShareGroupStateResponseStateBatch[] = [];
  partition = r.int32("PartitionResult.Partition");
  errorCode = r.int16("PartitionResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("PartitionResult.ErrorMessage") : r.nullableString("PartitionResult.ErrorMessage"));
  stateEpoch = r.int32("PartitionResult.StateEpoch");
  startOffset = r.int64("PartitionResult.StartOffset");
  {
    const n = (flex ? r.compactArrayLength("PartitionResult.StateBatches") : r.arrayLength("PartitionResult.StateBatches"));
    const a: ReadShareGroupStateResponseStateBatch[] = [];
    for (let i = 0; i < n; i++) a.push(readReadShareGroupStateResponseStateBatch(r, v, flex));
    stateBatches = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionResult._tagged");
      const size = r.uvarint("PartitionResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionResult._tagged", size) });
    }
  }
  const m: ReadShareGroupStateResponsePartitionResult = { partition, errorCode, errorMessage, stateEpoch, startOffset, stateBatches };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateResponsePartitionResult(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateResponsePartitionResult): void {
  w.int32(m.partition);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  w.int32(m.stateEpoch);
  w.int64(m.startOffset);
  (flex ? w.uvarint(m.stateBatches!.length + 1) : w.int32(m.stateBatches!.length));
  for (const x of m.stateBatches!) writeReadShareGroupStateResponseStateBatch(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ReadShareGroupStateResponseStateBatch {
  /** The base offset of this state batch. */
  firstOffset: bigint;
  /** The last offset of this state batch. */
  lastOffset: bigint;
  /** The state - 0:Available,2:Acked,4:Archived. */
  deliveryState: number;
  /** The delivery count. */
  deliveryCount: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultReadShareGroupStateResponseStateBatch(): ReadShareGroupStateResponseStateBatch {
  return { firstOffset: 0n, lastOffset: 0n, deliveryState: 0, deliveryCount: 0 };
}

function readReadShareGroupStateResponseStateBatch(r: Reader, v: number, flex: boolean): ReadShareGroupStateResponseStateBatch {
  let firstOffset: bigint = 0n;
  let lastOffset: bigint = 0n;
  let deliveryState: number = 0;
  let deliveryCount: number = 0;
  firstOffset = r.int64("StateBatch.FirstOffset");
  lastOffset = r.int64("StateBatch.LastOffset");
  deliveryState = r.int8("StateBatch.DeliveryState");
  deliveryCount = r.int16("StateBatch.DeliveryCount");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("StateBatch._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("StateBatch._tagged");
      const size = r.uvarint("StateBatch._tagged");
      (unknown ??= []).push({ tag, data: r.raw("StateBatch._tagged", size) });
    }
  }
  const m: ReadShareGroupStateResponseStateBatch = { firstOffset, lastOffset, deliveryState, deliveryCount };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeReadShareGroupStateResponseStateBatch(w: Writer, v: number, flex: boolean, m: ReadShareGroupStateResponseStateBatch): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int8(m.deliveryState);
  w.int16(m.deliveryCount);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ReadShareGroupStateResponse of version `v`; the caller checks the reader for failure. */
export function decodeReadShareGroupStateResponse(r: Reader, v: number): ReadShareGroupStateResponse {
  return readReadShareGroupStateResponse(r, v, true);
}

/** Writes a ReadShareGroupStateResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeReadShareGroupStateResponse(w: Writer, v: number, m: ReadShareGroupStateResponse): void {
  writeReadShareGroupStateResponse(w, v, true, m);
}

export const ReadShareGroupStateResponseSchema: MessageSchema = {
  name: "ReadShareGroupStateResponse",
  kind: "response",
  apiKey: 84,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Results","prop":"results","type":"[]ReadStateResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"StateEpoch","prop":"stateEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"StartOffset","prop":"startOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"StateBatches","prop":"stateBatches","type":"[]StateBatch","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"FirstOffset","prop":"firstOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastOffset","prop":"lastOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"DeliveryState","prop":"deliveryState","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"DeliveryCount","prop":"deliveryCount","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]}],
};
