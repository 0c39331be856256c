// Generated from BeginQuorumEpochResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface BeginQuorumEpochResponse {
  /** The top level error code. */
  errorCode: number;
  topics: BeginQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData */
  nodeEndpoints: BeginQuorumEpochResponseNodeEndpoint[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochResponse(): BeginQuorumEpochResponse {
  return { errorCode: 0, topics: [], nodeEndpoints: [] };
}

function readBeginQuorumEpochResponse(r: Reader, v: number, flex: boolean): BeginQuorumEpochResponse {
  let errorCode: number = 0;
  let topics: BeginQuorumEpochResponseTopicData[] = [];
  let nodeEndpoints: BeginQuorumEpochResponseNodeEndpoint[] = [];
  errorCode = r.int16("BeginQuorumEpochResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("BeginQuorumEpochResponse.Topics") : r.arrayLength("BeginQuorumEpochResponse.Topics"));
    const a: BeginQuorumEpochResponseTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochResponseTopicData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("BeginQuorumEpochResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("BeginQuorumEpochResponse._tagged");
      const size = r.uvarint("BeginQuorumEpochResponse._tagged");
      if (tag === 0 && v >= 1) {
        const end = r.pos + size;
        {
          const n = r.compactArrayLength("BeginQuorumEpochResponse.NodeEndpoints");
          const a: BeginQuorumEpochResponseNodeEndpoint[] = [];
          for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochResponseNodeEndpoint(r, v, flex));
          nodeEndpoints = a;
        }
        if (r.pos !== end) r.fail("BeginQuorumEpochResponse.NodeEndpoints", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("BeginQuorumEpochResponse._tagged", size) });
    }
  }
  const m: BeginQuorumEpochResponse = { errorCode, topics, nodeEndpoints };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBeginQuorumEpochResponse(w: Writer, v: number, flex: boolean, m: BeginQuorumEpochResponse): void {
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeBeginQuorumEpochResponseTopicData(w, v, flex, x!);
  if (!(v >= 1)) if (!(m.nodeEndpoints.length === 0)) throw unsupportedField("BeginQuorumEpochResponse.NodeEndpoints", v);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 1 && !(m.nodeEndpoints.length === 0)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.uvarint(m.nodeEndpoints!.length + 1);
        for (const x of m.nodeEndpoints!) writeBeginQuorumEpochResponseNodeEndpoint(w, v, flex, x!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface BeginQuorumEpochResponseTopicData {
  /** The topic name. */
  topicName: string;
  partitions: BeginQuorumEpochResponsePartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochResponseTopicData(): BeginQuorumEpochResponseTopicData {
  return { topicName: "", partitions: [] };
}

function readBeginQuorumEpochResponseTopicData(r: Reader, v: number, flex: boolean): BeginQuorumEpochResponseTopicData {
  let topicName: string = "";
  let partitions: BeginQuorumEpochResponsePartitionData[] = [];
  topicName = (flex ? r.compactString("TopicData.TopicName") : r.string("TopicData.TopicName"));
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: BeginQuorumEpochResponsePartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readBeginQuorumEpochResponsePartitionData(r, v, flex));
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
  const m: BeginQuorumEpochResponseTopicData = { topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBeginQuorumEpochResponseTopicData(w: Writer, v: number, flex: boolean, m: BeginQuorumEpochResponseTopicData): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeBeginQuorumEpochResponsePartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface BeginQuorumEpochResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochResponsePartitionData(): BeginQuorumEpochResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0 };
}

function readBeginQuorumEpochResponsePartitionData(r: Reader, v: number, flex: boolean): BeginQuorumEpochResponsePartitionData {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  let leaderId: number = 0;
  let leaderEpoch: number = 0;
  partitionIndex = r.int32("PartitionData.PartitionIndex");
  errorCode = r.int16("PartitionData.ErrorCode");
  leaderId = r.int32("PartitionData.LeaderId");
  leaderEpoch = r.int32("PartitionData.LeaderEpoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionData._tagged");
      const size = r.uvarint("PartitionData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionData._tagged", size) });
    }
  }
  const m: BeginQuorumEpochResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBeginQuorumEpochResponsePartitionData(w: Writer, v: number, flex: boolean, m: BeginQuorumEpochResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface BeginQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node */
  nodeId: number;
  /** The node's hostname */
  host: string;
  /** The node's port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBeginQuorumEpochResponseNodeEndpoint(): BeginQuorumEpochResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0 };
}

function readBeginQuorumEpochResponseNodeEndpoint(r: Reader, v: number, flex: boolean): BeginQuorumEpochResponseNodeEndpoint {
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
  const m: BeginQuorumEpochResponseNodeEndpoint = { nodeId, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBeginQuorumEpochResponseNodeEndpoint(w: Writer, v: number, flex: boolean, m: BeginQuorumEpochResponseNodeEndpoint): void {
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

/** Reads a BeginQuorumEpochResponse of version `v`; the caller checks the reader for failure. */
export function decodeBeginQuorumEpochResponse(r: Reader, v: number): BeginQuorumEpochResponse {
  return readBeginQuorumEpochResponse(r, v, v >= 1);
}

/** Writes a BeginQuorumEpochResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeBeginQuorumEpochResponse(w: Writer, v: number, m: BeginQuorumEpochResponse): void {
  writeBeginQuorumEpochResponse(w, v, v >= 1, m);
}

export const BeginQuorumEpochResponseSchema: MessageSchema = {
  name: "BeginQuorumEpochResponse",
  kind: "response",
  apiKey: 53,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"NodeEndpoints","prop":"nodeEndpoints","type":"[]NodeEndpoint","versions":[1,32767],"nullable":null,"tagged":[1,32767],"tag":0,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"NodeId","prop":"nodeId","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
