// Generated from WriteTxnMarkersRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. */
  markers: WriteTxnMarkersRequestWritableTxnMarker[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteTxnMarkersRequest(): WriteTxnMarkersRequest {
  return { markers: [] };
}

function readWriteTxnMarkersRequest(r: Reader, v: number, flex: boolean): WriteTxnMarkersRequest {
  let markers: WriteTxnMarkersRequestWritableTxnMarker[] = [];
  {
    const n = (flex ? r.compactArrayLength("WriteTxnMarkersRequest.Markers") : r.arrayLength("WriteTxnMarkersRequest.Markers"));
    const a: WriteTxnMarkersRequestWritableTxnMarker[] = [];
    for (let i = 0; i < n; i++) a.push(readWriteTxnMarkersRequestWritableTxnMarker(r, v, flex));
    markers = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WriteTxnMarkersRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WriteTxnMarkersRequest._tagged");
      const size = r.uvarint("WriteTxnMarkersRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WriteTxnMarkersRequest._tagged", size) });
    }
  }
  const m: WriteTxnMarkersRequest = { markers };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteTxnMarkersRequest(w: Writer, v: number, flex: boolean, m: WriteTxnMarkersRequest): void {
  (flex ? w.uvarint(m.markers!.length + 1) : w.int32(m.markers!.length));
  for (const x of m.markers!) writeWriteTxnMarkersRequestWritableTxnMarker(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface WriteTxnMarkersRequestWritableTxnMarker {
  /** The current producer ID. */
  producerId: bigint;
  /** The current epoch associated with the producer ID. */
  producerEpoch: number;
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). */
  transactionResult: boolean;
  /** Each topic that we want to write transaction marker(s) for. */
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator */
  coordinatorEpoch: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteTxnMarkersRequestWritableTxnMarker(): WriteTxnMarkersRequestWritableTxnMarker {
  return { producerId: 0n, producerEpoch: 0, transactionResult: false, topics: [], coordinatorEpoch: 0 };
}

function readWriteTxnMarkersRequestWritableTxnMarker(r: Reader, v: number, flex: boolean): WriteTxnMarkersRequestWritableTxnMarker {
  let producerId: bigint = 0n;
  let producerEpoch: number = 0;
  let transactionResult: boolean = false;
  let topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[] = [];
  let coordinatorEpoch: number = 0;
  producerId = r.int64("WritableTxnMarker.ProducerId");
  producerEpoch = r.int16("WritableTxnMarker.ProducerEpoch");
  transactionResult = r.bool("WritableTxnMarker.TransactionResult");
  {
    const n = (flex ? r.compactArrayLength("WritableTxnMarker.Topics") : r.arrayLength("WritableTxnMarker.Topics"));
    const a: WriteTxnMarkersRequestWritableTxnMarkerTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readWriteTxnMarkersRequestWritableTxnMarkerTopic(r, v, flex));
    topics = a;
  }
  coordinatorEpoch = r.int32("WritableTxnMarker.CoordinatorEpoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WritableTxnMarker._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WritableTxnMarker._tagged");
      const size = r.uvarint("WritableTxnMarker._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WritableTxnMarker._tagged", size) });
    }
  }
  const m: WriteTxnMarkersRequestWritableTxnMarker = { producerId, producerEpoch, transactionResult, topics, coordinatorEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteTxnMarkersRequestWritableTxnMarker(w: Writer, v: number, flex: boolean, m: WriteTxnMarkersRequestWritableTxnMarker): void {
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  w.bool(m.transactionResult);
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeWriteTxnMarkersRequestWritableTxnMarkerTopic(w, v, flex, x!);
  w.int32(m.coordinatorEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /** The topic name. */
  name: string;
  /** The indexes of the partitions to write transaction markers for. */
  partitionIndexes: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultWriteTxnMarkersRequestWritableTxnMarkerTopic(): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  return { name: "", partitionIndexes: [] };
}

function readWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, v: number, flex: boolean): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  let name: string = "";
  let partitionIndexes: number[] = [];
  name = (flex ? r.compactString("WritableTxnMarkerTopic.Name") : r.string("WritableTxnMarkerTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("WritableTxnMarkerTopic.PartitionIndexes") : r.arrayLength("WritableTxnMarkerTopic.PartitionIndexes"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("WritableTxnMarkerTopic.PartitionIndexes"));
    partitionIndexes = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("WritableTxnMarkerTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("WritableTxnMarkerTopic._tagged");
      const size = r.uvarint("WritableTxnMarkerTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("WritableTxnMarkerTopic._tagged", size) });
    }
  }
  const m: WriteTxnMarkersRequestWritableTxnMarkerTopic = { name, partitionIndexes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeWriteTxnMarkersRequestWritableTxnMarkerTopic(w: Writer, v: number, flex: boolean, m: WriteTxnMarkersRequestWritableTxnMarkerTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitionIndexes!.length + 1) : w.int32(m.partitionIndexes!.length));
  for (const x of m.partitionIndexes!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a WriteTxnMarkersRequest of version `v`; the caller checks the reader for failure. */
export function decodeWriteTxnMarkersRequest(r: Reader, v: number): WriteTxnMarkersRequest {
  return readWriteTxnMarkersRequest(r, v, v >= 1);
}

/** Writes a WriteTxnMarkersRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeWriteTxnMarkersRequest(w: Writer, v: number, m: WriteTxnMarkersRequest): void {
  writeWriteTxnMarkersRequest(w, v, v >= 1, m);
}

export const WriteTxnMarkersRequestSchema: MessageSchema = {
  name: "WriteTxnMarkersRequest",
  kind: "request",
  apiKey: 27,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"Markers","prop":"markers","type":"[]WritableTxnMarker","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ProducerId","prop":"producerId","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerEpoch","prop":"producerEpoch","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TransactionResult","prop":"transactionResult","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]WritableTxnMarkerTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndexes","prop":"partitionIndexes","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"CoordinatorEpoch","prop":"coordinatorEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
