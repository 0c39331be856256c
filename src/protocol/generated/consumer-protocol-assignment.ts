// Generated from ConsumerProtocolAssignment.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema } from '../codec.ts';

export interface ConsumerProtocolAssignment {
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  userData: Uint8Array | null;
}

export function defaultConsumerProtocolAssignment(): ConsumerProtocolAssignment {
  return { assignedPartitions: [], userData: null };
}

function readConsumerProtocolAssignment(r: Reader, v: number, flex: boolean): ConsumerProtocolAssignment {
  let assignedPartitions: ConsumerProtocolAssignmentTopicPartition[] = [];
  let userData: Uint8Array | null = null;
  {
    const n = (flex ? r.compactArrayLength("ConsumerProtocolAssignment.AssignedPartitions") : r.arrayLength("ConsumerProtocolAssignment.AssignedPartitions"));
    const a: ConsumerProtocolAssignmentTopicPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readConsumerProtocolAssignmentTopicPartition(r, v, flex));
    assignedPartitions = a;
  }
  userData = (flex ? r.compactNullableBytes("ConsumerProtocolAssignment.UserData") : r.nullableBytes("ConsumerProtocolAssignment.UserData"));
  return { assignedPartitions, userData };
}

function writeConsumerProtocolAssignment(w: Writer, v: number, flex: boolean, m: ConsumerProtocolAssignment): void {
  (flex ? w.uvarint(m.assignedPartitions!.length + 1) : w.int32(m.assignedPartitions!.length));
  for (const x of m.assignedPartitions!) writeConsumerProtocolAssignmentTopicPartition(w, v, flex, x!);
  (flex ? w.compactNullableBytes(m.userData) : w.nullableBytes(m.userData));
}

export interface ConsumerProtocolAssignmentTopicPartition {
  topic: string;
  partitions: number[];
}

export function defaultConsumerProtocolAssignmentTopicPartition(): ConsumerProtocolAssignmentTopicPartition {
  return { topic: "", partitions: [] };
}

function readConsumerProtocolAssignmentTopicPartition(r: Reader, v: number, flex: boolean): ConsumerProtocolAssignmentTopicPartition {
  let topic: string = "";
  let partitions: number[] = [];
  topic = (flex ? r.compactString("TopicPartition.Topic") : r.string("TopicPartition.Topic"));
  {
    const n = (flex ? r.compactArrayLength("TopicPartition.Partitions") : r.arrayLength("TopicPartition.Partitions"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("TopicPartition.Partitions"));
    partitions = a;
  }
  return { topic, partitions };
}

function writeConsumerProtocolAssignmentTopicPartition(w: Writer, v: number, flex: boolean, m: ConsumerProtocolAssignmentTopicPartition): void {
  (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) w.int32(x);
}

/** Reads a ConsumerProtocolAssignment of version `v`; the caller checks the reader for failure. */
export function decodeConsumerProtocolAssignment(r: Reader, v: number): ConsumerProtocolAssignment {
  return readConsumerProtocolAssignment(r, v, false);
}

/** Writes a ConsumerProtocolAssignment of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeConsumerProtocolAssignment(w: Writer, v: number, m: ConsumerProtocolAssignment): void {
  writeConsumerProtocolAssignment(w, v, false, m);
}

export const ConsumerProtocolAssignmentSchema: MessageSchema = {
  name: "ConsumerProtocolAssignment",
  kind: "data",
  apiKey: null,
  validVersions: [0, 3],
  flexibleVersions: null,
  fields: [{"name":"AssignedPartitions","prop":"assignedPartitions","type":"[]TopicPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"UserData","prop":"userData","type":"bytes","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}],
};
