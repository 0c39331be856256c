// Generated from StopReplicaResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface StopReplicaResponse {
  /** The top-level error code, or 0 if there was no top-level error. */
  errorCode: number;
  /** The responses for each partition. */
  partitionErrors: StopReplicaResponseStopReplicaPartitionError[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaResponse(): StopReplicaResponse {
  return { errorCode: 0, partitionErrors: [] };
}

function readStopReplicaResponse(r: Reader, v: number, flex: boolean): StopReplicaResponse {
  let errorCode: number = 0;
  let partitionErrors: StopReplicaResponseStopReplicaPartitionError[] = [];
  errorCode = r.int16("StopReplicaResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("StopReplicaResponse.PartitionErrors") : r.arrayLength("StopReplicaResponse.PartitionErrors"));
    const a: StopReplicaResponseStopReplicaPartitionError[] = [];
    for (let i = 0; i < n; i++) a.push(readStopReplicaResponseStopReplicaPartitionError(r, v, flex));
    partitionErrors = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("StopReplicaResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("StopReplicaResponse._tagged");
      const size = r.uvarint("StopReplicaResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("StopReplicaResponse._tagged", size) });
    }
  }
  const m: StopReplicaResponse = { errorCode, partitionErrors };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeStopReplicaResponse(w: Writer, v: number, flex: boolean, m: StopReplicaResponse): void {
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.partitionErrors!.length + 1) : w.int32(m.partitionErrors!.length));
  for (const x of m.partitionErrors!) writeStopReplicaResponseStopReplicaPartitionError(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface StopReplicaResponseStopReplicaPartitionError {
  /** The topic name. */
  topicName: string;
  /** The partition index. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no partition error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultStopReplicaResponseStopReplicaPartitionError(): StopReplicaResponseStopReplicaPartitionError {
  return { topicName: "", partitionIndex: 0, errorCode: 0 };
}

function readStopReplicaResponseStopReplicaPartitionError(r: Reader, v: number, flex: boolean): StopReplicaResponseStopReplicaPartitionError {
  let topicName: string = "";
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  topicName = (flex ? r.compactString("StopReplicaPartitionError.TopicName") : r.string("StopReplicaPartitionError.TopicName"));
  partitionIndex = r.int32("StopReplicaPartitionError.PartitionIndex");
  errorCode = r.int16("StopReplicaPartitionError.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("StopReplicaPartitionError._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("StopReplicaPartitionError._tagged");
      const size = r.uvarint("StopReplicaPartitionError._tagged");
      (unknown ??= []).push({ tag, data: r.raw("StopReplicaPartitionError._tagged", size) });
    }
  }
  const m: StopReplicaResponseStopReplicaPartitionError = { topicName, partitionIndex, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeStopReplicaResponseStopReplicaPartitionError(w: Writer, v: number, flex: boolean, m: StopReplicaResponseStopReplicaPartitionError): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a StopReplicaResponse of version `v`; the caller checks the reader for failure. */
export function decodeStopReplicaResponse(r: Reader, v: number): StopReplicaResponse {
  return readStopReplicaResponse(r, v, v >= 2);
}

/** Writes a StopReplicaResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeStopReplicaResponse(w: Writer, v: number, m: StopReplicaResponse): void {
  writeStopReplicaResponse(w, v, v >= 2, m);
}

export const StopReplicaResponseSchema: MessageSchema = {
  name: "StopReplicaResponse",
  kind: "response",
  apiKey: 5,
  validVersions: [0, 4],
  flexibleVersions: [2, 4],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionErrors","prop":"partitionErrors","type":"[]StopReplicaPartitionError","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
