// Generated from LeaveGroupResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** List of leaving member responses. */
  members: LeaveGroupResponseMemberResponse[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaveGroupResponse(): LeaveGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, members: [] };
}

function readLeaveGroupResponse(r: Reader, v: number, flex: boolean): LeaveGroupResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let members: LeaveGroupResponseMemberResponse[] = [];
  if (v >= 1) {
    throttleTimeMs = r.int32("LeaveGroupResponse.ThrottleTimeMs");
  }
  errorCode = r.int16("LeaveGroupResponse.ErrorCode");
  if (v >= 3) {
    {
      const n = (flex ? r.compactArrayLength("LeaveGroupResponse.Members") : r.arrayLength("LeaveGroupResponse.Members"));
      const a: LeaveGroupResponseMemberResponse[] = [];
      for (let i = 0; i < n; i++) a.push(readLeaveGroupResponseMemberResponse(r, v, flex));
      members = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaveGroupResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaveGroupResponse._tagged");
      const size = r.uvarint("LeaveGroupResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaveGroupResponse._tagged", size) });
    }
  }
  const m: LeaveGroupResponse = { throttleTimeMs, errorCode, members };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaveGroupResponse(w: Writer, v: number, flex: boolean, m: LeaveGroupResponse): void {
  if (v >= 1) {
    w.int32(m.throttleTimeMs);
  }
  w.int16(m.errorCode);
  if (v >= 3) {
    (flex ? w.uvarint(m.members!.length + 1) : w.int32(m.members!.length));
    for (const x of m.members!) writeLeaveGroupResponseMemberResponse(w, v, flex, x!);
  } else if (!(m.members.length === 0)) throw unsupportedField("LeaveGroupResponse.Members", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface LeaveGroupResponseMemberResponse {
  /** The member ID to remove from the group. */
  memberId: string;
  /** The group instance ID to remove from the group. */
  groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaveGroupResponseMemberResponse(): LeaveGroupResponseMemberResponse {
  return { memberId: "", groupInstanceId: "", errorCode: 0 };
}

function readLeaveGroupResponseMemberResponse(r: Reader, v: number, flex: boolean): LeaveGroupResponseMemberResponse {
  let memberId: string = "";
  let groupInstanceId: string | null = "";
  let errorCode: number = 0;
  if (v >= 3) {
    memberId = (flex ? r.compactString("MemberResponse.MemberId") : r.string("MemberResponse.MemberId"));
  }
  if (v >= 3) {
    groupInstanceId = (flex ? r.compactNullableString("MemberResponse.GroupInstanceId") : r.nullableString("MemberResponse.GroupInstanceId"));
  }
  if (v >= 3) {
    errorCode = r.int16("MemberResponse.ErrorCode");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("MemberResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("MemberResponse._tagged");
      const size = r.uvarint("MemberResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("MemberResponse._tagged", size) });
    }
  }
  const m: LeaveGroupResponseMemberResponse = { memberId, groupInstanceId, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaveGroupResponseMemberResponse(w: Writer, v: number, flex: boolean, m: LeaveGroupResponseMemberResponse): void {
  if (v >= 3) {
    (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  } else if (!(m.memberId === "")) throw unsupportedField("MemberResponse.MemberId", v);
  if (v >= 3) {
    (flex ? w.compactNullableString(m.groupInstanceId) : w.nullableString(m.groupInstanceId));
  } else if (!(m.groupInstanceId === "")) throw unsupportedField("MemberResponse.GroupInstanceId", v);
  if (v >= 3) {
    w.int16(m.errorCode);
  } else if (!(m.errorCode === 0)) throw unsupportedField("MemberResponse.ErrorCode", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a LeaveGroupResponse of version `v`; the caller checks the reader for failure. */
export function decodeLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  return readLeaveGroupResponse(r, v, v >= 4);
}

/** Writes a LeaveGroupResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeLeaveGroupResponse(w: Writer, v: number, m: LeaveGroupResponse): void {
  writeLeaveGroupResponse(w, v, v >= 4, m);
}

export const LeaveGroupResponseSchema: MessageSchema = {
  name: "LeaveGroupResponse",
  kind: "response",
  apiKey: 13,
  validVersions: [0, 5],
  flexibleVersions: [4, 5],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Members","prop":"members","type":"[]MemberResponse","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"MemberId","prop":"memberId","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupInstanceId","prop":"groupInstanceId","type":"string","versions":[3,32767],"nullable":[3,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
