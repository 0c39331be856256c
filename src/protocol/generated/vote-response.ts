// Generated from VoteResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface VoteResponse {
  /** The top level error code. */
  errorCode: number;
  topics: VoteResponseTopicData[];
  /** Endpoints for all current-leaders enumerated in PartitionData */
  nodeEndpoints: VoteResponseNodeEndpoint[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVoteResponse(): VoteResponse {
  return { errorCode: 0, topics: [], nodeEndpoints: [] };
}

function readVoteResponse(r: Reader, v: number, flex: boolean): VoteResponse {
  let errorCode: number = 0;
  let topics: VoteResponseTopicData[] = [];
  let nodeEndpoints: VoteResponseNodeEndpoint[] = [];
  errorCode = r.int16("VoteResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("VoteResponse.Topics") : r.arrayLength("VoteResponse.Topics"));
    const a: VoteResponseTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readVoteResponseTopicData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("VoteResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("VoteResponse._tagged");
      const size = r.uvarint("VoteResponse._tagged");
      if (tag === 0 && v >= 1) {
        const end = r.pos + size;
        {
          const n = r.compactArrayLength("VoteResponse.NodeEndpoints");
          const a: VoteResponseNodeEndpoint[] = [];
          for (let i = 0; i < n; i++) a.push(readVoteResponseNodeEndpoint(r, v, flex));
          nodeEndpoints = a;
        }
        if (r.pos !== end) r.fail("VoteResponse.NodeEndpoints", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("VoteResponse._tagged", size) });
    }
  }
  const m: VoteResponse = { errorCode, topics, nodeEndpoints };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVoteResponse(w: Writer, v: number, flex: boolean, m: VoteResponse): void {
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeVoteResponseTopicData(w, v, flex, x!);
  if (!(v >= 1)) if (!(m.nodeEndpoints.length === 0)) throw unsupportedField("VoteResponse.NodeEndpoints", v);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 1 && !(m.nodeEndpoints.length === 0)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.uvarint(m.nodeEndpoints!.length + 1);
        for (const x of m.nodeEndpoints!) writeVoteResponseNodeEndpoint(w, v, flex, x!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface VoteResponseTopicData {
  /** The topic name. */
  topicName: string;
  partitions: VoteResponsePartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVoteResponseTopicData(): VoteResponseTopicData {
  return { topicName: "", partitions: [] };
}

function readVoteResponseTopicData(r: Reader, v: number, flex: boolean): VoteResponseTopicData {
  let topicName: string = "";
  let partitions: VoteResponsePartitionData[] = [];
  topicName = (flex ? r.compactString("TopicData.TopicName") : r.string("TopicData.TopicName"));
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: VoteResponsePartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readVoteResponsePartitionData(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicData._tagged");
      const size = r.uvarint("TopicData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicData._tagged", size) });
    }
  }
  const m: VoteResponseTopicData = { topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVoteResponseTopicData(w: Writer, v: number, flex: boolean, m: VoteResponseTopicData): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeVoteResponsePartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface VoteResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  /** True if the vote was granted and false otherwise */
  voteGranted: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVoteResponsePartitionData(): VoteResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0, voteGranted: false };
}

function readVoteResponsePartitionData(r: Reader, v: number, flex: boolean): VoteResponsePartitionData {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  let leaderId: number = 0;
  let leaderEpoch: number = 0;
  let voteGranted: boolean = false;
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  errorCode = r.int16("PartitionData.ErrorCode");
  leaderId = r.int32("PartitionData.LeaderId");
  leaderEpoch = r.int32("PartitionData.LeaderEpoch");
  voteGranted = r.bool("PartitionData.VoteGranted");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: VoteResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch, voteGranted };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVoteResponsePartitionData(w: Writer, v: number, flex: boolean, m: VoteResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.bool(m.voteGranted);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface VoteResponseNodeEndpoint {
  /** The ID of the associated node */
  nodeId: number;
  /** The node's hostname */
  host: string;
  /** The node's port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVoteResponseNodeEndpoint(): VoteResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0 };
}

function readVoteResponseNodeEndpoint(r: Reader, v: number, flex: boolean): VoteResponseNodeEndpoint {
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
  const m: VoteResponseNodeEndpoint = { nodeId, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVoteResponseNodeEndpoint(w: Writer, v: number, flex: boolean, m: VoteResponseNodeEndpoint): void {
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

/** Reads a VoteResponse of version `v`; the caller checks the reader for failure. */
export function decodeVoteResponse(r: Reader, v: number): VoteResponse {
  return readVoteResponse(r, v, true);
}

/** Writes a VoteResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeVoteResponse(w: Writer, v: number, m: VoteResponse): void {
  writeVoteResponse(w, v, true, m);
}

export const VoteResponseSchema: MessageSchema = {
  name: "VoteResponse",
  kind: "response",
  apiKey: 52,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoteGranted","prop":"voteGranted","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"NodeEndpoints","prop":"nodeEndpoints","type":"[]NodeEndpoint","versions":[1,32767],"nullable":null,"tagged":[1,32767],"tag":0,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"NodeId","prop":"nodeId","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
