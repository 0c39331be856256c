// Generated from StopReplicaRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface StopReplicaRequest {
  /** The controller id. */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 */
  isKRaftController: boolean;
  /** The controller epoch. */
  controllerEpoch: number;
  /** The broker epoch. */
  brokerEpoch: bigint;
  /** Whether these partitions should be deleted. */
  deletePartitions: boolean;
  /** The partitions to stop. */
  ungroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[];
  /** The topics to stop. */
  topics: StopReplicaRequestStopReplicaTopicV1[];
  /** Each topic. */
  topicStates: StopReplicaRequestStopReplicaTopicState[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaRequest(): StopReplicaRequest {
  return { controllerId: 0, isKRaftController: false, controllerEpoch: 0, brokerEpoch: -1n, deletePartitions: false, ungroupedPartitions: [], topics: [], topicStates: [] };
}

function readStopReplicaRequest(r: Reader, v: number, flex: boolean): StopReplicaRequest {
  let controllerId: number = 0;
  let isKRaftController: boolean = false;
  let controllerEpoch: number = 0;
  let brokerEpoch: bigint = -1n;
  let deletePartitions: boolean = false;
  let ungroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[] = [];
  let topics: StopReplicaRequestStopReplicaTopicV1[] = [];
  let topicStates: StopReplicaRequestStopReplicaTopicState[] = [];
  controllerId = r.int32("StopReplicaRequest.ControllerId");
  if (v >= 4) {
    isKRaftController = r.bool("StopReplicaRequest.isKRaftController");
  }
  controllerEpoch = r.int32("StopReplicaRequest.ControllerEpoch");
  if (v >= 1) {
    brokerEpoch = r.int64("StopReplicaRequest.BrokerEpoch");
  }
  if (v <= 2) {
    deletePartitions = r.bool("StopReplicaRequest.DeletePartitions");
  }
  if (v <= 0) {
    {
      const n = (flex ? r.compactArrayLength("StopReplicaRequest.UngroupedPartitions") : r.arrayLength("StopReplicaRequest.UngroupedPartitions"));
      const a: StopReplicaRequestStopReplicaPartitionV0[] = [];
      for (let i = 0; i < n; i++) a.push(readStopReplicaRequestStopReplicaPartitionV0(r, v, flex));
      ungroupedPartitions = a;
    }
  }
  if (v >= 1 && v <= 2) {
    {
      const n = (flex ? r.compactArrayLength("StopReplicaRequest.Topics") : r.arrayLength("StopReplicaRequest.Topics"));
      const a: StopReplicaRequestStopReplicaTopicV1[] = [];
      for (let i = 0; i < n; i++) a.push(readStopReplicaRequestStopReplicaTopicV1(r, v, flex));
      topics = a;
    }
  }
  if (v >= 3) {
    {
      const n = (flex ? r.compactArrayLength("StopReplicaRequest.TopicStates") : r.arrayLength("StopReplicaRequest.TopicStates"));
      const a: StopReplicaRequestStopReplicaTopicState[] = [];
      for (let i = 0; i < n; i++) a.push(readStopReplicaRequestStopReplicaTopicState(r, v, flex));
      topicStates = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("StopReplicaRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("StopReplicaRequest._tagged");
      const size = r.uvarint("StopReplicaRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("StopReplicaRequest._tagged", size) });
    }
  }
  const m: StopReplicaRequest = { controllerId, isKRaftController, controllerEpoch, brokerEpoch, deletePartitions, ungroupedPartitions, topics, topicStates };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeStopReplicaRequest(w: Writer, v: number, flex: boolean, m: StopReplicaRequest): void {
  w.int32(m.controllerId);
  if (v >= 4) {
    w.bool(m.isKRaftController);
  } else if (!(m.isKRaftController === false)) throw unsupportedField("StopReplicaRequest.isKRaftController", v);
  w.int32(m.controllerEpoch);
  if (v >= 1) {
    w.int64(m.brokerEpoch);
  }
  if (v <= 2) {
    w.bool(m.deletePartitions);
  } else if (!(m.deletePartitions === false)) throw unsupportedField("StopReplicaRequest.DeletePartitions", v);
  if (v <= 0) {
    (flex ? w.uvarint(m.ungroupedPartitions!.length + 1) : w.int32(m.ungroupedPartitions!.length));
    for (const x of m.ungroupedPartitions!) writeStopReplicaRequestStopReplicaPartitionV0(w, v, flex, x!);
  } else if (!(m.ungroupedPartitions.length === 0)) throw unsupportedField("StopReplicaRequest.UngroupedPartitions", v);
  if (v >= 1 && v <= 2) {
    (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
    for (const x of m.topics!) writeStopReplicaRequestStopReplicaTopicV1(w, v, flex, x!);
  } else if (!(m.topics.length === 0)) throw unsupportedField("StopReplicaRequest.Topics", v);
  if (v >= 3) {
    (flex ? w.uvarint(m.topicStates!.length + 1) : w.int32(m.topicStates!.length));
    for (const x of m.topicStates!) writeStopReplicaRequestStopReplicaTopicState(w, v, flex, x!);
  } else if (!(m.topicStates.length === 0)) throw unsupportedField("StopReplicaRequest.TopicStates", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface StopReplicaRequestStopReplicaPartitionV0 {
  /** The topic name. */
  topicName: string;
  /** The partition index. */
  partitionIndex: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaRequestStopReplicaPartitionV0(): StopReplicaRequestStopReplicaPartitionV0 {
  return { topicName: "", partitionIndex: 0 };
}

function readStopReplicaRequestStopReplicaPartitionV0(r: Reader, v: number, flex: boolean): StopReplicaRequestStopReplicaPartitionV0 {
  let topicName: string = "";
  let partitionIndex: number = 0;
  if (v <= 0) {
    topicName = (flex ? r.compactString("StopReplicaPartitionV0.TopicName") : r.string("StopReplicaPartitionV0.TopicName"));
  }
  if (v <= 0) {
    partitionIndex = r.int32("StopReplicaPartitionV0.PartitionIndex");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("StopReplicaPartitionV0._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("StopReplicaPartitionV0._tagged");
      const size = r.uvarint("StopReplicaPartitionV0._tagged");
      (unknown ??= []).push({ tag, data: r.raw("StopReplicaPartitionV0._tagged", size) });
    }
  }
  const m: StopReplicaRequestStopReplicaPartitionV0 = { topicName, partitionIndex };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeStopReplicaRequestStopReplicaPartitionV0(w: Writer, v: number, flex: boolean, m: StopReplicaRequestStopReplicaPartitionV0): void {
  if (v <= 0) {
    (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  } else if (!(m.topicName === "")) throw unsupportedField("StopReplicaPartitionV0.TopicName", v);
  if (v <= 0) {
    w.int32(m.partitionIndex);
  } else if (!(m.partitionIndex === 0)) throw unsupportedField("StopReplicaPartitionV0.PartitionIndex", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface StopReplicaRequestStopReplicaTopicV1 {
  /** The topic name. */
  name: string;
  /** The partition indexes. */
  partitionIndexes: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaRequestStopReplicaTopicV1(): StopReplicaRequestStopReplicaTopicV1 {
  return { name: "", partitionIndexes: [] };
}

function readStopReplicaRequestStopReplicaTopicV1(r: Reader, v: number, flex: boolean): StopReplicaRequestStopReplicaTopicV1 {
  let name: string = "";
  let partitionIndexes: number[] = [];
  if (v >= 1 && v <= 2) {
    name = (flex ? r.compactString("StopReplicaTopicV1.Name") : r.string("StopReplicaTopicV1.Name"));
  }
  if (v >= 1 && v <= 2) {
    {
      const n = (flex ? r.compactArrayLength("StopReplicaTopicV1.PartitionIndexes") : r.arrayLength("StopReplicaTopicV1.PartitionIndexes"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("StopReplicaTopicV1.PartitionIndexes"));
      partitionIndexes = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("StopReplicaTopicV1._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("StopReplicaTopicV1._tagged");
      const size = r.uvarint("StopReplicaTopicV1._tagged");
      (unknown ??= []).push({ tag, data: r.raw("StopReplicaTopicV1._tagged", size) });
    }
  }
  const m: StopReplicaRequestStopReplicaTopicV1 = { name, partitionIndexes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeStopReplicaRequestStopReplicaTopicV1(w: Writer, v: number, flex: boolean, m: StopReplicaRequestStopReplicaTopicV1): void {
  if (v >= 1 && v <= 2) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("StopReplicaTopicV1.Name", v);
  if (v >= 1 && v <= 2) {
    (flex ? w.uvarint(m.partitionIndexes!.length + 1) : w.int32(m.partitionIndexes!.length));
    for (const x of m.partitionIndexes!) w.int32(x);
  } else if (!(m.partitionIndexes.length === 0)) throw unsupportedField("StopReplicaTopicV1.PartitionIndexes", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface StopReplicaRequestStopReplicaTopicState {
  /** The topic name. */
  topicName: string;
  /** The state of each partition */
  partitionStates: StopReplicaRequestStopReplicaPartitionState[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaRequestStopReplicaTopicState(): StopReplicaRequestStopReplicaTopicState {
  return { topicName: "", partitionStates: [] };
}

function readStopReplicaRequestStopReplicaTopicState(r: Reader, v: number, flex: boolean): StopReplicaRequestStopReplicaTopicState {
  let topicName: string = "";
  let partitionStates: StopReplicaRequestStopReplicaPartitionState[] = [];
  if (v >= 3) {
    topicName = (flex ? r.compactString("StopReplicaTopicState.TopicName") : r.string("StopReplicaTopicState.TopicName"));
  }
  if (v >= 3) {
    {
      const n = (flex ? r.compactArrayLength("StopReplicaTopicState.PartitionStates") : r.arrayLength("StopReplicaTopicState.PartitionStates"));
      const a: StopReplicaRequestStopReplicaPartitionState[] = [];
      for (let i = 0; i < n; i++) a.push(readStopReplicaRequestStopReplicaPartitionState(r, v, flex));
      partitionStates = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("StopReplicaTopicState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("StopReplicaTopicState._tagged");
      const size = r.uvarint("StopReplicaTopicState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("StopReplicaTopicState._tagged", size) });
    }
  }
  const m: StopReplicaRequestStopReplicaTopicState = { topicName, partitionStates };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeStopReplicaRequestStopReplicaTopicState(w: Writer, v: number, flex: boolean, m: StopReplicaRequestStopReplicaTopicState): void {
  if (v >= 3) {
    (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  } else if (!(m.topicName === "")) throw unsupportedField("StopReplicaTopicState.TopicName", v);
  if (v >= 3) {
    (flex ? w.uvarint(m.partitionStates!.length + 1) : w.int32(m.partitionStates!.length));
    for (const x of m.partitionStates!) writeStopReplicaRequestStopReplicaPartitionState(w, v, flex, x!);
  } else if (!(m.partitionStates.length === 0)) throw unsupportedField("StopReplicaTopicState.PartitionStates", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface StopReplicaRequestStopReplicaPartitionState {
  /** The partition index. */
  partitionIndex: number;
  /** The leader epoch. */
  leaderEpoch: number;
  /** Whether this partition should be deleted. */
  deletePartition: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaRequestStopReplicaPartitionState(): StopReplicaRequestStopReplicaPartitionState {
  return { partitionIndex: 0, leaderEpoch: -1, deletePartition: false };
}

function readStopReplicaRequestStopReplicaPartitionState(r: Reader, v: number, flex: boolean): StopReplicaRequestStopReplicaPartitionState {
  let partitionIndex: number = 0;
  let leaderEpoch: number = -1;
  let deletePartition: boolean = false;
  if (v >= 3) {
    partitionIndex = r.int32("StopReplicaPartitionState.PartitionIndex");
  }
  if (v >= 3) {
    leaderEpoch = r.int32("StopReplicaPartitionState.LeaderEpoch");
  }
  if (v >= 3) {
    deletePartition = r.bool("StopReplicaPartitionState.DeletePartition");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("StopReplicaPartitionState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("StopReplicaPartitionState._tagged");
      const size = r.uvarint("StopReplicaPartitionState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("StopReplicaPartitionState._tagged", size) });
    }
  }
  const m: StopReplicaRequestStopReplicaPartitionState = { partitionIndex, leaderEpoch, deletePartition };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeStopReplicaRequestStopReplicaPartitionState(w: Writer, v: number, flex: boolean, m: StopReplicaRequestStopReplicaPartitionState): void {
  if (v >= 3) {
    w.int32(m.partitionIndex);
  } else if (!(m.partitionIndex === 0)) throw unsupportedField("StopReplicaPartitionState.PartitionIndex", v);
  if (v >= 3) {
    w.int32(m.leaderEpoch);
  } else if (!(m.leaderEpoch === -1)) throw unsupportedField("StopReplicaPartitionState.LeaderEpoch", v);
  if (v >= 3) {
    w.bool(m.deletePartition);
  } else if (!(m.deletePartition === false)) throw unsupportedField("StopReplicaPartitionState.DeletePartition", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a StopReplicaRequest of version `v`; the caller checks the reader for failure. */
export function decodeStopReplicaRequest(r: Reader, v: number): StopReplicaRequest {
  return readStopReplicaRequest(r, v, v >= 2);
}

/** Writes a StopReplicaRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeStopReplicaRequest(w: Writer, v: number, m: StopReplicaRequest): void {
  writeStopReplicaRequest(w, v, v >= 2, m);
}

export const StopReplicaRequestSchema: MessageSchema = {
  name: "StopReplicaRequest",
  kind: "request",
  apiKey: 5,
  validVersions: [0, 4],
  flexibleVersions: [2, 4],
  fields: [{"name":"ControllerId","prop":"controllerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"isKRaftController","prop":"isKRaftController","type":"bool","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"},{"name":"ControllerEpoch","prop":"controllerEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerEpoch","prop":"brokerEpoch","type":"int64","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"DeletePartitions","prop":"deletePartitions","type":"bool","versions":[0,2],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"UngroupedPartitions","prop":"ungroupedPartitions","type":"[]StopReplicaPartitionV0","versions":[0,0],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,0],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,0],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Topics","prop":"topics","type":"[]StopReplicaTopicV1","versions":[1,2],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[1,2],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndexes","prop":"partitionIndexes","type":"[]int32","versions":[1,2],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"TopicStates","prop":"topicStates","type":"[]StopReplicaTopicState","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionStates","prop":"partitionStates","type":"[]StopReplicaPartitionState","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"DeletePartition","prop":"deletePartition","type":"bool","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
