// Generated from DeleteGroupsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DeleteGroupsRequest {
  /** The group names to delete. */
  groupsNames: string[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteGroupsRequest(): DeleteGroupsRequest {
  return { groupsNames: [] };
}

function readDeleteGroupsRequest(r: Reader, v: number, flex: boolean): DeleteGroupsRequest {
  let groupsNames: string[] = [];
  {
    const n = (flex ? r.compactArrayLength("DeleteGroupsRequest.GroupsNames") : r.arrayLength("DeleteGroupsRequest.GroupsNames"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("DeleteGroupsRequest.GroupsNames") : r.string("DeleteGroupsRequest.GroupsNames")));
    groupsNames = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteGroupsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteGroupsRequest._tagged");
      const size = r.uvarint("DeleteGroupsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteGroupsRequest._tagged", size) });
    }
  }
  const m: DeleteGroupsRequest = { groupsNames };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteGroupsRequest(w: Writer, v: number, flex: boolean, m: DeleteGroupsRequest): void {
  (flex ? w.uvarint(m.groupsNames!.length + 1) : w.int32(m.groupsNames!.length));
  for (const x of m.groupsNames!) (flex ? w.compactString(x!) : w.string(x!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DeleteGroupsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  return readDeleteGroupsRequest(r, v, v >= 2);
}

/** Writes a DeleteGroupsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDeleteGroupsRequest(w: Writer, v: number, m: DeleteGroupsRequest): void {
  writeDeleteGroupsRequest(w, v, v >= 2, m);
}

export const DeleteGroupsRequestSchema: MessageSchema = {
  name: "DeleteGroupsRequest",
  kind: "request",
  apiKey: 42,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"GroupsNames","prop":"groupsNames","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
