// Generated from ConsumerGroupDescribeRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe */
  groupIds: string[];
  /** Whether to include authorized operations. */
  includeAuthorizedOperations: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupDescribeRequest(): ConsumerGroupDescribeRequest {
  return { groupIds: [], includeAuthorizedOperations: false };
}

function readConsumerGroupDescribeRequest(r: Reader, v: number, flex: boolean): ConsumerGroupDescribeRequest {
  let groupIds: string[] = [];
  let includeAuthorizedOperations: boolean = false;
  {
    const n = (flex ? r.compactArrayLength("ConsumerGroupDescribeRequest.GroupIds") : r.arrayLength("ConsumerGroupDescribeRequest.GroupIds"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("ConsumerGroupDescribeRequest.GroupIds") : r.string("ConsumerGroupDescribeRequest.GroupIds")));
    groupIds = a;
  }
  includeAuthorizedOperations = r.bool("ConsumerGroupDescribeRequest.IncludeAuthorizedOperations");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ConsumerGroupDescribeRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ConsumerGroupDescribeRequest._tagged");
      const size = r.uvarint("ConsumerGroupDescribeRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ConsumerGroupDescribeRequest._tagged", size) });
    }
  }
  const m: ConsumerGroupDescribeRequest = { groupIds, includeAuthorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeConsumerGroupDescribeRequest(w: Writer, v: number, flex: boolean, m: ConsumerGroupDescribeRequest): void {
  (flex ? w.uvarint(m.groupIds!.length + 1) : w.int32(m.groupIds!.length));
  for (const x of m.groupIds!) (flex ? w.compactString(x!) : w.string(x!));
  w.bool(m.includeAuthorizedOperations);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ConsumerGroupDescribeRequest of version `v`; the caller checks the reader for failure. */
export function decodeConsumerGroupDescribeRequest(r: Reader, v: number): ConsumerGroupDescribeRequest {
  return readConsumerGroupDescribeRequest(r, v, true);
}

/** Writes a ConsumerGroupDescribeRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeConsumerGroupDescribeRequest(w: Writer, v: number, m: ConsumerGroupDescribeRequest): void {
  writeConsumerGroupDescribeRequest(w, v, true, m);
}

export const ConsumerGroupDescribeRequestSchema: MessageSchema = {
  name: "ConsumerGroupDescribeRequest",
  kind: "request",
  apiKey: 69,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"GroupIds","prop":"groupIds","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IncludeAuthorizedOperations","prop":"includeAuthorizedOperations","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
