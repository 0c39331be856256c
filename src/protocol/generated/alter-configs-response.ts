// Generated from AlterConfigsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The responses for each resource. */
  responses: AlterConfigsResponseAlterConfigsResourceResponse[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterConfigsResponse(): AlterConfigsResponse {
  return { throttleTimeMs: 0, responses: [] };
}

function readAlterConfigsResponse(r: Reader, v: number, flex: boolean): AlterConfigsResponse {
  let throttleTimeMs: number = 0;
  let responses: AlterConfigsResponseAlterConfigsResourceResponse[] = [];
  throttleTimeMs = r.int32("AlterConfigsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("AlterConfigsResponse.Responses") : r.arrayLength("AlterConfigsResponse.Responses"));
    const a: AlterConfigsResponseAlterConfigsResourceResponse[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterConfigsResponseAlterConfigsResourceResponse(r, v, flex));
    responses = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterConfigsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterConfigsResponse._tagged");
      const size = r.uvarint("AlterConfigsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterConfigsResponse._tagged", size) });
    }
  }
  const m: AlterConfigsResponse = { throttleTimeMs, responses };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterConfigsResponse(w: Writer, v: number, flex: boolean, m: AlterConfigsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.responses!.length + 1) : w.int32(m.responses!.length));
  for (const x of m.responses!) writeAlterConfigsResponseAlterConfigsResourceResponse(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterConfigsResponseAlterConfigsResourceResponse {
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

export function defaultAlterConfigsResponseAlterConfigsResourceResponse(): AlterConfigsResponseAlterConfigsResourceResponse {
  return { errorCode: 0, errorMessage: "", resourceType: 0, resourceName: "" };
}

function readAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number, flex: boolean): AlterConfigsResponseAlterConfigsResourceResponse {
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
  const m: AlterConfigsResponseAlterConfigsResourceResponse = { errorCode, errorMessage, resourceType, resourceName };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, v: number, flex: boolean, m: AlterConfigsResponseAlterConfigsResourceResponse): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  w.int8(m.resourceType);
  (flex ? w.compactString(m.resourceName!) : w.string(m.resourceName!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterConfigsResponse of version `v`; the caller checks the reader for failure. */
export function decodeAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse {
  return readAlterConfigsResponse(r, v, v >= 2);
}

/** Writes a AlterConfigsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterConfigsResponse(w: Writer, v: number, m: AlterConfigsResponse): void {
  writeAlterConfigsResponse(w, v, v >= 2, m);
}

export const AlterConfigsResponseSchema: MessageSchema = {
  name: "AlterConfigsResponse",
  kind: "response",
  apiKey: 33,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Responses","prop":"responses","type":"[]AlterConfigsResourceResponse","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceType","prop":"resourceType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResourceName","prop":"resourceName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
