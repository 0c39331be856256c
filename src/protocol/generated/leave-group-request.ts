// Generated from LeaveGroupRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface LeaveGroupRequest {
  /** The ID of the group to leave. */
  groupId: string;
  /** The member ID to remove from the group. */
  memberId: string;
  /** List of leaving member identities. */
  members: LeaveGroupRequestMemberIdentity[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaveGroupRequest(): LeaveGroupRequest {
  return { groupId: "", memberId: "", members: [] };
}

function readLeaveGroupRequest(r: Reader, v: number, flex: boolean): LeaveGroupRequest {
  let groupId: string = "";
  let memberId: string = "";
  let members: LeaveGroupRequestMemberIdentity[] = [];
  groupId = (flex ? r.compactString("LeaveGroupRequest.GroupId") : r.string("LeaveGroupRequest.GroupId"));
  if (v <= 2) {
    memberId = (flex ? r.compactString("LeaveGroupRequest.MemberId") : r.string("LeaveGroupRequest.MemberId"));
  }
  if (v >= 3) {
    {
      const n = (flex ? r.compactArrayLength("LeaveGroupRequest.Members") : r.arrayLength("LeaveGroupRequest.Members"));
      const a: LeaveGroupRequestMemberIdentity[] = [];
      for (let i = 0; i < n; i++) a.push(readLeaveGroupRequestMemberIdentity(r, v, flex));
      members = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaveGroupRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaveGroupRequest._tagged");
      const size = r.uvarint("LeaveGroupRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaveGroupRequest._tagged", size) });
    }
  }
  const m: LeaveGroupRequest = { groupId, memberId, members };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaveGroupRequest(w: Writer, v: number, flex: boolean, m: LeaveGroupRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  if (v <= 2) {
    (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  } else if (!(m.memberId === "")) throw unsupportedField("LeaveGroupRequest.MemberId", v);
  if (v >= 3) {
    (flex ? w.uvarint(m.members!.length + 1) : w.int32(m.members!.length));
    for (const x of m.members!) writeLeaveGroupRequestMemberIdentity(w, v, flex, x!);
  } else if (!(m.members.length === 0)) throw unsupportedField("LeaveGroupRequest.Members", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface LeaveGroupRequestMemberIdentity {
  /** The member ID to remove from the group. */
  memberId: string;
  /** The group instance ID to remove from the group. */
  groupInstanceId: string | null;
  /** The reason why the member left the group. */
  reason: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaveGroupRequestMemberIdentity(): LeaveGroupRequestMemberIdentity {
  return { memberId: "", groupInstanceId: null, reason: null };
}

function readLeaveGroupRequestMemberIdentity(r: Reader, v: number, flex: boolean): LeaveGroupRequestMemberIdentity {
  let memberId: string = "";
  let groupInstanceId: string | null = null;
  let reason: string | null = null;
  if (v >= 3) {
    memberId = (flex ? r.compactString("MemberIdentity.MemberId") : r.string("MemberIdentity.MemberId"));
  }
  if (v >= 3) {
    groupInstanceId = (flex ? r.compactNullableString("MemberIdentity.GroupInstanceId") : r.nullableString("MemberIdentity.GroupInstanceId"));
  }
  if (v >= 5) {
    reason = (flex ? r.compactNullableString("MemberIdentity.Reason") : r.nullableString("MemberIdentity.Reason"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("MemberIdentity._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("MemberIdentity._tagged");
      const size = r.uvarint("MemberIdentity._tagged");
      (unknown ??= []).push({ tag, data: r.raw("MemberIdentity._tagged", size) });
    }
  }
  const m: LeaveGroupRequestMemberIdentity = { memberId, groupInstanceId, reason };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaveGroupRequestMemberIdentity(w: Writer, v: number, flex: boolean, m: LeaveGroupRequestMemberIdentity): void {
  if (v >= 3) {
    (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  } else if (!(m.memberId === "")) throw unsupportedField("MemberIdentity.MemberId", v);
  if (v >= 3) {
    (flex ? w.compactNullableString(m.groupInstanceId) : w.nullableString(m.groupInstanceId));
  } else if (!(m.groupInstanceId === null)) throw unsupportedField("MemberIdentity.GroupInstanceId", v);
  if (v >= 5) {
    (flex ? w.compactNullableString(m.reason) : w.nullableString(m.reason));
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a LeaveGroupRequest of version `v`; the caller checks the reader for failure. */
export function decodeLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  return readLeaveGroupRequest(r, v, v >= 4);
}

/** Writes a LeaveGroupRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeLeaveGroupRequest(w: Writer, v: number, m: LeaveGroupRequest): void {
  writeLeaveGroupRequest(w, v, v >= 4, m);
}

export const LeaveGroupRequestSchema: MessageSchema = {
  name: "LeaveGroupRequest",
  kind: "request",
  apiKey: 13,
  validVersions: [0, 5],
  flexibleVersions: [4, 5],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MemberId","prop":"memberId","type":"string","versions":[0,2],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Members","prop":"members","type":"[]MemberIdentity","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"MemberId","prop":"memberId","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupInstanceId","prop":"groupInstanceId","type":"string","versions":[3,32767],"nullable":[3,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"Reason","prop":"reason","type":"string","versions":[5,32767],"nullable":[5,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"}]}],
};
