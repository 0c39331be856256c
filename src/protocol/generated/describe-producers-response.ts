// Generated from DescribeProducersResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic in the response. */
  topics: DescribeProducersResponseTopicResponse[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeProducersResponse(): DescribeProducersResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readDescribeProducersResponse(r: Reader, v: number, flex: boolean): DescribeProducersResponse {
  let throttleTimeMs: number = 0;
  let topics: DescribeProducersResponseTopicResponse[] = [];
  throttleTimeMs = r.int32("DescribeProducersResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("DescribeProducersResponse.Topics") : r.arrayLength("DescribeProducersResponse.Topics"));
    const a: DescribeProducersResponseTopicResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeProducersResponseTopicResponse(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeProducersResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeProducersResponse._tagged");
      const size = r.uvarint("DescribeProducersResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeProducersResponse._tagged", size) });
    }
  }
  const m: DescribeProducersResponse = { throttleTimeMs, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeProducersResponse(w: Writer, v: number, flex: boolean, m: DescribeProducersResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDescribeProducersResponseTopicResponse(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeProducersResponseTopicResponse {
  /** The topic name */
  name: string;
  /** Each partition in the response. */
  partitions: DescribeProducersResponsePartitionResponse[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeProducersResponseTopicResponse(): DescribeProducersResponseTopicResponse {
  return { name: "", partitions: [] };
}

function readDescribeProducersResponseTopicResponse(r: Reader, v: number, flex: boolean): DescribeProducersResponseTopicResponse {
  let name: string = "";
  let partitions: DescribeProducersResponsePartitionResponse[] = [];
  name = (flex ? r.compactString("TopicResponse.Name") : r.string("TopicResponse.Name"));
  {
    const n = (flex ? r.compactArrayLength("TopicResponse.Partitions") : r.arrayLength("TopicResponse.Partitions"));
    const a: DescribeProducersResponsePartitionResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeProducersResponsePartitionResponse(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicResponse._tagged");
      const size = r.uvarint("TopicResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicResponse._tagged", size) });
    }
  }
  const m: DescribeProducersResponseTopicResponse = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeProducersResponseTopicResponse(w: Writer, v: number, flex: boolean, m: DescribeProducersResponseTopicResponse): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeDescribeProducersResponsePartitionResponse(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeProducersResponsePartitionResponse {
  /** The partition index. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. */
  errorCode: number;
  /** The partition error message, which may be null if no additional details are available */
  errorMessage: string | null;
  activeProducers: DescribeProducersResponseProducerState[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeProducersResponsePartitionResponse(): DescribeProducersResponsePartitionResponse {
  return { partitionIndex: 0, errorCode: 0, errorMessage: null, activeProducers: [] };
}

function readDescribeProducersResponsePartitionResponse(r: Reader, v: number, flex: boolean): DescribeProducersResponsePartitionResponse {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  let activeProducers: DescribeProducersResponseProducerState[] = [];
  partitionIndex = r.int32("PartitionResponse.PartitionIndex");
  errorCode = r.int16("PartitionResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("PartitionResponse.ErrorMessage") : r.nullableString("PartitionResponse.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("PartitionResponse.ActiveProducers") : r.arrayLength("PartitionResponse.ActiveProducers"));
    const a: DescribeProducersResponseProducerState[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeProducersResponseProducerState(r, v, flex));
    activeProducers = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionResponse._tagged");
      const size = r.uvarint("PartitionResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionResponse._tagged", size) });
    }
  }
  const m: DescribeProducersResponsePartitionResponse = { partitionIndex, errorCode, errorMessage, activeProducers };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeProducersResponsePartitionResponse(w: Writer, v: number, flex: boolean, m: DescribeProducersResponsePartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.activeProducers!.length + 1) : w.int32(m.activeProducers!.length));
  for (const x of m.activeProducers!) writeDescribeProducersResponseProducerState(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeProducersResponseProducerState {
  producerId: bigint;
  producerEpoch: number;
  lastSequence: number;
  lastTimestamp: bigint;
  coordinatorEpoch: number;
  currentTxnStartOffset: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeProducersResponseProducerState(): DescribeProducersResponseProducerState {
  return { producerId: 0n, producerEpoch: 0, lastSequence: -1, lastTimestamp: -1n, coordinatorEpoch: 0, currentTxnStartOffset: -1n };
}

function readDescribeProducersResponseProducerState(r: Reader, v: number, flex: boolean): DescribeProducersResponseProducerState {
  let producerId: bigint = 0n;
  let producerEpoch: number = 0;
  let lastSequence: number = -1;
  let lastTimestamp: bigint = -1n;
  let coordinatorEpoch: number = 0;
  let currentTxnStartOffset: bigint = -1n;
  producerId = r.int64("ProducerState.ProducerId");
  producerEpoch = r.int32("ProducerState.ProducerEpoch");
  lastSequence = r.int32("ProducerState.LastSequence");
  lastTimestamp = r.int64("ProducerState.LastTimestamp");
  coordinatorEpoch = r.int32("ProducerState.CoordinatorEpoch");
  currentTxnStartOffset = r.int64("ProducerState.CurrentTxnStartOffset");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ProducerState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ProducerState._tagged");
      const size = r.uvarint("ProducerState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ProducerState._tagged", size) });
    }
  }
  const m: DescribeProducersResponseProducerState = { producerId, producerEpoch, lastSequence, lastTimestamp, coordinatorEpoch, currentTxnStartOffset };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeProducersResponseProducerState(w: Writer, v: number, flex: boolean, m: DescribeProducersResponseProducerState): void {
  w.int64(m.producerId);
  w.int32(m.producerEpoch);
  w.int32(m.lastSequence);
  w.int64(m.lastTimestamp);
  w.int32(m.coordinatorEpoch);
  w.int64(m.currentTxnStartOffset);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeProducersResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeProducersResponse(r: Reader, v: number): DescribeProducersResponse {
  return readDescribeProducersResponse(r, v, true);
}

/** Writes a DescribeProducersResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeProducersResponse(w: Writer, v: number, m: DescribeProducersResponse): void {
  writeDescribeProducersResponse(w, v, true, m);
}

export const DescribeProducersResponseSchema: MessageSchema = {
  name: "DescribeProducersResponse",
  kind: "response",
  apiKey: 61,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TopicResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"ActiveProducers","prop":"activeProducers","type":"[]ProducerState","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ProducerId","prop":"producerId","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerEpoch","prop":"producerEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastSequence","prop":"lastSequence","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"LastTimestamp","prop":"lastTimestamp","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"CoordinatorEpoch","prop":"coordinatorEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CurrentTxnStartOffset","prop":"currentTxnStartOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}]}]}]}],
};
