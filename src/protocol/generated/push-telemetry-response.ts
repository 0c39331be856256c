// Generated from PushTelemetryResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultPushTelemetryResponse(): PushTelemetryResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function readPushTelemetryResponse(r: Reader, v: number, flex: boolean): PushTelemetryResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  throttleTimeMs = r.int32("PushTelemetryResponse.ThrottleTimeMs");
  errorCode = r.int16("PushTelemetryResponse.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PushTelemetryResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PushTelemetryResponse._tagged");
      const size = r.uvarint("PushTelemetryResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PushTelemetryResponse._tagged", size) });
    }
  }
  const m: PushTelemetryResponse = { throttleTimeMs, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writePushTelemetryResponse(w: Writer, v: number, flex: boolean, m: PushTelemetryResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a PushTelemetryResponse of version `v`; the caller checks the reader for failure. */
export function decodePushTelemetryResponse(r: Reader, v: number): PushTelemetryResponse {
  return readPushTelemetryResponse(r, v, true);
}

/** Writes a PushTelemetryResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodePushTelemetryResponse(w: Writer, v: number, m: PushTelemetryResponse): void {
  writePushTelemetryResponse(w, v, true, m);
}

export const PushTelemetryResponseSchema: MessageSchema = {
  name: "PushTelemetryResponse",
  kind: "response",
  apiKey: 72,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
