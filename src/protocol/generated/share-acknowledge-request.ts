// Generated from ShareAcknowledgeRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ShareAcknowledgeRequest {
  /** The group identifier. */
  groupId: string | null;
  /** The member ID. */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. */
  shareSessionEpoch: number;
  /** The topics containing records to acknowledge. */
  topics: ShareAcknowledgeRequestAcknowledgeTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeRequest(): ShareAcknowledgeRequest {
  return { groupId: null, memberId: "", shareSessionEpoch: 0, topics: [] };
}

function readShareAcknowledgeRequest(r: Reader, v: number, flex: boolean): ShareAcknowledgeRequest {
  let groupId: string | null = null;
  let memberId: string | null = "";
  let shareSessionEpoch: number = 0;
  let topics: ShareAcknowledgeRequestAcknowledgeTopic[] = [];
  groupId = (flex ? r.compactNullableString("ShareAcknowledgeRequest.GroupId") : r.nullableString("ShareAcknowledgeRequest.GroupId"));
  memberId = (flex ? r.compactNullableString("ShareAcknowledgeRequest.MemberId") : r.nullableString("ShareAcknowledgeRequest.MemberId"));
  shareSessionEpoch = r.int32("ShareAcknowledgeRequest.ShareSessionEpoch");
  {
    const n = (flex ? r.compactArrayLength("ShareAcknowledgeRequest.Topics") : r.arrayLength("ShareAcknowledgeRequest.Topics"));
    const a: ShareAcknowledgeRequestAcknowledgeTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readShareAcknowledgeRequestAcknowledgeTopic(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ShareAcknowledgeRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ShareAcknowledgeRequest._tagged");
      const size = r.uvarint("ShareAcknowledgeRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ShareAcknowledgeRequest._tagged", size) });
    }
  }
  const m: ShareAcknowledgeRequest = { groupId, memberId, shareSessionEpoch, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareAcknowledgeRequest(w: Writer, v: number, flex: boolean, m: ShareAcknowledgeRequest): void {
  (flex ? w.compactNullableString(m.groupId) : w.nullableString(m.groupId));
  (flex ? w.compactNullableString(m.memberId) : w.nullableString(m.memberId));
  w.int32(m.shareSessionEpoch);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeShareAcknowledgeRequestAcknowledgeTopic(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareAcknowledgeRequestAcknowledgeTopic {
  /** The unique topic ID. */
  topicId: string;
  /** The partitions containing records to acknowledge. */
  partitions: ShareAcknowledgeRequestAcknowledgePartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeRequestAcknowledgeTopic(): ShareAcknowledgeRequestAcknowledgeTopic {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readShareAcknowledgeRequestAcknowledgeTopic(r: Reader, v: number, flex: boolean): ShareAcknowledgeRequestAcknowledgeTopic {
  let topicId: string = ZERO_UUID;
  let partitions: ShareAcknowledgeRequestAcknowledgePartition[] = [];
  topicId = r.uuid("AcknowledgeTopic.TopicId");
  {
    const n = (flex ? r.compactArrayLength("AcknowledgeTopic.Partitions") : r.arrayLength("AcknowledgeTopic.Partitions"));
    const a: ShareAcknowledgeRequestAcknowledgePartition[] = [];
    for (let i = 0; i < n; i++) a.push(readShareAcknowledgeRequestAcknowledgePartition(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AcknowledgeTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AcknowledgeTopic._tagged");
      const size = r.uvarint("AcknowledgeTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AcknowledgeTopic._tagged", size) });
    }
  }
  const m: ShareAcknowledgeRequestAcknowledgeTopic = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareAcknowledgeRequestAcknowledgeTopic(w: Writer, v: number, flex: boolean, m: ShareAcknowledgeRequestAcknowledgeTopic): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeShareAcknowledgeRequestAcknowledgePartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareAcknowledgeRequestAcknowledgePartition {
  /** The partition index. */
  partitionIndex: number;
  /** Record batches to acknowledge. */
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeRequestAcknowledgePartition(): ShareAcknowledgeRequestAcknowledgePartition {
  return { partitionIndex: 0, acknowledgementBatches: [] };
}

function readShareAcknowledgeRequestAcknowledgePartition(r: Reader, v: number, flex: boolean): ShareAcknowledgeRequestAcknowledgePartition {
  let partitionIndex: number = 0;
  let acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[] = [];
  partitionIndex = r.int32("AcknowledgePartition.PartitionIndex");
  {
    const n = (flex ? r.compactArrayLength("AcknowledgePartition.AcknowledgementBatches") : r.arrayLength("AcknowledgePartition.AcknowledgementBatches"));
    const a: ShareAcknowledgeRequestAcknowledgementBatch[] = [];
    for (let i = 0; i < n; i++) a.push(readShareAcknowledgeRequestAcknowledgementBatch(r, v, flex));
    acknowledgementBatches = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AcknowledgePartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AcknowledgePartition._tagged");
      const size = r.uvarint("AcknowledgePartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AcknowledgePartition._tagged", size) });
    }
  }
  const m: ShareAcknowledgeRequestAcknowledgePartition = { partitionIndex, acknowledgementBatches };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareAcknowledgeRequestAcknowledgePartition(w: Writer, v: number, flex: boolean, m: ShareAcknowledgeRequestAcknowledgePartition): void {
  w.int32(m.partitionIndex);
  (flex ? w.uvarint(m.acknowledgementBatches!.length + 1) : w.int32(m.acknowledgementBatches!.length));
  for (const x of m.acknowledgementBatches!) writeShareAcknowledgeRequestAcknowledgementBatch(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareAcknowledgeRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. */
  acknowledgeTypes: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeRequestAcknowledgementBatch(): ShareAcknowledgeRequestAcknowledgementBatch {
  return { firstOffset: 0n, lastOffset: 0n, acknowledgeTypes: [] };
}

function readShareAcknowledgeRequestAcknowledgementBatch(r: Reader, v: number, flex: boolean): ShareAcknowledgeRequestAcknowledgementBatch {
  let firstOffset: bigint = 0n;
  let lastOffset: bigint = 0n;
  let acknowledgeTypes: number[] = [];
  firstOffset = r.int64("AcknowledgementBatch.FirstOffset");
  lastOffset = r.int64("AcknowledgementBatch.LastOffset");
  {
    const n = (flex ? r.compactArrayLength("AcknowledgementBatch.AcknowledgeTypes") : r.arrayLength("AcknowledgementBatch.AcknowledgeTypes"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int8("AcknowledgementBatch.AcknowledgeTypes"));
    acknowledgeTypes = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AcknowledgementBatch._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AcknowledgementBatch._tagged");
      const size = r.uvarint("AcknowledgementBatch._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AcknowledgementBatch._tagged", size) });
    }
  }
  const m: ShareAcknowledgeRequestAcknowledgementBatch = { firstOffset, lastOffset, acknowledgeTypes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareAcknowledgeRequestAcknowledgementBatch(w: Writer, v: number, flex: boolean, m: ShareAcknowledgeRequestAcknowledgementBatch): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  (flex ? w.uvarint(m.acknowledgeTypes!.length + 1) : w.int32(m.acknowledgeTypes!.length));
  for (const x of m.acknowledgeTypes!) w.int8(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ShareAcknowledgeRequest of version `v`; the caller checks the reader for failure. */
export function decodeShareAcknowledgeRequest(r: Reader, v: number): ShareAcknowledgeRequest {
  return readShareAcknowledgeRequest(r, v, true);
}

/** Writes a ShareAcknowledgeRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeShareAcknowledgeRequest(w: Writer, v: number, m: ShareAcknowledgeRequest): void {
  writeShareAcknowledgeRequest(w, v, true, m);
}

export const ShareAcknowledgeRequestSchema: MessageSchema = {
  name: "ShareAcknowledgeRequest",
  kind: "request",
  apiKey: 79,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ShareSessionEpoch","prop":"shareSessionEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]AcknowledgeTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]AcknowledgePartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AcknowledgementBatches","prop":"acknowledgementBatches","type":"[]AcknowledgementBatch","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"FirstOffset","prop":"firstOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastOffset","prop":"lastOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AcknowledgeTypes","prop":"acknowledgeTypes","type":"[]int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]}],
};
