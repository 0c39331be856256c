// Generated from AlterPartitionRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface AlterPartitionRequest {
  /** The ID of the requesting broker */
  brokerId: number;
  /** The epoch of the requesting broker */
  brokerEpoch: bigint;
  topics: AlterPartitionRequestTopicData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionRequest(): AlterPartitionRequest {
  return { brokerId: 0, brokerEpoch: -1n, topics: [] };
}

function readAlterPartitionRequest(r: Reader, v: number, flex: boolean): AlterPartitionRequest {
  let brokerId: number = 0;
  let brokerEpoch: bigint = -1n;
  let topics: AlterPartitionRequestTopicData[] = [];
  brokerId = r.int32("AlterPartitionRequest.BrokerId");
  brokerEpoch = r.int64("AlterPartitionRequest.BrokerEpoch");
  {
    const n = (flex ? r.compactArrayLength("AlterPartitionRequest.Topics") : r.arrayLength("AlterPartitionRequest.Topics"));
    const a: AlterPartitionRequestTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterPartitionRequestTopicData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterPartitionRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterPartitionRequest._tagged");
      const size = r.uvarint("AlterPartitionRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterPartitionRequest._tagged", size) });
    }
  }
  const m: AlterPartitionRequest = { brokerId, brokerEpoch, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionRequest(w: Writer, v: number, flex: boolean, m: AlterPartitionRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeAlterPartitionRequestTopicData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterPartitionRequestTopicData {
  /** The name of the topic to alter ISRs for */
  topicName: string;
  /** The ID of the topic to alter ISRs for */
  topicId: string;
  partitions: AlterPartitionRequestPartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionRequestTopicData(): AlterPartitionRequestTopicData {
  return { topicName: "", topicId: ZERO_UUID, partitions: [] };
}

function readAlterPartitionRequestTopicData(r: Reader, v: number, flex: boolean): AlterPartitionRequestTopicData {
  let topicName: string = "";
  let topicId: string = ZERO_UUID;
  let partitions: AlterPartitionRequestPartitionData[] = [];
  if (v <= 1) {
    topicName = (flex ? r.compactString("TopicData.TopicName") : r.string("TopicData.TopicName"));
  }
  if (v >= 2) {
    topicId = r.uuid("TopicData.TopicId");
  }
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: AlterPartitionRequestPartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterPartitionRequestPartitionData(r, v, flex));
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
  const m: AlterPartitionRequestTopicData = { topicName, topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionRequestTopicData(w: Writer, v: number, flex: boolean, m: AlterPartitionRequestTopicData): void {
  if (v <= 1) {
    (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  }
  if (v >= 2) {
    w.uuid(m.topicId);
  }
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeAlterPartitionRequestPartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterPartitionRequestPartitionData {
  /** The partition index */
  partitionIndex: number;
  /** The leader epoch of this partition */
  leaderEpoch: number;
  /** The ISR for this partition. Deprecated since version 3. */
  newIsr: number[];
  newIsrWithEpochs: AlterPartitionRequestBrokerState[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. */
  leaderRecoveryState: number;
  /** The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request. */
  partitionEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionRequestPartitionData(): AlterPartitionRequestPartitionData {
  return { partitionIndex: 0, leaderEpoch: 0, newIsr: [], newIsrWithEpochs: [], leaderRecoveryState: 0, partitionEpoch: 0 };
}

function readAlterPartitionRequestPartitionData(r: Reader, v: number, flex: boolean): AlterPartitionRequestPartitionData {
  let partitionIndex: number = 0;
  let leaderEpoch: number = 0;
  let newIsr: number[] = [];
  let newIsrWithEpochs: AlterPartitionRequestBrokerState[] = [];
  let leaderRecoveryState: number = 0;
  let partitionEpoch: number = 0;
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  leaderEpoch = r.int32("PartitionData.LeaderEpoch");
  if (v <= 2) {
    {
      const n = (flex ? r.compactArrayLength("PartitionData.NewIsr") : r.arrayLength("PartitionData.NewIsr"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("PartitionData.NewIsr"));
      newIsr = a;
    }
  }
  if (v >= 3) {
    {
      const n = (flex ? r.compactArrayLength("PartitionData.NewIsrWithEpochs") : r.arrayLength("PartitionData.NewIsrWithEpochs"));
      const a: AlterPartitionRequestBrokerState[] = [];
      for (let i = 0; i < n; i++) a.push(readAlterPartitionRequestBrokerState(r, v, flex));
      newIsrWithEpochs = a;
    }
  }
  if (v >= 1) {
    leaderRecoveryState = r.int8("PartitionData.LeaderRecoveryState");
  }
  partitionEpoch = r.int32("PartitionData.PartitionEpoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: AlterPartitionRequestPartitionData = { partitionIndex, leaderEpoch, newIsr, newIsrWithEpochs, leaderRecoveryState, partitionEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionRequestPartitionData(w: Writer, v: number, flex: boolean, m: AlterPartitionRequestPartitionData): void {
  w.int32(m.partitionIndex);
  w.int32(m.leaderEpoch);
  if (v <= 2) {
    (flex ? w.uvarint(m.newIsr!.length + 1) : w.int32(m.newIsr!.length));
    for (const x of m.newIsr!) w.int32(x);
  } else if (!(m.newIsr.length === 0)) throw unsupportedField("PartitionData.NewIsr", v);
  if (v >= 3) {
    (flex ? w.uvarint(m.newIsrWithEpochs!.length + 1) : w.int32(m.newIsrWithEpochs!.length));
    for (const x of m.newIsrWithEpochs!) writeAlterPartitionRequestBrokerState(w, v, flex, x!);
  } else if (!(m.newIsrWithEpochs.length === 0)) throw unsupportedField("PartitionData.NewIsrWithEpochs", v);
  if (v >= 1) {
    w.int8(m.leaderRecoveryState);
  } else if (!(m.leaderRecoveryState === 0)) throw unsupportedField("PartitionData.LeaderRecoveryState", v);
  w.int32(m.partitionEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterPartitionRequestBrokerState {
  /** The ID of the broker. */
  brokerId: number;
  /** The epoch of the broker. It will be -1 if the epoch check is not supported. */
  brokerEpoch: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionRequestBrokerState(): AlterPartitionRequestBrokerState {
  return { brokerId: 0, brokerEpoch: -1n };
}

function readAlterPartitionRequestBrokerState(r: Reader, v: number, flex: boolean): AlterPartitionRequestBrokerState {
  let brokerId: number = 0;
  let brokerEpoch: bigint = -1n;
  if (v >= 3) {
    brokerId = r.int32("BrokerState.BrokerId");
  }
  if (v >= 3) {
    brokerEpoch = r.int64("BrokerState.BrokerEpoch");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("BrokerState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("BrokerState._tagged");
      const size = r.uvarint("BrokerState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("BrokerState._tagged", size) });
    }
  }
  const m: AlterPartitionRequestBrokerState = { brokerId, brokerEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionRequestBrokerState(w: Writer, v: number, flex: boolean, m: AlterPartitionRequestBrokerState): void {
  if (v >= 3) {
    w.int32(m.brokerId);
  } else if (!(m.brokerId === 0)) throw unsupportedField("BrokerState.BrokerId", v);
  if (v >= 3) {
    w.int64(m.brokerEpoch);
  } else if (!(m.brokerEpoch === -1n)) throw unsupportedField("BrokerState.BrokerEpoch", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterPartitionRequest of version `v`; the caller checks the reader for failure. */
export function decodeAlterPartitionRequest(r: Reader, v: number): AlterPartitionRequest {
  return readAlterPartitionRequest(r, v, true);
}

/** Writes a AlterPartitionRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterPartitionRequest(w: Writer, v: number, m: AlterPartitionRequest): void {
  writeAlterPartitionRequest(w, v, true, m);
}

export const AlterPartitionRequestSchema: MessageSchema = {
  name: "AlterPartitionRequest",
  kind: "request",
  apiKey: 56,
  validVersions: [0, 3],
  flexibleVersions: [0, 3],
  fields: [{"name":"BrokerId","prop":"brokerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerEpoch","prop":"brokerEpoch","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,1],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"NewIsr","prop":"newIsr","type":"[]int32","versions":[0,2],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"NewIsrWithEpochs","prop":"newIsrWithEpochs","type":"[]BrokerState","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"BrokerId","prop":"brokerId","type":"int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerEpoch","prop":"brokerEpoch","type":"int64","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}]},{"name":"LeaderRecoveryState","prop":"leaderRecoveryState","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"0"},{"name":"PartitionEpoch","prop":"partitionEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
