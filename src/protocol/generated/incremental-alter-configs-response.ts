// Generated from IncrementalAlterConfigsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each resource. */
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultIncrementalAlterConfigsResponse(): IncrementalAlterConfigsResponse {
  return { throttleTimeMs: 0, responses: [] };
}

function readIncrementalAlterConfigsResponse(r: Reader, v: number, flex: boolean): IncrementalAlterConfigsResponse {
  let throttleTimeMs: number = 0;
  let responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] = [];
  throttleTimeMs = r.int32("IncrementalAlterConfigsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("IncrementalAlterConfigsResponse.Responses") : r.arrayLength("IncrementalAlterConfigsResponse.Responses"));
    const a: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r, v, flex));
    responses = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("IncrementalAlterConfigsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("IncrementalAlterConfigsResponse._tagged");
      const size = r.uvarint("IncrementalAlterConfigsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("IncrementalAlterConfigsResponse._tagged", size) });
    }
  }
  const m: IncrementalAlterConfigsResponse = { throttleTimeMs, responses };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeIncrementalAlterConfigsResponse(w: Writer, v: number, flex: boolean, m: IncrementalAlterConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.responses!.length + 1) : w.int32(m.responses!.length));
  for (const x of m.responses!) writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. */
  errorCode: number;
  /** The resource error message, or null if there was no error. */
  errorMessage: string | null;
  /** The resource type. */
  resourceType: number;
  /** The resource name. */
  resourceName: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultIncrementalAlterConfigsResponseAlterConfigsResourceResponse(): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "" };
}

function readIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number, flex: boolean): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let resourceType: number = 0;
  let resourceName: string = "";
  errorCode = r.int16("AlterConfigsResourceResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("AlterConfigsResourceResponse.ErrorMessage") : r.nullableString("AlterConfigsResourceResponse.ErrorMessage"));
  resourceType = r.int8("AlterConfigsResourceResponse.ResourceType");
  resourceName = (flex ? r.compactString("AlterConfigsResourceResponse.ResourceName") : r.string("AlterConfigsResourceResponse.ResourceName"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterConfigsResourceResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterConfigsResourceResponse._tagged");
      const size = r.uvarint("AlterConfigsResourceResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterConfigsResourceResponse._tagged", size) });
    }
  }
  const m: IncrementalAlterConfigsResponseAlterConfigsResourceResponse = { errorCode, errorMessage, resourceType, resourceName };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, v: number, flex: boolean, m: IncrementalAlterConfigsResponseAlterConfigsResourceResponse): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  w.int8(m.resourceType);
  (flex ? w.compactString(m.resourceName!) : w.string(m.resourceName!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a IncrementalAlterConfigsResponse of version `v`; the caller checks the reader for failure. */
export function decodeIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
  return readIncrementalAlterConfigsResponse(r, v, v >= 1);
}

/** Writes a IncrementalAlterConfigsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeIncrementalAlterConfigsResponse(w: Writer, v: number, m: IncrementalAlterConfigsResponse): void {
  writeIncrementalAlterConfigsResponse(w, v, v >= 1, m);
}

export const IncrementalAlterConfigsResponseSchema: MessageSchema = {
  name: "IncrementalAlterConfigsResponse",
  kind: "response",
  apiKey: 44,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Responses","prop":"responses","type":"[]AlterConfigsResourceResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceType","prop":"resourceType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceName","prop":"resourceName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
