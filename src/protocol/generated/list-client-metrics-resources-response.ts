// Generated from ListClientMetricsResourcesResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ListClientMetricsResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** Each client metrics resource in the response. */
  clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListClientMetricsResourcesResponse(): ListClientMetricsResourcesResponse {
  return { throttleTimeMs: 0, errorCode: 0, clientMetricsResources: [] };
}

function readListClientMetricsResourcesResponse(r: Reader, v: number, flex: boolean): ListClientMetricsResourcesResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let clientMetricsResources: ListClientMetricsResourcesResponseClientMetricsResource[] = [];
  throttleTimeMs = r.int32("ListClientMetricsResourcesResponse.ThrottleTimeMs");
  errorCode = r.int16("ListClientMetricsResourcesResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("ListClientMetricsResourcesResponse.ClientMetricsResources") : r.arrayLength("ListClientMetricsResourcesResponse.ClientMetricsResources"));
    const a: ListClientMetricsResourcesResponseClientMetricsResource[] = [];
    for (let i = 0; i < n; i++) a.push(readListClientMetricsResourcesResponseClientMetricsResource(r, v, flex));
    clientMetricsResources = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListClientMetricsResourcesResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListClientMetricsResourcesResponse._tagged");
      const size = r.uvarint("ListClientMetricsResourcesResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListClientMetricsResourcesResponse._tagged", size) });
    }
  }
  const m: ListClientMetricsResourcesResponse = { throttleTimeMs, errorCode, clientMetricsResources };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListClientMetricsResourcesResponse(w: Writer, v: number, flex: boolean, m: ListClientMetricsResourcesResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.clientMetricsResources!.length + 1) : w.int32(m.clientMetricsResources!.length));
  for (const x of m.clientMetricsResources!) writeListClientMetricsResourcesResponseClientMetricsResource(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ListClientMetricsResourcesResponseClientMetricsResource {
  /** The resource name. */
  name: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListClientMetricsResourcesResponseClientMetricsResource(): ListClientMetricsResourcesResponseClientMetricsResource {
  return { name: "" };
}

function readListClientMetricsResourcesResponseClientMetricsResource(r: Reader, v: number, flex: boolean): ListClientMetricsResourcesResponseClientMetricsResource {
  let name: string = "";
  name = (flex ? r.compactString("ClientMetricsResource.Name") : r.string("ClientMetricsResource.Name"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ClientMetricsResource._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ClientMetricsResource._tagged");
      const size = r.uvarint("ClientMetricsResource._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ClientMetricsResource._tagged", size) });
    }
  }
  const m: ListClientMetricsResourcesResponseClientMetricsResource = { name };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListClientMetricsResourcesResponseClientMetricsResource(w: Writer, v: number, flex: boolean, m: ListClientMetricsResourcesResponseClientMetricsResource): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ListClientMetricsResourcesResponse of version `v`; the caller checks the reader for failure. */
export function decodeListClientMetricsResourcesResponse(r: Reader, v: number): ListClientMetricsResourcesResponse {
  return readListClientMetricsResourcesResponse(r, v, true);
}

/** Writes a ListClientMetricsResourcesResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeListClientMetricsResourcesResponse(w: Writer, v: number, m: ListClientMetricsResourcesResponse): void {
  writeListClientMetricsResourcesResponse(w, v, true, m);
}

export const ListClientMetricsResourcesResponseSchema: MessageSchema = {
  name: "ListClientMetricsResourcesResponse",
  kind: "response",
  apiKey: 74,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ClientMetricsResources","prop":"clientMetricsResources","type":"[]ClientMetricsResource","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
