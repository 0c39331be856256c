// Generated from ProduceRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Records, Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. */
  transactionalId: string | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. */
  acks: number;
  /** The timeout to await a response in milliseconds. */
  timeoutMs: number;
  /** Each topic to produce to. */
  topicData: ProduceRequestTopicProduceData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultProduceRequest(): ProduceRequest {
  return { transactionalId: null, acks: 0, timeoutMs: 0, topicData: [] };
}

function readProduceRequest(r: Reader, v: number, flex: boolean): ProduceRequest {
  let transactionalId: string | null = null;
  let acks: number = 0;
  let timeoutMs: number = 0;
  let topicData: ProduceRequestTopicProduceData[] = [];
  if (v >= 3) {
    transactionalId = (flex ? r.compactNullableString("ProduceRequest.TransactionalId") : r.nullableString("ProduceRequest.TransactionalId"));
  }
  acks = r.int16("ProduceRequest.Acks");
  timeoutMs = r.int32("ProduceRequest.TimeoutMs");
  {
    const n = (flex ? r.compactArrayLength("ProduceRequest.TopicData") : r.arrayLength("ProduceRequest.TopicData"));
    const a: ProduceRequestTopicProduceData[] = [];
    for (let i = 0; i < n; i++) a.push(readProduceRequestTopicProduceData(r, v, flex));
    topicData = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ProduceRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ProduceRequest._tagged");
      const size = r.uvarint("ProduceRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ProduceRequest._tagged", size) });
    }
  }
  const m: ProduceRequest = { transactionalId, acks, timeoutMs, topicData };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeProduceRequest(w: Writer, v: number, flex: boolean, m: ProduceRequest): void {
  if (v >= 3) {
    (flex ? w.compactNullableString(m.transactionalId) : w.nullableString(m.transactionalId));
  } else if (!(m.transactionalId === null)) throw unsupportedField("ProduceRequest.TransactionalId", v);
  w.int16(m.acks);
  w.int32(m.timeoutMs);
  (flex ? w.uvarint(m.topicData!.length + 1) : w.int32(m.topicData!.length));
  for (const x of m.topicData!) writeProduceRequestTopicProduceData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ProduceRequestTopicProduceData {
  /** The topic name. */
  name: string;
  /** Each partition to produce to. */
  partitionData: ProduceRequestPartitionProduceData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultProduceRequestTopicProduceData(): ProduceRequestTopicProduceData {
  return { name: "", partitionData: [] };
}

function readProduceRequestTopicProduceData(r: Reader, v: number, flex: boolean): ProduceRequestTopicProduceData {
  let name: string = "";
  let partitionData: ProduceRequestPartitionProduceData[] = [];
  name = (flex ? r.compactString("TopicProduceData.Name") : r.string("TopicProduceData.Name"));
  {
    const n = (flex ? r.compactArrayLength("TopicProduceData.PartitionData") : r.arrayLength("TopicProduceData.PartitionData"));
    const a: ProduceRequestPartitionProduceData[] = [];
    for (let i = 0; i < n; i++) a.push(readProduceRequestPartitionProduceData(r, v, flex));
    partitionData = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicProduceData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicProduceData._tagged");
      const size = r.uvarint("TopicProduceData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicProduceData._tagged", size) });
    }
  }
  const m: ProduceRequestTopicProduceData = { name, partitionData };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeProduceRequestTopicProduceData(w: Writer, v: number, flex: boolean, m: ProduceRequestTopicProduceData): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitionData!.length + 1) : w.int32(m.partitionData!.length));
  for (const x of m.partitionData!) writeProduceRequestPartitionProduceData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ProduceRequestPartitionProduceData {
  /** The partition index. */
  index: number;
  /** The record data to be produced. */
  records: Records | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultProduceRequestPartitionProduceData(): ProduceRequestPartitionProduceData {
  return { index: 0, records: null };
}

function readProduceRequestPartitionProduceData(r: Reader, v: number, flex: boolean): ProduceRequestPartitionProduceData {
  let index: number = 0;
  let records: Records | null = null;
  index = r.int32("PartitionProduceData.Index");
  records = (flex ? r.compactNullableBytes("PartitionProduceData.Records") : r.nullableBytes("PartitionProduceData.Records"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionProduceData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionProduceData._tagged");
      const size = r.uvarint("PartitionProduceData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionProduceData._tagged", size) });
    }
  }
  const m: ProduceRequestPartitionProduceData = { index, records };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeProduceRequestPartitionProduceData(w: Writer, v: number, flex: boolean, m: ProduceRequestPartitionProduceData): void {
  w.int32(m.index);
  (flex ? w.compactNullableRecords(m.records) : w.nullableRecords(m.records));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ProduceRequest of version `v`; the caller checks the reader for failure. */
export function decodeProduceRequest(r: Reader, v: number): ProduceRequest {
  return readProduceRequest(r, v, v >= 9);
}

/** Writes a ProduceRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeProduceRequest(w: Writer, v: number, m: ProduceRequest): void {
  writeProduceRequest(w, v, v >= 9, m);
}

export const ProduceRequestSchema: MessageSchema = {
  name: "ProduceRequest",
  kind: "request",
  apiKey: 0,
  validVersions: [0, 11],
  flexibleVersions: [9, 11],
  fields: [{"name":"TransactionalId","prop":"transactionalId","type":"string","versions":[3,32767],"nullable":[3,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"Acks","prop":"acks","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TimeoutMs","prop":"timeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicData","prop":"topicData","type":"[]TopicProduceData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionData","prop":"partitionData","type":"[]PartitionProduceData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Index","prop":"index","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Records","prop":"records","type":"records","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
