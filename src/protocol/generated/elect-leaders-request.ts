// Generated from ElectLeadersRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. */
  electionType: number;
  /** The topic partitions to elect leaders. */
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  /** The time in ms to wait for the election to complete. */
  timeoutMs: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultElectLeadersRequest(): ElectLeadersRequest {
  return { electionType: 0, topicPartitions: [], timeoutMs: 60000 };
}

function readElectLeadersRequest(r: Reader, v: number, flex: boolean): ElectLeadersRequest {
  let electionType: number = 0;
  let topicPartitions: ElectLeadersRequestTopicPartitions[] | null = [];
  let timeoutMs: number = 60000;
  if (v >= 1) {
    electionType = r.int8("ElectLeadersRequest.ElectionType");
  }
  {
    const n = (flex ? r.compactNullableArrayLength("ElectLeadersRequest.TopicPartitions") : r.nullableArrayLength("ElectLeadersRequest.TopicPartitions"));
    if (n < 0) topicPartitions = null;
    else {
      const a: ElectLeadersRequestTopicPartitions[] = [];
      for (let i = 0; i < n; i++) a.push(readElectLeadersRequestTopicPartitions(r, v, flex));
      topicPartitions = a;
    }
  }
  timeoutMs = r.int32("ElectLeadersRequest.TimeoutMs");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ElectLeadersRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ElectLeadersRequest._tagged");
      const size = r.uvarint("ElectLeadersRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ElectLeadersRequest._tagged", size) });
    }
  }
  const m: ElectLeadersRequest = { electionType, topicPartitions, timeoutMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeElectLeadersRequest(w: Writer, v: number, flex: boolean, m: ElectLeadersRequest): void {
  if (v >= 1) {
    w.int8(m.electionType);
  } else if (!(m.electionType === 0)) throw unsupportedField("ElectLeadersRequest.ElectionType", v);
  if (m.topicPartitions === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.topicPartitions!.length + 1) : w.int32(m.topicPartitions!.length));
    for (const x of m.topicPartitions!) writeElectLeadersRequestTopicPartitions(w, v, flex, x!);
  }
  w.int32(m.timeoutMs);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ElectLeadersRequestTopicPartitions {
  /** The name of a topic. */
  topic: string;
  /** The partitions of this topic whose leader should be elected. */
  partitions: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultElectLeadersRequestTopicPartitions(): ElectLeadersRequestTopicPartitions {
  return { topic: "", partitions: [] };
}

function readElectLeadersRequestTopicPartitions(r: Reader, v: number, flex: boolean): ElectLeadersRequestTopicPartitions {
  let topic: string = "";
  let partitions: number[] = [];
  topic = (flex ? r.compactString("TopicPartitions.Topic") : r.string("TopicPartitions.Topic"));
  {
    const n = (flex ? r.compactArrayLength("TopicPartitions.Partitions") : r.arrayLength("TopicPartitions.Partitions"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("TopicPartitions.Partitions"));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicPartitions._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicPartitions._tagged");
      const size = r.uvarint("TopicPartitions._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicPartitions._tagged", size) });
    }
  }
  const m: ElectLeadersRequestTopicPartitions = { topic, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeElectLeadersRequestTopicPartitions(w: Writer, v: number, flex: boolean, m: ElectLeadersRequestTopicPartitions): void {
  (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ElectLeadersRequest of version `v`; the caller checks the reader for failure. */
export function decodeElectLeadersRequest(r: Reader, v: number): ElectLeadersRequest {
  return readElectLeadersRequest(r, v, v >= 2);
}

/** Writes a ElectLeadersRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeElectLeadersRequest(w: Writer, v: number, m: ElectLeadersRequest): void {
  writeElectLeadersRequest(w, v, v >= 2, m);
}

export const ElectLeadersRequestSchema: MessageSchema = {
  name: "ElectLeadersRequest",
  kind: "request",
  apiKey: 43,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"ElectionType","prop":"electionType","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicPartitions","prop":"topicPartitions","type":"[]TopicPartitions","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"TimeoutMs","prop":"timeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"60000"}],
};
