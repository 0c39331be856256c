// Generated from LeaderAndIsrRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface LeaderAndIsrRequest {
  /** The current controller ID. */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 */
  isKRaftController: boolean;
  /** The current controller epoch. */
  controllerEpoch: number;
  /** The current broker epoch. */
  brokerEpoch: bigint;
  /** The type that indicates whether all topics are included in the request */
  type: number;
  /** The state of each partition, in a v0 or v1 message. */
  ungroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  /** Each topic. */
  topicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[];
  /** The current live leaders. */
  liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrRequest(): LeaderAndIsrRequest {
  return { controllerId: 0, isKRaftController: false, controllerEpoch: 0, brokerEpoch: -1n, type: 0, ungroupedPartitionStates: [], topicStates: [], liveLeaders: [] };
}

function readLeaderAndIsrRequest(r: Reader, v: number, flex: boolean): LeaderAndIsrRequest {
  let controllerId: number = 0;
  let isKRaftController: boolean = false;
  let controllerEpoch: number = 0;
  let brokerEpoch: bigint = -1n;
  let type: number = 0;
  let ungroupedPartitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  let topicStates: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
  let liveLeaders: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
  controllerId = r.int32("LeaderAndIsrRequest.ControllerId");
  if (v >= 7) {
    isKRaftController = r.bool("LeaderAndIsrRequest.isKRaftController");
  }
  controllerEpoch = r.int32("LeaderAndIsrRequest.ControllerEpoch");
  if (v >= 2) {
    brokerEpoch = r.int64("LeaderAndIsrRequest.BrokerEpoch");
  }
  if (v >= 5) {
    type = r.int8("LeaderAndIsrRequest.Type");
  }
  if (v <= 1) {
    {
      const n = (flex ? r.compactArrayLength("LeaderAndIsrRequest.UngroupedPartitionStates") : r.arrayLength("LeaderAndIsrRequest.UngroupedPartitionStates"));
      const a: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
      for (let i = 0; i < n; i++) a.push(readLeaderAndIsrRequestLeaderAndIsrPartitionState(r, v, flex));
      ungroupedPartitionStates = a;
    }
  }
  if (v >= 2) {
    {
      const n = (flex ? r.compactArrayLength("LeaderAndIsrRequest.TopicStates") : r.arrayLength("LeaderAndIsrRequest.TopicStates"));
      const a: LeaderAndIsrRequestLeaderAndIsrTopicState[] = [];
      for (let i = 0; i < n; i++) a.push(readLeaderAndIsrRequestLeaderAndIsrTopicState(r, v, flex));
      topicStates = a;
    }
  }
  {
    const n = (flex ? r.compactArrayLength("LeaderAndIsrRequest.LiveLeaders") : r.arrayLength("LeaderAndIsrRequest.LiveLeaders"));
    const a: LeaderAndIsrRequestLeaderAndIsrLiveLeader[] = [];
    for (let i = 0; i < n; i++) a.push(readLeaderAndIsrRequestLeaderAndIsrLiveLeader(r, v, flex));
    liveLeaders = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderAndIsrRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderAndIsrRequest._tagged");
      const size = r.uvarint("LeaderAndIsrRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderAndIsrRequest._tagged", size) });
    }
  }
  const m: LeaderAndIsrRequest = { controllerId, isKRaftController, controllerEpoch, brokerEpoch, type, ungroupedPartitionStates, topicStates, liveLeaders };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaderAndIsrRequest(w: Writer, v: number, flex: boolean, m: LeaderAndIsrRequest): void {
  w.int32(m.controllerId);
  if (v >= 7) {
    w.bool(m.isKRaftController);
  } else if (!(m.isKRaftController === false)) throw unsupportedField("LeaderAndIsrRequest.isKRaftController", v);
  w.int32(m.controllerEpoch);
  if (v >= 2) {
    w.int64(m.brokerEpoch);
  }
  if (v >= 5) {
    w.int8(m.type);
  } else if (!(m.type === 0)) throw unsupportedField("LeaderAndIsrRequest.Type", v);
  if (v <= 1) {
    (flex ? w.uvarint(m.ungroupedPartitionStates!.length + 1) : w.int32(m.ungroupedPartitionStates!.length));
    for (const x of m.ungroupedPartitionStates!) writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, v, flex, x!);
  } else if (!(m.ungroupedPartitionStates.length === 0)) throw unsupportedField("LeaderAndIsrRequest.UngroupedPartitionStates", v);
  if (v >= 2) {
    (flex ? w.uvarint(m.topicStates!.length + 1) : w.int32(m.topicStates!.length));
    for (const x of m.topicStates!) writeLeaderAndIsrRequestLeaderAndIsrTopicState(w, v, flex, x!);
  } else if (!(m.topicStates.length === 0)) throw unsupportedField("LeaderAndIsrRequest.TopicStates", v);
  (flex ? w.uvarint(m.liveLeaders!.length + 1) : w.int32(m.liveLeaders!.length));
  for (const x of m.liveLeaders!) writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface LeaderAndIsrRequestLeaderAndIsrPartitionState {
  /** The topic name. This is only present in v0 or v1. */
  topicName: string;
  /** The partition index. */
  partitionIndex: number;
  /** The controller epoch. */
  controllerEpoch: number;
  /** The broker ID of the leader. */
  leader: number;
  /** The leader epoch. */
  leaderEpoch: number;
  /** The in-sync replica IDs. */
  isr: number[];
  /** The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion) */
  partitionEpoch: number;
  /** The replica IDs. */
  replicas: number[];
  /** The replica IDs that we are adding this partition to, or null if no replicas are being added. */
  addingReplicas: number[];
  /** The replica IDs that we are removing this partition from, or null if no replicas are being removed. */
  removingReplicas: number[];
  /** Whether the replica should have existed on the broker or not. */
  isNew: boolean;
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. */
  leaderRecoveryState: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrRequestLeaderAndIsrPartitionState(): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  return { topicName: "", partitionIndex: 0, controllerEpoch: 0, leader: 0, leaderEpoch: 0, isr: [], partitionEpoch: 0, replicas: [], addingReplicas: [], removingReplicas: [], isNew: false, leaderRecoveryState: 0 };
}

