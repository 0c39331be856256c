// Generated from DescribeClusterRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. */
  includeClusterAuthorizedOperations: boolean;
  /** The endpoint type to describe. 1=brokers, 2=controllers. */
  endpointType: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClusterRequest(): DescribeClusterRequest {
  return { includeClusterAuthorizedOperations: false, endpointType: 1 };
}

function readDescribeClusterRequest(r: Reader, v: number, flex: boolean): DescribeClusterRequest {
  let includeClusterAuthorizedOperations: boolean = false;
  let endpointType: number = 1;
  includeClusterAuthorizedOperations = r.bool("DescribeClusterRequest.IncludeClusterAuthorizedOperations");
  if (v >= 1) {
    endpointType = r.int8("DescribeClusterRequest.EndpointType");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeClusterRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeClusterRequest._tagged");
      const size = r.uvarint("DescribeClusterRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeClusterRequest._tagged", size) });
    }
  }
  const m: DescribeClusterRequest = { includeClusterAuthorizedOperations, endpointType };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeClusterRequest(w: Writer, v: number, flex: boolean, m: DescribeClusterRequest): void {
  w.bool(m.includeClusterAuthorizedOperations);
  if (v >= 1) {
    w.int8(m.endpointType);
  } else if (!(m.endpointType === 1)) throw unsupportedField("DescribeClusterRequest.EndpointType", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeClusterRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeClusterRequest(r: Reader, v: number): DescribeClusterRequest {
  return readDescribeClusterRequest(r, v, true);
}

/** Writes a DescribeClusterRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeClusterRequest(w: Writer, v: number, m: DescribeClusterRequest): void {
  writeDescribeClusterRequest(w, v, true, m);
}

export const DescribeClusterRequestSchema: MessageSchema = {
  name: "DescribeClusterRequest",
  kind: "request",
  apiKey: 60,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"IncludeClusterAuthorizedOperations","prop":"includeClusterAuthorizedOperations","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"EndpointType","prop":"endpointType","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"1"}],
};
