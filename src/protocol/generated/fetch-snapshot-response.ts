// Generated from FetchSnapshotResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Records, Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, sameValue, unsupportedField, NO_TAGS } from '../codec.ts';

export interface FetchSnapshotResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code. */
  errorCode: number;
  /** The topics to fetch. */
  topics: FetchSnapshotResponseTopicSnapshot[];
  /** Endpoints for all current-leaders enumerated in PartitionSnapshot */
  nodeEndpoints: FetchSnapshotResponseNodeEndpoint[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotResponse(): FetchSnapshotResponse {
  return { throttleTimeMs: 0, errorCode: 0, topics: [], nodeEndpoints: [] };
}

function readFetchSnapshotResponse(r: Reader, v: number, flex: boolean): FetchSnapshotResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let topics: FetchSnapshotResponseTopicSnapshot[] = [];
  let nodeEndpoints: FetchSnapshotResponseNodeEndpoint[] = [];
  throttleTimeMs = r.int32("FetchSnapshotResponse.ThrottleTimeMs");
  errorCode = r.int16("FetchSnapshotResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("FetchSnapshotResponse.Topics") : r.arrayLength("FetchSnapshotResponse.Topics"));
    const a: FetchSnapshotResponseTopicSnapshot[] = [];
    for (let i = 0; i < n; i++) a.push(readFetchSnapshotResponseTopicSnapshot(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FetchSnapshotResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FetchSnapshotResponse._tagged");
      const size = r.uvarint("FetchSnapshotResponse._tagged");
      if (tag === 0 && v >= 1) {
        const end = r.pos + size;
        {
          const n = r.compactArrayLength("FetchSnapshotResponse.NodeEndpoints");
          const a: FetchSnapshotResponseNodeEndpoint[] = [];
          for (let i = 0; i < n; i++) a.push(readFetchSnapshotResponseNodeEndpoint(r, v, flex));
          nodeEndpoints = a;
        }
        if (r.pos !== end) r.fail("FetchSnapshotResponse.NodeEndpoints", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("FetchSnapshotResponse._tagged", size) });
    }
  }
  const m: FetchSnapshotResponse = { throttleTimeMs, errorCode, topics, nodeEndpoints };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchSnapshotResponse(w: Writer, v: number, flex: boolean, m: FetchSnapshotResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeFetchSnapshotResponseTopicSnapshot(w, v, flex, x!);
  if (!(v >= 1)) if (!(m.nodeEndpoints.length === 0)) throw unsupportedField("FetchSnapshotResponse.NodeEndpoints", v);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 1 && !(m.nodeEndpoints.length === 0)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.uvarint(m.nodeEndpoints!.length + 1);
        for (const x of m.nodeEndpoints!) writeFetchSnapshotResponseNodeEndpoint(w, v, flex, x!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface FetchSnapshotResponseTopicSnapshot {
  /** The name of the topic to fetch. */
  name: string;
  /** The partitions to fetch. */
  partitions: FetchSnapshotResponsePartitionSnapshot[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotResponseTopicSnapshot(): FetchSnapshotResponseTopicSnapshot {
  return { name: "", partitions: [] };
}

function readFetchSnapshotResponseTopicSnapshot(r: Reader, v: number, flex: boolean): FetchSnapshotResponseTopicSnapshot {
  let name: string = "";
  let partitions: FetchSnapshotResponsePartitionSnapshot[] = [];
  name = (flex ? r.compactString("TopicSnapshot.Name") : r.string("TopicSnapshot.Name"));
  {
    const n = (flex ? r.compactArrayLength("TopicSnapshot.Partitions") : r.arrayLength("TopicSnapshot.Partitions"));
    const a: FetchSnapshotResponsePartitionSnapshot[] = [];
    for (let i = 0; i < n; i++) a.push(readFetchSnapshotResponsePartitionSnapshot(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicSnapshot._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicSnapshot._tagged");
      const size = r.uvarint("TopicSnapshot._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicSnapshot._tagged", size) });
    }
  }
  const m: FetchSnapshotResponseTopicSnapshot = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchSnapshotResponseTopicSnapshot(w: Writer, v: number, flex: boolean, m: FetchSnapshotResponseTopicSnapshot): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeFetchSnapshotResponsePartitionSnapshot(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchSnapshotResponsePartitionSnapshot {
  /** The partition index. */
  index: number;
  /** The error code, or 0 if there was no fetch error. */
  errorCode: number;
  /** The snapshot endOffset and epoch fetched */
  snapshotId: FetchSnapshotResponseSnapshotId;
  currentLeader: FetchSnapshotResponseLeaderIdAndEpoch;
  /** The total size of the snapshot. */
  size: bigint;
  /** The starting byte position within the snapshot included in the Bytes field. */
  position: bigint;
  /** Snapshot data in records format which may not be aligned on an offset boundary */
  unalignedRecords: Records;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotResponsePartitionSnapshot(): FetchSnapshotResponsePartitionSnapshot {
  return { index: 0, errorCode: 0, snapshotId: defaultFetchSnapshotResponseSnapshotId(), currentLeader: defaultFetchSnapshotResponseLeaderIdAndEpoch(), size: 0n, position: 0n, unalignedRecords: new Uint8Array(0) };
}

function readFetchSnapshotResponsePartitionSnapshot(r: Reader, v: number, flex: boolean): FetchSnapshotResponsePartitionSnapshot {
  let index: number = 0;
  let errorCode: number = 0;
  let snapshotId: FetchSnapshotResponseSnapshotId = defaultFetchSnapshotResponseSnapshotId();
  let currentLeader: FetchSnapshotResponseLeaderIdAndEpoch = defaultFetchSnapshotResponseLeaderIdAndEpoch();
  let size: bigint = 0n;
  let position: bigint = 0n;
  let unalignedRecords: Records = new Uint8Array(0);
  index = r.int32("PartitionSnapshot.Index");
  errorCode = r.int16("PartitionSnapshot.ErrorCode");
  snapshotId = readFetchSnapshotResponseSnapshotId(r, v, flex);
  size = r.int64("PartitionSnapshot.Size");
  position = r.int64("PartitionSnapshot.Position");
  unalignedRecords = (flex ? r.compactBytes("PartitionSnapshot.UnalignedRecords") : r.bytes("PartitionSnapshot.UnalignedRecords"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionSnapshot._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionSnapshot._tagged");
      const size = r.uvarint("PartitionSnapshot._tagged");
      if (tag === 0) {
        const end = r.pos + size;
        currentLeader = readFetchSnapshotResponseLeaderIdAndEpoch(r, v, flex);
        if (r.pos !== end) r.fail("PartitionSnapshot.CurrentLeader", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("PartitionSnapshot._tagged", size) });
    }
  }
  const m: FetchSnapshotResponsePartitionSnapshot = { index, errorCode, snapshotId, currentLeader, size, position, unalignedRecords };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchSnapshotResponsePartitionSnapshot(w: Writer, v: number, flex: boolean, m: FetchSnapshotResponsePartitionSnapshot): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  writeFetchSnapshotResponseSnapshotId(w, v, flex, m.snapshotId!);
  w.int64(m.size);
  w.int64(m.position);
  (flex ? w.compactRecords(m.unalignedRecords!) : w.records(m.unalignedRecords!));
  if (flex) {
    const known: KnownTag[] = [];
    if (!(sameValue(m.currentLeader, defaultFetchSnapshotResponseLeaderIdAndEpoch()))) {
      known.push({ tag: 0, write: (w: Writer) => {
        writeFetchSnapshotResponseLeaderIdAndEpoch(w, v, flex, m.currentLeader!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface FetchSnapshotResponseSnapshotId {
  endOffset: bigint;
  epoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotResponseSnapshotId(): FetchSnapshotResponseSnapshotId {
  return { endOffset: 0n, epoch: 0 };
}

function readFetchSnapshotResponseSnapshotId(r: Reader, v: number, flex: boolean): FetchSnapshotResponseSnapshotId {
  let endOffset: bigint = 0n;
  let epoch: number = 0;
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
  const m: FetchSnapshotResponseSnapshotId = { endOffset, epoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchSnapshotResponseSnapshotId(w: Writer, v: number, flex: boolean, m: FetchSnapshotResponseSnapshotId): void {
  w.int64(m.endOffset);
  w.int32(m.epoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchSnapshotResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotResponseLeaderIdAndEpoch(): FetchSnapshotResponseLeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 };
}

function readFetchSnapshotResponseLeaderIdAndEpoch(r: Reader, v: number, flex: boolean): FetchSnapshotResponseLeaderIdAndEpoch {
  let leaderId: number = 0;
  let leaderEpoch: number = 0;
  leaderId = r.int32("LeaderIdAndEpoch.LeaderId");
  leaderEpoch = r.int32("LeaderIdAndEpoch.LeaderEpoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderIdAndEpoch._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderIdAndEpoch._tagged");
      const size = r.uvarint("LeaderIdAndEpoch._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderIdAndEpoch._tagged", size) });
    }
  }
  const m: FetchSnapshotResponseLeaderIdAndEpoch = { leaderId, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchSnapshotResponseLeaderIdAndEpoch(w: Writer, v: number, flex: boolean, m: FetchSnapshotResponseLeaderIdAndEpoch): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchSnapshotResponseNodeEndpoint {
  /** The ID of the associated node */
  nodeId: number;
  /** The node's hostname */
  host: string;
  /** The node's port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotResponseNodeEndpoint(): FetchSnapshotResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0 };
}

function readFetchSnapshotResponseNodeEndpoint(r: Reader, v: number, flex: boolean): FetchSnapshotResponseNodeEndpoint {
  let nodeId: number = 0;
  let host: string = "";
  let port: number = 0;
  if (v >= 1) {
    nodeId = r.int32("NodeEndpoint.NodeId");
  }
  if (v >= 1) {
    host = (flex ? r.compactString("NodeEndpoint.Host") : r.string("NodeEndpoint.Host"));
  }
  if (v >= 1) {
    port = r.uint16("NodeEndpoint.Port");
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
  const m: FetchSnapshotResponseNodeEndpoint = { nodeId, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchSnapshotResponseNodeEndpoint(w: Writer, v: number, flex: boolean, m: FetchSnapshotResponseNodeEndpoint): void {
  if (v >= 1) {
    w.int32(m.nodeId);
  } else if (!(m.nodeId === 0)) throw unsupportedField("NodeEndpoint.NodeId", v);
  if (v >= 1) {
    (flex ? w.compactString(m.host!) : w.string(m.host!));
  } else if (!(m.host === "")) throw unsupportedField("NodeEndpoint.Host", v);
  if (v >= 1) {
    w.uint16(m.port);
  } else if (!(m.port === 0)) throw unsupportedField("NodeEndpoint.Port", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a FetchSnapshotResponse of version `v`; the caller checks the reader for failure. */
export function decodeFetchSnapshotResponse(r: Reader, v: number): FetchSnapshotResponse {
  return readFetchSnapshotResponse(r, v, true);
}

/** Writes a FetchSnapshotResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeFetchSnapshotResponse(w: Writer, v: number, m: FetchSnapshotResponse): void {
  writeFetchSnapshotResponse(w, v, true, m);
}

export const FetchSnapshotResponseSchema: MessageSchema = {
  name: "FetchSnapshotResponse",
  kind: "response",
  apiKey: 59,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TopicSnapshot","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionSnapshot","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Index","prop":"index","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SnapshotId","prop":"snapshotId","type":"SnapshotId","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"EndOffset","prop":"endOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Epoch","prop":"epoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"CurrentLeader","prop":"currentLeader","type":"LeaderIdAndEpoch","versions":[0,32767],"nullable":null,"tagged":[0,32767],"tag":0,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Size","prop":"size","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Position","prop":"position","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"UnalignedRecords","prop":"unalignedRecords","type":"records","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"NodeEndpoints","prop":"nodeEndpoints","type":"[]NodeEndpoint","versions":[1,32767],"nullable":null,"tagged":[1,32767],"tag":0,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"NodeId","prop":"nodeId","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
