// Generated from ShareGroupDescribeRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ShareGroupDescribeRequest {
  /** The ids of the groups to describe */
  groupIds: string[];
  /** Whether to include authorized operations. */
  includeAuthorizedOperations: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupDescribeRequest(): ShareGroupDescribeRequest {
  return { groupIds: [], includeAuthorizedOperations: false };
}

function readShareGroupDescribeRequest(r: Reader, v: number, flex: boolean): ShareGroupDescribeRequest {
  let groupIds: string[] = [];
  let includeAuthorizedOperations: boolean = false;
  {
    const n = (flex ? r.compactArrayLength("ShareGroupDescribeRequest.GroupIds") : r.arrayLength("ShareGroupDescribeRequest.GroupIds"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("ShareGroupDescribeRequest.GroupIds") : r.string("ShareGroupDescribeRequest.GroupIds")));
    groupIds = a;
  }
  includeAuthorizedOperations = r.bool("ShareGroupDescribeRequest.IncludeAuthorizedOperations");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ShareGroupDescribeRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ShareGroupDescribeRequest._tagged");
      const size = r.uvarint("ShareGroupDescribeRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ShareGroupDescribeRequest._tagged", size) });
    }
  }
  const m: ShareGroupDescribeRequest = { groupIds, includeAuthorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareGroupDescribeRequest(w: Writer, v: number, flex: boolean, m: ShareGroupDescribeRequest): void {
  (flex ? w.uvarint(m.groupIds!.length + 1) : w.int32(m.groupIds!.length));
  for (const x of m.groupIds!) (flex ? w.compactString(x!) : w.string(x!));
  w.bool(m.includeAuthorizedOperations);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ShareGroupDescribeRequest of version `v`; the caller checks the reader for failure. */
export function decodeShareGroupDescribeRequest(r: Reader, v: number): ShareGroupDescribeRequest {
  return readShareGroupDescribeRequest(r, v, true);
}

/** Writes a ShareGroupDescribeRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeShareGroupDescribeRequest(w: Writer, v: number, m: ShareGroupDescribeRequest): void {
  writeShareGroupDescribeRequest(w, v, true, m);
}

export const ShareGroupDescribeRequestSchema: MessageSchema = {
  name: "ShareGroupDescribeRequest",
  kind: "request",
  apiKey: 77,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"GroupIds","prop":"groupIds","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IncludeAuthorizedOperations","prop":"includeAuthorizedOperations","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
