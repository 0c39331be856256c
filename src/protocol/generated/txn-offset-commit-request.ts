// Generated from TxnOffsetCommitRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. */
  transactionalId: string;
  /** The ID of the group. */
  groupId: string;
  /** The current producer ID in use by the transactional ID. */
  producerId: bigint;
  /** The current epoch associated with the producer ID. */
  producerEpoch: number;
  /** The generation of the consumer. */
  generationId: number;
  /** The member ID assigned by the group coordinator. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. */
  topics: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitRequest(): TxnOffsetCommitRequest {
  return { transactionalId: "", groupId: "", producerId: 0n, producerEpoch: 0, generationId: -1, memberId: "", groupInstanceId: null, topics: [] };
}

function readTxnOffsetCommitRequest(r: Reader, v: number, flex: boolean): TxnOffsetCommitRequest {
  let transactionalId: string = "";
  let groupId: string = "";
  let producerId: bigint = 0n;
  let producerEpoch: number = 0;
  let generationId: number = -1;
  let memberId: string = "";
  let groupInstanceId: string | null = null;
  let topics: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[] = [];
  transactionalId = (flex ? r.compactString("TxnOffsetCommitRequest.TransactionalId") : r.string("TxnOffsetCommitRequest.TransactionalId"));
  groupId = (flex ? r.compactString("TxnOffsetCommitRequest.GroupId") : r.string("TxnOffsetCommitRequest.GroupId"));
  producerId = r.int64("TxnOffsetCommitRequest.ProducerId");
  producerEpoch = r.int16("TxnOffsetCommitRequest.ProducerEpoch");
  if (v >= 3) {
    generationId = r.int32("TxnOffsetCommitRequest.GenerationId");
  }
  if (v >= 3) {
    memberId = (flex ? r.compactString("TxnOffsetCommitRequest.MemberId") : r.string("TxnOffsetCommitRequest.MemberId"));
  }
  if (v >= 3) {
    groupInstanceId = (flex ? r.compactNullableString("TxnOffsetCommitRequest.GroupInstanceId") : r.nullableString("TxnOffsetCommitRequest.GroupInstanceId"));
  }
  {
    const n = (flex ? r.compactArrayLength("TxnOffsetCommitRequest.Topics") : r.arrayLength("TxnOffsetCommitRequest.Topics"));
    const a: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TxnOffsetCommitRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TxnOffsetCommitRequest._tagged");
      const size = r.uvarint("TxnOffsetCommitRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TxnOffsetCommitRequest._tagged", size) });
    }
  }
  const m: TxnOffsetCommitRequest = { transactionalId, groupId, producerId, producerEpoch, generationId, memberId, groupInstanceId, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeTxnOffsetCommitRequest(w: Writer, v: number, flex: boolean, m: TxnOffsetCommitRequest): void {
  (flex ? w.compactString(m.transactionalId!) : w.string(m.transactionalId!));
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (v >= 3) {
    w.int32(m.generationId);
  } else if (!(m.generationId === -1)) throw unsupportedField("TxnOffsetCommitRequest.GenerationId", v);
  if (v >= 3) {
    (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  } else if (!(m.memberId === "")) throw unsupportedField("TxnOffsetCommitRequest.MemberId", v);
  if (v >= 3) {
    (flex ? w.compactNullableString(m.groupInstanceId) : w.nullableString(m.groupInstanceId));
  } else if (!(m.groupInstanceId === null)) throw unsupportedField("TxnOffsetCommitRequest.GroupInstanceId", v);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  /** The topic name. */
  name: string;
  /** The partitions inside the topic that we want to commit offsets for. */
  partitions: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  return { name: "", partitions: [] };
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r: Reader, v: number, flex: boolean): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  let name: string = "";
  let partitions: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[] = [];
  name = (flex ? r.compactString("TxnOffsetCommitRequestTopic.Name") : r.string("TxnOffsetCommitRequestTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("TxnOffsetCommitRequestTopic.Partitions") : r.arrayLength("TxnOffsetCommitRequestTopic.Partitions"));
    const a: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TxnOffsetCommitRequestTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TxnOffsetCommitRequestTopic._tagged");
      const size = r.uvarint("TxnOffsetCommitRequestTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TxnOffsetCommitRequestTopic._tagged", size) });
    }
  }
  const m: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w: Writer, v: number, flex: boolean, m: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. */
  partitionIndex: number;
  /** The message offset to be committed. */
  committedOffset: bigint;
  /** The leader epoch of the last consumed record. */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. */
  committedMetadata: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  return { partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1, committedMetadata: "" };
}

function readTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r: Reader, v: number, flex: boolean): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  let partitionIndex: number = 0;
  let committedOffset: bigint = 0n;
  let committedLeaderEpoch: number = -1;
  let committedMetadata: string | null = "";
  partitionIndex = r.int32("TxnOffsetCommitRequestPartition.PartitionIndex");
  committedOffset = r.int64("TxnOffsetCommitRequestPartition.CommittedOffset");
  if (v >= 2) {
    committedLeaderEpoch = r.int32("TxnOffsetCommitRequestPartition.CommittedLeaderEpoch");
  }
  committedMetadata = (flex ? r.compactNullableString("TxnOffsetCommitRequestPartition.CommittedMetadata") : r.nullableString("TxnOffsetCommitRequestPartition.CommittedMetadata"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TxnOffsetCommitRequestPartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TxnOffsetCommitRequestPartition._tagged");
      const size = r.uvarint("TxnOffsetCommitRequestPartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TxnOffsetCommitRequestPartition._tagged", size) });
    }
  }
  const m: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition = { partitionIndex, committedOffset, committedLeaderEpoch, committedMetadata };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w: Writer, v: number, flex: boolean, m: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition): void {
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (v >= 2) {
    w.int32(m.committedLeaderEpoch);
  }
  (flex ? w.compactNullableString(m.committedMetadata) : w.nullableString(m.committedMetadata));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a TxnOffsetCommitRequest of version `v`; the caller checks the reader for failure. */
export function decodeTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  return readTxnOffsetCommitRequest(r, v, v >= 3);
}

/** Writes a TxnOffsetCommitRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeTxnOffsetCommitRequest(w: Writer, v: number, m: TxnOffsetCommitRequest): void {
  writeTxnOffsetCommitRequest(w, v, v >= 3, m);
}

export const TxnOffsetCommitRequestSchema: MessageSchema = {
  name: "TxnOffsetCommitRequest",
  kind: "request",
  apiKey: 28,
  validVersions: [0, 4],
  flexibleVersions: [3, 4],
  fields: [{"name":"TransactionalId","prop":"transactionalId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerId","prop":"producerId","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerEpoch","prop":"producerEpoch","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GenerationId","prop":"generationId","type":"int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"MemberId","prop":"memberId","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":""},{"name":"GroupInstanceId","prop":"groupInstanceId","type":"string","versions":[3,32767],"nullable":[3,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"Topics","prop":"topics","type":"[]TxnOffsetCommitRequestTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]TxnOffsetCommitRequestPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CommittedOffset","prop":"committedOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CommittedLeaderEpoch","prop":"committedLeaderEpoch","type":"int32","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"CommittedMetadata","prop":"committedMetadata","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
