// Generated from ElectLeadersResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top level response error code. */
  errorCode: number;
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. */
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultElectLeadersResponse(): ElectLeadersResponse {
  return { throttleTimeMs: 0, errorCode: 0, replicaElectionResults: [] };
}

function readElectLeadersResponse(r: Reader, v: number, flex: boolean): ElectLeadersResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let replicaElectionResults: ElectLeadersResponseReplicaElectionResult[] = [];
  throttleTimeMs = r.int32("ElectLeadersResponse.ThrottleTimeMs");
  if (v >= 1) {
    errorCode = r.int16("ElectLeadersResponse.ErrorCode");
  }
  {
    const n = (flex ? r.compactArrayLength("ElectLeadersResponse.ReplicaElectionResults") : r.arrayLength("ElectLeadersResponse.ReplicaElectionResults"));
    const a: ElectLeadersResponseReplicaElectionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readElectLeadersResponseReplicaElectionResult(r, v, flex));
    replicaElectionResults = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ElectLeadersResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ElectLeadersResponse._tagged");
      const size = r.uvarint("ElectLeadersResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ElectLeadersResponse._tagged", size) });
    }
  }
  const m: ElectLeadersResponse = { throttleTimeMs, errorCode, replicaElectionResults };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeElectLeadersResponse(w: Writer, v: number, flex: boolean, m: ElectLeadersResponse): void {
  w.int32(m.throttleTimeMs);
  if (v >= 1) {
    w.int16(m.errorCode);
  } else if (!(m.errorCode === 0)) throw unsupportedField("ElectLeadersResponse.ErrorCode", v);
  (flex ? w.uvarint(m.replicaElectionResults!.length + 1) : w.int32(m.replicaElectionResults!.length));
  for (const x of m.replicaElectionResults!) writeElectLeadersResponseReplicaElectionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ElectLeadersResponseReplicaElectionResult {
  /** The topic name */
  topic: string;
  /** The results for each partition */
  partitionResult: ElectLeadersResponsePartitionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultElectLeadersResponseReplicaElectionResult(): ElectLeadersResponseReplicaElectionResult {
  return { topic: "", partitionResult: [] };
}

function readElectLeadersResponseReplicaElectionResult(r: Reader, v: number, flex: boolean): ElectLeadersResponseReplicaElectionResult {
  let topic: string = "";
  let partitionResult: ElectLeadersResponsePartitionResult[] = [];
  topic = (flex ? r.compactString("ReplicaElectionResult.Topic") : r.string("ReplicaElectionResult.Topic"));
  {
    const n = (flex ? r.compactArrayLength("ReplicaElectionResult.PartitionResult") : r.arrayLength("ReplicaElectionResult.PartitionResult"));
    const a: ElectLeadersResponsePartitionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readElectLeadersResponsePartitionResult(r, v, flex));
    partitionResult = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ReplicaElectionResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ReplicaElectionResult._tagged");
      const size = r.uvarint("ReplicaElectionResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ReplicaElectionResult._tagged", size) });
    }
  }
  const m: ElectLeadersResponseReplicaElectionResult = { topic, partitionResult };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeElectLeadersResponseReplicaElectionResult(w: Writer, v: number, flex: boolean, m: ElectLeadersResponseReplicaElectionResult): void {
  (flex ? w.compactString(m.topic!) : w.string(m.topic!));
  (flex ? w.uvarint(m.partitionResult!.length + 1) : w.int32(m.partitionResult!.length));
  for (const x of m.partitionResult!) writeElectLeadersResponsePartitionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ElectLeadersResponsePartitionResult {
  /** The partition id */
  partitionId: number;
  /** The result error, or zero if there was no error. */
  errorCode: number;
  /** The result message, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultElectLeadersResponsePartitionResult(): ElectLeadersResponsePartitionResult {
  return { partitionId: 0, errorCode: 0, errorMessage: "" };
}

function readElectLeadersResponsePartitionResult(r: Reader, v: number, flex: boolean): ElectLeadersResponsePartitionResult {
  let partitionId: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  partitionId = r.int32("PartitionResult.PartitionId");
  errorCode = r.int16("PartitionResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("PartitionResult.ErrorMessage") : r.nullableString("PartitionResult.ErrorMessage"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PartitionResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PartitionResult._tagged");
      const size = r.uvarint("PartitionResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PartitionResult._tagged", size) });
    }
  }
  const m: ElectLeadersResponsePartitionResult = { partitionId, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeElectLeadersResponsePartitionResult(w: Writer, v: number, flex: boolean, m: ElectLeadersResponsePartitionResult): void {
  w.int32(m.partitionId);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ElectLeadersResponse of version `v`; the caller checks the reader for failure. */
export function decodeElectLeadersResponse(r: Reader, v: number): ElectLeadersResponse {
  return readElectLeadersResponse(r, v, v >= 2);
}

/** Writes a ElectLeadersResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeElectLeadersResponse(w: Writer, v: number, m: ElectLeadersResponse): void {
  writeElectLeadersResponse(w, v, v >= 2, m);
}

export const ElectLeadersResponseSchema: MessageSchema = {
  name: "ElectLeadersResponse",
  kind: "response",
  apiKey: 43,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ReplicaElectionResults","prop":"replicaElectionResults","type":"[]ReplicaElectionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Topic","prop":"topic","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionResult","prop":"partitionResult","type":"[]PartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionId","prop":"partitionId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
