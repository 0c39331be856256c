// Generated from ControlledShutdownResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ControlledShutdownResponse {
  /** The top-level error code. */
  errorCode: number;
  /** The partitions that the broker still leads. */
  remainingPartitions: ControlledShutdownResponseRemainingPartition[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultControlledShutdownResponse(): ControlledShutdownResponse {
  return { errorCode: 0, remainingPartitions: [] };
}

function readControlledShutdownResponse(r: Reader, v: number, flex: boolean): ControlledShutdownResponse {
  let errorCode: number = 0;
  let remainingPartitions: ControlledShutdownResponseRemainingPartition[] = [];
  errorCode = r.int16("ControlledShutdownResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("ControlledShutdownResponse.RemainingPartitions") : r.arrayLength("ControlledShutdownResponse.RemainingPartitions"));
    const a: ControlledShutdownResponseRemainingPartition[] = [];
    for (let i = 0; i < n; i++) a.push(readControlledShutdownResponseRemainingPartition(r, v, flex));
    remainingPartitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ControlledShutdownResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ControlledShutdownResponse._tagged");
      const size = r.uvarint("ControlledShutdownResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ControlledShutdownResponse._tagged", size) });
    }
  }
  const m: ControlledShutdownResponse = { errorCode, remainingPartitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeControlledShutdownResponse(w: Writer, v: number, flex: boolean, m: ControlledShutdownResponse): void {
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.remainingPartitions!.length + 1) : w.int32(m.remainingPartitions!.length));
  for (const x of m.remainingPartitions!) writeControlledShutdownResponseRemainingPartition(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ControlledShutdownResponseRemainingPartition {
  /** The name of the topic. */
  topicName: string;
  /** The index of the partition. */
  partitionIndex: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultControlledShutdownResponseRemainingPartition(): ControlledShutdownResponseRemainingPartition {
  return { topicName: "", partitionIndex: 0 };
}

function readControlledShutdownResponseRemainingPartition(r: Reader, v: number, flex: boolean): ControlledShutdownResponseRemainingPartition {
  let topicName: string = "";
  let partitionIndex: number = 0;
  topicName = (flex ? r.compactString("RemainingPartition.TopicName") : r.string("RemainingPartition.TopicName"));
  partitionIndex = r.int32("RemainingPartition.PartitionIndex");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("RemainingPartition._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("RemainingPartition._tagged");
      const size = r.uvarint("RemainingPartition._tagged");
      (unknown ??= []).push({ tag, data: r.raw("RemainingPartition._tagged", size) });
    }
  }
  const m: ControlledShutdownResponseRemainingPartition = { topicName, partitionIndex };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeControlledShutdownResponseRemainingPartition(w: Writer, v: number, flex: boolean, m: ControlledShutdownResponseRemainingPartition): void {
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  w.int32(m.partitionIndex);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ControlledShutdownResponse of version `v`; the caller checks the reader for failure. */
export function decodeControlledShutdownResponse(r: Reader, v: number): ControlledShutdownResponse {
  return readControlledShutdownResponse(r, v, v >= 3);
}

/** Writes a ControlledShutdownResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeControlledShutdownResponse(w: Writer, v: number, m: ControlledShutdownResponse): void {
  writeControlledShutdownResponse(w, v, v >= 3, m);
}

export const ControlledShutdownResponseSchema: MessageSchema = {
  name: "ControlledShutdownResponse",
  kind: "response",
  apiKey: 7,
  validVersions: [0, 3],
  flexibleVersions: [3, 3],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"RemainingPartitions","prop":"remainingPartitions","type":"[]RemainingPartition","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
