// Generated from JoinGroupResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, nullNotAllowed, NO_TAGS } from '../codec.ts';

export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The generation ID of the group. */
  generationId: number;
  /** The group protocol name. */
  protocolType: string | null;
  /** The group protocol selected by the coordinator. */
  protocolName: string | null;
  /** The leader of the group. */
  leader: string;
  /** True if the leader must skip running the assignment. */
  skipAssignment: boolean;
  /** The member ID assigned by the group coordinator. */
  memberId: string;
  members: JoinGroupResponseJoinGroupResponseMember[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultJoinGroupResponse(): JoinGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, generationId: -1, protocolType: null, protocolName: "", leader: "", skipAssignment: false, memberId: "", members: [] };
}

function readJoinGroupResponse(r: Reader, v: number, flex: boolean): JoinGroupResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let generationId: number = -1;
  let protocolType: string | null = null;
  let protocolName: string | null = "";
  let leader: string = "";
  let skipAssignment: boolean = false;
  let memberId: string = "";
  let members: JoinGroupResponseJoinGroupResponseMember[] = [];
  if (v >= 2) {
    throttleTimeMs = r.int32("JoinGroupResponse.ThrottleTimeMs");
  }
  errorCode = r.int16("JoinGroupResponse.ErrorCode");
  generationId = r.int32("JoinGroupResponse.GenerationId");
  if (v >= 7) {
    protocolType = (flex ? r.compactNullableString("JoinGroupResponse.ProtocolType") : r.nullableString("JoinGroupResponse.ProtocolType"));
  }
  protocolName = (flex ? (v >= 7 ? r.compactNullableString("JoinGroupResponse.ProtocolName") : r.compactString("JoinGroupResponse.ProtocolName")) : (v >= 7 ? r.nullableString("JoinGroupResponse.ProtocolName") : r.string("JoinGroupResponse.ProtocolName")));
  leader = (flex ? r.compactString("JoinGroupResponse.Leader") : r.string("JoinGroupResponse.Leader"));
  if (v >= 9) {
    skipAssignment = r.bool("JoinGroupResponse.SkipAssignment");
  }
  memberId = (flex ? r.compactString("JoinGroupResponse.MemberId") : r.string("JoinGroupResponse.MemberId"));
  {
    const n = (flex ? r.compactArrayLength("JoinGroupResponse.Members") : r.arrayLength("JoinGroupResponse.Members"));
    const a: JoinGroupResponseJoinGroupResponseMember[] = [];
    for (let i = 0; i < n; i++) a.push(readJoinGroupResponseJoinGroupResponseMember(r, v, flex));
    members = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("JoinGroupResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("JoinGroupResponse._tagged");
      const size = r.uvarint("JoinGroupResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("JoinGroupResponse._tagged", size) });
    }
  }
  const m: JoinGroupResponse = { throttleTimeMs, errorCode, generationId, protocolType, protocolName, leader, skipAssignment, memberId, members };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeJoinGroupResponse(w: Writer, v: number, flex: boolean, m: JoinGroupResponse): void {
  if (v >= 2) {
    w.int32(m.throttleTimeMs);
  }
  w.int16(m.errorCode);
  w.int32(m.generationId);
  if (v >= 7) {
    (flex ? w.compactNullableString(m.protocolType) : w.nullableString(m.protocolType));
  }
  if (m.protocolName === null && !(v >= 7)) throw nullNotAllowed("JoinGroupResponse.ProtocolName", v);
  (flex ? (v >= 7 ? w.compactNullableString(m.protocolName) : w.compactString(m.protocolName!)) : (v >= 7 ? w.nullableString(m.protocolName) : w.string(m.protocolName!)));
  (flex ? w.compactString(m.leader!) : w.string(m.leader!));
  if (v >= 9) {
    w.bool(m.skipAssignment);
  } else if (!(m.skipAssignment === false)) throw unsupportedField("JoinGroupResponse.SkipAssignment", v);
  (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  (flex ? w.uvarint(m.members!.length + 1) : w.int32(m.members!.length));
  for (const x of m.members!) writeJoinGroupResponseJoinGroupResponseMember(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface JoinGroupResponseJoinGroupResponseMember {
  /** The group member ID. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** The group member metadata. */
  metadata: Uint8Array;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultJoinGroupResponseJoinGroupResponseMember(): JoinGroupResponseJoinGroupResponseMember {
  return { memberId: "", groupInstanceId: null, metadata: new Uint8Array(0) };
}

function readJoinGroupResponseJoinGroupResponseMember(r: Reader, v: number, flex: boolean): JoinGroupResponseJoinGroupResponseMember {
  let memberId: string = "";
  let groupInstanceId: string | null = null;
  let metadata: Uint8Array = new Uint8Array(0);
  memberId = (flex ? r.compactString("JoinGroupResponseMember.MemberId") : r.string("JoinGroupResponseMember.MemberId"));
  if (v >= 5) {
    groupInstanceId = (flex ? r.compactNullableString("JoinGroupResponseMember.GroupInstanceId") : r.nullableString("JoinGroupResponseMember.GroupInstanceId"));
  }
  metadata = (flex ? r.compactBytes("JoinGroupResponseMember.Metadata") : r.bytes("JoinGroupResponseMember.Metadata"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("JoinGroupResponseMember._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("JoinGroupResponseMember._tagged");
      const size = r.uvarint("JoinGroupResponseMember._tagged");
      (unknown ??= []).push({ tag, data: r.raw("JoinGroupResponseMember._tagged", size) });
    }
  }
  const m: JoinGroupResponseJoinGroupResponseMember = { memberId, groupInstanceId, metadata };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeJoinGroupResponseJoinGroupResponseMember(w: Writer, v: number, flex: boolean, m: JoinGroupResponseJoinGroupResponseMember): void {
  (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  if (v >= 5) {
    (flex ? w.compactNullableString(m.groupInstanceId) : w.nullableString(m.groupInstanceId));
  }
  (flex ? w.compactBytes(m.metadata!) : w.bytes(m.metadata!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a JoinGroupResponse of version `v`; the caller checks the reader for failure. */
export function decodeJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  return readJoinGroupResponse(r, v, v >= 6);
}

/** Writes a JoinGroupResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeJoinGroupResponse(w: Writer, v: number, m: JoinGroupResponse): void {
  writeJoinGroupResponse(w, v, v >= 6, m);
}

export const JoinGroupResponseSchema: MessageSchema = {
  name: "JoinGroupResponse",
  kind: "response",
  apiKey: 11,
  validVersions: [0, 9],
  flexibleVersions: [6, 9],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GenerationId","prop":"generationId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"ProtocolType","prop":"protocolType","type":"string","versions":[7,32767],"nullable":[7,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"},{"name":"ProtocolName","prop":"protocolName","type":"string","versions":[0,32767],"nullable":[7,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Leader","prop":"leader","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SkipAssignment","prop":"skipAssignment","type":"bool","versions":[9,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"},{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Members","prop":"members","type":"[]JoinGroupResponseMember","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupInstanceId","prop":"groupInstanceId","type":"string","versions":[5,32767],"nullable":[5,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"},{"name":"Metadata","prop":"metadata","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
