// Generated from GetTelemetrySubscriptionsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. */
  clientInstanceId: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultGetTelemetrySubscriptionsRequest(): GetTelemetrySubscriptionsRequest {
  return { clientInstanceId: ZERO_UUID };
}

function readGetTelemetrySubscriptionsRequest(r: Reader, v: number, flex: boolean): GetTelemetrySubscriptionsRequest {
  let clientInstanceId: string = ZERO_UUID;
  clientInstanceId = r.uuid("GetTelemetrySubscriptionsRequest.ClientInstanceId");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("GetTelemetrySubscriptionsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("GetTelemetrySubscriptionsRequest._tagged");
      const size = r.uvarint("GetTelemetrySubscriptionsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("GetTelemetrySubscriptionsRequest._tagged", size) });
    }
  }
  const m: GetTelemetrySubscriptionsRequest = { clientInstanceId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeGetTelemetrySubscriptionsRequest(w: Writer, v: number, flex: boolean, m: GetTelemetrySubscriptionsRequest): void {
  w.uuid(m.clientInstanceId);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a GetTelemetrySubscriptionsRequest of version `v`; the caller checks the reader for failure. */
export function decodeGetTelemetrySubscriptionsRequest(r: Reader, v: number): GetTelemetrySubscriptionsRequest {
  return readGetTelemetrySubscriptionsRequest(r, v, true);
}

/** Writes a GetTelemetrySubscriptionsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeGetTelemetrySubscriptionsRequest(w: Writer, v: number, m: GetTelemetrySubscriptionsRequest): void {
  writeGetTelemetrySubscriptionsRequest(w, v, true, m);
}

export const GetTelemetrySubscriptionsRequestSchema: MessageSchema = {
  name: "GetTelemetrySubscriptionsRequest",
  kind: "request",
  apiKey: 71,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ClientInstanceId","prop":"clientInstanceId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
