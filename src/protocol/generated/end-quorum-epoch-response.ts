// Generated from EndQuorumEpochResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface EndQuorumEpochResponse {
  /** The top level error code. */
  errorCode: number;
  topics: EndQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData */
  nodeEndpoints: EndQuorumEpochResponseNodeEndpoint[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochResponse(): EndQuorumEpochResponse {
  return { errorCode: 0, topics: [], nodeEndpoints: [] };
}

function readEndQuorumEpochResponse(r: Reader, v: number, flex: boolean): EndQuorumEpochResponse {
  let errorCode: number = 0;
  let topics: EndQuorumEpochResponseTopicData[] = [];
  let nodeEndpoints: EndQuorumEpochResponseNodeEndpoint[] = [];
  errorCode = r.int16("EndQuorumEpochResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("EndQuorumEpochResponse.Topics") : r.arrayLength("EndQuorumEpochResponse.Topics"));
    const a: EndQuorumEpochResponseTopicData[] = [];
    for (let i = 0; i < n; i++) a.push(readEndQuorumEpochResponseTopicData(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("EndQuorumEpochResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("EndQuorumEpochResponse._tagged");
      const size = r.uvarint("EndQuorumEpochResponse._tagged");
      if (tag === 0 && v >= 1) {
        const end = r.pos + size;
        {
          const n = r.compactArrayLength("EndQuorumEpochResponse.NodeEndpoints");
          const a: EndQuorumEpochResponseNodeEndpoint[] = [];
          for (let i = 0; i < n; i++) a.push(readEndQuorumEpochResponseNodeEndpoint(r, v, flex));
          nodeEndpoints = a;
        }
        if (r.pos !== end) r.fail("EndQuorumEpochResponse.NodeEndpoints", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("EndQuorumEpochResponse._tagged", size) });
    }
  }
  const m: EndQuorumEpochResponse = { errorCode, topics, nodeEndpoints };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndQuorumEpochResponse(w: Writer, v: number, flex: boolean, m: EndQuorumEpochResponse): void {
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeEndQuorumEpochResponseTopicData(w, v, flex, x!);
  if (!(v >= 1)) if (!(m.nodeEndpoints.length === 0)) throw unsupportedField("EndQuorumEpochResponse.NodeEndpoints", v);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 1 && !(m.nodeEndpoints.length === 0)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.uvarint(m.nodeEndpoints!.length + 1);
        for (const x of m.nodeEndpoints!) writeEndQuorumEpochResponseNodeEndpoint(w, v, flex, x!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface EndQuorumEpochResponseTopicData {
  /** The topic name. */
  topicName: string;
  partitions: EndQuorumEpochResponsePartitionData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochResponseTopicData(): EndQuorumEpochResponseTopicData {
  return { topicName: "", partitions: [] };
}

function readEndQuorumEpochResponseTopicData(r: Reader, v: number, flex: boolean): EndQuorumEpochResponseTopicData {
  let topicName: string = "";
  let partitions: EndQuorumEpochResponsePartitionData[] = [];
  topicName = (flex ? r.compactString("TopicData.TopicName") : r.string("TopicData.TopicName"));
  {
    const n = (flex ? r.compactArrayLength("TopicData.Partitions") : r.arrayLength("TopicData.Partitions"));
    const a: EndQuorumEpochResponsePartitionData[] = [];
    for (let i = 0; i < n; i++) a.push(readEndQuorumEpochResponsePartitionData(r, v, flex));
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
  const m: EndQuorumEpochResponseTopicData = { topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndQuorumEpochResponseTopicData(w: Writer, v: number, flex: boolean, m: EndQuorumEpochResponseTopicData): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeEndQuorumEpochResponsePartitionData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface EndQuorumEpochResponsePartitionData {
  /** The partition index. */
  partitionIndex: number;
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochResponsePartitionData(): EndQuorumEpochResponsePartitionData {
  return { partitionIndex: 0, errorCode: 0, leaderId: 0, leaderEpoch: 0 };
}

function readEndQuorumEpochResponsePartitionData(r: Reader, v: number, flex: boolean): EndQuorumEpochResponsePartitionData {
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
  const m: EndQuorumEpochResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndQuorumEpochResponsePartitionData(w: Writer, v: number, flex: boolean, m: EndQuorumEpochResponsePartitionData): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface EndQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node */
  nodeId: number;
  /** The node's hostname */
  host: string;
  /** The node's port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEndQuorumEpochResponseNodeEndpoint(): EndQuorumEpochResponseNodeEndpoint {
  return { nodeId: 0, host: "", port: 0 };
}

function readEndQuorumEpochResponseNodeEndpoint(r: Reader, v: number, flex: boolean): EndQuorumEpochResponseNodeEndpoint {
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
  const m: EndQuorumEpochResponseNodeEndpoint = { nodeId, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEndQuorumEpochResponseNodeEndpoint(w: Writer, v: number, flex: boolean, m: EndQuorumEpochResponseNodeEndpoint): void {
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

/** Reads a EndQuorumEpochResponse of version `v`; the caller checks the reader for failure. */
export function decodeEndQuorumEpochResponse(r: Reader, v: number): EndQuorumEpochResponse {
  return readEndQuorumEpochResponse(r, v, v >= 1);
}

/** Writes a EndQuorumEpochResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeEndQuorumEpochResponse(w: Writer, v: number, m: EndQuorumEpochResponse): void {
  writeEndQuorumEpochResponse(w, v, v >= 1, m);
}

export const EndQuorumEpochResponseSchema: MessageSchema = {
  name: "EndQuorumEpochResponse",
  kind: "response",
  apiKey: 54,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]TopicData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]PartitionData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"NodeEndpoints","prop":"nodeEndpoints","type":"[]NodeEndpoint","versions":[1,32767],"nullable":null,"tagged":[1,32767],"tag":0,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"NodeId","prop":"nodeId","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
