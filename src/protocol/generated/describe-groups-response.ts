// Generated from DescribeGroupsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each described group. */
  groups: DescribeGroupsResponseDescribedGroup[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeGroupsResponse(): DescribeGroupsResponse {
  return { throttleTimeMs: 0, groups: [] };
}

function readDescribeGroupsResponse(r: Reader, v: number, flex: boolean): DescribeGroupsResponse {
  let throttleTimeMs: number = 0;
  let groups: DescribeGroupsResponseDescribedGroup[] = [];
  if (v >= 1) {
    throttleTimeMs = r.int32("DescribeGroupsResponse.ThrottleTimeMs");
  }
  {
    const n = (flex ? r.compactArrayLength("DescribeGroupsResponse.Groups") : r.arrayLength("DescribeGroupsResponse.Groups"));
    const a: DescribeGroupsResponseDescribedGroup[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeGroupsResponseDescribedGroup(r, v, flex));
    groups = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeGroupsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeGroupsResponse._tagged");
      const size = r.uvarint("DescribeGroupsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeGroupsResponse._tagged", size) });
    }
  }
  const m: DescribeGroupsResponse = { throttleTimeMs, groups };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeGroupsResponse(w: Writer, v: number, flex: boolean, m: DescribeGroupsResponse): void {
  if (v >= 1) {
    w.int32(m.throttleTimeMs);
  }
  (flex ? w.uvarint(m.groups!.length + 1) : w.int32(m.groups!.length));
  for (const x of m.groups!) writeDescribeGroupsResponseDescribedGroup(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeGroupsResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. */
  errorCode: number;
  /** The group ID string. */
  groupId: string;
  /** The group state string, or the empty string. */
  groupState: string;
  /** The group protocol type, or the empty string. */
  protocolType: string;
  /** The group protocol data, or the empty string. */
  protocolData: string;
  /** The group members. */
  members: DescribeGroupsResponseDescribedGroupMember[];
  /** 32-bit bitfield to represent authorized operations for this group. */
  authorizedOperations: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeGroupsResponseDescribedGroup(): DescribeGroupsResponseDescribedGroup {
  return { errorCode: 0, groupId: "", groupState: "", protocolType: "", protocolData: "", members: [], authorizedOperations: -2147483648 };
}

function readDescribeGroupsResponseDescribedGroup(r: Reader, v: number, flex: boolean): DescribeGroupsResponseDescribedGroup {
  let errorCode: number = 0;
  let groupId: string = "";
  let groupState: string = "";
  let protocolType: string = "";
  let protocolData: string = "";
  let members: DescribeGroupsResponseDescribedGroupMember[] = [];
  let authorizedOperations: number = -2147483648;
  errorCode = r.int16("DescribedGroup.ErrorCode");
  groupId = (flex ? r.compactString("DescribedGroup.GroupId") : r.string("DescribedGroup.GroupId"));
  groupState = (flex ? r.compactString("DescribedGroup.GroupState") : r.string("DescribedGroup.GroupState"));
  protocolType = (flex ? r.compactString("DescribedGroup.ProtocolType") : r.string("DescribedGroup.ProtocolType"));
  protocolData = (flex ? r.compactString("DescribedGroup.ProtocolData") : r.string("DescribedGroup.ProtocolData"));
  {
    const n = (flex ? r.compactArrayLength("DescribedGroup.Members") : r.arrayLength("DescribedGroup.Members"));
    const a: DescribeGroupsResponseDescribedGroupMember[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeGroupsResponseDescribedGroupMember(r, v, flex));
    members = a;
  }
  if (v >= 3) {
    authorizedOperations = r.int32("DescribedGroup.AuthorizedOperations");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribedGroup._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribedGroup._tagged");
      const size = r.uvarint("DescribedGroup._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribedGroup._tagged", size) });
    }
  }
  const m: DescribeGroupsResponseDescribedGroup = { errorCode, groupId, groupState, protocolType, protocolData, members, authorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeGroupsResponseDescribedGroup(w: Writer, v: number, flex: boolean, m: DescribeGroupsResponseDescribedGroup): void {
  w.int16(m.errorCode);
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  (flex ? w.compactString(m.groupState!) : w.string(m.groupState!));
  (flex ? w.compactString(m.protocolType!) : w.string(m.protocolType!));
  (flex ? w.compactString(m.protocolData!) : w.string(m.protocolData!));
  (flex ? w.uvarint(m.members!.length + 1) : w.int32(m.members!.length));
  for (const x of m.members!) writeDescribeGroupsResponseDescribedGroupMember(w, v, flex, x!);
  if (v >= 3) {
    w.int32(m.authorizedOperations);
  } else if (!(m.authorizedOperations === -2147483648)) throw unsupportedField("DescribedGroup.AuthorizedOperations", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeGroupsResponseDescribedGroupMember {
  /** The member ID assigned by the group coordinator. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. */
  clientId: string;
  /** The client host. */
  clientHost: string;
  /** The metadata corresponding to the current group protocol in use. */
  memberMetadata: Uint8Array;
  /** The current assignment provided by the group leader. */
  memberAssignment: Uint8Array;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeGroupsResponseDescribedGroupMember(): DescribeGroupsResponseDescribedGroupMember {
  return { memberId: "", groupInstanceId: null, clientId: "", clientHost: "", memberMetadata: new Uint8Array(0), memberAssignment: new Uint8Array(0) };
}

function readDescribeGroupsResponseDescribedGroupMember(r: Reader, v: number, flex: boolean): DescribeGroupsResponseDescribedGroupMember {
  let memberId: string = "";
  let groupInstanceId: string | null = null;
  let clientId: string = "";
  let clientHost: string = "";
  let memberMetadata: Uint8Array = new Uint8Array(0);
  let memberAssignment: Uint8Array = new Uint8Array(0);
  memberId = (flex ? r.compactString("DescribedGroupMember.MemberId") : r.string("DescribedGroupMember.MemberId"));
  if (v >= 4) {
    groupInstanceId = (flex ? r.compactNullableString("DescribedGroupMember.GroupInstanceId") : r.nullableString("DescribedGroupMember.GroupInstanceId"));
  }
  clientId = (flex ? r.compactString("DescribedGroupMember.ClientId") : r.string("DescribedGroupMember.ClientId"));
  clientHost = (flex ? r.compactString("DescribedGroupMember.ClientHost") : r.string("DescribedGroupMember.ClientHost"));
  memberMetadata = (flex ? r.compactBytes("DescribedGroupMember.MemberMetadata") : r.bytes("DescribedGroupMember.MemberMetadata"));
  memberAssignment = (flex ? r.compactBytes("DescribedGroupMember.MemberAssignment") : r.bytes("DescribedGroupMember.MemberAssignment"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribedGroupMember._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribedGroupMember._tagged");
      const size = r.uvarint("DescribedGroupMember._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribedGroupMember._tagged", size) });
    }
  }
  const m: DescribeGroupsResponseDescribedGroupMember = { memberId, groupInstanceId, clientId, clientHost, memberMetadata, memberAssignment };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeGroupsResponseDescribedGroupMember(w: Writer, v: number, flex: boolean, m: DescribeGroupsResponseDescribedGroupMember): void {
  (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  if (v >= 4) {
    (flex ? w.compactNullableString(m.groupInstanceId) : w.nullableString(m.groupInstanceId));
  }
  (flex ? w.compactString(m.clientId!) : w.string(m.clientId!));
  (flex ? w.compactString(m.clientHost!) : w.string(m.clientHost!));
  (flex ? w.compactBytes(m.memberMetadata!) : w.bytes(m.memberMetadata!));
  (flex ? w.compactBytes(m.memberAssignment!) : w.bytes(m.memberAssignment!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeGroupsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  return readDescribeGroupsResponse(r, v, v >= 5);
}

/** Writes a DescribeGroupsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeGroupsResponse(w: Writer, v: number, m: DescribeGroupsResponse): void {
  writeDescribeGroupsResponse(w, v, v >= 5, m);
}

export const DescribeGroupsResponseSchema: MessageSchema = {
  name: "DescribeGroupsResponse",
  kind: "response",
  apiKey: 15,
  validVersions: [0, 5],
  flexibleVersions: [5, 5],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Groups","prop":"groups","type":"[]DescribedGroup","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupState","prop":"groupState","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProtocolType","prop":"protocolType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProtocolData","prop":"protocolData","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Members","prop":"members","type":"[]DescribedGroupMember","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupInstanceId","prop":"groupInstanceId","type":"string","versions":[4,32767],"nullable":[4,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"},{"name":"ClientId","prop":"clientId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ClientHost","prop":"clientHost","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MemberMetadata","prop":"memberMetadata","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MemberAssignment","prop":"memberAssignment","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"AuthorizedOperations","prop":"authorizedOperations","type":"int32","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-2147483648"}]}],
};
