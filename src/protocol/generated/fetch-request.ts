// Generated from FetchRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, sameValue, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. */
  clusterId: string | null;
  /** The broker ID of the follower, of -1 if this request is from a consumer. */
  replicaId: number;
  replicaState: FetchRequestReplicaState;
  /** The maximum time in milliseconds to wait for the response. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. */
  maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records */
  isolationLevel: number;
  /** The fetch session ID. */
  sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. */
  sessionEpoch: number;
  /** The topics to fetch. */
  topics: FetchRequestFetchTopic[];
  /** In an incremental fetch request, the partitions to remove. */
  forgottenTopicsData: FetchRequestForgottenTopic[];
  /** Rack ID of the consumer making this request */
  rackId: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchRequest(): FetchRequest {
  return { clusterId: null, replicaId: -1, replicaState: defaultFetchRequestReplicaState(), maxWaitMs: 0, minBytes: 0, maxBytes: 2147483647, isolationLevel: 0, sessionId: 0, sessionEpoch: -1, topics: [], forgottenTopicsData: [], rackId: "" };
}

function readFetchRequest(r: Reader, v: number, flex: boolean): FetchRequest {
  let clusterId: string | null = null;
  let replicaId: number = -1;
  let replicaState: FetchRequestReplicaState = defaultFetchRequestReplicaState();
  let maxWaitMs: number = 0;
  let minBytes: number = 0;
  let maxBytes: number = 2147483647;
  let isolationLevel: number = 0;
  let sessionId: number = 0;
  let sessionEpoch: number = -1;
  let topics: FetchRequestFetchTopic[] = [];
  let forgottenTopicsData: FetchRequestForgottenTopic[] = [];
  let rackId: string = "";
  if (v <= 14) {
    replicaId = r.int32("FetchRequest.ReplicaId");
  }
  maxWaitMs = r.int32("FetchRequest.MaxWaitMs");
  minBytes = r.int32("FetchRequest.MinBytes");
  if (v >= 3) {
    maxBytes = r.int32("FetchRequest.MaxBytes");
  }
  if (v >= 4) {
    isolationLevel = r.int8("FetchRequest.IsolationLevel");
  }
  if (v >= 7) {
    sessionId = r.int32("FetchRequest.SessionId");
  }
  if (v >= 7) {
    sessionEpoch = r.int32("FetchRequest.SessionEpoch");
  }
  {
    const n = (flex ? r.compactArrayLength("FetchRequest.Topics") : r.arrayLength("FetchRequest.Topics"));
    const a: FetchRequestFetchTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readFetchRequestFetchTopic(r, v, flex));
    topics = a;
  }
  if (v >= 7) {
    {
      const n = (flex ? r.compactArrayLength("FetchRequest.ForgottenTopicsData") : r.arrayLength("FetchRequest.ForgottenTopicsData"));
      const a: FetchRequestForgottenTopic[] = [];
      for (let i = 0; i < n; i++) a.push(readFetchRequestForgottenTopic(r, v, flex));
      forgottenTopicsData = a;
    }
  }
  if (v >= 11) {
    rackId = (flex ? r.compactString("FetchRequest.RackId") : r.string("FetchRequest.RackId"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FetchRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FetchRequest._tagged");
      const size = r.uvarint("FetchRequest._tagged");
      if (tag === 0 && v >= 12) {
        const end = r.pos + size;
        clusterId = r.compactNullableString("FetchRequest.ClusterId");
        if (r.pos !== end) r.fail("FetchRequest.ClusterId", `tagged field size ${size} does not match its content`);
      }
      else if (tag === 1 && v >= 15) {
        const end = r.pos + size;
        replicaState = readFetchRequestReplicaState(r, v, flex);
        if (r.pos !== end) r.fail("FetchRequest.ReplicaState", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("FetchRequest._tagged", size) });
    }
  }
  const m: FetchRequest = { clusterId, replicaId, replicaState, maxWaitMs, minBytes, maxBytes, isolationLevel, sessionId, sessionEpoch, topics, forgottenTopicsData, rackId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchRequest(w: Writer, v: number, flex: boolean, m: FetchRequest): void {
  if (v <= 14) {
    w.int32(m.replicaId);
  } else if (!(m.replicaId === -1)) throw unsupportedField("FetchRequest.ReplicaId", v);
  if (!(v >= 15)) if (!(sameValue(m.replicaState, defaultFetchRequestReplicaState()))) throw unsupportedField("FetchRequest.ReplicaState", v);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  if (v >= 3) {
    w.int32(m.maxBytes);
  }
  if (v >= 4) {
    w.int8(m.isolationLevel);
  }
  if (v >= 7) {
    w.int32(m.sessionId);
  }
  if (v >= 7) {
    w.int32(m.sessionEpoch);
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeFetchRequestFetchTopic(w, v, flex, x!);
  if (v >= 7) {
    (flex ? w.uvarint(m.forgottenTopicsData!.length + 1) : w.int32(m.forgottenTopicsData!.length));
    for (const x of m.forgottenTopicsData!) writeFetchRequestForgottenTopic(w, v, flex, x!);
  } else if (!(m.forgottenTopicsData.length === 0)) throw unsupportedField("FetchRequest.ForgottenTopicsData", v);
  if (v >= 11) {
    (flex ? w.compactString(m.rackId!) : w.string(m.rackId!));
  }
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 12 && !(m.clusterId === null)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.compactNullableString(m.clusterId);
      } });
    }
    if (v >= 15 && !(sameValue(m.replicaState, defaultFetchRequestReplicaState()))) {
      known.push({ tag: 1, write: (w: Writer) => {
        writeFetchRequestReplicaState(w, v, flex, m.replicaState!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface FetchRequestReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. */
  replicaId: number;
  /** The epoch of this follower, or -1 if not available. */
  replicaEpoch: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchRequestReplicaState(): FetchRequestReplicaState {
  return { replicaId: -1, replicaEpoch: -1n };
}

function readFetchRequestReplicaState(r: Reader, v: number, flex: boolean): FetchRequestReplicaState {
  let replicaId: number = -1;
  let replicaEpoch: bigint = -1n;
  if (v >= 15) {
    replicaId = r.int32("ReplicaState.ReplicaId");
  }
  if (v >= 15) {
    replicaEpoch = r.int64("ReplicaState.ReplicaEpoch");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReplicaState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReplicaState._tagged");
      const size = r.uvarint("ReplicaState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReplicaState._tagged", size) });
    }
  }
  const m: FetchRequestReplicaState = { replicaId, replicaEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchRequestReplicaState(w: Writer, v: number, flex: boolean, m: FetchRequestReplicaState): void {
  if (v >= 15) {
    w.int32(m.replicaId);
  } else if (!(m.replicaId === -1)) throw unsupportedField("ReplicaState.ReplicaId", v);
  if (v >= 15) {
    w.int64(m.replicaEpoch);
  } else if (!(m.replicaEpoch === -1n)) throw unsupportedField("ReplicaState.ReplicaEpoch", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchRequestFetchTopic {
  /** The name of the topic to fetch. */
  topic: string;
  /** The unique topic ID */
  topicId: string;
  /** The partitions to fetch. */
  partitions: FetchRequestFetchPartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchRequestFetchTopic(): FetchRequestFetchTopic {
  return { topic: "", topicId: ZERO_UUID, partitions: [] };
}

function readFetchRequestFetchTopic(r: Reader, v: number, flex: boolean): FetchRequestFetchTopic {
  let topic: string = "";
  let topicId: string = ZERO_UUID;
  let partitions: FetchRequestFetchPartition[] = [];
  if (v <= 12) {
    topic = (flex ? r.compactString("FetchTopic.Topic") : r.string("FetchTopic.Topic"));
  }
  if (v >= 13) {
    topicId = r.uuid("FetchTopic.TopicId");
  }
  {
    const n = (flex ? r.compactArrayLength("FetchTopic.Partitions") : r.arrayLength("FetchTopic.Partitions"));
    const a: FetchRequestFetchPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readFetchRequestFetchPartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FetchTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FetchTopic._tagged");
      const size = r.uvarint("FetchTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("FetchTopic._tagged", size) });
    }
  }
  const m: FetchRequestFetchTopic = { topic, topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchRequestFetchTopic(w: Writer, v: number, flex: boolean, m: FetchRequestFetchTopic): void {
  if (v <= 12) {
    (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  }
  if (v >= 13) {
    w.uuid(m.topicId);
  }
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeFetchRequestFetchPartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchRequestFetchPartition {
  /** The partition index. */
  partition: number;
  /** The current leader epoch of the partition. */
  currentLeaderEpoch: number;
  /** The message offset. */
  fetchOffset: bigint;
  /** The epoch of the last fetched record or -1 if there is none */
  lastFetchedEpoch: number;
  /** The earliest available offset of the follower replica. The field is only used when the request is sent by the follower. */
  logStartOffset: bigint;
  /** The maximum bytes to fetch from this partition. See KIP-74 for cases where this limit may not be honored. */
  partitionMaxBytes: number;
  /** The directory id of the follower fetching */
  replicaDirectoryId: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchRequestFetchPartition(): FetchRequestFetchPartition {
  return { partition: 0, currentLeaderEpoch: -1, fetchOffset: 0n, lastFetchedEpoch: -1, logStartOffset: -1n, partitionMaxBytes: 0, replicaDirectoryId: ZERO_UUID };
}

function readFetchRequestFetchPartition(r: Reader, v: number, flex: boolean): FetchRequestFetchPartition {
  let partition: number = 0;
  let currentLeaderEpoch: number = -1;
  let fetchOffset: bigint = 0n;
  let lastFetchedEpoch: number = -1;
  let logStartOffset: bigint = -1n;
  let partitionMaxBytes: number = 0;
  let replicaDirectoryId: string = ZERO_UUID;
  partition = r.int32("FetchPartition.Partition");
  if (v >= 9) {
    currentLeaderEpoch = r.int32("FetchPartition.CurrentLeaderEpoch");
  }
  fetchOffset = r.int64("FetchPartition.FetchOffset");
  if (v >= 12) {
    lastFetchedEpoch = r.int32("FetchPartition.LastFetchedEpoch");
  }
  if (v >= 5) {
    logStartOffset = r.int64("FetchPartition.LogStartOffset");
  }
  partitionMaxBytes = r.int32("FetchPartition.PartitionMaxBytes");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FetchPartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FetchPartition._tagged");
      const size = r.uvarint("FetchPartition._tagged");
      if (tag === 0 && v >= 17) {
        const end = r.pos + size;
        replicaDirectoryId = r.uuid("FetchPartition.ReplicaDirectoryId");
        if (r.pos !== end) r.fail("FetchPartition.ReplicaDirectoryId", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("FetchPartition._tagged", size) });
    }
  }
  const m: FetchRequestFetchPartition = { partition, currentLeaderEpoch, fetchOffset, lastFetchedEpoch, logStartOffset, partitionMaxBytes, replicaDirectoryId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchRequestFetchPartition(w: Writer, v: number, flex: boolean, m: FetchRequestFetchPartition): void {
  w.int32(m.partition);
  if (v >= 9) {
    w.int32(m.currentLeaderEpoch);
  }
  w.int64(m.fetchOffset);
  if (v >= 12) {
    w.int32(m.lastFetchedEpoch);
  } else if (!(m.lastFetchedEpoch === -1)) throw unsupportedField("FetchPartition.LastFetchedEpoch", v);
  if (v >= 5) {
    w.int64(m.logStartOffset);
  }
  w.int32(m.partitionMaxBytes);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 17 && !(m.replicaDirectoryId === ZERO_UUID)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.uuid(m.replicaDirectoryId);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface FetchRequestForgottenTopic {
  /** The topic name. */
  topic: string;
  /** The unique topic ID */
  topicId: string;
  /** The partitions indexes to forget. */
  partitions: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchRequestForgottenTopic(): FetchRequestForgottenTopic {
  return { topic: "", topicId: ZERO_UUID, partitions: [] };
}

function readFetchRequestForgottenTopic(r: Reader, v: number, flex: boolean): FetchRequestForgottenTopic {
  let topic: string = "";
  let topicId: string = ZERO_UUID;
  let partitions: number[] = [];
  if (v >= 7 && v <= 12) {
    topic = (flex ? r.compactString("ForgottenTopic.Topic") : r.string("ForgottenTopic.Topic"));
  }
  if (v >= 13) {
    topicId = r.uuid("ForgottenTopic.TopicId");
  }
  if (v >= 7) {
    {
      const n = (flex ? r.compactArrayLength("ForgottenTopic.Partitions") : r.arrayLength("ForgottenTopic.Partitions"));
      const a: number[] = [];
      for (let i = 0; i < n; i++) a.push(r.int32("ForgottenTopic.Partitions"));
      partitions = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ForgottenTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ForgottenTopic._tagged");
      const size = r.uvarint("ForgottenTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ForgottenTopic._tagged", size) });
    }
  }
  const m: FetchRequestForgottenTopic = { topic, topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchRequestForgottenTopic(w: Writer, v: number, flex: boolean, m: FetchRequestForgottenTopic): void {
  if (v >= 7 && v <= 12) {
    (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  }
  if (v >= 13) {
    w.uuid(m.topicId);
  }
  if (v >= 7) {
    (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
    for (const x of m.partitions!) w.int32(x);
  } else if (!(m.partitions.length === 0)) throw unsupportedField("ForgottenTopic.Partitions", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a FetchRequest of version `v`; the caller checks the reader for failure. */
export function decodeFetchRequest(r: Reader, v: number): FetchRequest {
  return readFetchRequest(r, v, v >= 12);
}

/** Writes a FetchRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeFetchRequest(w: Writer, v: number, m: FetchRequest): void {
  writeFetchRequest(w, v, v >= 12, m);
}

export const FetchRequestSchema: MessageSchema = {
  name: "FetchRequest",
  kind: "request",
  apiKey: 1,
  validVersions: [0, 17],
  flexibleVersions: [12, 17],
  fields: [{"name":"ClusterId","prop":"clusterId","type":"string","versions":[12,32767],"nullable":[12,32767],"tagged":[12,32767],"tag":0,"ignorable":true,"flexible":null,"default":"null"},{"name":"ReplicaId","prop":"replicaId","type":"int32","versions":[0,14],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"ReplicaState","prop":"replicaState","type":"ReplicaState","versions":[15,32767],"nullable":null,"tagged":[15,32767],"tag":1,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ReplicaId","prop":"replicaId","type":"int32","versions":[15,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"ReplicaEpoch","prop":"replicaEpoch","type":"int64","versions":[15,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}]},{"name":"MaxWaitMs","prop":"maxWaitMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MinBytes","prop":"minBytes","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxBytes","prop":"maxBytes","type":"int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"0x7fffffff"},{"name":"IsolationLevel","prop":"isolationLevel","type":"int8","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"0"},{"name":"SessionId","prop":"sessionId","type":"int32","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"0"},{"name":"SessionEpoch","prop":"sessionEpoch","type":"int32","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"Topics","prop":"topics","type":"[]FetchTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[0,12],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[13,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]FetchPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CurrentLeaderEpoch","prop":"currentLeaderEpoch","type":"int32","versions":[9,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"FetchOffset","prop":"fetchOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastFetchedEpoch","prop":"lastFetchedEpoch","type":"int32","versions":[12,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"LogStartOffset","prop":"logStartOffset","type":"int64","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"PartitionMaxBytes","prop":"partitionMaxBytes","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ReplicaDirectoryId","prop":"replicaDirectoryId","type":"uuid","versions":[17,32767],"nullable":null,"tagged":[17,32767],"tag":0,"ignorable":true,"flexible":null,"default":null}]}]},{"name":"ForgottenTopicsData","prop":"forgottenTopicsData","type":"[]ForgottenTopic","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[7,12],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[13,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"RackId","prop":"rackId","type":"string","versions":[11,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":""}],
};
