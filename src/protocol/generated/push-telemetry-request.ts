// Generated from PushTelemetryRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface PushTelemetryRequest {
  /** Unique id for this client instance. */
  clientInstanceId: string;
  /** Unique identifier for the current subscription. */
  subscriptionId: number;
  /** Client is terminating the connection. */
  terminating: boolean;
  /** Compression codec used to compress the metrics. */
  compressionType: number;
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. */
  metrics: Uint8Array;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultPushTelemetryRequest(): PushTelemetryRequest {
  return { clientInstanceId: ZERO_UUID, subscriptionId: 0, terminating: false, compressionType: 0, metrics: new Uint8Array(0) };
}

function readPushTelemetryRequest(r: Reader, v: number, flex: boolean): PushTelemetryRequest {
  let clientInstanceId: string = ZERO_UUID;
  let subscriptionId: number = 0;
  let terminating: boolean = false;
  let compressionType: number = 0;
  let metrics: Uint8Array = new Uint8Array(0);
  clientInstanceId = r.uuid("PushTelemetryRequest.ClientInstanceId");
  subscriptionId = r.int32("PushTelemetryRequest.SubscriptionId");
  terminating = r.bool("PushTelemetryRequest.Terminating");
  compressionType = r.int8("PushTelemetryRequest.CompressionType");
  metrics = (flex ? r.compactBytes("PushTelemetryRequest.Metrics") : r.bytes("PushTelemetryRequest.Metrics"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("PushTelemetryRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("PushTelemetryRequest._tagged");
      const size = r.uvarint("PushTelemetryRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("PushTelemetryRequest._tagged", size) });
    }
  }
  const m: PushTelemetryRequest = { clientInstanceId, subscriptionId, terminating, compressionType, metrics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writePushTelemetryRequest(w: Writer, v: number, flex: boolean, m: PushTelemetryRequest): void {
  w.uuid(m.clientInstanceId);
  w.int32(m.subscriptionId);
  w.bool(m.terminating);
  w.int8(m.compressionType);
  (flex ? w.compactBytes(m.metrics!) : w.bytes(m.metrics!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a PushTelemetryRequest of version `v`; the caller checks the reader for failure. */
export function decodePushTelemetryRequest(r: Reader, v: number): PushTelemetryRequest {
  return readPushTelemetryRequest(r, v, true);
}

/** Writes a PushTelemetryRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodePushTelemetryRequest(w: Writer, v: number, m: PushTelemetryRequest): void {
  writePushTelemetryRequest(w, v, true, m);
}

export const PushTelemetryRequestSchema: MessageSchema = {
  name: "PushTelemetryRequest",
  kind: "request",
  apiKey: 72,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ClientInstanceId","prop":"clientInstanceId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SubscriptionId","prop":"subscriptionId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Terminating","prop":"terminating","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CompressionType","prop":"compressionType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Metrics","prop":"metrics","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
