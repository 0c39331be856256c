// Generated from ShareAcknowledgeResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ShareAcknowledgeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The response topics. */
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. */
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeResponse(): ShareAcknowledgeResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, responses: [], nodeEndpoints: [] };
}

function readShareAcknowledgeResponse(r: Reader, v: number, flex: boolean): ShareAcknowledgeResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  let responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[] = [];
  let nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[] = [];
  throttleTimeMs = r.int32("ShareAcknowledgeResponse.ThrottleTimeMs");
  errorCode = r.int16("ShareAcknowledgeResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("ShareAcknowledgeResponse.ErrorMessage") : r.nullableString("ShareAcknowledgeResponse.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("ShareAcknowledgeResponse.Responses") : r.arrayLength("ShareAcknowledgeResponse.Responses"));
    const a: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readShareAcknowledgeResponseShareAcknowledgeTopicResponse(r, v, flex));
    responses = a;
  }
  {
    const n = (flex ? r.compactArrayLength("ShareAcknowledgeResponse.NodeEndpoints") : r.arrayLength("ShareAcknowledgeResponse.NodeEndpoints"));
    const a: ShareAcknowledgeResponseNodeEndpoint[] = [];
    for (let i = 0; i < n; i++) a.push(readShareAcknowledgeResponseNodeEndpoint(r, v, flex));
    nodeEndpoints = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ShareAcknowledgeResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ShareAcknowledgeResponse._tagged");
      const size = r.uvarint("ShareAcknowledgeResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ShareAcknowledgeResponse._tagged", size) });
    }
  }
  const m: ShareAcknowledgeResponse = { throttleTimeMs, errorCode, errorMessage, responses, nodeEndpoints };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareAcknowledgeResponse(w: Writer, v: number, flex: boolean, m: ShareAcknowledgeResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.responses!.length + 1) : w.int32(m.responses!.length));
  for (const x of m.responses!) writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w, v, flex, x!);
  (flex ? w.uvarint(m.nodeEndpoints!.length + 1) : w.int32(m.nodeEndpoints!.length));
  for (const x of m.nodeEndpoints!) writeShareAcknowledgeResponseNodeEndpoint(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  /** The unique topic ID. */
  topicId: string;
  /** The topic partitions. */
  partitions: ShareAcknowledgeResponsePartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeResponseShareAcknowledgeTopicResponse(): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  return { topicId: ZERO_UUID, partitions: [] };
}

function readShareAcknowledgeResponseShareAcknowledgeTopicResponse(r: Reader, v: number, flex: boolean): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  let topicId: string = ZERO_UUID;
  let partitions: ShareAcknowledgeResponsePartitionData[] = [];
  topicId = r.uuid("ShareAcknowledgeTopicResponse.TopicId");
  {
    const n = (flex ? r.compactArrayLength("ShareAcknowledgeTopicResponse.Partitions") : r.arrayLength("ShareAcknowledgeTopicResponse.Partitions"));
    const a: ShareAcknowledgeResponsePartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readShareAcknowledgeResponsePartitionData(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ShareAcknowledgeTopicResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ShareAcknowledgeTopicResponse._tagged");
      const size = r.uvarint("ShareAcknowledgeTopicResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ShareAcknowledgeTopicResponse._tagged", size) });
    }
  }
  const m: ShareAcknowledgeResponseShareAcknowledgeTopicResponse = { topicId, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w: Writer, v: number, flex: boolean, m: ShareAcknowledgeResponseShareAcknowledgeTopicResponse): void {
  w.uuid(m.topicId);
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeShareAcknowledgeResponsePartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareAcknowledgeResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeResponsePartitionData(): ShareAcknowledgeResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, errorMessage: null, currentLeader: defaultShareAcknowledgeResponseLeaderIdAndEpoch() };
}

function readShareAcknowledgeResponsePartitionData(r: Reader, v: number, flex: boolean): ShareAcknowledgeResponsePartitionData {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  let currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch = defaultShareAcknowledgeResponseLeaderIdAndEpoch();
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  errorCode = r.int16("PartitionData.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("PartitionData.ErrorMessage") : r.nullableString("PartitionData.ErrorMessage"));
  currentLeader = readShareAcknowledgeResponseLeaderIdAndEpoch(r, v, flex);
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: ShareAcknowledgeResponsePartitionData = { partitionIndex, errorCode, errorMessage, currentLeader };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareAcknowledgeResponsePartitionData(w: Writer, v: number, flex: boolean, m: ShareAcknowledgeResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  writeShareAcknowledgeResponseLeaderIdAndEpoch(w, v, flex, m.currentLeader!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch. */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareAcknowledgeResponseLeaderIdAndEpoch(): ShareAcknowledgeResponseLeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 };
}

function readShareAcknowledgeResponseLeaderIdAndEpoch(r: Reader, v: number, flex: boolean): ShareAcknowledgeResponseLeaderIdAndEpoch {
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
  const m: ShareAcknowledgeResponseLeaderIdAndEpoch = { leaderId, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareAcknowledgeResponseLeaderIdAndEpoch(w: Writer, v: number, flex: boolean, m: ShareAcknowledgeResponseLeaderIdAndEpoch): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareAcknowledgeResponseNodeEndpoint {
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

export function defaultShareAcknowledgeResponseNodeEndpoint(): ShareAcknowledgeResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

function readShareAcknowledgeResponseNodeEndpoint(r: Reader, v: number, flex: boolean): ShareAcknowledgeResponseNodeEndpoint {
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
  const m: ShareAcknowledgeResponseNodeEndpoint = { nodeId, host, port, rack };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareAcknowledgeResponseNodeEndpoint(w: Writer, v: number, flex: boolean, m: ShareAcknowledgeResponseNodeEndpoint): void {
  w.int32(m.nodeId);
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.int32(m.port);
  (flex ? w.compactNullableString(m.rack) : w.nullableString(m.rack));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ShareAcknowledgeResponse of version `v`; the caller checks the reader for failure. */
export function decodeShareAcknowledgeResponse(r: Reader, v: number): ShareAcknowledgeResponse {
  return readShareAcknowledgeResponse(r, v, true);
}

/** Writes a ShareAcknowledgeResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeShareAcknowledgeResponse(w: Writer, v: number, m: ShareAcknowledgeResponse): void {
  writeShareAcknowledgeResponse(w, v, true, m);
}

export const ShareAcknowledgeResponseSchema: MessageSchema = {
  name: "ShareAcknowledgeResponse",
  kind: "response",
  apiKey: 79,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"Responses","prop":"responses","type":"[]ShareAcknowledgeTopicResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"CurrentLeader","prop":"currentLeader","type":"LeaderIdAndEpoch","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]},{"name":"NodeEndpoints","prop":"nodeEndpoints","type":"[]NodeEndpoint","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"NodeId","prop":"nodeId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Rack","prop":"rack","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]}],
};
