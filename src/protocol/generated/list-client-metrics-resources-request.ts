// Generated from ListClientMetricsResourcesRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ListClientMetricsResourcesRequest {
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListClientMetricsResourcesRequest(): ListClientMetricsResourcesRequest {
  return {  };
}

function readListClientMetricsResourcesRequest(r: Reader, v: number, flex: boolean): ListClientMetricsResourcesRequest {
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListClientMetricsResourcesRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListClientMetricsResourcesRequest._tagged");
      const size = r.uvarint("ListClientMetricsResourcesRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListClientMetricsResourcesRequest._tagged", size) });
    }
  }
  const m: ListClientMetricsResourcesRequest = {  };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListClientMetricsResourcesRequest(w: Writer, v: number, flex: boolean, m: ListClientMetricsResourcesRequest): void {
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ListClientMetricsResourcesRequest of version `v`; the caller checks the reader for failure. */
export function decodeListClientMetricsResourcesRequest(r: Reader, v: number): ListClientMetricsResourcesRequest {
  return readListClientMetricsResourcesRequest(r, v, true);
}

/** Writes a ListClientMetricsResourcesRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeListClientMetricsResourcesRequest(w: Writer, v: number, m: ListClientMetricsResourcesRequest): void {
  writeListClientMetricsResourcesRequest(w, v, true, m);
}

export const ListClientMetricsResourcesRequestSchema: MessageSchema = {
  name: "ListClientMetricsResourcesRequest",
  kind: "request",
  apiKey: 74,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [],
};
