// Generated from FetchResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Records, Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, sameValue, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code. */
  errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. */
  sessionId: number;
  /** The response topics. */
  responses: FetchResponseFetchableTopicResponse[];
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. */
  nodeEndpoints: FetchResponseNodeEndpoint[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchResponse(): FetchResponse {
  return { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses: [], nodeEndpoints: [] };
}

function readFetchResponse(r: Reader, v: number, flex: boolean): FetchResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let sessionId: number = 0;
  let responses: FetchResponseFetchableTopicResponse[] = [];
  let nodeEndpoints: FetchResponseNodeEndpoint[] = [];
  if (v >= 1) {
    throttleTimeMs = r.int32("FetchResponse.ThrottleTimeMs");
  }
  if (v >= 7) {
    errorCode = r.int16("FetchResponse.ErrorCode");
  }
  if (v >= 7) {
    sessionId = r.int32("FetchResponse.SessionId");
  }
  {
    const n = (flex ? r.compactArrayLength("FetchResponse.Responses") : r.arrayLength("FetchResponse.Responses"));
    const a: FetchResponseFetchableTopicResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readFetchResponseFetchableTopicResponse(r, v, flex));
    responses = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FetchResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FetchResponse._tagged");
      const size = r.uvarint("FetchResponse._tagged");
      if (tag === 0 && v >= 16) {
        const end = r.pos + size;
        {
          const n = r.compactArrayLength("FetchResponse.NodeEndpoints");
          const a: FetchResponseNodeEndpoint[] = [];
          for (let i = 0; i < n; i++) a.push(readFetchResponseNodeEndpoint(r, v, flex));
          nodeEndpoints = a;
        }
        if (r.pos !== end) r.fail("FetchResponse.NodeEndpoints", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("FetchResponse._tagged", size) });
    }
  }
  const m: FetchResponse = { throttleTimeMs, errorCode, sessionId, responses, nodeEndpoints };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchResponse(w: Writer, v: number, flex: boolean, m: FetchResponse): void {
  if (v >= 1) {
    w.int32(m.throttleTimeMs);
  }
  if (v >= 7) {
    w.int16(m.errorCode);
  }
  if (v >= 7) {
    w.int32(m.sessionId);
  } else if (!(m.sessionId === 0)) throw unsupportedField("FetchResponse.SessionId", v);
  (flex ? w.uvarint(m.responses!.length + 1) : w.int32(m.responses!.length));
  for (const x of m.responses!) writeFetchResponseFetchableTopicResponse(w, v, flex, x!);
  if (!(v >= 16)) if (!(m.nodeEndpoints.length === 0)) throw unsupportedField("FetchResponse.NodeEndpoints", v);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 16 && !(m.nodeEndpoints.length === 0)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.uvarint(m.nodeEndpoints!.length + 1);
        for (const x of m.nodeEndpoints!) writeFetchResponseNodeEndpoint(w, v, flex, x!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface FetchResponseFetchableTopicResponse {
  /** The topic name. */
  topic: string;
  /** The unique topic ID */
  topicId: string;
  /** The topic partitions. */
  partitions: FetchResponsePartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchResponseFetchableTopicResponse(): FetchResponseFetchableTopicResponse {
  return { topic: "", topicId: ZERO_UUID, partitions: [] };
}

function readFetchResponseFetchableTopicResponse(r: Reader, v: number, flex: boolean): FetchResponseFetchableTopicResponse {
  let topic: string = "";
  let topicId: string = ZERO_UUID;
  let partitions: FetchResponsePartitionData[] = [];
  if (v <= 12) {
    topic = (flex ? r.compactString("FetchableTopicResponse.Topic") : r.string("FetchableTopicResponse.Topic"));
  }
  if (v >= 13) {
    topicId = r.uuid("FetchableTopicResponse.TopicId");
  }
  {
    const n = (flex ? r.compactArrayLength("FetchableTopicResponse.Partitions") : r.arrayLength("FetchableTopicResponse.Partitions"));
    const a: FetchResponsePartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readFetchResponsePartitionData(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FetchableTopicResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FetchableTopicResponse._tagged");
      const size = r.uvarint("FetchableTopicResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("FetchableTopicResponse._tagged", size) });
    }
  }
  const m: FetchResponseFetchableTopicResponse = { topic, topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchResponseFetchableTopicResponse(w: Writer, v: number, flex: boolean, m: FetchResponseFetchableTopicResponse): void {
  if (v <= 12) {
    (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  }
  if (v >= 13) {
    w.uuid(m.topicId);
  }
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeFetchResponsePartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. */
  errorCode: number;
  /** The current high water mark. */
  highWatermark: bigint;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED) */
  lastStableOffset: bigint;
  /** The current log start offset. */
  logStartOffset: bigint;
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge */
  divergingEpoch: FetchResponseEpochEndOffset;
  currentLeader: FetchResponseLeaderIdAndEpoch;
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. */
  snapshotId: FetchResponseSnapshotId;
  /** The aborted transactions. */
  abortedTransactions: FetchResponseAbortedTransaction[] | null;
  /** The preferred read replica for the consumer to use on its next fetch request */
  preferredReadReplica: number;
  /** The record data. */
  records: Records | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchResponsePartitionData(): FetchResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, highWatermark: 0n, lastStableOffset: -1n, logStartOffset: -1n, divergingEpoch: defaultFetchResponseEpochEndOffset(), currentLeader: defaultFetchResponseLeaderIdAndEpoch(), snapshotId: defaultFetchResponseSnapshotId(), abortedTransactions: [], preferredReadReplica: -1, records: null };
}

function readFetchResponsePartitionData(r: Reader, v: number, flex: boolean): FetchResponsePartitionData {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  let highWatermark: bigint = 0n;
  let lastStableOffset: bigint = -1n;
  let logStartOffset: bigint = -1n;
  let divergingEpoch: FetchResponseEpochEndOffset = defaultFetchResponseEpochEndOffset();
  let currentLeader: FetchResponseLeaderIdAndEpoch = defaultFetchResponseLeaderIdAndEpoch();
  let snapshotId: FetchResponseSnapshotId = defaultFetchResponseSnapshotId();
  let abortedTransactions: FetchResponseAbortedTransaction[] | null = [];
  let preferredReadReplica: number = -1;
  let records: Records | null = null;
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  errorCode = r.int16("PartitionData.ErrorCode");
  highWatermark = r.int64("PartitionData.HighWatermark");
  if (v >= 4) {
    lastStableOffset = r.int64("PartitionData.LastStableOffset");
  }
  if (v >= 5) {
    logStartOffset = r.int64("PartitionData.LogStartOffset");
  }
  if (v >= 4) {
    {
      const n = (flex ? r.compactNullableArrayLength("PartitionData.AbortedTransactions") : r.nullableArrayLength("PartitionData.AbortedTransactions"));
      if (n < 0) abortedTransactions = null;
      else {
        const a: FetchResponseAbortedTransaction[] = [];
        for (let i = 0; i < n; i++) a.push(readFetchResponseAbortedTransaction(r, v, flex));
        abortedTransactions = a;
      }
    }
  }
  if (v >= 11) {
    preferredReadReplica = r.int32("PartitionData.PreferredReadReplica");
  }
  records = (flex ? r.compactNullableBytes("PartitionData.Records") : r.nullableBytes("PartitionData.Records"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      if (tag === 0 && v >= 12) {
        const end = r.pos + size;
        divergingEpoch = readFetchResponseEpochEndOffset(r, v, flex);
        if (r.pos !== end) r.fail("PartitionData.DivergingEpoch", `tagged field size ${size} does not match its content`);
      }
      else if (tag === 1 && v >= 12) {
        const end = r.pos + size;
        currentLeader = readFetchResponseLeaderIdAndEpoch(r, v, flex);
        if (r.pos !== end) r.fail("PartitionData.CurrentLeader", `tagged field size ${size} does not match its content`);
      }
      else if (tag === 2 && v >= 12) {
        const end = r.pos + size;
        snapshotId = readFetchResponseSnapshotId(r, v, flex);
        if (r.pos !== end) r.fail("PartitionData.SnapshotId", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: FetchResponsePartitionData = { partitionIndex, errorCode, highWatermark, lastStableOffset, logStartOffset, divergingEpoch, currentLeader, snapshotId, abortedTransactions, preferredReadReplica, records };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchResponsePartitionData(w: Writer, v: number, flex: boolean, m: FetchResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  if (v >= 4) {
    w.int64(m.lastStableOffset);
  }
  if (v >= 5) {
    w.int64(m.logStartOffset);
  }
  if (!(v >= 12)) if (!(sameValue(m.divergingEpoch, defaultFetchResponseEpochEndOffset()))) throw unsupportedField("PartitionData.DivergingEpoch", v);
  if (!(v >= 12)) if (!(sameValue(m.currentLeader, defaultFetchResponseLeaderIdAndEpoch()))) throw unsupportedField("PartitionData.CurrentLeader", v);
  if (!(v >= 12)) if (!(sameValue(m.snapshotId, defaultFetchResponseSnapshotId()))) throw unsupportedField("PartitionData.SnapshotId", v);
  if (v >= 4) {
    if (m.abortedTransactions === null) (flex ? w.uvarint(0) : w.int32(-1));
    else {
      (flex ? w.uvarint(m.abortedTransactions!.length + 1) : w.int32(m.abortedTransactions!.length));
      for (const x of m.abortedTransactions!) writeFetchResponseAbortedTransaction(w, v, flex, x!);
    }
  }
  if (v >= 11) {
    w.int32(m.preferredReadReplica);
  } else if (!(m.preferredReadReplica === -1)) throw unsupportedField("PartitionData.PreferredReadReplica", v);
  (flex ? w.compactNullableRecords(m.records) : w.nullableRecords(m.records));
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 12 && !(sameValue(m.divergingEpoch, defaultFetchResponseEpochEndOffset()))) {
      known.push({ tag: 0, write: (w: Writer) => {
        writeFetchResponseEpochEndOffset(w, v, flex, m.divergingEpoch!);
      } });
    }
    if (v >= 12 && !(sameValue(m.currentLeader, defaultFetchResponseLeaderIdAndEpoch()))) {
      known.push({ tag: 1, write: (w: Writer) => {
        writeFetchResponseLeaderIdAndEpoch(w, v, flex, m.currentLeader!);
      } });
    }
    if (v >= 12 && !(sameValue(m.snapshotId, defaultFetchResponseSnapshotId()))) {
      known.push({ tag: 2, write: (w: Writer) => {
        writeFetchResponseSnapshotId(w, v, flex, m.snapshotId!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface FetchResponseEpochEndOffset {
  epoch: number;
  endOffset: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchResponseEpochEndOffset(): FetchResponseEpochEndOffset {
  return { epoch: -1, endOffset: -1n };
}

function readFetchResponseEpochEndOffset(r: Reader, v: number, flex: boolean): FetchResponseEpochEndOffset {
  let epoch: number = -1;
  let endOffset: bigint = -1n;
  if (v >= 12) {
    epoch = r.int32("EpochEndOffset.Epoch");
  }
  if (v >= 12) {
    endOffset = r.int64("EpochEndOffset.EndOffset");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("EpochEndOffset._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("EpochEndOffset._tagged");
      const size = r.uvarint("EpochEndOffset._tagged");
      (unknown ??= []).push({ tag, data: r.raw("EpochEndOffset._tagged", size) });
    }
  }
  const m: FetchResponseEpochEndOffset = { epoch, endOffset };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchResponseEpochEndOffset(w: Writer, v: number, flex: boolean, m: FetchResponseEpochEndOffset): void {
  if (v >= 12) {
    w.int32(m.epoch);
  } else if (!(m.epoch === -1)) throw unsupportedField("EpochEndOffset.Epoch", v);
  if (v >= 12) {
    w.int64(m.endOffset);
  } else if (!(m.endOffset === -1n)) throw unsupportedField("EpochEndOffset.EndOffset", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchResponseLeaderIdAndEpoch(): FetchResponseLeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

function readFetchResponseLeaderIdAndEpoch(r: Reader, v: number, flex: boolean): FetchResponseLeaderIdAndEpoch {
  let leaderId: number = -1;
  let leaderEpoch: number = -1;
  if (v >= 12) {
    leaderId = r.int32("LeaderIdAndEpoch.LeaderId");
  }
  if (v >= 12) {
    leaderEpoch = r.int32("LeaderIdAndEpoch.LeaderEpoch");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderIdAndEpoch._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderIdAndEpoch._tagged");
      const size = r.uvarint("LeaderIdAndEpoch._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderIdAndEpoch._tagged", size) });
    }
  }
  const m: FetchResponseLeaderIdAndEpoch = { leaderId, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchResponseLeaderIdAndEpoch(w: Writer, v: number, flex: boolean, m: FetchResponseLeaderIdAndEpoch): void {
  if (v >= 12) {
    w.int32(m.leaderId);
  } else if (!(m.leaderId === -1)) throw unsupportedField("LeaderIdAndEpoch.LeaderId", v);
  if (v >= 12) {
    w.int32(m.leaderEpoch);
  } else if (!(m.leaderEpoch === -1)) throw unsupportedField("LeaderIdAndEpoch.LeaderEpoch", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchResponseSnapshotId {
  endOffset: bigint;
  epoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchResponseSnapshotId(): FetchResponseSnapshotId {
  return { endOffset: -1n, epoch: -1 };
}

function readFetchResponseSnapshotId(r: Reader, v: number, flex: boolean): FetchResponseSnapshotId {
  let endOffset: bigint = -1n;
  let epoch: number = -1;
  endOffset = r.int64("SnapshotId.EndOffset");
  epoch = r.int32("SnapshotId.Epoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("SnapshotId._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("SnapshotId._tagged");
      const size = r.uvarint("SnapshotId._tagged");
      (unknown ??= []).push({ tag, data: r.raw("SnapshotId._tagged", size) });
    }
  }
  const m: FetchResponseSnapshotId = { endOffset, epoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchResponseSnapshotId(w: Writer, v: number, flex: boolean, m: FetchResponseSnapshotId): void {
  w.int64(m.endOffset);
  w.int32(m.epoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchResponseAbortedTransaction {
  /** The producer id associated with the aborted transaction. */
  producerId: bigint;
  /** The first offset in the aborted transaction. */
  firstOffset: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchResponseAbortedTransaction(): FetchResponseAbortedTransaction {
  return { producerId: 0n, firstOffset: 0n };
}

function readFetchResponseAbortedTransaction(r: Reader, v: number, flex: boolean): FetchResponseAbortedTransaction {
  let producerId: bigint = 0n;
  let firstOffset: bigint = 0n;
  if (v >= 4) {
    producerId = r.int64("AbortedTransaction.ProducerId");
  }
  if (v >= 4) {
    firstOffset = r.int64("AbortedTransaction.FirstOffset");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AbortedTransaction._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AbortedTransaction._tagged");
      const size = r.uvarint("AbortedTransaction._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AbortedTransaction._tagged", size) });
    }
  }
  const m: FetchResponseAbortedTransaction = { producerId, firstOffset };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchResponseAbortedTransaction(w: Writer, v: number, flex: boolean, m: FetchResponseAbortedTransaction): void {
  if (v >= 4) {
    w.int64(m.producerId);
  } else if (!(m.producerId === 0n)) throw unsupportedField("AbortedTransaction.ProducerId", v);
  if (v >= 4) {
    w.int64(m.firstOffset);
  } else if (!(m.firstOffset === 0n)) throw unsupportedField("AbortedTransaction.FirstOffset", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchResponseNodeEndpoint {
  /** The ID of the associated node. */
  nodeId: number;
  /** The node's hostname. */
  host: string;
  /** The node's port. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. */
  rack: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchResponseNodeEndpoint(): FetchResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

function readFetchResponseNodeEndpoint(r: Reader, v: number, flex: boolean): FetchResponseNodeEndpoint {
  let nodeId: number = 0;
  let host: string = "";
  let port: number = 0;
  let rack: string | null = null;
  if (v >= 16) {
    nodeId = r.int32("NodeEndpoint.NodeId");
  }
  if (v >= 16) {
    host = (flex ? r.compactString("NodeEndpoint.Host") : r.string("NodeEndpoint.Host"));
  }
  if (v >= 16) {
    port = r.int32("NodeEndpoint.Port");
  }
  if (v >= 16) {
    rack = (flex ? r.compactNullableString("NodeEndpoint.Rack") : r.nullableString("NodeEndpoint.Rack"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("NodeEndpoint._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("NodeEndpoint._tagged");
      const size = r.uvarint("NodeEndpoint._tagged");
      (unknown ??= []).push({ tag, data: r.raw("NodeEndpoint._tagged", size) });
    }
  }
  const m: FetchResponseNodeEndpoint = { nodeId, host, port, rack };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchResponseNodeEndpoint(w: Writer, v: number, flex: boolean, m: FetchResponseNodeEndpoint): void {
  if (v >= 16) {
    w.int32(m.nodeId);
  } else if (!(m.nodeId === 0)) throw unsupportedField("NodeEndpoint.NodeId", v);
  if (v >= 16) {
    (flex ? w.compactString(m.host!) : w.string(m.host!));
  } else if (!(m.host === "")) throw unsupportedField("NodeEndpoint.Host", v);
  if (v >= 16) {
    w.int32(m.port);
  } else if (!(m.port === 0)) throw unsupportedField("NodeEndpoint.Port", v);
  if (v >= 16) {
    (flex ? w.compactNullableString(m.rack) : w.nullableString(m.rack));
  } else if (!(m.rack === null)) throw unsupportedField("NodeEndpoint.Rack", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a FetchResponse of version `v`; the caller checks the reader for failure. */
export function decodeFetchResponse(r: Reader, v: number): FetchResponse {
  return readFetchResponse(r, v, v >= 12);
}

/** Writes a FetchResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeFetchResponse(w: Writer, v: number, m: FetchResponse): void {
  writeFetchResponse(w, v, v >= 12, m);
}

export const FetchResponseSchema: MessageSchema = {
  name: "FetchResponse",
  kind: "response",
  apiKey: 1,
  validVersions: [0, 17],
  flexibleVersions: [12, 17],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"SessionId","prop":"sessionId","type":"int32","versions":[7,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"0"},{"name":"Responses","prop":"responses","type":"[]FetchableTopicResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[0,12],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[13,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"HighWatermark","prop":"highWatermark","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastStableOffset","prop":"lastStableOffset","type":"int64","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"LogStartOffset","prop":"logStartOffset","type":"int64","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"DivergingEpoch","prop":"divergingEpoch","type":"EpochEndOffset","versions":[12,32767],"nullable":null,"tagged":[12,32767],"tag":0,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Epoch","prop":"epoch","type":"int32","versions":[12,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"EndOffset","prop":"endOffset","type":"int64","versions":[12,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}]},{"name":"CurrentLeader","prop":"currentLeader","type":"LeaderIdAndEpoch","versions":[12,32767],"nullable":null,"tagged":[12,32767],"tag":1,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[12,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[12,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}]},{"name":"SnapshotId","prop":"snapshotId","type":"SnapshotId","versions":[12,32767],"nullable":null,"tagged":[12,32767],"tag":2,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"EndOffset","prop":"endOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"Epoch","prop":"epoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}]},{"name":"AbortedTransactions","prop":"abortedTransactions","type":"[]AbortedTransaction","versions":[4,32767],"nullable":[4,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"ProducerId","prop":"producerId","type":"int64","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"FirstOffset","prop":"firstOffset","type":"int64","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"PreferredReadReplica","prop":"preferredReadReplica","type":"int32","versions":[11,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"Records","prop":"records","type":"records","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"NodeEndpoints","prop":"nodeEndpoints","type":"[]NodeEndpoint","versions":[16,32767],"nullable":null,"tagged":[16,32767],"tag":0,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"NodeId","prop":"nodeId","type":"int32","versions":[16,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[16,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"int32","versions":[16,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Rack","prop":"rack","type":"string","versions":[16,32767],"nullable":[16,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]}],
};
