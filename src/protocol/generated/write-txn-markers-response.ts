// Generated from WriteTxnMarkersResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface WriteTxnMarkersResponse {
  /** The results for writing makers. */
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteTxnMarkersResponse(): WriteTxnMarkersResponse {
  return { markers: [] };
}

function readWriteTxnMarkersResponse(r: Reader, v: number, flex: boolean): WriteTxnMarkersResponse {
  let markers: WriteTxnMarkersResponseWritableTxnMarkerResult[] = [];
  {
    const n = (flex ? r.compactArrayLength("WriteTxnMarkersResponse.Markers") : r.arrayLength("WriteTxnMarkersResponse.Markers"));
    const a: WriteTxnMarkersResponseWritableTxnMarkerResult[] = [];
    for (let i = 0; i < n; i++) a.push(readWriteTxnMarkersResponseWritableTxnMarkerResult(r, v, flex));
    markers = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WriteTxnMarkersResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WriteTxnMarkersResponse._tagged");
      const size = r.uvarint("WriteTxnMarkersResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WriteTxnMarkersResponse._tagged", size) });
    }
  }
  const m: WriteTxnMarkersResponse = { markers };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteTxnMarkersResponse(w: Writer, v: number, flex: boolean, m: WriteTxnMarkersResponse): void {
  (flex ? w.uvarint(m.markers!.length + 1) : w.int32(m.markers!.length));
  for (const x of m.markers!) writeWriteTxnMarkersResponseWritableTxnMarkerResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. */
  producerId: bigint;
  /** The results by topic. */
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteTxnMarkersResponseWritableTxnMarkerResult(): WriteTxnMarkersResponseWritableTxnMarkerResult {
  return { producerId: 0n, topics: [] };
}

function readWriteTxnMarkersResponseWritableTxnMarkerResult(r: Reader, v: number, flex: boolean): WriteTxnMarkersResponseWritableTxnMarkerResult {
  let producerId: bigint = 0n;
  let topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] = [];
  producerId = r.int64("WritableTxnMarkerResult.ProducerId");
  {
    const n = (flex ? r.compactArrayLength("WritableTxnMarkerResult.Topics") : r.arrayLength("WritableTxnMarkerResult.Topics"));
    const a: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[] = [];
    for (let i = 0; i < n; i++) a.push(readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WritableTxnMarkerResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WritableTxnMarkerResult._tagged");
      const size = r.uvarint("WritableTxnMarkerResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WritableTxnMarkerResult._tagged", size) });
    }
  }
  const m: WriteTxnMarkersResponseWritableTxnMarkerResult = { producerId, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteTxnMarkersResponseWritableTxnMarkerResult(w: Writer, v: number, flex: boolean, m: WriteTxnMarkersResponseWritableTxnMarkerResult): void {
  w.int64(m.producerId);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /** The topic name. */
  name: string;
  /** The results by partition. */
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteTxnMarkersResponseWritableTxnMarkerTopicResult(): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  return { name: "", partitions: [] };
}

function readWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r: Reader, v: number, flex: boolean): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  let name: string = "";
  let partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] = [];
  name = (flex ? r.compactString("WritableTxnMarkerTopicResult.Name") : r.string("WritableTxnMarkerTopicResult.Name"));
  {
    const n = (flex ? r.compactArrayLength("WritableTxnMarkerTopicResult.Partitions") : r.arrayLength("WritableTxnMarkerTopicResult.Partitions"));
    const a: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WritableTxnMarkerTopicResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WritableTxnMarkerTopicResult._tagged");
      const size = r.uvarint("WritableTxnMarkerTopicResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WritableTxnMarkerTopicResult._tagged", size) });
    }
  }
  const m: WriteTxnMarkersResponseWritableTxnMarkerTopicResult = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w: Writer, v: number, flex: boolean, m: WriteTxnMarkersResponseWritableTxnMarkerTopicResult): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  /** The partition index. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  return { partitionIndex: 0, errorCode: 0 };
}

function readWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r: Reader, v: number, flex: boolean): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  partitionIndex = r.int32("WritableTxnMarkerPartitionResult.PartitionIndex");
  errorCode = r.int16("WritableTxnMarkerPartitionResult.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WritableTxnMarkerPartitionResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WritableTxnMarkerPartitionResult._tagged");
      const size = r.uvarint("WritableTxnMarkerPartitionResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WritableTxnMarkerPartitionResult._tagged", size) });
    }
  }
  const m: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult = { partitionIndex, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w: Writer, v: number, flex: boolean, m: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a WriteTxnMarkersResponse of version `v`; the caller checks the reader for failure. */
export function decodeWriteTxnMarkersResponse(r: Reader, v: number): WriteTxnMarkersResponse {
  return readWriteTxnMarkersResponse(r, v, v >= 1);
}

/** Writes a WriteTxnMarkersResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeWriteTxnMarkersResponse(w: Writer, v: number, m: WriteTxnMarkersResponse): void {
  writeWriteTxnMarkersResponse(w, v, v >= 1, m);
}

export const WriteTxnMarkersResponseSchema: MessageSchema = {
  name: "WriteTxnMarkersResponse",
  kind: "response",
  apiKey: 27,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"Markers","prop":"markers","type":"[]WritableTxnMarkerResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ProducerId","prop":"producerId","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]WritableTxnMarkerTopicResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]WritableTxnMarkerPartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]}],
};
