// Generated from DescribeGroupsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DescribeGroupsRequest {
  /** The names of the groups to describe */
  groups: string[];
  /** Whether to include authorized operations. */
  includeAuthorizedOperations: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeGroupsRequest(): DescribeGroupsRequest {
  return { groups: [], includeAuthorizedOperations: false };
}

function readDescribeGroupsRequest(r: Reader, v: number, flex: boolean): DescribeGroupsRequest {
  let groups: string[] = [];
  let includeAuthorizedOperations: boolean = false;
  {
    const n = (flex ? r.compactArrayLength("DescribeGroupsRequest.Groups") : r.arrayLength("DescribeGroupsRequest.Groups"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("DescribeGroupsRequest.Groups") : r.string("DescribeGroupsRequest.Groups")));
    groups = a;
  }
  if (v >= 3) {
    includeAuthorizedOperations = r.bool("DescribeGroupsRequest.IncludeAuthorizedOperations");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeGroupsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeGroupsRequest._tagged");
      const size = r.uvarint("DescribeGroupsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeGroupsRequest._tagged", size) });
    }
  }
  const m: DescribeGroupsRequest = { groups, includeAuthorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeGroupsRequest(w: Writer, v: number, flex: boolean, m: DescribeGroupsRequest): void {
  (flex ? w.uvarint(m.groups!.length + 1) : w.int32(m.groups!.length));
  for (const x of m.groups!) (flex ? w.compactString(x!) : w.string(x!));
  if (v >= 3) {
    w.bool(m.includeAuthorizedOperations);
  } else if (!(m.includeAuthorizedOperations === false)) throw unsupportedField("DescribeGroupsRequest.IncludeAuthorizedOperations", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeGroupsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  return readDescribeGroupsRequest(r, v, v >= 5);
}

/** Writes a DescribeGroupsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeGroupsRequest(w: Writer, v: number, m: DescribeGroupsRequest): void {
  writeDescribeGroupsRequest(w, v, v >= 5, m);
}

export const DescribeGroupsRequestSchema: MessageSchema = {
  name: "DescribeGroupsRequest",
  kind: "request",
  apiKey: 15,
  validVersions: [0, 5],
  flexibleVersions: [5, 5],
  fields: [{"name":"Groups","prop":"groups","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IncludeAuthorizedOperations","prop":"includeAuthorizedOperations","type":"bool","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
