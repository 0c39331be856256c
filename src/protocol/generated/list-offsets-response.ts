// Generated from ListOffsetsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each topic in the response. */
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsResponse(): ListOffsetsResponse {
  return { throttleTimeMs: 0, topics: [] };
}

function readListOffsetsResponse(r: Reader, v: number, flex: boolean): ListOffsetsResponse {
  let throttleTimeMs: number = 0;
  let topics: ListOffsetsResponseListOffsetsTopicResponse[] = [];
  if (v >= 2) {
    throttleTimeMs = r.int32("ListOffsetsResponse.ThrottleTimeMs");
  }
  {
    const n = (flex ? r.compactArrayLength("ListOffsetsResponse.Topics") : r.arrayLength("ListOffsetsResponse.Topics"));
    const a: ListOffsetsResponseListOffsetsTopicResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readListOffsetsResponseListOffsetsTopicResponse(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListOffsetsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListOffsetsResponse._tagged");
      const size = r.uvarint("ListOffsetsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListOffsetsResponse._tagged", size) });
    }
  }
  const m: ListOffsetsResponse = { throttleTimeMs, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListOffsetsResponse(w: Writer, v: number, flex: boolean, m: ListOffsetsResponse): void {
  if (v >= 2) {
    w.int32(m.throttleTimeMs);
  }
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeListOffsetsResponseListOffsetsTopicResponse(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** The topic name */
  name: string;
  /** Each partition in the response. */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsResponseListOffsetsTopicResponse(): ListOffsetsResponseListOffsetsTopicResponse {
  return { name: "", partitions: [] };
}

function readListOffsetsResponseListOffsetsTopicResponse(r: Reader, v: number, flex: boolean): ListOffsetsResponseListOffsetsTopicResponse {
  let name: string = "";
  let partitions: ListOffsetsResponseListOffsetsPartitionResponse[] = [];
  name = (flex ? r.compactString("ListOffsetsTopicResponse.Name") : r.string("ListOffsetsTopicResponse.Name"));
  {
    const n = (flex ? r.compactArrayLength("ListOffsetsTopicResponse.Partitions") : r.arrayLength("ListOffsetsTopicResponse.Partitions"));
    const a: ListOffsetsResponseListOffsetsPartitionResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readListOffsetsResponseListOffsetsPartitionResponse(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListOffsetsTopicResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListOffsetsTopicResponse._tagged");
      const size = r.uvarint("ListOffsetsTopicResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListOffsetsTopicResponse._tagged", size) });
    }
  }
  const m: ListOffsetsResponseListOffsetsTopicResponse = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListOffsetsResponseListOffsetsTopicResponse(w: Writer, v: number, flex: boolean, m: ListOffsetsResponseListOffsetsTopicResponse): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeListOffsetsResponseListOffsetsPartitionResponse(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** The partition index. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. */
  errorCode: number;
  /** The result offsets. */
  oldStyleOffsets: bigint[];
  /** The timestamp associated with the returned offset. */
  timestamp: bigint;
  /** The returned offset. */
  offset: bigint;
  leaderEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListOffsetsResponseListOffsetsPartitionResponse(): ListOffsetsResponseListOffsetsPartitionResponse {
  return { partitionIndex: 0, errorCode: 0, oldStyleOffsets: [], timestamp: -1n, offset: -1n, leaderEpoch: -1 };
}

function readListOffsetsResponseListOffsetsPartitionResponse(r: Reader, v: number, flex: boolean): ListOffsetsResponseListOffsetsPartitionResponse {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  let oldStyleOffsets: bigint[] = [];
  let timestamp: bigint = -1n;
  let offset: bigint = -1n;
  let leaderEpoch: number = -1;
  partitionIndex = r.int32("ListOffsetsPartitionResponse.PartitionIndex");
  errorCode = r.int16("ListOffsetsPartitionResponse.ErrorCode");
  if (v <= 0) {
    {
      const n = (flex ? r.compactArrayLength("ListOffsetsPartitionResponse.OldStyleOffsets") : r.arrayLength("ListOffsetsPartitionResponse.OldStyleOffsets"));
      const a: bigint[] = [];
      for (let i = 0; i < n; i++) a.push(r.int64("ListOffsetsPartitionResponse.OldStyleOffsets"));
      oldStyleOffsets = a;
    }
  }
  if (v >= 1) {
    timestamp = r.int64("ListOffsetsPartitionResponse.Timestamp");
  }
  if (v >= 1) {
    offset = r.int64("ListOffsetsPartitionResponse.Offset");
  }
  if (v >= 4) {
    leaderEpoch = r.int32("ListOffsetsPartitionResponse.LeaderEpoch");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListOffsetsPartitionResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListOffsetsPartitionResponse._tagged");
      const size = r.uvarint("ListOffsetsPartitionResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListOffsetsPartitionResponse._tagged", size) });
    }
  }
  const m: ListOffsetsResponseListOffsetsPartitionResponse = { partitionIndex, errorCode, oldStyleOffsets, timestamp, offset, leaderEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, v: number, flex: boolean, m: ListOffsetsResponseListOffsetsPartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (v <= 0) {
    (flex ? w.uvarint(m.oldStyleOffsets!.length + 1) : w.int32(m.oldStyleOffsets!.length));
    for (const x of m.oldStyleOffsets!) w.int64(x);
  } else if (!(m.oldStyleOffsets.length === 0)) throw unsupportedField("ListOffsetsPartitionResponse.OldStyleOffsets", v);
  if (v >= 1) {
    w.int64(m.timestamp);
  } else if (!(m.timestamp === -1n)) throw unsupportedField("ListOffsetsPartitionResponse.Timestamp", v);
  if (v >= 1) {
    w.int64(m.offset);
  } else if (!(m.offset === -1n)) throw unsupportedField("ListOffsetsPartitionResponse.Offset", v);
  if (v >= 4) {
    w.int32(m.leaderEpoch);
  } else if (!(m.leaderEpoch === -1)) throw unsupportedField("ListOffsetsPartitionResponse.LeaderEpoch", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ListOffsetsResponse of version `v`; the caller checks the reader for failure. */
export function decodeListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  return readListOffsetsResponse(r, v, v >= 6);
}

/** Writes a ListOffsetsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeListOffsetsResponse(w: Writer, v: number, m: ListOffsetsResponse): void {
  writeListOffsetsResponse(w, v, v >= 6, m);
}

export const ListOffsetsResponseSchema: MessageSchema = {
  name: "ListOffsetsResponse",
  kind: "response",
  apiKey: 2,
  validVersions: [0, 9],
  flexibleVersions: [6, 9],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]ListOffsetsTopicResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]ListOffsetsPartitionResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"OldStyleOffsets","prop":"oldStyleOffsets","type":"[]int64","versions":[0,0],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Timestamp","prop":"timestamp","type":"int64","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"Offset","prop":"offset","type":"int64","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}]}]}],
};
