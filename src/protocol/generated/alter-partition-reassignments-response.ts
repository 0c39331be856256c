// Generated from AlterPartitionReassignmentsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The responses to topics to reassign. */
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionReassignmentsResponse(): AlterPartitionReassignmentsResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", responses: [] };
}

function readAlterPartitionReassignmentsResponse(r: Reader, v: number, flex: boolean): AlterPartitionReassignmentsResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[] = [];
  throttleTimeMs = r.int32("AlterPartitionReassignmentsResponse.ThrottleTimeMs");
  errorCode = r.int16("AlterPartitionReassignmentsResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("AlterPartitionReassignmentsResponse.ErrorMessage") : r.nullableString("AlterPartitionReassignmentsResponse.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("AlterPartitionReassignmentsResponse.Responses") : r.arrayLength("AlterPartitionReassignmentsResponse.Responses"));
    const a: AlterPartitionReassignmentsResponseReassignableTopicResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterPartitionReassignmentsResponseReassignableTopicResponse(r, v, flex));
    responses = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterPartitionReassignmentsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterPartitionReassignmentsResponse._tagged");
      const size = r.uvarint("AlterPartitionReassignmentsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterPartitionReassignmentsResponse._tagged", size) });
    }
  }
  const m: AlterPartitionReassignmentsResponse = { throttleTimeMs, errorCode, errorMessage, responses };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionReassignmentsResponse(w: Writer, v: number, flex: boolean, m: AlterPartitionReassignmentsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.responses!.length + 1) : w.int32(m.responses!.length));
  for (const x of m.responses!) writeAlterPartitionReassignmentsResponseReassignableTopicResponse(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /** The topic name */
  name: string;
  /** The responses to partitions to reassign */
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionReassignmentsResponseReassignableTopicResponse(): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  return { name: "", partitions: [] };
}

function readAlterPartitionReassignmentsResponseReassignableTopicResponse(r: Reader, v: number, flex: boolean): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  let name: string = "";
  let partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[] = [];
  name = (flex ? r.compactString("ReassignableTopicResponse.Name") : r.string("ReassignableTopicResponse.Name"));
  {
    const n = (flex ? r.compactArrayLength("ReassignableTopicResponse.Partitions") : r.arrayLength("ReassignableTopicResponse.Partitions"));
    const a: AlterPartitionReassignmentsResponseReassignablePartitionResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterPartitionReassignmentsResponseReassignablePartitionResponse(r, v, flex));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReassignableTopicResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReassignableTopicResponse._tagged");
      const size = r.uvarint("ReassignableTopicResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReassignableTopicResponse._tagged", size) });
    }
  }
  const m: AlterPartitionReassignmentsResponseReassignableTopicResponse = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionReassignmentsResponseReassignableTopicResponse(w: Writer, v: number, flex: boolean, m: AlterPartitionReassignmentsResponseReassignableTopicResponse): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /** The partition index. */
  partitionIndex: number;
  /** The error code for this partition, or 0 if there was no error. */
  errorCode: number;
  /** The error message for this partition, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterPartitionReassignmentsResponseReassignablePartitionResponse(): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  return { partitionIndex: 0, errorCode: 0, errorMessage: "" };
}

function readAlterPartitionReassignmentsResponseReassignablePartitionResponse(r: Reader, v: number, flex: boolean): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  partitionIndex = r.int32("ReassignablePartitionResponse.PartitionIndex");
  errorCode = r.int16("ReassignablePartitionResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("ReassignablePartitionResponse.ErrorMessage") : r.nullableString("ReassignablePartitionResponse.ErrorMessage"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReassignablePartitionResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReassignablePartitionResponse._tagged");
      const size = r.uvarint("ReassignablePartitionResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReassignablePartitionResponse._tagged", size) });
    }
  }
  const m: AlterPartitionReassignmentsResponseReassignablePartitionResponse = { partitionIndex, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w: Writer, v: number, flex: boolean, m: AlterPartitionReassignmentsResponseReassignablePartitionResponse): void {
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterPartitionReassignmentsResponse of version `v`; the caller checks the reader for failure. */
export function decodeAlterPartitionReassignmentsResponse(r: Reader, v: number): AlterPartitionReassignmentsResponse {
  return readAlterPartitionReassignmentsResponse(r, v, true);
}

/** Writes a AlterPartitionReassignmentsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterPartitionReassignmentsResponse(w: Writer, v: number, m: AlterPartitionReassignmentsResponse): void {
  writeAlterPartitionReassignmentsResponse(w, v, true, m);
}

export const AlterPartitionReassignmentsResponseSchema: MessageSchema = {
  name: "AlterPartitionReassignmentsResponse",
  kind: "response",
  apiKey: 45,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Responses","prop":"responses","type":"[]ReassignableTopicResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]ReassignablePartitionResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
