// Generated from ShareFetchResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Records, Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ShareFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level response error code. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The response topics. */
  responses: ShareFetchResponseShareFetchableTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. */
  nodeEndpoints: ShareFetchResponseNodeEndpoint[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchResponse(): ShareFetchResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, responses: [], nodeEndpoints: [] };
}

function readShareFetchResponse(r: Reader, v: number, flex: boolean): ShareFetchResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  let responses: ShareFetchResponseShareFetchableTopicResponse[] = [];
  let nodeEndpoints: ShareFetchResponseNodeEndpoint[] = [];
  throttleTimeMs = r.int32("ShareFetchResponse.ThrottleTimeMs");
  errorCode = r.int16("ShareFetchResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("ShareFetchResponse.ErrorMessage") : r.nullableString("ShareFetchResponse.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("ShareFetchResponse.Responses") : r.arrayLength("ShareFetchResponse.Responses"));
    const a: ShareFetchResponseShareFetchableTopicResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readShareFetchResponseShareFetchableTopicResponse(r, v, flex));
    responses = a;
  }
  {
    const n = (flex ? r.compactArrayLength("ShareFetchResponse.NodeEndpoints") : r.arrayLength("ShareFetchResponse.NodeEndpoints"));
    const a: ShareFetchResponseNodeEndpoint[] = [];
    for (let i = 0; i < n; i++) a.push(readShareFetchResponseNodeEndpoint(r, v, flex));
    nodeEndpoints = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ShareFetchResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ShareFetchResponse._tagged");
      const size = r.uvarint("ShareFetchResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ShareFetchResponse._tagged", size) });
    }
  }
  const m: ShareFetchResponse = { throttleTimeMs, errorCode, errorMessage, responses, nodeEndpoints };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchResponse(w: Writer, v: number, flex: boolean, m: ShareFetchResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.responses!.length + 1) : w.int32(m.responses!.length));
  for (const x of m.responses!) writeShareFetchResponseShareFetchableTopicResponse(w, v, flex, x!);
  (flex ? w.uvarint(m.nodeEndpoints!.length + 1) : w.int32(m.nodeEndpoints!.length));
  for (const x of m.nodeEndpoints!) writeShareFetchResponseNodeEndpoint(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareFetchResponseShareFetchableTopicResponse {
  /** The unique topic ID. */
  topicId: string;
  /** The topic partitions. */
  partitions: ShareFetchResponsePartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchResponseShareFetchableTopicResponse(): ShareFetchResponseShareFetchableTopicResponse {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readShareFetchResponseShareFetchableTopicResponse(r: Reader, v: number, flex: boolean): ShareFetchResponseShareFetchableTopicResponse {
  let topicId: string = ZERO_UUID;
  let partitions: ShareFetchResponsePartitionData[] = [];
  topicId = r.uuid("ShareFetchableTopicResponse.TopicId");
  {
    const n = (flex ? r.compactArrayLength("ShareFetchableTopicResponse.Partitions") : r.arrayLength("ShareFetchableTopicResponse.Partitions"));
    const a: ShareFetchResponsePartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readShareFetchResponsePartitionData(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ShareFetchableTopicResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ShareFetchableTopicResponse._tagged");
      const size = r.uvarint("ShareFetchableTopicResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ShareFetchableTopicResponse._tagged", size) });
    }
  }
  const m: ShareFetchResponseShareFetchableTopicResponse = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchResponseShareFetchableTopicResponse(w: Writer, v: number, flex: boolean, m: ShareFetchResponseShareFetchableTopicResponse): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeShareFetchResponsePartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareFetchResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  /** The fetch error code, or 0 if there was no fetch error. */
  errorCode: number;
  /** The fetch error message, or null if there was no fetch error. */
  errorMessage: string | null;
  /** The acknowledge error code, or 0 if there was no acknowledge error. */
  acknowledgeErrorCode: number;
  /** The acknowledge error message, or null if there was no acknowledge error. */
  acknowledgeErrorMessage: string | null;
  currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  /** The record data. */
  records: Records | null;
  /** The acquired records. */
  acquiredRecords: ShareFetchResponseAcquiredRecords[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchResponsePartitionData(): ShareFetchResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, errorMessage: null, acknowledgeErrorCode: 0, acknowledgeErrorMessage: null, currentLeader: defaultShareFetchResponseLeaderIdAndEpoch(), records: null, acquiredRecords: [] };
}

function readShareFetchResponsePartitionData(r: Reader, v: number, flex: boolean): ShareFetchResponsePartitionData {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  let acknowledgeErrorCode: number = 0;
  let acknowledgeErrorMessage: string | null = null;
  let currentLeader: ShareFetchResponseLeaderIdAndEpoch = defaultShareFetchResponseLeaderIdAndEpoch();
  let records: Records | null = null;
  let acquiredRecords: ShareFetchResponseAcquiredRecords[] = [];
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  errorCode = r.int16("PartitionData.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("PartitionData.ErrorMessage") : r.nullableString("PartitionData.ErrorMessage"));
  acknowledgeErrorCode = r.int16("PartitionData.AcknowledgeErrorCode");
  acknowledgeErrorMessage = (flex ? r.compactNullableString("PartitionData.AcknowledgeErrorMessage") : r.nullableString("PartitionData.AcknowledgeErrorMessage"));
  currentLeader = readShareFetchResponseLeaderIdAndEpoch(r, v, flex);
  records = (flex ? r.compactNullableBytes("PartitionData.Records") : r.nullableBytes("PartitionData.Records"));
  {
    const n = (flex ? r.compactArrayLength("PartitionData.AcquiredRecords") : r.arrayLength("PartitionData.AcquiredRecords"));
    const a: ShareFetchResponseAcquiredRecords[] = [];
    for (let i = 0; i < n; i++) a.push(readShareFetchResponseAcquiredRecords(r, v, flex));
    acquiredRecords = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: ShareFetchResponsePartitionData = { partitionIndex, errorCode, errorMessage, acknowledgeErrorCode, acknowledgeErrorMessage, currentLeader, records, acquiredRecords };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchResponsePartitionData(w: Writer, v: number, flex: boolean, m: ShareFetchResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  w.int16(m.acknowledgeErrorCode);
  (flex ? w.compactNullableString(m.acknowledgeErrorMessage) : w.nullableString(m.acknowledgeErrorMessage));
  writeShareFetchResponseLeaderIdAndEpoch(w, v, flex, m.currentLeader!);
  (flex ? w.compactNullableRecords(m.records) : w.nullableRecords(m.records));
  (flex ? w.uvarint(m.acquiredRecords!.length + 1) : w.int32(m.acquiredRecords!.length));
  for (const x of m.acquiredRecords!) writeShareFetchResponseAcquiredRecords(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareFetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch. */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchResponseLeaderIdAndEpoch(): ShareFetchResponseLeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 };
}

function readShareFetchResponseLeaderIdAndEpoch(r: Reader, v: number, flex: boolean): ShareFetchResponseLeaderIdAndEpoch {
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
  const m: ShareFetchResponseLeaderIdAndEpoch = { leaderId, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchResponseLeaderIdAndEpoch(w: Writer, v: number, flex: boolean, m: ShareFetchResponseLeaderIdAndEpoch): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareFetchResponseAcquiredRecords {
  /** The earliest offset in this batch of acquired records. */
  firstOffset: bigint;
  /** The last offset of this batch of acquired records. */
  lastOffset: bigint;
  /** The delivery count of this batch of acquired records. */
  deliveryCount: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareFetchResponseAcquiredRecords(): ShareFetchResponseAcquiredRecords {
  return { firstOffset: 0n, lastOffset: 0n, deliveryCount: 0 };
}

function readShareFetchResponseAcquiredRecords(r: Reader, v: number, flex: boolean): ShareFetchResponseAcquiredRecords {
  let firstOffset: bigint = 0n;
  let lastOffset: bigint = 0n;
  let deliveryCount: number = 0;
  firstOffset = r.int64("AcquiredRecords.FirstOffset");
  lastOffset = r.int64("AcquiredRecords.LastOffset");
  deliveryCount = r.int16("AcquiredRecords.DeliveryCount");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AcquiredRecords._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AcquiredRecords._tagged");
      const size = r.uvarint("AcquiredRecords._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AcquiredRecords._tagged", size) });
    }
  }
  const m: ShareFetchResponseAcquiredRecords = { firstOffset, lastOffset, deliveryCount };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchResponseAcquiredRecords(w: Writer, v: number, flex: boolean, m: ShareFetchResponseAcquiredRecords): void {
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int16(m.deliveryCount);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareFetchResponseNodeEndpoint {
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

export function defaultShareFetchResponseNodeEndpoint(): ShareFetchResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

function readShareFetchResponseNodeEndpoint(r: Reader, v: number, flex: boolean): ShareFetchResponseNodeEndpoint {
  let nodeId: number = 0;
  let host: string = "";
  let port: number = 0;
  let rack: string | null = null;
  nodeId = r.int32("NodeEndpoint.NodeId");
  host = (flex ? r.compactString("NodeEndpoint.Host") : r.string("NodeEndpoint.Host"));
  port = r.int32("NodeEndpoint.Port");
  rack = (flex ? r.compactNullableString("NodeEndpoint.Rack") : r.nullableString("NodeEndpoint.Rack"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("NodeEndpoint._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("NodeEndpoint._tagged");
      const size = r.uvarint("NodeEndpoint._tagged");
      (unknown ??= []).push({ tag, data: r.raw("NodeEndpoint._tagged", size) });
    }
  }
  const m: ShareFetchResponseNodeEndpoint = { nodeId, host, port, rack };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareFetchResponseNodeEndpoint(w: Writer, v: number, flex: boolean, m: ShareFetchResponseNodeEndpoint): void {
  w.int32(m.nodeId);
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.int32(m.port);
  (flex ? w.compactNullableString(m.rack) : w.nullableString(m.rack));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ShareFetchResponse of version `v`; the caller checks the reader for failure. */
export function decodeShareFetchResponse(r: Reader, v: number): ShareFetchResponse {
  return readShareFetchResponse(r, v, true);
}

/** Writes a ShareFetchResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeShareFetchResponse(w: Writer, v: number, m: ShareFetchResponse): void {
  writeShareFetchResponse(w, v, true, m);
}

export const ShareFetchResponseSchema: MessageSchema = {
  name: "ShareFetchResponse",
  kind: "response",
  apiKey: 78,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"Responses","prop":"responses","type":"[]ShareFetchableTopicResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"AcknowledgeErrorCode","prop":"acknowledgeErrorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AcknowledgeErrorMessage","prop":"acknowledgeErrorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"CurrentLeader","prop":"currentLeader","type":"LeaderIdAndEpoch","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Records","prop":"records","type":"records","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AcquiredRecords","prop":"acquiredRecords","type":"[]AcquiredRecords","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"FirstOffset","prop":"firstOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastOffset","prop":"lastOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"DeliveryCount","prop":"deliveryCount","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]},{"name":"NodeEndpoints","prop":"nodeEndpoints","type":"[]NodeEndpoint","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"NodeId","prop":"nodeId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Rack","prop":"rack","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]}],
};
