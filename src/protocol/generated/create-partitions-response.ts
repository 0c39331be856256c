// Generated from CreatePartitionsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The partition creation results for each topic. */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreatePartitionsResponse(): CreatePartitionsResponse {
  return { throttleTimeMs: 0, results: [] };
}

function readCreatePartitionsResponse(r: Reader, v: number, flex: boolean): CreatePartitionsResponse {
  let throttleTimeMs: number = 0;
  let results: CreatePartitionsResponseCreatePartitionsTopicResult[] = [];
  throttleTimeMs = r.int32("CreatePartitionsResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("CreatePartitionsResponse.Results") : r.arrayLength("CreatePartitionsResponse.Results"));
    const a: CreatePartitionsResponseCreatePartitionsTopicResult[] = [];
    for (let i = 0; i < n; i++) a.push(readCreatePartitionsResponseCreatePartitionsTopicResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatePartitionsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatePartitionsResponse._tagged");
      const size = r.uvarint("CreatePartitionsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreatePartitionsResponse._tagged", size) });
    }
  }
  const m: CreatePartitionsResponse = { throttleTimeMs, results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreatePartitionsResponse(w: Writer, v: number, flex: boolean, m: CreatePartitionsResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeCreatePartitionsResponseCreatePartitionsTopicResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** The topic name. */
  name: string;
  /** The result error, or zero if there was no error. */
  errorCode: number;
  /** The result message, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreatePartitionsResponseCreatePartitionsTopicResult(): CreatePartitionsResponseCreatePartitionsTopicResult {
  return { name: "", errorCode: 0, errorMessage: null };
}

function readCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, v: number, flex: boolean): CreatePartitionsResponseCreatePartitionsTopicResult {
  let name: string = "";
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  name = (flex ? r.compactString("CreatePartitionsTopicResult.Name") : r.string("CreatePartitionsTopicResult.Name"));
  errorCode = r.int16("CreatePartitionsTopicResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("CreatePartitionsTopicResult.ErrorMessage") : r.nullableString("CreatePartitionsTopicResult.ErrorMessage"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatePartitionsTopicResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatePartitionsTopicResult._tagged");
      const size = r.uvarint("CreatePartitionsTopicResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreatePartitionsTopicResult._tagged", size) });
    }
  }
  const m: CreatePartitionsResponseCreatePartitionsTopicResult = { name, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, v: number, flex: boolean, m: CreatePartitionsResponseCreatePartitionsTopicResult): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a CreatePartitionsResponse of version `v`; the caller checks the reader for failure. */
export function decodeCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  return readCreatePartitionsResponse(r, v, v >= 2);
}

/** Writes a CreatePartitionsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeCreatePartitionsResponse(w: Writer, v: number, m: CreatePartitionsResponse): void {
  writeCreatePartitionsResponse(w, v, v >= 2, m);
}

export const CreatePartitionsResponseSchema: MessageSchema = {
  name: "CreatePartitionsResponse",
  kind: "response",
  apiKey: 37,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Results","prop":"results","type":"[]CreatePartitionsTopicResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]}],
};
