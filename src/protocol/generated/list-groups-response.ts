// Generated from ListGroupsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** Each group in the response. */
  groups: ListGroupsResponseListedGroup[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListGroupsResponse(): ListGroupsResponse {
  return { throttleTimeMs: 0, errorCode: 0, groups: [] };
}

function readListGroupsResponse(r: Reader, v: number, flex: boolean): ListGroupsResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let groups: ListGroupsResponseListedGroup[] = [];
  if (v >= 1) {
    throttleTimeMs = r.int32("ListGroupsResponse.ThrottleTimeMs");
  }
  errorCode = r.int16("ListGroupsResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("ListGroupsResponse.Groups") : r.arrayLength("ListGroupsResponse.Groups"));
    const a: ListGroupsResponseListedGroup[] = [];
    for (let i = 0; i < n; i++) a.push(readListGroupsResponseListedGroup(r, v, flex));
    groups = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListGroupsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListGroupsResponse._tagged");
      const size = r.uvarint("ListGroupsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListGroupsResponse._tagged", size) });
    }
  }
  const m: ListGroupsResponse = { throttleTimeMs, errorCode, groups };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListGroupsResponse(w: Writer, v: number, flex: boolean, m: ListGroupsResponse): void {
  if (v >= 1) {
    w.int32(m.throttleTimeMs);
  }
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.groups!.length + 1) : w.int32(m.groups!.length));
  for (const x of m.groups!) writeListGroupsResponseListedGroup(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ListGroupsResponseListedGroup {
  /** The group ID. */
  groupId: string;
  /** The group protocol type. */
  protocolType: string;
  /** The group state name. */
  groupState: string;
  /** The group type name. */
  groupType: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListGroupsResponseListedGroup(): ListGroupsResponseListedGroup {
  return { groupId: "", protocolType: "", groupState: "", groupType: "" };
}

function readListGroupsResponseListedGroup(r: Reader, v: number, flex: boolean): ListGroupsResponseListedGroup {
  let groupId: string = "";
  let protocolType: string = "";
  let groupState: string = "";
  let groupType: string = "";
  groupId = (flex ? r.compactString("ListedGroup.GroupId") : r.string("ListedGroup.GroupId"));
  protocolType = (flex ? r.compactString("ListedGroup.ProtocolType") : r.string("ListedGroup.ProtocolType"));
  if (v >= 4) {
    groupState = (flex ? r.compactString("ListedGroup.GroupState") : r.string("ListedGroup.GroupState"));
  }
  if (v >= 5) {
    groupType = (flex ? r.compactString("ListedGroup.GroupType") : r.string("ListedGroup.GroupType"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListedGroup._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListedGroup._tagged");
      const size = r.uvarint("ListedGroup._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListedGroup._tagged", size) });
    }
  }
  const m: ListGroupsResponseListedGroup = { groupId, protocolType, groupState, groupType };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListGroupsResponseListedGroup(w: Writer, v: number, flex: boolean, m: ListGroupsResponseListedGroup): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  (flex ? w.compactString(m.protocolType!) : w.string(m.protocolType!));
  if (v >= 4) {
    (flex ? w.compactString(m.groupState!) : w.string(m.groupState!));
  }
  if (v >= 5) {
    (flex ? w.compactString(m.groupType!) : w.string(m.groupType!));
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ListGroupsResponse of version `v`; the caller checks the reader for failure. */
export function decodeListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  return readListGroupsResponse(r, v, v >= 3);
}

/** Writes a ListGroupsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeListGroupsResponse(w: Writer, v: number, m: ListGroupsResponse): void {
  writeListGroupsResponse(w, v, v >= 3, m);
}

export const ListGroupsResponseSchema: MessageSchema = {
  name: "ListGroupsResponse",
  kind: "response",
  apiKey: 16,
  validVersions: [0, 5],
  flexibleVersions: [3, 5],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Groups","prop":"groups","type":"[]ListedGroup","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProtocolType","prop":"protocolType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupState","prop":"groupState","type":"string","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"GroupType","prop":"groupType","type":"string","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}]}],
};