function readLeaderAndIsrRequestLeaderAndIsrPartitionState(r: Reader, v: number, flex: boolean): LeaderAndIsrRequestLeaderAndIsrPartitionState {
  let topicName: string = "";
  let partitionIndex: number = 0;
  let controllerEpoch: number = 0;
  let leader: number = 0;
  let leaderEpoch: number = 0;
  let isr: number[] = [];
  let partitionEpoch: number = 0;
  let replicas: number[] = [];
  let addingReplicas: number[] = [];
  let removingReplicas: number[] = [];
  let isNew: boolean = false;
  let leaderRecoveryState: number = 0;
  if (v <= 1) {
    topicName = (flex ? r.compactString("LeaderAndIsrPartitionState.TopicName") : r.string("LeaderAndIsrPartitionState.TopicName"));
  }
  partitionIndex = r.int32("LeaderAndIsrPartitionState.PartitionIndex");
  controllerEpoch = r.int32("LeaderAndIsrPartitionState.ControllerEpoch");
  leader = r.int32("LeaderAndIsrPartitionState.Leader");
  leaderEpoch = r.int32("LeaderAndIsrPartitionState.LeaderEpoch");
  {
    const n = (flex ? r.compactArrayLength("LeaderAndIsrPartitionState.Isr") : r.arrayLength("LeaderAndIsrPartitionState.Isr"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("LeaderAndIsrPartitionState.Isr"));
    isr = a;
  }
  partitionEpoch = r.int32("LeaderAndIsrPartitionState.PartitionEpoch");
  {
    const n = (flex ? r.compactArrayLength("LeaderAndIsrPartitionState.Replicas") : r.arrayLength("LeaderAndIsrPartitionState.Replicas"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("LeaderAndIsrPartitionState.Replicas"));
    replicas = a;
  }
  if (v >= 3) {
    {
      const n = (flex ? r.compactArrayLength("LeaderAndIsrPartitionState.AddingReplicas") : r.arrayLength("LeaderAndIsrPartitionState.AddingReplicas"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("LeaderAndIsrPartitionState.AddingReplicas"));
      addingReplicas = a;
    }
  }
  if (v >= 3) {
    {
      const n = (flex ? r.compactArrayLength("LeaderAndIsrPartitionState.RemovingReplicas") : r.arrayLength("LeaderAndIsrPartitionState.RemovingReplicas"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("LeaderAndIsrPartitionState.RemovingReplicas"));
      removingReplicas = a;
    }
  }
  if (v >= 1) {
    isNew = r.bool("LeaderAndIsrPartitionState.IsNew");
  }
  if (v >= 6) {
    leaderRecoveryState = r.int8("LeaderAndIsrPartitionState.LeaderRecoveryState");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderAndIsrPartitionState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderAndIsrPartitionState._tagged");
      const size = r.uvarint("LeaderAndIsrPartitionState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderAndIsrPartitionState._tagged", size) });
    }
  }
  const m: LeaderAndIsrRequestLeaderAndIsrPartitionState = { topicName, partitionIndex, controllerEpoch, leader, leaderEpoch, isr, partitionEpoch, replicas, addingReplicas, removingReplicas, isNew, leaderRecoveryState };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w: Writer, v: number, flex: boolean, m: LeaderAndIsrRequestLeaderAndIsrPartitionState): void {
  if (v <= 1) {
    (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  }
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  (flex ? w.uvarint(m.isr!.length + 1) : w.int32(m.isr!.length));
  for (const x of m.isr!) w.int32(x);
  w.int32(m.partitionEpoch);
  (flex ? w.uvarint(m.replicas!.length + 1) : w.int32(m.replicas!.length));
  for (const x of m.replicas!) w.int32(x);
  if (v >= 3) {
    (flex ? w.uvarint(m.addingReplicas!.length + 1) : w.int32(m.addingReplicas!.length));
    for (const x of m.addingReplicas!) w.int32(x);
  }
  if (v >= 3) {
    (flex ? w.uvarint(m.removingReplicas!.length + 1) : w.int32(m.removingReplicas!.length));
    for (const x of m.removingReplicas!) w.int32(x);
  }
  if (v >= 1) {
    w.bool(m.isNew);
  }
  if (v >= 6) {
    w.int8(m.leaderRecoveryState);
  } else if (!(m.leaderRecoveryState === 0)) throw unsupportedField("LeaderAndIsrPartitionState.LeaderRecoveryState", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface LeaderAndIsrRequestLeaderAndIsrTopicState {
  /** The topic name. */
  topicName: string;
  /** The unique topic ID. */
  topicId: string;
  /** The state of each partition */
  partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrRequestLeaderAndIsrTopicState(): LeaderAndIsrRequestLeaderAndIsrTopicState {
  return { topicName: "", topicId: ZERO_UUID, partitionStates: [] };
}

function readLeaderAndIsrRequestLeaderAndIsrTopicState(r: Reader, v: number, flex: boolean): LeaderAndIsrRequestLeaderAndIsrTopicState {
  let topicName: string = "";
  let topicId: string = ZERO_UUID;
  let partitionStates: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
  if (v >= 2) {
    topicName = (flex ? r.compactString("LeaderAndIsrTopicState.TopicName") : r.string("LeaderAndIsrTopicState.TopicName"));
  }
  if (v >= 5) {
    topicId = r.uuid("LeaderAndIsrTopicState.TopicId");
  }
  if (v >= 2) {
    {
      const n = (flex ? r.compactArrayLength("LeaderAndIsrTopicState.PartitionStates") : r.arrayLength("LeaderAndIsrTopicState.PartitionStates"));
      const a: LeaderAndIsrRequestLeaderAndIsrPartitionState[] = [];
      for (let i = 0; i < n; i++) a.push(readLeaderAndIsrRequestLeaderAndIsrPartitionState(r, v, flex));
      partitionStates = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderAndIsrTopicState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderAndIsrTopicState._tagged");
      const size = r.uvarint("LeaderAndIsrTopicState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderAndIsrTopicState._tagged", size) });
    }
  }
  const m: LeaderAndIsrRequestLeaderAndIsrTopicState = { topicName, topicId, partitionStates };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaderAndIsrRequestLeaderAndIsrTopicState(w: Writer, v: number, flex: boolean, m: LeaderAndIsrRequestLeaderAndIsrTopicState): void {
  if (v >= 2) {
    (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  } else if (!(m.topicName === "")) throw unsupportedField("LeaderAndIsrTopicState.TopicName", v);
  if (v >= 5) {
    w.uuid(m.topicId);
  }
  if (v >= 2) {
    (flex ? w.uvarint(m.partitionStates!.length + 1) : w.int32(m.partitionStates!.length));
    for (const x of m.partitionStates!) writeLeaderAndIsrRequestLeaderAndIsrPartitionState(w, v, flex, x!);
  } else if (!(m.partitionStates.length === 0)) throw unsupportedField("LeaderAndIsrTopicState.PartitionStates", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  /** The leader's broker ID. */
  brokerId: number;
  /** The leader's hostname. */
  hostName: string;
  /** The leader's port. */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrRequestLeaderAndIsrLiveLeader(): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  return { brokerId: 0, hostName: "", port: 0 };
}

function readLeaderAndIsrRequestLeaderAndIsrLiveLeader(r: Reader, v: number, flex: boolean): LeaderAndIsrRequestLeaderAndIsrLiveLeader {
  let brokerId: number = 0;
  let hostName: string = "";
  let port: number = 0;
  brokerId = r.int32("LeaderAndIsrLiveLeader.BrokerId");
  hostName = (flex ? r.compactString("LeaderAndIsrLiveLeader.HostName") : r.string("LeaderAndIsrLiveLeader.HostName"));
  port = r.int32("LeaderAndIsrLiveLeader.Port");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderAndIsrLiveLeader._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderAndIsrLiveLeader._tagged");
      const size = r.uvarint("LeaderAndIsrLiveLeader._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderAndIsrLiveLeader._tagged", size) });
    }
  }
  const m: LeaderAndIsrRequestLeaderAndIsrLiveLeader = { brokerId, hostName, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaderAndIsrRequestLeaderAndIsrLiveLeader(w: Writer, v: number, flex: boolean, m: LeaderAndIsrRequestLeaderAndIsrLiveLeader): void {
  w.int32(m.brokerId);
  (flex ? w.compactString(m.hostName!) : w.string(m.hostName!));
  w.int32(m.port);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a LeaderAndIsrRequest of version `v`; the caller checks the reader for failure. */
export function decodeLeaderAndIsrRequest(r: Reader, v: number): LeaderAndIsrRequest {
  return readLeaderAndIsrRequest(r, v, v >= 4);
}

/** Writes a LeaderAndIsrRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeLeaderAndIsrRequest(w: Writer, v: number, m: LeaderAndIsrRequest): void {
  writeLeaderAndIsrRequest(w, v, v >= 4, m);
}

export const LeaderAndIsrRequestSchema: MessageSchema = {
  name: "LeaderAndIsrRequest",
  kind: "request",
  apiKey: 4,
  validVersions: [0, 7],
  flexibleVersions: [4, 7],
  fields: [{"name":"ControllerId","prop":"controllerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"isKRaftController","prop":"isKRaftController","type":"bool","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"},{"name":"ControllerEpoch","prop":"controllerEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerEpoch","prop":"brokerEpoch","type":"int64","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Type","prop":"type","type":"int8","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"UngroupedPartitionStates","prop":"ungroupedPartitionStates","type":"[]LeaderAndIsrPartitionState","versions":[0,1],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,1],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ControllerEpoch","prop":"controllerEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Leader","prop":"leader","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Isr","prop":"isr","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionEpoch","prop":"partitionEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Replicas","prop":"replicas","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AddingReplicas","prop":"addingReplicas","type":"[]int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"RemovingReplicas","prop":"removingReplicas","type":"[]int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"IsNew","prop":"isNew","type":"bool","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"false"},{"name":"LeaderRecoveryState","prop":"leaderRecoveryState","type":"int8","versions":[6,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"0"}]},{"name":"TopicStates","prop":"topicStates","type":"[]LeaderAndIsrTopicState","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"PartitionStates","prop":"partitionStates","type":"[]LeaderAndIsrPartitionState","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,1],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ControllerEpoch","prop":"controllerEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Leader","prop":"leader","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Isr","prop":"isr","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionEpoch","prop":"partitionEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Replicas","prop":"replicas","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AddingReplicas","prop":"addingReplicas","type":"[]int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"RemovingReplicas","prop":"removingReplicas","type":"[]int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"IsNew","prop":"isNew","type":"bool","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"false"},{"name":"LeaderRecoveryState","prop":"leaderRecoveryState","type":"int8","versions":[6,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"0"}]}]},{"name":"LiveLeaders","prop":"liveLeaders","type":"[]LeaderAndIsrLiveLeader","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"BrokerId","prop":"brokerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"HostName","prop":"hostName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
