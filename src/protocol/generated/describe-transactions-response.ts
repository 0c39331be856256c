// Generated from DescribeTransactionsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  transactionStates: DescribeTransactionsResponseTransactionState[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTransactionsResponse(): DescribeTransactionsResponse {
  return { throttleTimeMs: 0, transactionStates: [] };
}

function readDescribeTransactionsResponse(r: Reader, v: number, flex: boolean): DescribeTransactionsResponse {
  let throttleTimeMs: number = 0;
  let transactionStates: DescribeTransactionsResponseTransactionState[] = [];
  throttleTimeMs = r.int32("DescribeTransactionsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("DescribeTransactionsResponse.TransactionStates") : r.arrayLength("DescribeTransactionsResponse.TransactionStates"));
    const a: DescribeTransactionsResponseTransactionState[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeTransactionsResponseTransactionState(r, v, flex));
    transactionStates = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeTransactionsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeTransactionsResponse._tagged");
      const size = r.uvarint("DescribeTransactionsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeTransactionsResponse._tagged", size) });
    }
  }
  const m: DescribeTransactionsResponse = { throttleTimeMs, transactionStates };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTransactionsResponse(w: Writer, v: number, flex: boolean, m: DescribeTransactionsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.transactionStates!.length + 1) : w.int32(m.transactionStates!.length));
  for (const x of m.transactionStates!) writeDescribeTransactionsResponseTransactionState(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeTransactionsResponseTransactionState {
  errorCode: number;
  transactionalId: string;
  transactionState: string;
  transactionTimeoutMs: number;
  transactionStartTimeMs: bigint;
  producerId: bigint;
  producerEpoch: number;
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. */
  topics: DescribeTransactionsResponseTopicData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTransactionsResponseTransactionState(): DescribeTransactionsResponseTransactionState {
  return { errorCode: 0, transactionalId: "", transactionState: "", transactionTimeoutMs: 0, transactionStartTimeMs: 0n, producerId: 0n, producerEpoch: 0, topics: [] };
}

function readDescribeTransactionsResponseTransactionState(r: Reader, v: number, flex: boolean): DescribeTransactionsResponseTransactionState {
  let errorCode: number = 0;
  let transactionalId: string = "";
  let transactionState: string = "";
  let transactionTimeoutMs: number = 0;
  let transactionStartTimeMs: bigint = 0n;
  let producerId: bigint = 0n;
  let producerEpoch: number = 0;
  let topics: DescribeTransactionsResponseTopicData[] = [];
  errorCode = r.int16("TransactionState.ErrorCode");
  transactionalId = (flex ? r.compactString("TransactionState.TransactionalId") : r.string("TransactionState.TransactionalId"));
  transactionState = (flex ? r.compactString("TransactionState.TransactionState") : r.string("TransactionState.TransactionState"));
  transactionTimeoutMs = r.int32("TransactionState.TransactionTimeoutMs");
  transactionStartTimeMs = r.int64("TransactionState.TransactionStartTimeMs");
  producerId = r.int64("TransactionState.ProducerId");
  producerEpoch = r.int16("TransactionState.ProducerEpoch");
  {
    const n = (flex ? r.compactArrayLength("TransactionState.Topics") : r.arrayLength("TransactionState.Topics"));
    const a: DescribeTransactionsResponseTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeTransactionsResponseTopicData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TransactionState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TransactionState._tagged");
      const size = r.uvarint("TransactionState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TransactionState._tagged", size) });
    }
  }
  const m: DescribeTransactionsResponseTransactionState = { errorCode, transactionalId, transactionState, transactionTimeoutMs, transactionStartTimeMs, producerId, producerEpoch, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTransactionsResponseTransactionState(w: Writer, v: number, flex: boolean, m: DescribeTransactionsResponseTransactionState): void {
  w.int16(m.errorCode);
  (flex ? w.compactString(m.transactionalId!) : w.string(m.transactionalId!));
  (flex ? w.compactString(m.transactionState!) : w.string(m.transactionState!));
  w.int32(m.transactionTimeoutMs);
  w.int64(m.transactionStartTimeMs);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeDescribeTransactionsResponseTopicData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeTransactionsResponseTopicData {
  topic: string;
  partitions: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTransactionsResponseTopicData(): DescribeTransactionsResponseTopicData {
  return { topic: "", partitions: [] };
}

function readDescribeTransactionsResponseTopicData(r: Reader, v: number, flex: boolean): DescribeTransactionsResponseTopicData {
  let topic: string = "";
  let partitions: number[] = [];
  topic = (flex ? r.compactString("TopicData.Topic") : r.string("TopicData.Topic"));
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("TopicData.Partitions"));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicData._tagged");
      const size = r.uvarint("TopicData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicData._tagged", size) });
    }
  }
  const m: DescribeTransactionsResponseTopicData = { topic, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTransactionsResponseTopicData(w: Writer, v: number, flex: boolean, m: DescribeTransactionsResponseTopicData): void {
  (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeTransactionsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeTransactionsResponse(r: Reader, v: number): DescribeTransactionsResponse {
  return readDescribeTransactionsResponse(r, v, true);
}

/** Writes a DescribeTransactionsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeTransactionsResponse(w: Writer, v: number, m: DescribeTransactionsResponse): void {
  writeDescribeTransactionsResponse(w, v, true, m);
}

export const DescribeTransactionsResponseSchema: MessageSchema = {
  name: "DescribeTransactionsResponse",
  kind: "response",
  apiKey: 65,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TransactionStates","prop":"transactionStates","type":"[]TransactionState","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TransactionalId","prop":"transactionalId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TransactionState","prop":"transactionState","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TransactionTimeoutMs","prop":"transactionTimeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TransactionStartTimeMs","prop":"transactionStartTimeMs","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerId","prop":"producerId","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerEpoch","prop":"producerEpoch","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
