// Generated from SyncGroupRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface SyncGroupRequest {
  /** The unique group identifier. */
  groupId: string;
  /** The generation of the group. */
  generationId: number;
  /** The member ID assigned by the group. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** The group protocol type. */
  protocolType: string | null;
  /** The group protocol name. */
  protocolName: string | null;
  /** Each assignment. */
  assignments: SyncGroupRequestSyncGroupRequestAssignment[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultSyncGroupRequest(): SyncGroupRequest {
  return { groupId: "", generationId: 0, memberId: "", groupInstanceId: null, protocolType: null, protocolName: null, assignments: [] };
}

function readSyncGroupRequest(r: Reader, v: number, flex: boolean): SyncGroupRequest {
  let groupId: string = "";
  let generationId: number = 0;
  let memberId: string = "";
  let groupInstanceId: string | null = null;
  let protocolType: string | null = null;
  let protocolName: string | null = null;
  let assignments: SyncGroupRequestSyncGroupRequestAssignment[] = [];
  groupId = (flex ? r.compactString("SyncGroupRequest.GroupId") : r.string("SyncGroupRequest.GroupId"));
  generationId = r.int32("SyncGroupRequest.GenerationId");
  memberId = (flex ? r.compactString("SyncGroupRequest.MemberId") : r.string("SyncGroupRequest.MemberId"));
  if (v >= 3) {
    groupInstanceId = (flex ? r.compactNullableString("SyncGroupRequest.GroupInstanceId") : r.nullableString("SyncGroupRequest.GroupInstanceId"));
  }
  if (v >= 5) {
    protocolType = (flex ? r.compactNullableString("SyncGroupRequest.ProtocolType") : r.nullableString("SyncGroupRequest.ProtocolType"));
  }
  if (v >= 5) {
    protocolName = (flex ? r.compactNullableString("SyncGroupRequest.ProtocolName") : r.nullableString("SyncGroupRequest.ProtocolName"));
  }
  {
    const n = (flex ? r.compactArrayLength("SyncGroupRequest.Assignments") : r.arrayLength("SyncGroupRequest.Assignments"));
    const a: SyncGroupRequestSyncGroupRequestAssignment[] = [];
    for (let i = 0; i < n; i++) a.push(readSyncGroupRequestSyncGroupRequestAssignment(r, v, flex));
    assignments = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("SyncGroupRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("SyncGroupRequest._tagged");
      const size = r.uvarint("SyncGroupRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("SyncGroupRequest._tagged", size) });
    }
  }
  const m: SyncGroupRequest = { groupId, generationId, memberId, groupInstanceId, protocolType, protocolName, assignments };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeSyncGroupRequest(w: Writer, v: number, flex: boolean, m: SyncGroupRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  w.int32(m.generationId);
  (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  if (v >= 3) {
    (flex ? w.compactNullableString(m.groupInstanceId) : w.nullableString(m.groupInstanceId));
  } else if (!(m.groupInstanceId === null)) throw unsupportedField("SyncGroupRequest.GroupInstanceId", v);
  if (v >= 5) {
    (flex ? w.compactNullableString(m.protocolType) : w.nullableString(m.protocolType));
  }
  if (v >= 5) {
    (flex ? w.compactNullableString(m.protocolName) : w.nullableString(m.protocolName));
  }
  (flex ? w.uvarint(m.assignments!.length + 1) : w.int32(m.assignments!.length));
  for (const x of m.assignments!) writeSyncGroupRequestSyncGroupRequestAssignment(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface SyncGroupRequestSyncGroupRequestAssignment {
  /** The ID of the member to assign. */
  memberId: string;
  /** The member assignment. */
  assignment: Uint8Array;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultSyncGroupRequestSyncGroupRequestAssignment(): SyncGroupRequestSyncGroupRequestAssignment {
  return { memberId: "", assignment: new Uint8Array(0) };
}

function readSyncGroupRequestSyncGroupRequestAssignment(r: Reader, v: number, flex: boolean): SyncGroupRequestSyncGroupRequestAssignment {
  let memberId: string = "";
  let assignment: Uint8Array = new Uint8Array(0);
  memberId = (flex ? r.compactString("SyncGroupRequestAssignment.MemberId") : r.string("SyncGroupRequestAssignment.MemberId"));
  assignment = (flex ? r.compactBytes("SyncGroupRequestAssignment.Assignment") : r.bytes("SyncGroupRequestAssignment.Assignment"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("SyncGroupRequestAssignment._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("SyncGroupRequestAssignment._tagged");
      const size = r.uvarint("SyncGroupRequestAssignment._tagged");
      (unknown ??= []).push({ tag, data: r.raw("SyncGroupRequestAssignment._tagged", size) });
    }
  }
  const m: SyncGroupRequestSyncGroupRequestAssignment = { memberId, assignment };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeSyncGroupRequestSyncGroupRequestAssignment(w: Writer, v: number, flex: boolean, m: SyncGroupRequestSyncGroupRequestAssignment): void {
  (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  (flex ? w.compactBytes(m.assignment!) : w.bytes(m.assignment!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a SyncGroupRequest of version `v`; the caller checks the reader for failure. */
export function decodeSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  return readSyncGroupRequest(r, v, v >= 4);
}

/** Writes a SyncGroupRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeSyncGroupRequest(w: Writer, v: number, m: SyncGroupRequest): void {
  writeSyncGroupRequest(w, v, v >= 4, m);
}

export const SyncGroupRequestSchema: MessageSchema = {
  name: "SyncGroupRequest",
  kind: "request",
  apiKey: 14,
  validVersions: [0, 5],
  flexibleVersions: [4, 5],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GenerationId","prop":"generationId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupInstanceId","prop":"groupInstanceId","type":"string","versions":[3,32767],"nullable":[3,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"ProtocolType","prop":"protocolType","type":"string","versions":[5,32767],"nullable":[5,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"},{"name":"ProtocolName","prop":"protocolName","type":"string","versions":[5,32767],"nullable":[5,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"},{"name":"Assignments","prop":"assignments","type":"[]SyncGroupRequestAssignment","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Assignment","prop":"assignment","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
