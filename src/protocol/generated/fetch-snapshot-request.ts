// Generated from FetchSnapshotRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface FetchSnapshotRequest {
  /** The clusterId if known, this is used to validate metadata fetches prior to broker registration */
  clusterId: string | null;
  /** The broker ID of the follower */
  replicaId: number;
  /** The maximum bytes to fetch from all of the snapshots */
  maxBytes: number;
  /** The topics to fetch */
  topics: FetchSnapshotRequestTopicSnapshot[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotRequest(): FetchSnapshotRequest {
  return { clusterId: null, replicaId: -1, maxBytes: 2147483647, topics: [] };
}

function readFetchSnapshotRequest(r: Reader, v: number, flex: boolean): FetchSnapshotRequest {
  let clusterId: string | null = null;
  let replicaId: number = -1;
  let maxBytes: number = 2147483647;
  let topics: FetchSnapshotRequestTopicSnapshot[] = [];
  replicaId = r.int32("FetchSnapshotRequest.ReplicaId");
  maxBytes = r.int32("FetchSnapshotRequest.MaxBytes");
  {
    const n = (flex ? r.compactArrayLength("FetchSnapshotRequest.Topics") : r.arrayLength("FetchSnapshotRequest.Topics"));
    const a: FetchSnapshotRequestTopicSnapshot[] = [];
    for (let i = 0; i < n; i++) a.push(readFetchSnapshotRequestTopicSnapshot(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FetchSnapshotRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FetchSnapshotRequest._tagged");
      const size = r.uvarint("FetchSnapshotRequest._tagged");
      if (tag === 0) {
        const end = r.pos + size;
        clusterId = r.compactNullableString("FetchSnapshotRequest.ClusterId");
        if (r.pos !== end) r.fail("FetchSnapshotRequest.ClusterId", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("FetchSnapshotRequest._tagged", size) });
    }
  }
  const m: FetchSnapshotRequest = { clusterId, replicaId, maxBytes, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchSnapshotRequest(w: Writer, v: number, flex: boolean, m: FetchSnapshotRequest): void {
  w.int32(m.replicaId);
  w.int32(m.maxBytes);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeFetchSnapshotRequestTopicSnapshot(w, v, flex, x!);
  if (flex) {
    const known: KnownTag[] = [];
    if (!(m.clusterId === null)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.compactNullableString(m.clusterId);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface FetchSnapshotRequestTopicSnapshot {
  /** The name of the topic to fetch */
  name: string;
  /** The partitions to fetch */
  partitions: FetchSnapshotRequestPartitionSnapshot[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotRequestTopicSnapshot(): FetchSnapshotRequestTopicSnapshot {
  return { name: "", partitions: [] };
}

function readFetchSnapshotRequestTopicSnapshot(r: Reader, v: number, flex: boolean): FetchSnapshotRequestTopicSnapshot {
  let name: string = "";
  let partitions: FetchSnapshotRequestPartitionSnapshot[] = [];
  name = (flex ? r.compactString("TopicSnapshot.Name") : r.string("TopicSnapshot.Name"));
  {
    const n = (flex ? r.compactArrayLength("TopicSnapshot.Partitions") : r.arrayLength("TopicSnapshot.Partitions"));
    const a: FetchSnapshotRequestPartitionSnapshot[] = [];
    for (let i = 0; i < n; i++) a.push(readFetchSnapshotRequestPartitionSnapshot(r, v, flex));
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
  const m: FetchSnapshotRequestTopicSnapshot = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchSnapshotRequestTopicSnapshot(w: Writer, v: number, flex: boolean, m: FetchSnapshotRequestTopicSnapshot): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeFetchSnapshotRequestPartitionSnapshot(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FetchSnapshotRequestPartitionSnapshot {
  /** The partition index */
  partition: number;
  /** The current leader epoch of the partition, -1 for unknown leader epoch */
  currentLeaderEpoch: number;
  /** The snapshot endOffset and epoch to fetch */
  snapshotId: FetchSnapshotRequestSnapshotId;
  /** The byte position within the snapshot to start fetching from */
  position: bigint;
  /** The directory id of the follower fetching */
  replicaDirectoryId: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotRequestPartitionSnapshot(): FetchSnapshotRequestPartitionSnapshot {
  return { partition: 0, currentLeaderEpoch: 0, snapshotId: defaultFetchSnapshotRequestSnapshotId(), position: 0n, replicaDirectoryId: ZERO_UUID };
}

function readFetchSnapshotRequestPartitionSnapshot(r: Reader, v: number, flex: boolean): FetchSnapshotRequestPartitionSnapshot {
  let partition: number = 0;
  let currentLeaderEpoch: number = 0;
  let snapshotId: FetchSnapshotRequestSnapshotId = defaultFetchSnapshotRequestSnapshotId();
  let position: bigint = 0n;
  let replicaDirectoryId: string = ZERO_UUID;
  partition = r.int32("PartitionSnapshot.Partition");
  currentLeaderEpoch = r.int32("PartitionSnapshot.CurrentLeaderEpoch");
  snapshotId = readFetchSnapshotRequestSnapshotId(r, v, flex);
  position = r.int64("PartitionSnapshot.Position");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionSnapshot._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionSnapshot._tagged");
      const size = r.uvarint("PartitionSnapshot._tagged");
      if (tag === 0 && v >= 1) {
        const end = r.pos + size;
        replicaDirectoryId = r.uuid("PartitionSnapshot.ReplicaDirectoryId");
        if (r.pos !== end) r.fail("PartitionSnapshot.ReplicaDirectoryId", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("PartitionSnapshot._tagged", size) });
    }
  }
  const m: FetchSnapshotRequestPartitionSnapshot = { partition, currentLeaderEpoch, snapshotId, position, replicaDirectoryId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchSnapshotRequestPartitionSnapshot(w: Writer, v: number, flex: boolean, m: FetchSnapshotRequestPartitionSnapshot): void {
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch);
  writeFetchSnapshotRequestSnapshotId(w, v, flex, m.snapshotId!);
  w.int64(m.position);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 1 && !(m.replicaDirectoryId === ZERO_UUID)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.uuid(m.replicaDirectoryId);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface FetchSnapshotRequestSnapshotId {
  endOffset: bigint;
  epoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFetchSnapshotRequestSnapshotId(): FetchSnapshotRequestSnapshotId {
  return { endOffset: 0n, epoch: 0 };
}

function readFetchSnapshotRequestSnapshotId(r: Reader, v: number, flex: boolean): FetchSnapshotRequestSnapshotId {
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
  const m: FetchSnapshotRequestSnapshotId = { endOffset, epoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFetchSnapshotRequestSnapshotId(w: Writer, v: number, flex: boolean, m: FetchSnapshotRequestSnapshotId): void {
  w.int64(m.endOffset);
  w.int32(m.epoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a FetchSnapshotRequest of version `v`; the caller checks the reader for failure. */
export function decodeFetchSnapshotRequest(r: Reader, v: number): FetchSnapshotRequest {
  return readFetchSnapshotRequest(r, v, true);
}

/** Writes a FetchSnapshotRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeFetchSnapshotRequest(w: Writer, v: number, m: FetchSnapshotRequest): void {
  writeFetchSnapshotRequest(w, v, true, m);
}

export const FetchSnapshotRequestSchema: MessageSchema = {
  name: "FetchSnapshotRequest",
  kind: "request",
  apiKey: 59,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"ClusterId","prop":"clusterId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":[0,32767],"tag":0,"ignorable":false,"flexible":null,"default":"null"},{"name":"ReplicaId","prop":"replicaId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"MaxBytes","prop":"maxBytes","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"0x7fffffff"},{"name":"Topics","prop":"topics","type":"[]TopicSnapshot","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionSnapshot","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Partition","prop":"partition","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CurrentLeaderEpoch","prop":"currentLeaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SnapshotId","prop":"snapshotId","type":"SnapshotId","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"EndOffset","prop":"endOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Epoch","prop":"epoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Position","prop":"position","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ReplicaDirectoryId","prop":"replicaDirectoryId","type":"uuid","versions":[1,32767],"nullable":null,"tagged":[1,32767],"tag":0,"ignorable":true,"flexible":null,"default":null}]}]}],
};
