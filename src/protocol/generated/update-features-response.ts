// Generated from UpdateFeaturesResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level error code, or `0` if there was no top-level error. */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. */
  errorMessage: string | null;
  /** Results for each feature update. */
  results: UpdateFeaturesResponseUpdatableFeatureResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateFeaturesResponse(): UpdateFeaturesResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", results: [] };
}

function readUpdateFeaturesResponse(r: Reader, v: number, flex: boolean): UpdateFeaturesResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let results: UpdateFeaturesResponseUpdatableFeatureResult[] = [];
  throttleTimeMs = r.int32("UpdateFeaturesResponse.ThrottleTimeMs");
  errorCode = r.int16("UpdateFeaturesResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("UpdateFeaturesResponse.ErrorMessage") : r.nullableString("UpdateFeaturesResponse.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("UpdateFeaturesResponse.Results") : r.arrayLength("UpdateFeaturesResponse.Results"));
    const a: UpdateFeaturesResponseUpdatableFeatureResult[] = [];
    for (let i = 0; i < n; i++) a.push(readUpdateFeaturesResponseUpdatableFeatureResult(r, v, flex));
    results = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdateFeaturesResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdateFeaturesResponse._tagged");
      const size = r.uvarint("UpdateFeaturesResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UpdateFeaturesResponse._tagged", size) });
    }
  }
  const m: UpdateFeaturesResponse = { throttleTimeMs, errorCode, errorMessage, results };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateFeaturesResponse(w: Writer, v: number, flex: boolean, m: UpdateFeaturesResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.results!.length + 1) : w.int32(m.results!.length));
  for (const x of m.results!) writeUpdateFeaturesResponseUpdatableFeatureResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /** The name of the finalized feature. */
  feature: string;
  /** The feature update error code or `0` if the feature update succeeded. */
  errorCode: number;
  /** The feature update error, or `null` if the feature update succeeded. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateFeaturesResponseUpdatableFeatureResult(): UpdateFeaturesResponseUpdatableFeatureResult {
  return { feature: "", errorCode: 0, errorMessage: "" };
}

function readUpdateFeaturesResponseUpdatableFeatureResult(r: Reader, v: number, flex: boolean): UpdateFeaturesResponseUpdatableFeatureResult {
  let feature: string = "";
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  feature = (flex ? r.compactString("UpdatableFeatureResult.Feature") : r.string("UpdatableFeatureResult.Feature"));
  errorCode = r.int16("UpdatableFeatureResult.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("UpdatableFeatureResult.ErrorMessage") : r.nullableString("UpdatableFeatureResult.ErrorMessage"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdatableFeatureResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdatableFeatureResult._tagged");
      const size = r.uvarint("UpdatableFeatureResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UpdatableFeatureResult._tagged", size) });
    }
  }
  const m: UpdateFeaturesResponseUpdatableFeatureResult = { feature, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateFeaturesResponseUpdatableFeatureResult(w: Writer, v: number, flex: boolean, m: UpdateFeaturesResponseUpdatableFeatureResult): void {
  (flex ? w.compactString(m.feature!) : w.string(m.feature!));
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a UpdateFeaturesResponse of version `v`; the caller checks the reader for failure. */
export function decodeUpdateFeaturesResponse(r: Reader, v: number): UpdateFeaturesResponse {
  return readUpdateFeaturesResponse(r, v, true);
}

/** Writes a UpdateFeaturesResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeUpdateFeaturesResponse(w: Writer, v: number, m: UpdateFeaturesResponse): void {
  writeUpdateFeaturesResponse(w, v, true, m);
}

export const UpdateFeaturesResponseSchema: MessageSchema = {
  name: "UpdateFeaturesResponse",
  kind: "response",
  apiKey: 57,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Results","prop":"results","type":"[]UpdatableFeatureResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Feature","prop":"feature","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
