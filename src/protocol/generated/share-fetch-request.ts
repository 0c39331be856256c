// Generated from ShareFetchRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ShareFetchRequest {
  /** The group identifier. */
  groupId: string | null;
  /** The member ID. */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. */
  shareSessionEpoch: number;
  /** The maximum time in milliseconds to wait for the response. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. */
  maxBytes: number;
  /** The topics to fetch. */
  topics: ShareFetchRequestFetchTopic[];
  /** The partitions to remove from this share session. */
  forgottenTopicsData: ShareFetchRequestForgottenTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchRequest(): ShareFetchRequest {
  return { groupId: null, memberId: "", shareSessionEpoch: 0, maxWaitMs: 0, minBytes: 0, maxBytes: 2147483647, topics: [], forgottenTopicsData: [] };
}

function readShareFetchRequest(r: Reader, v: number, flex: boolean): ShareFetchRequest {
  let groupId: string | null = null;
  let memberId: string | null = "";
  let shareSessionEpoch: number = 0;
  let maxWaitMs: number = 0;
  let minBytes: number = 0;
  let maxBytes: number = 2147483647;
  let topics: ShareFetchRequestFetchTopic[] = [];
  let forgottenTopicsData: ShareFetchRequestForgottenTopic[] = [];
  groupId = (flex ? r.compactNullableString("ShareFetchRequest.GroupId") : r.nullableString("ShareFetchRequest.GroupId"));
  memberId = (flex ? r.compactNullableString("ShareFetchRequest.MemberId") : r.nullableString("ShareFetchRequest.MemberId"));
  shareSessionEpoch = r.int32("ShareFetchRequest.ShareSessionEpoch");
  maxWaitMs = r.int32("ShareFetchRequest.MaxWaitMs");
  minBytes = r.int32("ShareFetchRequest.MinBytes");
  maxBytes = r.int32("ShareFetchRequest.MaxBytes");
  {
    const n = (flex ? r.compactArrayLength("ShareFetchRequest.Topics") : r.arrayLength("ShareFetchRequest.Topics"));
    const a: ShareFetchRequestFetchTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readShareFetchRequestFetchTopic(r, v, flex));
    topics = a;
  }
  {
    const n = (flex ? r.compactArrayLength("ShareFetchRequest.ForgottenTopicsData") : r.arrayLength("ShareFetchRequest.ForgottenTopicsData"));
    const a: ShareFetchRequestForgottenTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readShareFetchRequestForgottenTopic(r, v, flex));
    forgottenTopicsData = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ShareFetchRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ShareFetchRequest._tagged");
      const size = r.uvarint("ShareFetchRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ShareFetchRequest._tagged", size) });
    }
  }
  const m: ShareFetchRequest = { groupId, memberId, shareSessionEpoch, maxWaitMs, minBytes, maxBytes, topics, forgottenTopicsData };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchRequest(w: Writer, v: number, flex: boolean, m: ShareFetchRequest): void {
  (flex ? w.compactNullableString(m.groupId) : w.nullableString(m.groupId));
  (flex ? w.compactNullableString(m.memberId) : w.nullableString(m.memberId));
  w.int32(m.shareSessionEpoch);
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  w.int32(m.maxBytes);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeShareFetchRequestFetchTopic(w, v, flex, x!);
  (flex ? w.uvarint(m.forgottenTopicsData!.length + 1) : w.int32(m.forgottenTopicsData!.length));
  for (const x of m.forgottenTopicsData!) writeShareFetchRequestForgottenTopic(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareFetchRequestFetchTopic {
  /** The unique topic ID. */
  topicId: string;
  /** The partitions to fetch. */
  partitions: ShareFetchRequestFetchPartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchRequestFetchTopic(): ShareFetchRequestFetchTopic {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readShareFetchRequestFetchTopic(r: Reader, v: number, flex: boolean): ShareFetchRequestFetchTopic {
  let topicId: string = ZERO_UUID;
  let partitions: ShareFetchRequestFetchPartition[] = [];
  topicId = r.uuid("FetchTopic.TopicId");
  {
    const n = (flex ? r.compactArrayLength("FetchTopic.Partitions") : r.arrayLength("FetchTopic.Partitions"));
    const a: ShareFetchRequestFetchPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readShareFetchRequestFetchPartition(r, v, flex));
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
  const m: ShareFetchRequestFetchTopic = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchRequestFetchTopic(w: Writer, v: number, flex: boolean, m: ShareFetchRequestFetchTopic): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeShareFetchRequestFetchPartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareFetchRequestFetchPartition {
  /** The partition index. */
  partitionIndex: number;
  /** The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored. */
  partitionMaxBytes: number;
  /** Record batches to acknowledge. */
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchRequestFetchPartition(): ShareFetchRequestFetchPartition {
  return { partitionIndex: 0, partitionMaxBytes: 0, acknowledgementBatches: [] };
}

function readShareFetchRequestFetchPartition(r: Reader, v: number, flex: boolean): ShareFetchRequestFetchPartition {
  let partitionIndex: number = 0;
  let partitionMaxBytes: number = 0;
  let acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[] = [];
  partitionIndex = r.int32("FetchPartition.PartitionIndex");
  partitionMaxBytes = r.int32("FetchPartition.PartitionMaxBytes");
  {
    const n = (flex ? r.compactArrayLength("FetchPartition.AcknowledgementBatches") : r.arrayLength("FetchPartition.AcknowledgementBatches"));
    const a: ShareFetchRequestAcknowledgementBatch[] = [];
    for (let i = 0; i < n; i++) a.push(readShareFetchRequestAcknowledgementBatch(r, v, flex));
    acknowledgementBatches = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FetchPartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FetchPartition._tagged");
      const size = r.uvarint("FetchPartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("FetchPartition._tagged", size) });
    }
  }
  const m: ShareFetchRequestFetchPartition = { partitionIndex, partitionMaxBytes, acknowledgementBatches };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchRequestFetchPartition(w: Writer, v: number, flex: boolean, m: ShareFetchRequestFetchPartition): void {
  w.int32(m.partitionIndex);
  w.int32(m.partitionMaxBytes);
  (flex ? w.uvarint(m.acknowledgementBatches!.length + 1) : w.int32(m.acknowledgementBatches!.length));
  for (const x of m.acknowledgementBatches!) writeShareFetchRequestAcknowledgementBatch(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareFetchRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. */
  acknowledgeTypes: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchRequestAcknowledgementBatch(): ShareFetchRequestAcknowledgementBatch {
  return { firstOffset: 0n, lastOffset: 0n, acknowledgeTypes: [] };
}

function readShareFetchRequestAcknowledgementBatch(r: Reader, v: number, flex: boolean): ShareFetchRequestAcknowledgementBatch {
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
  const m: ShareFetchRequestAcknowledgementBatch = { firstOffset, lastOffset, acknowledgeTypes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchRequestAcknowledgementBatch(w: Writer, v: number, flex: boolean, m: ShareFetchRequestAcknowledgementBatch): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  (flex ? w.uvarint(m.acknowledgeTypes!.length + 1) : w.int32(m.acknowledgeTypes!.length));
  for (const x of m.acknowledgeTypes!) w.int8(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareFetchRequestForgottenTopic {
  /** The unique topic ID. */
  topicId: string;
  /** The partitions indexes to forget. */
  partitions: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchRequestForgottenTopic(): ShareFetchRequestForgottenTopic {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readShareFetchRequestForgottenTopic(r: Reader, v: number, flex: boolean): ShareFetchRequestForgottenTopic {
  let topicId: string = ZERO_UUID;
  let partitions: number[] = [];
  topicId = r.uuid("ForgottenTopic.TopicId");
  {
    const n = (flex ? r.compactArrayLength("ForgottenTopic.Partitions") : r.arrayLength("ForgottenTopic.Partitions"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("ForgottenTopic.Partitions"));
    partitions = a;
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
  const m: ShareFetchRequestForgottenTopic = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchRequestForgottenTopic(w: Writer, v: number, flex: boolean, m: ShareFetchRequestForgottenTopic): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ShareFetchRequest of version `v`; the caller checks the reader for failure. */
export function decodeShareFetchRequest(r: Reader, v: number): ShareFetchRequest {
  return readShareFetchRequest(r, v, true);
}

/** Writes a ShareFetchRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeShareFetchRequest(w: Writer, v: number, m: ShareFetchRequest): void {
  writeShareFetchRequest(w, v, true, m);
}

export const ShareFetchRequestSchema: MessageSchema = {
  name: "ShareFetchRequest",
  kind: "request",
  apiKey: 78,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ShareSessionEpoch","prop":"shareSessionEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxWaitMs","prop":"maxWaitMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MinBytes","prop":"minBytes","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxBytes","prop":"maxBytes","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"0x7fffffff"},{"name":"Topics","prop":"topics","type":"[]FetchTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]FetchPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionMaxBytes","prop":"partitionMaxBytes","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AcknowledgementBatches","prop":"acknowledgementBatches","type":"[]AcknowledgementBatch","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"FirstOffset","prop":"firstOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastOffset","prop":"lastOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AcknowledgeTypes","prop":"acknowledgeTypes","type":"[]int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]},{"name":"ForgottenTopicsData","prop":"forgottenTopicsData","type":"[]ForgottenTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
