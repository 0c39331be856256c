// Generated from CreateTopicsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface CreateTopicsRequest {
  /** The topics to create. */
  topics: CreateTopicsRequestCreatableTopic[];
  /** How long to wait in milliseconds before timing out the request. */
  timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. */
  validateOnly: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateTopicsRequest(): CreateTopicsRequest {
  return { topics: [], timeoutMs: 60000, validateOnly: false };
}

function readCreateTopicsRequest(r: Reader, v: number, flex: boolean): CreateTopicsRequest {
  let topics: CreateTopicsRequestCreatableTopic[] = [];
  let timeoutMs: number = 60000;
  let validateOnly: boolean = false;
  {
    const n = (flex ? r.compactArrayLength("CreateTopicsRequest.Topics") : r.arrayLength("CreateTopicsRequest.Topics"));
    const a: CreateTopicsRequestCreatableTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readCreateTopicsRequestCreatableTopic(r, v, flex));
    topics = a;
  }
  timeoutMs = r.int32("CreateTopicsRequest.timeoutMs");
  if (v >= 1) {
    validateOnly = r.bool("CreateTopicsRequest.validateOnly");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreateTopicsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreateTopicsRequest._tagged");
      const size = r.uvarint("CreateTopicsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreateTopicsRequest._tagged", size) });
    }
  }
  const m: CreateTopicsRequest = { topics, timeoutMs, validateOnly };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateTopicsRequest(w: Writer, v: number, flex: boolean, m: CreateTopicsRequest): void {
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeCreateTopicsRequestCreatableTopic(w, v, flex, x!);
  w.int32(m.timeoutMs);
  if (v >= 1) {
    w.bool(m.validateOnly);
  } else if (!(m.validateOnly === false)) throw unsupportedField("CreateTopicsRequest.validateOnly", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface CreateTopicsRequestCreatableTopic {
  /** The topic name. */
  name: string;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. */
  numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. */
  replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  /** The custom topic configurations to set. */
  configs: CreateTopicsRequestCreatableTopicConfig[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateTopicsRequestCreatableTopic(): CreateTopicsRequestCreatableTopic {
  return { name: "", numPartitions: 0, replicationFactor: 0, assignments: [], configs: [] };
}

function readCreateTopicsRequestCreatableTopic(r: Reader, v: number, flex: boolean): CreateTopicsRequestCreatableTopic {
  let name: string = "";
  let numPartitions: number = 0;
  let replicationFactor: number = 0;
  let assignments: CreateTopicsRequestCreatableReplicaAssignment[] = [];
  let configs: CreateTopicsRequestCreatableTopicConfig[] = [];
  name = (flex ? r.compactString("CreatableTopic.Name") : r.string("CreatableTopic.Name"));
  numPartitions = r.int32("CreatableTopic.NumPartitions");
  replicationFactor = r.int16("CreatableTopic.ReplicationFactor");
  {
    const n = (flex ? r.compactArrayLength("CreatableTopic.Assignments") : r.arrayLength("CreatableTopic.Assignments"));
    const a: CreateTopicsRequestCreatableReplicaAssignment[] = [];
    for (let i = 0; i < n; i++) a.push(readCreateTopicsRequestCreatableReplicaAssignment(r, v, flex));
    assignments = a;
  }
  {
    const n = (flex ? r.compactArrayLength("CreatableTopic.Configs") : r.arrayLength("CreatableTopic.Configs"));
    const a: CreateTopicsRequestCreatableTopicConfig[] = [];
    for (let i = 0; i < n; i++) a.push(readCreateTopicsRequestCreatableTopicConfig(r, v, flex));
    configs = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatableTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatableTopic._tagged");
      const size = r.uvarint("CreatableTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreatableTopic._tagged", size) });
    }
  }
  const m: CreateTopicsRequestCreatableTopic = { name, numPartitions, replicationFactor, assignments, configs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateTopicsRequestCreatableTopic(w: Writer, v: number, flex: boolean, m: CreateTopicsRequestCreatableTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  w.int32(m.numPartitions);
  w.int16(m.replicationFactor);
  (flex ? w.uvarint(m.assignments!.length + 1) : w.int32(m.assignments!.length));
  for (const x of m.assignments!) writeCreateTopicsRequestCreatableReplicaAssignment(w, v, flex, x!);
  (flex ? w.uvarint(m.configs!.length + 1) : w.int32(m.configs!.length));
  for (const x of m.configs!) writeCreateTopicsRequestCreatableTopicConfig(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** The partition index. */
  partitionIndex: number;
  /** The brokers to place the partition on. */
  brokerIds: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateTopicsRequestCreatableReplicaAssignment(): CreateTopicsRequestCreatableReplicaAssignment {
  return { partitionIndex: 0, brokerIds: [] };
}

function readCreateTopicsRequestCreatableReplicaAssignment(r: Reader, v: number, flex: boolean): CreateTopicsRequestCreatableReplicaAssignment {
  let partitionIndex: number = 0;
  let brokerIds: number[] = [];
  partitionIndex = r.int32("CreatableReplicaAssignment.PartitionIndex");
  {
    const n = (flex ? r.compactArrayLength("CreatableReplicaAssignment.BrokerIds") : r.arrayLength("CreatableReplicaAssignment.BrokerIds"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("CreatableReplicaAssignment.BrokerIds"));
    brokerIds = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatableReplicaAssignment._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatableReplicaAssignment._tagged");
      const size = r.uvarint("CreatableReplicaAssignment._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreatableReplicaAssignment._tagged", size) });
    }
  }
  const m: CreateTopicsRequestCreatableReplicaAssignment = { partitionIndex, brokerIds };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, v: number, flex: boolean, m: CreateTopicsRequestCreatableReplicaAssignment): void {
  w.int32(m.partitionIndex);
  (flex ? w.uvarint(m.brokerIds!.length + 1) : w.int32(m.brokerIds!.length));
  for (const x of m.brokerIds!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface CreateTopicsRequestCreatableTopicConfig {
  /** The configuration name. */
  name: string;
  /** The configuration value. */
  value: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateTopicsRequestCreatableTopicConfig(): CreateTopicsRequestCreatableTopicConfig {
  return { name: "", value: "" };
}

function readCreateTopicsRequestCreatableTopicConfig(r: Reader, v: number, flex: boolean): CreateTopicsRequestCreatableTopicConfig {
  let name: string = "";
  let value: string | null = "";
  name = (flex ? r.compactString("CreatableTopicConfig.Name") : r.string("CreatableTopicConfig.Name"));
  value = (flex ? r.compactNullableString("CreatableTopicConfig.Value") : r.nullableString("CreatableTopicConfig.Value"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatableTopicConfig._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatableTopicConfig._tagged");
      const size = r.uvarint("CreatableTopicConfig._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreatableTopicConfig._tagged", size) });
    }
  }
  const m: CreateTopicsRequestCreatableTopicConfig = { name, value };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateTopicsRequestCreatableTopicConfig(w: Writer, v: number, flex: boolean, m: CreateTopicsRequestCreatableTopicConfig): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.compactNullableString(m.value) : w.nullableString(m.value));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a CreateTopicsRequest of version `v`; the caller checks the reader for failure. */
export function decodeCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  return readCreateTopicsRequest(r, v, v >= 5);
}

/** Writes a CreateTopicsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeCreateTopicsRequest(w: Writer, v: number, m: CreateTopicsRequest): void {
  writeCreateTopicsRequest(w, v, v >= 5, m);
}

export const CreateTopicsRequestSchema: MessageSchema = {
  name: "CreateTopicsRequest",
  kind: "request",
  apiKey: 19,
  validVersions: [0, 7],
  flexibleVersions: [5, 7],
  fields: [{"name":"Topics","prop":"topics","type":"[]CreatableTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"NumPartitions","prop":"numPartitions","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ReplicationFactor","prop":"replicationFactor","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Assignments","prop":"assignments","type":"[]CreatableReplicaAssignment","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerIds","prop":"brokerIds","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Configs","prop":"configs","type":"[]CreatableTopicConfig","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Value","prop":"value","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"timeoutMs","prop":"timeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"60000"},{"name":"validateOnly","prop":"validateOnly","type":"bool","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"}],
};
