// Generated from UpdateMetadataRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface UpdateMetadataRequest {
  /** The controller id. */
  controllerId: number;
  /** If KRaft controller id is used during migration. See KIP-866 */
  isKRaftController: boolean;
  /** Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866 */
  type: number;
  /** The controller epoch. */
  controllerEpoch: number;
  /** The broker epoch. */
  brokerEpoch: bigint;
  /** In older versions of this RPC, each partition that we would like to update. */
  ungroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
  /** In newer versions of this RPC, each topic that we would like to update. */
  topicStates: UpdateMetadataRequestUpdateMetadataTopicState[];
  liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataRequest(): UpdateMetadataRequest {
  return { controllerId: 0, isKRaftController: false, type: 0, controllerEpoch: 0, brokerEpoch: -1n, ungroupedPartitionStates: [], topicStates: [], liveBrokers: [] };
}

function readUpdateMetadataRequest(r: Reader, v: number, flex: boolean): UpdateMetadataRequest {
  let controllerId: number = 0;
  let isKRaftController: boolean = false;
  let type: number = 0;
  let controllerEpoch: number = 0;
  let brokerEpoch: bigint = -1n;
  let ungroupedPartitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  let topicStates: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
  let liveBrokers: UpdateMetadataRequestUpdateMetadataBroker[] = [];
  controllerId = r.int32("UpdateMetadataRequest.ControllerId");
  if (v >= 8) {
    isKRaftController = r.bool("UpdateMetadataRequest.isKRaftController");
  }
  controllerEpoch = r.int32("UpdateMetadataRequest.ControllerEpoch");
  if (v >= 5) {
    brokerEpoch = r.int64("UpdateMetadataRequest.BrokerEpoch");
  }
  if (v <= 4) {
    {
      const n = (flex ? r.compactArrayLength("UpdateMetadataRequest.UngroupedPartitionStates") : r.arrayLength("UpdateMetadataRequest.UngroupedPartitionStates"));
      const a: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
      for (let i = 0; i < n; i++) a.push(readUpdateMetadataRequestUpdateMetadataPartitionState(r, v, flex));
      ungroupedPartitionStates = a;
    }
  }
  if (v >= 5) {
    {
      const n = (flex ? r.compactArrayLength("UpdateMetadataRequest.TopicStates") : r.arrayLength("UpdateMetadataRequest.TopicStates"));
      const a: UpdateMetadataRequestUpdateMetadataTopicState[] = [];
      for (let i = 0; i < n; i++) a.push(readUpdateMetadataRequestUpdateMetadataTopicState(r, v, flex));
      topicStates = a;
    }
  }
  {
    const n = (flex ? r.compactArrayLength("UpdateMetadataRequest.LiveBrokers") : r.arrayLength("UpdateMetadataRequest.LiveBrokers"));
    const a: UpdateMetadataRequestUpdateMetadataBroker[] = [];
    for (let i = 0; i < n; i++) a.push(readUpdateMetadataRequestUpdateMetadataBroker(r, v, flex));
    liveBrokers = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdateMetadataRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdateMetadataRequest._tagged");
      const size = r.uvarint("UpdateMetadataRequest._tagged");
      if (tag === 0 && v >= 8) {
        const end = r.pos + size;
        type = r.int8("UpdateMetadataRequest.Type");
        if (r.pos !== end) r.fail("UpdateMetadataRequest.Type", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("UpdateMetadataRequest._tagged", size) });
    }
  }
  const m: UpdateMetadataRequest = { controllerId, isKRaftController, type, controllerEpoch, brokerEpoch, ungroupedPartitionStates, topicStates, liveBrokers };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateMetadataRequest(w: Writer, v: number, flex: boolean, m: UpdateMetadataRequest): void {
  w.int32(m.controllerId);
  if (v >= 8) {
    w.bool(m.isKRaftController);
  } else if (!(m.isKRaftController === false)) throw unsupportedField("UpdateMetadataRequest.isKRaftController", v);
  if (!(v >= 8)) if (!(m.type === 0)) throw unsupportedField("UpdateMetadataRequest.Type", v);
  w.int32(m.controllerEpoch);
  if (v >= 5) {
    w.int64(m.brokerEpoch);
  }
  if (v <= 4) {
    (flex ? w.uvarint(m.ungroupedPartitionStates!.length + 1) : w.int32(m.ungroupedPartitionStates!.length));
    for (const x of m.ungroupedPartitionStates!) writeUpdateMetadataRequestUpdateMetadataPartitionState(w, v, flex, x!);
  } else if (!(m.ungroupedPartitionStates.length === 0)) throw unsupportedField("UpdateMetadataRequest.UngroupedPartitionStates", v);
  if (v >= 5) {
    (flex ? w.uvarint(m.topicStates!.length + 1) : w.int32(m.topicStates!.length));
    for (const x of m.topicStates!) writeUpdateMetadataRequestUpdateMetadataTopicState(w, v, flex, x!);
  } else if (!(m.topicStates.length === 0)) throw unsupportedField("UpdateMetadataRequest.TopicStates", v);
  (flex ? w.uvarint(m.liveBrokers!.length + 1) : w.int32(m.liveBrokers!.length));
  for (const x of m.liveBrokers!) writeUpdateMetadataRequestUpdateMetadataBroker(w, v, flex, x!);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 8 && !(m.type === 0)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.int8(m.type);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface UpdateMetadataRequestUpdateMetadataPartitionState {
  /** In older versions of this RPC, the topic name. */
  topicName: string;
  /** The partition index. */
  partitionIndex: number;
  /** The controller epoch. */
  controllerEpoch: number;
  /** The ID of the broker which is the current partition leader. */
  leader: number;
  /** The leader epoch of this partition. */
  leaderEpoch: number;
  /** The brokers which are in the ISR for this partition. */
  isr: number[];
  /** The Zookeeper version. */
  zkVersion: number;
  /** All the replicas of this partition. */
  replicas: number[];
  /** The replicas of this partition which are offline. */
  offlineReplicas: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataRequestUpdateMetadataPartitionState(): UpdateMetadataRequestUpdateMetadataPartitionState {
  return { topicName: "", partitionIndex: 0, controllerEpoch: 0, leader: 0, leaderEpoch: 0, isr: [], zkVersion: 0, replicas: [], offlineReplicas: [] };
}

function readUpdateMetadataRequestUpdateMetadataPartitionState(r: Reader, v: number, flex: boolean): UpdateMetadataRequestUpdateMetadataPartitionState {
  let topicName: string = "";
  let partitionIndex: number = 0;
  let controllerEpoch: number = 0;
  let leader: number = 0;
  let leaderEpoch: number = 0;
  let isr: number[] = [];
  let zkVersion: number = 0;
  let replicas: number[] = [];
  let offlineReplicas: number[] = [];
  if (v <= 4) {
    topicName = (flex ? r.compactString("UpdateMetadataPartitionState.TopicName") : r.string("UpdateMetadataPartitionState.TopicName"));
  }
  partitionIndex = r.int32("UpdateMetadataPartitionState.PartitionIndex");
  controllerEpoch = r.int32("UpdateMetadataPartitionState.ControllerEpoch");
  leader = r.int32("UpdateMetadataPartitionState.Leader");
  leaderEpoch = r.int32("UpdateMetadataPartitionState.LeaderEpoch");
  {
    const n = (flex ? r.compactArrayLength("UpdateMetadataPartitionState.Isr") : r.arrayLength("UpdateMetadataPartitionState.Isr"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("UpdateMetadataPartitionState.Isr"));
    isr = a;
  }
  zkVersion = r.int32("UpdateMetadataPartitionState.ZkVersion");
  {
    const n = (flex ? r.compactArrayLength("UpdateMetadataPartitionState.Replicas") : r.arrayLength("UpdateMetadataPartitionState.Replicas"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("UpdateMetadataPartitionState.Replicas"));
    replicas = a;
  }
  if (v >= 4) {
    {
      const n = (flex ? r.compactArrayLength("UpdateMetadataPartitionState.OfflineReplicas") : r.arrayLength("UpdateMetadataPartitionState.OfflineReplicas"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("UpdateMetadataPartitionState.OfflineReplicas"));
      offlineReplicas = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdateMetadataPartitionState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdateMetadataPartitionState._tagged");
      const size = r.uvarint("UpdateMetadataPartitionState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UpdateMetadataPartitionState._tagged", size) });
    }
  }
  const m: UpdateMetadataRequestUpdateMetadataPartitionState = { topicName, partitionIndex, controllerEpoch, leader, leaderEpoch, isr, zkVersion, replicas, offlineReplicas };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateMetadataRequestUpdateMetadataPartitionState(w: Writer, v: number, flex: boolean, m: UpdateMetadataRequestUpdateMetadataPartitionState): void {
  if (v <= 4) {
    (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  }
  w.int32(m.partitionIndex);
  w.int32(m.controllerEpoch);
  w.int32(m.leader);
  w.int32(m.leaderEpoch);
  (flex ? w.uvarint(m.isr!.length + 1) : w.int32(m.isr!.length));
  for (const x of m.isr!) w.int32(x);
  w.int32(m.zkVersion);
  (flex ? w.uvarint(m.replicas!.length + 1) : w.int32(m.replicas!.length));
  for (const x of m.replicas!) w.int32(x);
  if (v >= 4) {
    (flex ? w.uvarint(m.offlineReplicas!.length + 1) : w.int32(m.offlineReplicas!.length));
    for (const x of m.offlineReplicas!) w.int32(x);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface UpdateMetadataRequestUpdateMetadataTopicState {
  /** The topic name. */
  topicName: string;
  /** The topic id. */
  topicId: string;
  /** The partition that we would like to update. */
  partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataRequestUpdateMetadataTopicState(): UpdateMetadataRequestUpdateMetadataTopicState {
  return { topicName: "", topicId: ZERO_UUID, partitionStates: [] };
}

function readUpdateMetadataRequestUpdateMetadataTopicState(r: Reader, v: number, flex: boolean): UpdateMetadataRequestUpdateMetadataTopicState {
  let topicName: string = "";
  let topicId: string = ZERO_UUID;
  let partitionStates: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
  if (v >= 5) {
    topicName = (flex ? r.compactString("UpdateMetadataTopicState.TopicName") : r.string("UpdateMetadataTopicState.TopicName"));
  }
  if (v >= 7) {
    topicId = r.uuid("UpdateMetadataTopicState.TopicId");
  }
  if (v >= 5) {
    {
      const n = (flex ? r.compactArrayLength("UpdateMetadataTopicState.PartitionStates") : r.arrayLength("UpdateMetadataTopicState.PartitionStates"));
      const a: UpdateMetadataRequestUpdateMetadataPartitionState[] = [];
      for (let i = 0; i < n; i++) a.push(readUpdateMetadataRequestUpdateMetadataPartitionState(r, v, flex));
      partitionStates = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdateMetadataTopicState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdateMetadataTopicState._tagged");
      const size = r.uvarint("UpdateMetadataTopicState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UpdateMetadataTopicState._tagged", size) });
    }
  }
  const m: UpdateMetadataRequestUpdateMetadataTopicState = { topicName, topicId, partitionStates };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateMetadataRequestUpdateMetadataTopicState(w: Writer, v: number, flex: boolean, m: UpdateMetadataRequestUpdateMetadataTopicState): void {
  if (v >= 5) {
    (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  } else if (!(m.topicName === "")) throw unsupportedField("UpdateMetadataTopicState.TopicName", v);
  if (v >= 7) {
    w.uuid(m.topicId);
  }
  if (v >= 5) {
    (flex ? w.uvarint(m.partitionStates!.length + 1) : w.int32(m.partitionStates!.length));
    for (const x of m.partitionStates!) writeUpdateMetadataRequestUpdateMetadataPartitionState(w, v, flex, x!);
  } else if (!(m.partitionStates.length === 0)) throw unsupportedField("UpdateMetadataTopicState.PartitionStates", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface UpdateMetadataRequestUpdateMetadataBroker {
  /** The broker id. */
  id: number;
  /** The broker hostname. */
  v0Host: string;
  /** The broker port. */
  v0Port: number;
  /** The broker endpoints. */
  endpoints: UpdateMetadataRequestUpdateMetadataEndpoint[];
  /** The rack which this broker belongs to. */
  rack: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataRequestUpdateMetadataBroker(): UpdateMetadataRequestUpdateMetadataBroker {
  return { id: 0, v0Host: "", v0Port: 0, endpoints: [], rack: "" };
}

function readUpdateMetadataRequestUpdateMetadataBroker(r: Reader, v: number, flex: boolean): UpdateMetadataRequestUpdateMetadataBroker {
  let id: number = 0;
  let v0Host: string = "";
  let v0Port: number = 0;
  let endpoints: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
  let rack: string | null = "";
  id = r.int32("UpdateMetadataBroker.Id");
  if (v <= 0) {
    v0Host = (flex ? r.compactString("UpdateMetadataBroker.V0Host") : r.string("UpdateMetadataBroker.V0Host"));
  }
  if (v <= 0) {
    v0Port = r.int32("UpdateMetadataBroker.V0Port");
  }
  if (v >= 1) {
    {
      const n = (flex ? r.compactArrayLength("UpdateMetadataBroker.Endpoints") : r.arrayLength("UpdateMetadataBroker.Endpoints"));
      const a: UpdateMetadataRequestUpdateMetadataEndpoint[] = [];
      for (let i = 0; i < n; i++) a.push(readUpdateMetadataRequestUpdateMetadataEndpoint(r, v, flex));
      endpoints = a;
    }
  }
  if (v >= 2) {
    rack = (flex ? r.compactNullableString("UpdateMetadataBroker.Rack") : r.nullableString("UpdateMetadataBroker.Rack"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdateMetadataBroker._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdateMetadataBroker._tagged");
      const size = r.uvarint("UpdateMetadataBroker._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UpdateMetadataBroker._tagged", size) });
    }
  }
  const m: UpdateMetadataRequestUpdateMetadataBroker = { id, v0Host, v0Port, endpoints, rack };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateMetadataRequestUpdateMetadataBroker(w: Writer, v: number, flex: boolean, m: UpdateMetadataRequestUpdateMetadataBroker): void {
  w.int32(m.id);
  if (v <= 0) {
    (flex ? w.compactString(m.v0Host!) : w.string(m.v0Host!));
  }
  if (v <= 0) {
    w.int32(m.v0Port);
  }
  if (v >= 1) {
    (flex ? w.uvarint(m.endpoints!.length + 1) : w.int32(m.endpoints!.length));
    for (const x of m.endpoints!) writeUpdateMetadataRequestUpdateMetadataEndpoint(w, v, flex, x!);
  }
  if (v >= 2) {
    (flex ? w.compactNullableString(m.rack) : w.nullableString(m.rack));
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface UpdateMetadataRequestUpdateMetadataEndpoint {
  /** The port of this endpoint */
  port: number;
  /** The hostname of this endpoint */
  host: string;
  /** The listener name. */
  listener: string;
  /** The security protocol type. */
  securityProtocol: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataRequestUpdateMetadataEndpoint(): UpdateMetadataRequestUpdateMetadataEndpoint {
  return { port: 0, host: "", listener: "", securityProtocol: 0 };
}

function readUpdateMetadataRequestUpdateMetadataEndpoint(r: Reader, v: number, flex: boolean): UpdateMetadataRequestUpdateMetadataEndpoint {
  let port: number = 0;
  let host: string = "";
  let listener: string = "";
  let securityProtocol: number = 0;
  if (v >= 1) {
    port = r.int32("UpdateMetadataEndpoint.Port");
  }
  if (v >= 1) {
    host = (flex ? r.compactString("UpdateMetadataEndpoint.Host") : r.string("UpdateMetadataEndpoint.Host"));
  }
  if (v >= 3) {
    listener = (flex ? r.compactString("UpdateMetadataEndpoint.Listener") : r.string("UpdateMetadataEndpoint.Listener"));
  }
  if (v >= 1) {
    securityProtocol = r.int16("UpdateMetadataEndpoint.SecurityProtocol");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdateMetadataEndpoint._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdateMetadataEndpoint._tagged");
      const size = r.uvarint("UpdateMetadataEndpoint._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UpdateMetadataEndpoint._tagged", size) });
    }
  }
  const m: UpdateMetadataRequestUpdateMetadataEndpoint = { port, host, listener, securityProtocol };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateMetadataRequestUpdateMetadataEndpoint(w: Writer, v: number, flex: boolean, m: UpdateMetadataRequestUpdateMetadataEndpoint): void {
  if (v >= 1) {
    w.int32(m.port);
  } else if (!(m.port === 0)) throw unsupportedField("UpdateMetadataEndpoint.Port", v);
  if (v >= 1) {
    (flex ? w.compactString(m.host!) : w.string(m.host!));
  } else if (!(m.host === "")) throw unsupportedField("UpdateMetadataEndpoint.Host", v);
  if (v >= 3) {
    (flex ? w.compactString(m.listener!) : w.string(m.listener!));
  }
  if (v >= 1) {
    w.int16(m.securityProtocol);
  } else if (!(m.securityProtocol === 0)) throw unsupportedField("UpdateMetadataEndpoint.SecurityProtocol", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a UpdateMetadataRequest of version `v`; the caller checks the reader for failure. */
export function decodeUpdateMetadataRequest(r: Reader, v: number): UpdateMetadataRequest {
  return readUpdateMetadataRequest(r, v, v >= 6);
}

/** Writes a UpdateMetadataRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeUpdateMetadataRequest(w: Writer, v: number, m: UpdateMetadataRequest): void {
  writeUpdateMetadataRequest(w, v, v >= 6, m);
}

export const UpdateMetadataRequestSchema: MessageSchema = {
  name: "UpdateMetadataRequest",
  kind: "request",
  apiKey: 6,
  validVersions: [0, 8],
  flexibleVersions: [6, 8],
  fields: [{"name":"ControllerId","prop":"controllerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"isKRaftController","prop":"isKRaftController","type":"bool","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"},{"name":"Type","prop":"type","type":"int8","versions":[8,32767],"nullable":null,"tagged":[8,32767],"tag":0,"ignorable":false,"flexible":null,"default":"0"},{"name":"ControllerEpoch","prop":"controllerEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerEpoch","prop":"brokerEpoch","type":"int64","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"UngroupedPartitionStates","prop":"ungroupedPartitionStates","type":"[]UpdateMetadataPartitionState","versions":[0,4],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,4],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ControllerEpoch","prop":"controllerEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Leader","prop":"leader","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Isr","prop":"isr","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ZkVersion","prop":"zkVersion","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Replicas","prop":"replicas","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"OfflineReplicas","prop":"offlineReplicas","type":"[]int32","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}]},{"name":"TopicStates","prop":"topicStates","type":"[]UpdateMetadataTopicState","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"PartitionStates","prop":"partitionStates","type":"[]UpdateMetadataPartitionState","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,4],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ControllerEpoch","prop":"controllerEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Leader","prop":"leader","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Isr","prop":"isr","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ZkVersion","prop":"zkVersion","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Replicas","prop":"replicas","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"OfflineReplicas","prop":"offlineReplicas","type":"[]int32","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}]}]},{"name":"LiveBrokers","prop":"liveBrokers","type":"[]UpdateMetadataBroker","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Id","prop":"id","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"V0Host","prop":"v0Host","type":"string","versions":[0,0],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"V0Port","prop":"v0Port","type":"int32","versions":[0,0],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Endpoints","prop":"endpoints","type":"[]UpdateMetadataEndpoint","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"Port","prop":"port","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Listener","prop":"listener","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"SecurityProtocol","prop":"securityProtocol","type":"int16","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Rack","prop":"rack","type":"string","versions":[2,32767],"nullable":[2,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}]}],
};
