// Generated from DeleteTopicsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, nullNotAllowed, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The results for each topic we tried to delete. */
  responses: DeleteTopicsResponseDeletableTopicResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteTopicsResponse(): DeleteTopicsResponse {
  return { throttleTimeMs: 0, responses: [] };
}

function readDeleteTopicsResponse(r: Reader, v: number, flex: boolean): DeleteTopicsResponse {
  let throttleTimeMs: number = 0;
  let responses: DeleteTopicsResponseDeletableTopicResult[] = [];
  if (v >= 1) {
    throttleTimeMs = r.int32("DeleteTopicsResponse.ThrottleTimeMs");
  }
  {
    const n = (flex ? r.compactArrayLength("DeleteTopicsResponse.Responses") : r.arrayLength("DeleteTopicsResponse.Responses"));
    const a: DeleteTopicsResponseDeletableTopicResult[] = [];
    for (let i = 0; i < n; i++) a.push(readDeleteTopicsResponseDeletableTopicResult(r, v, flex));
    responses = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeleteTopicsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeleteTopicsResponse._tagged");
      const size = r.uvarint("DeleteTopicsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeleteTopicsResponse._tagged", size) });
    }
  }
  const m: DeleteTopicsResponse = { throttleTimeMs, responses };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteTopicsResponse(w: Writer, v: number, flex: boolean, m: DeleteTopicsResponse): void {
  if (v >= 1) {
    w.int32(m.throttleTimeMs);
  }
  (flex ? w.uvarint(m.responses!.length + 1) : w.int32(m.responses!.length));
  for (const x of m.responses!) writeDeleteTopicsResponseDeletableTopicResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DeleteTopicsResponseDeletableTopicResult {
  /** The topic name */
  name: string | null;
  /** the unique topic ID */
  topicId: string;
  /** The deletion error, or 0 if the deletion succeeded. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDeleteTopicsResponseDeletableTopicResult(): DeleteTopicsResponseDeletableTopicResult {
  return { name: "", topicId: ZERO_UUID, errorCode: 0, errorMessage: null };
}

function readDeleteTopicsResponseDeletableTopicResult(r: Reader, v: number, flex: boolean): DeleteTopicsResponseDeletableTopicResult {
  let name: string | null = "";
  let topicId: string = ZERO_UUID;
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  name = (flex ? (v >= 6 ? r.compactNullableString("DeletableTopicResult.Name") : r.compactString("DeletableTopicResult.Name")) : (v >= 6 ? r.nullableString("DeletableTopicResult.Name") : r.string("DeletableTopicResult.Name")));
  if (v >= 6) {
    topicId = r.uuid("DeletableTopicResult.TopicId");
  }
  errorCode = r.int16("DeletableTopicResult.ErrorCode");
  if (v >= 5) {
    errorMessage = (flex ? r.compactNullableString("DeletableTopicResult.ErrorMessage") : r.nullableString("DeletableTopicResult.ErrorMessage"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DeletableTopicResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DeletableTopicResult._tagged");
      const size = r.uvarint("DeletableTopicResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DeletableTopicResult._tagged", size) });
    }
  }
  const m: DeleteTopicsResponseDeletableTopicResult = { name, topicId, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDeleteTopicsResponseDeletableTopicResult(w: Writer, v: number, flex: boolean, m: DeleteTopicsResponseDeletableTopicResult): void {
  if (m.name === null && !(v >= 6)) throw nullNotAllowed("DeletableTopicResult.Name", v);
  (flex ? (v >= 6 ? w.compactNullableString(m.name) : w.compactString(m.name!)) : (v >= 6 ? w.nullableString(m.name) : w.string(m.name!)));
  if (v >= 6) {
    w.uuid(m.topicId);
  }
  w.int16(m.errorCode);
  if (v >= 5) {
    (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DeleteTopicsResponse of version `v`; the caller checks the reader for failure. */
export function decodeDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  return readDeleteTopicsResponse(r, v, v >= 4);
}

/** Writes a DeleteTopicsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDeleteTopicsResponse(w: Writer, v: number, m: DeleteTopicsResponse): void {
  writeDeleteTopicsResponse(w, v, v >= 4, m);
}

export const DeleteTopicsResponseSchema: MessageSchema = {
  name: "DeleteTopicsResponse",
  kind: "response",
  apiKey: 20,
  validVersions: [0, 6],
  flexibleVersions: [4, 6],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"Responses","prop":"responses","type":"[]DeletableTopicResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":[6,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicId","prop":"topicId","type":"uuid","versions":[6,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[5,32767],"nullable":[5,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"}]}],
};
