// Generated from ProduceResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, sameValue, unsupportedField, NO_TAGS } from '../codec.ts';

export interface ProduceResponse {
  /** Each produce response */
  responses: ProduceResponseTopicProduceResponse[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. */
  nodeEndpoints: ProduceResponseNodeEndpoint[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultProduceResponse(): ProduceResponse {
  return { responses: [], throttleTimeMs: 0, nodeEndpoints: [] };
}

function readProduceResponse(r: Reader, v: number, flex: boolean): ProduceResponse {
  let responses: ProduceResponseTopicProduceResponse[] = [];
  let throttleTimeMs: number = 0;
  let nodeEndpoints: ProduceResponseNodeEndpoint[] = [];
  {
    const n = (flex ? r.compactArrayLength("ProduceResponse.Responses") : r.arrayLength("ProduceResponse.Responses"));
    const a: ProduceResponseTopicProduceResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readProduceResponseTopicProduceResponse(r, v, flex));
    responses = a;
  }
  if (v >= 1) {
    throttleTimeMs = r.int32("ProduceResponse.ThrottleTimeMs");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ProduceResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ProduceResponse._tagged");
      const size = r.uvarint("ProduceResponse._tagged");
      if (tag === 0 && v >= 10) {
        const end = r.pos + size;
        {
          const n = r.compactArrayLength("ProduceResponse.NodeEndpoints");
          const a: ProduceResponseNodeEndpoint[] = [];
          for (let i = 0; i < n; i++) a.push(readProduceResponseNodeEndpoint(r, v, flex));
          nodeEndpoints = a;
        }
        if (r.pos !== end) r.fail("ProduceResponse.NodeEndpoints", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("ProduceResponse._tagged", size) });
    }
  }
  const m: ProduceResponse = { responses, throttleTimeMs, nodeEndpoints };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeProduceResponse(w: Writer, v: number, flex: boolean, m: ProduceResponse): void {
  (flex ? w.uvarint(m.responses!.length + 1) : w.int32(m.responses!.length));
  for (const x of m.responses!) writeProduceResponseTopicProduceResponse(w, v, flex, x!);
  if (v >= 1) {
    w.int32(m.throttleTimeMs);
  }
  if (!(v >= 10)) if (!(m.nodeEndpoints.length === 0)) throw unsupportedField("ProduceResponse.NodeEndpoints", v);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 10 && !(m.nodeEndpoints.length === 0)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.uvarint(m.nodeEndpoints!.length + 1);
        for (const x of m.nodeEndpoints!) writeProduceResponseNodeEndpoint(w, v, flex, x!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface ProduceResponseTopicProduceResponse {
  /** The topic name */
  name: string;
  /** Each partition that we produced to within the topic. */
  partitionResponses: ProduceResponsePartitionProduceResponse[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultProduceResponseTopicProduceResponse(): ProduceResponseTopicProduceResponse {
  return { name: "", partitionResponses: [] };
}

function readProduceResponseTopicProduceResponse(r: Reader, v: number, flex: boolean): ProduceResponseTopicProduceResponse {
  let name: string = "";
  let partitionResponses: ProduceResponsePartitionProduceResponse[] = [];
  name = (flex ? r.compactString("TopicProduceResponse.Name") : r.string("TopicProduceResponse.Name"));
  {
    const n = (flex ? r.compactArrayLength("TopicProduceResponse.PartitionResponses") : r.arrayLength("TopicProduceResponse.PartitionResponses"));
    const a: ProduceResponsePartitionProduceResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readProduceResponsePartitionProduceResponse(r, v, flex));
    partitionResponses = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicProduceResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicProduceResponse._tagged");
      const size = r.uvarint("TopicProduceResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicProduceResponse._tagged", size) });
    }
  }
  const m: ProduceResponseTopicProduceResponse = { name, partitionResponses };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeProduceResponseTopicProduceResponse(w: Writer, v: number, flex: boolean, m: ProduceResponseTopicProduceResponse): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitionResponses!.length + 1) : w.int32(m.partitionResponses!.length));
  for (const x of m.partitionResponses!) writeProduceResponsePartitionProduceResponse(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ProduceResponsePartitionProduceResponse {
  /** The partition index. */
  index: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The base offset. */
  baseOffset: bigint;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1. If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. */
  logAppendTimeMs: bigint;
  /** The log start offset. */
  logStartOffset: bigint;
  /** The batch indices of records that caused the batch to be dropped */
  recordErrors: ProduceResponseBatchIndexAndErrorMessage[];
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped */
  errorMessage: string | null;
  currentLeader: ProduceResponseLeaderIdAndEpoch;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultProduceResponsePartitionProduceResponse(): ProduceResponsePartitionProduceResponse {
  return { index: 0, errorCode: 0, baseOffset: 0n, logAppendTimeMs: -1n, logStartOffset: -1n, recordErrors: [], errorMessage: null, currentLeader: defaultProduceResponseLeaderIdAndEpoch() };
}

function readProduceResponsePartitionProduceResponse(r: Reader, v: number, flex: boolean): ProduceResponsePartitionProduceResponse {
  let index: number = 0;
  let errorCode: number = 0;
  let baseOffset: bigint = 0n;
  let logAppendTimeMs: bigint = -1n;
  let logStartOffset: bigint = -1n;
  let recordErrors: ProduceResponseBatchIndexAndErrorMessage[] = [];
  let errorMessage: string | null = null;
  let currentLeader: ProduceResponseLeaderIdAndEpoch = defaultProduceResponseLeaderIdAndEpoch();
  index = r.int32("PartitionProduceResponse.Index");
  errorCode = r.int16("PartitionProduceResponse.ErrorCode");
  baseOffset = r.int64("PartitionProduceResponse.BaseOffset");
  if (v >= 2) {
    logAppendTimeMs = r.int64("PartitionProduceResponse.LogAppendTimeMs");
  }
  if (v >= 5) {
    logStartOffset = r.int64("PartitionProduceResponse.LogStartOffset");
  }
  if (v >= 8) {
    {
      const n = (flex ? r.compactArrayLength("PartitionProduceResponse.RecordErrors") : r.arrayLength("PartitionProduceResponse.RecordErrors"));
      const a: ProduceResponseBatchIndexAndErrorMessage[] = [];
      for (let i = 0; i < n; i++) a.push(readProduceResponseBatchIndexAndErrorMessage(r, v, flex));
      recordErrors = a;
    }
  }
  if (v >= 8) {
    errorMessage = (flex ? r.compactNullableString("PartitionProduceResponse.ErrorMessage") : r.nullableString("PartitionProduceResponse.ErrorMessage"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionProduceResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionProduceResponse._tagged");
      const size = r.uvarint("PartitionProduceResponse._tagged");
      if (tag === 0 && v >= 10) {
        const end = r.pos + size;
        currentLeader = readProduceResponseLeaderIdAndEpoch(r, v, flex);
        if (r.pos !== end) r.fail("PartitionProduceResponse.CurrentLeader", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("PartitionProduceResponse._tagged", size) });
    }
  }
  const m: ProduceResponsePartitionProduceResponse = { index, errorCode, baseOffset, logAppendTimeMs, logStartOffset, recordErrors, errorMessage, currentLeader };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeProduceResponsePartitionProduceResponse(w: Writer, v: number, flex: boolean, m: ProduceResponsePartitionProduceResponse): void {
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  if (v >= 2) {
    w.int64(m.logAppendTimeMs);
  }
  if (v >= 5) {
    w.int64(m.logStartOffset);
  }
  if (v >= 8) {
    (flex ? w.uvarint(m.recordErrors!.length + 1) : w.int32(m.recordErrors!.length));
    for (const x of m.recordErrors!) writeProduceResponseBatchIndexAndErrorMessage(w, v, flex, x!);
  }
  if (v >= 8) {
    (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  }
  if (!(v >= 10)) if (!(sameValue(m.currentLeader, defaultProduceResponseLeaderIdAndEpoch()))) throw unsupportedField("PartitionProduceResponse.CurrentLeader", v);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 10 && !(sameValue(m.currentLeader, defaultProduceResponseLeaderIdAndEpoch()))) {
      known.push({ tag: 0, write: (w: Writer) => {
        writeProduceResponseLeaderIdAndEpoch(w, v, flex, m.currentLeader!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface ProduceResponseBatchIndexAndErrorMessage {
  /** The batch index of the record that cause the batch to be dropped */
  batchIndex: number;
  /** The error message of the record that caused the batch to be dropped */
  batchIndexErrorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultProduceResponseBatchIndexAndErrorMessage(): ProduceResponseBatchIndexAndErrorMessage {
  return { batchIndex: 0, batchIndexErrorMessage: null };
}

function readProduceResponseBatchIndexAndErrorMessage(r: Reader, v: number, flex: boolean): ProduceResponseBatchIndexAndErrorMessage {
  let batchIndex: number = 0;
  let batchIndexErrorMessage: string | null = null;
  if (v >= 8) {
    batchIndex = r.int32("BatchIndexAndErrorMessage.BatchIndex");
  }
  if (v >= 8) {
    batchIndexErrorMessage = (flex ? r.compactNullableString("BatchIndexAndErrorMessage.BatchIndexErrorMessage") : r.nullableString("BatchIndexAndErrorMessage.BatchIndexErrorMessage"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("BatchIndexAndErrorMessage._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("BatchIndexAndErrorMessage._tagged");
      const size = r.uvarint("BatchIndexAndErrorMessage._tagged");
      (unknown ??= []).push({ tag, data: r.raw("BatchIndexAndErrorMessage._tagged", size) });
    }
  }
  const m: ProduceResponseBatchIndexAndErrorMessage = { batchIndex, batchIndexErrorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeProduceResponseBatchIndexAndErrorMessage(w: Writer, v: number, flex: boolean, m: ProduceResponseBatchIndexAndErrorMessage): void {
  if (v >= 8) {
    w.int32(m.batchIndex);
  } else if (!(m.batchIndex === 0)) throw unsupportedField("BatchIndexAndErrorMessage.BatchIndex", v);
  if (v >= 8) {
    (flex ? w.compactNullableString(m.batchIndexErrorMessage) : w.nullableString(m.batchIndexErrorMessage));
  } else if (!(m.batchIndexErrorMessage === null)) throw unsupportedField("BatchIndexAndErrorMessage.BatchIndexErrorMessage", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ProduceResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultProduceResponseLeaderIdAndEpoch(): ProduceResponseLeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

function readProduceResponseLeaderIdAndEpoch(r: Reader, v: number, flex: boolean): ProduceResponseLeaderIdAndEpoch {
  let leaderId: number = -1;
  let leaderEpoch: number = -1;
  if (v >= 10) {
    leaderId = r.int32("LeaderIdAndEpoch.LeaderId");
  }
  if (v >= 10) {
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
  const m: ProduceResponseLeaderIdAndEpoch = { leaderId, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeProduceResponseLeaderIdAndEpoch(w: Writer, v: number, flex: boolean, m: ProduceResponseLeaderIdAndEpoch): void {
  if (v >= 10) {
    w.int32(m.leaderId);
  } else if (!(m.leaderId === -1)) throw unsupportedField("LeaderIdAndEpoch.LeaderId", v);
  if (v >= 10) {
    w.int32(m.leaderEpoch);
  } else if (!(m.leaderEpoch === -1)) throw unsupportedField("LeaderIdAndEpoch.LeaderEpoch", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ProduceResponseNodeEndpoint {
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

export function defaultProduceResponseNodeEndpoint(): ProduceResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0, rack: null };
}

function readProduceResponseNodeEndpoint(r: Reader, v: number, flex: boolean): ProduceResponseNodeEndpoint {
  let nodeId: number = 0;
  let host: string = "";
  let port: number = 0;
  let rack: string | null = null;
  if (v >= 10) {
    nodeId = r.int32("NodeEndpoint.NodeId");
  }
  if (v >= 10) {
    host = (flex ? r.compactString("NodeEndpoint.Host") : r.string("NodeEndpoint.Host"));
  }
  if (v >= 10) {
    port = r.int32("NodeEndpoint.Port");
  }
  if (v >= 10) {
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
  const m: ProduceResponseNodeEndpoint = { nodeId, host, port, rack };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeProduceResponseNodeEndpoint(w: Writer, v: number, flex: boolean, m: ProduceResponseNodeEndpoint): void {
  if (v >= 10) {
    w.int32(m.nodeId);
  } else if (!(m.nodeId === 0)) throw unsupportedField("NodeEndpoint.NodeId", v);
  if (v >= 10) {
    (flex ? w.compactString(m.host!) : w.string(m.host!));
  } else if (!(m.host === "")) throw unsupportedField("NodeEndpoint.Host", v);
  if (v >= 10) {
    w.int32(m.port);
  } else if (!(m.port === 0)) throw unsupportedField("NodeEndpoint.Port", v);
  if (v >= 10) {
    (flex ? w.compactNullableString(m.rack) : w.nullableString(m.rack));
  } else if (!(m.rack === null)) throw unsupportedField("NodeEndpoint.Rack", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ProduceResponse of version `v`; the caller checks the reader for failure. */
export function decodeProduceResponse(r: Reader, v: number): ProduceResponse {
  return readProduceResponse(r, v, v >= 9);
}

/** Writes a ProduceResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeProduceResponse(w: Writer, v: number, m: ProduceResponse): void {
  writeProduceResponse(w, v, v >= 9, m);
}

export const ProduceResponseSchema: MessageSchema = {
  name: "ProduceResponse",
  kind: "response",
  apiKey: 0,
  validVersions: [0, 11],
  flexibleVersions: [9, 11],
  fields: [{"name":"Responses","prop":"responses","type":"[]TopicProduceResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionResponses","prop":"partitionResponses","type":"[]PartitionProduceResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Index","prop":"index","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BaseOffset","prop":"baseOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LogAppendTimeMs","prop":"logAppendTimeMs","type":"int64","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"LogStartOffset","prop":"logStartOffset","type":"int64","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"RecordErrors","prop":"recordErrors","type":"[]BatchIndexAndErrorMessage","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"BatchIndex","prop":"batchIndex","type":"int32","versions":[8,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BatchIndexErrorMessage","prop":"batchIndexErrorMessage","type":"string","versions":[8,32767],"nullable":[8,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[8,32767],"nullable":[8,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"},{"name":"CurrentLeader","prop":"currentLeader","type":"LeaderIdAndEpoch","versions":[10,32767],"nullable":null,"tagged":[10,32767],"tag":0,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[10,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[10,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}]}]}]},{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"0"},{"name":"NodeEndpoints","prop":"nodeEndpoints","type":"[]NodeEndpoint","versions":[10,32767],"nullable":null,"tagged":[10,32767],"tag":0,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"NodeId","prop":"nodeId","type":"int32","versions":[10,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[10,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"int32","versions":[10,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Rack","prop":"rack","type":"string","versions":[10,32767],"nullable":[10,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]}],
};
