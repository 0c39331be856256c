// Generated from ConsumerProtocolSubscription.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema } from '../codec.ts';
import { unsupportedField } from '../codec.ts';

export interface ConsumerProtocolSubscription {
  topics: string[];
  userData: Uint8Array | null;
  ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[];
  generationId: number;
  rackId: string | null;
}

export function defaultConsumerProtocolSubscription(): ConsumerProtocolSubscription {
  return { topics: [], userData: null, ownedPartitions: [], generationId: -1, rackId: null };
}

function readConsumerProtocolSubscription(r: Reader, v: number, flex: boolean): ConsumerProtocolSubscription {
  let topics: string[] = [];
  let userData: Uint8Array | null = null;
  let ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[] = [];
  let generationId: number = -1;
  let rackId: string | null = null;
  {
    const n = (flex ? r.compactArrayLength("ConsumerProtocolSubscription.Topics") : r.arrayLength("ConsumerProtocolSubscription.Topics"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("ConsumerProtocolSubscription.Topics") : r.string("ConsumerProtocolSubscription.Topics")));
    topics = a;
  }
  userData = (flex ? r.compactNullableBytes("ConsumerProtocolSubscription.UserData") : r.nullableBytes("ConsumerProtocolSubscription.UserData"));
  if (v >= 1) {
    {
      const n = (flex ? r.compactArrayLength("ConsumerProtocolSubscription.OwnedPartitions") : r.arrayLength("ConsumerProtocolSubscription.OwnedPartitions"));
      const a: ConsumerProtocolSubscriptionTopicPartition[] = [];
      for (let i = 0; i < n; i++) a.push(readConsumerProtocolSubscriptionTopicPartition(r, v, flex));
      ownedPartitions = a;
    }
  }
  if (v >= 2) {
    generationId = r.int32("ConsumerProtocolSubscription.GenerationId");
  }
  if (v >= 3) {
    rackId = (flex ? r.compactNullableString("ConsumerProtocolSubscription.RackId") : r.nullableString("ConsumerProtocolSubscription.RackId"));
  }
  return { topics, userData, ownedPartitions, generationId, rackId };
}

function writeConsumerProtocolSubscription(w: Writer, v: number, flex: boolean, m: ConsumerProtocolSubscription): void {
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) (flex ? w.compactString(x!) : w.string(x!));
  (flex ? w.compactNullableBytes(m.userData) : w.nullableBytes(m.userData));
  if (v >= 1) {
    (flex ? w.uvarint(m.ownedPartitions!.length + 1) : w.int32(m.ownedPartitions!.length));
    for (const x of m.ownedPartitions!) writeConsumerProtocolSubscriptionTopicPartition(w, v, flex, x!);
  }
  if (v >= 2) {
    w.int32(m.generationId);
  }
  if (v >= 3) {
    (flex ? w.compactNullableString(m.rackId) : w.nullableString(m.rackId));
  }
}

export interface ConsumerProtocolSubscriptionTopicPartition {
  topic: string;
  partitions: number[];
}

export function defaultConsumerProtocolSubscriptionTopicPartition(): ConsumerProtocolSubscriptionTopicPartition {
  return { topic: "", partitions: [] };
}

function readConsumerProtocolSubscriptionTopicPartition(r: Reader, v: number, flex: boolean): ConsumerProtocolSubscriptionTopicPartition {
  let topic: string = "";
  let partitions: number[] = [];
  if (v >= 1) {
    topic = (flex ? r.compactString("TopicPartition.Topic") : r.string("TopicPartition.Topic"));
  }
  if (v >= 1) {
    {
      const n = (flex ? r.compactArrayLength("TopicPartition.Partitions") : r.arrayLength("TopicPartition.Partitions"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("TopicPartition.Partitions"));
      partitions = a;
    }
  }
  return { topic, partitions };
}

function writeConsumerProtocolSubscriptionTopicPartition(w: Writer, v: number, flex: boolean, m: ConsumerProtocolSubscriptionTopicPartition): void {
  if (v >= 1) {
    (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  } else if (!(m.topic === "")) throw unsupportedField("TopicPartition.Topic", v);
  if (v >= 1) {
    (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
    for (const x of m.partitions!) w.int32(x);
  } else if (!(m.partitions.length === 0)) throw unsupportedField("TopicPartition.Partitions", v);
}

/** Reads a ConsumerProtocolSubscription of version `v`; the caller checks the reader for failure. */
export function decodeConsumerProtocolSubscription(r: Reader, v: number): ConsumerProtocolSubscription {
  return readConsumerProtocolSubscription(r, v, false);
}

/** Writes a ConsumerProtocolSubscription of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeConsumerProtocolSubscription(w: Writer, v: number, m: ConsumerProtocolSubscription): void {
  writeConsumerProtocolSubscription(w, v, false, m);
}

export const ConsumerProtocolSubscriptionSchema: MessageSchema = {
  name: "ConsumerProtocolSubscription",
  kind: "data",
  apiKey: null,
  validVersions: [0, 3],
  flexibleVersions: null,
  fields: [{"name":"Topics","prop":"topics","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"UserData","prop":"userData","type":"bytes","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"OwnedPartitions","prop":"ownedPartitions","type":"[]TopicPartition","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"GenerationId","prop":"generationId","type":"int32","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"RackId","prop":"rackId","type":"string","versions":[3,32767],"nullable":[3,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"}],
};
