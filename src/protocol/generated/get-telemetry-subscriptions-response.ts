// Generated from GetTelemetrySubscriptionsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. */
  clientInstanceId: string;
  /** Unique identifier for the current subscription set for this client instance. */
  subscriptionId: number;
  /** Compression types that broker accepts for the PushTelemetryRequest. */
  acceptedCompressionTypes: number[];
  /** Configured push interval, which is the lowest configured interval in the current subscription set. */
  pushIntervalMs: number;
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. */
  telemetryMaxBytes: number;
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values */
  deltaTemporality: boolean;
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. */
  requestedMetrics: string[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultGetTelemetrySubscriptionsResponse(): GetTelemetrySubscriptionsResponse {
  return { throttleTimeMs: 0, errorCode: 0, clientInstanceId: ZERO_UUID, subscriptionId: 0, acceptedCompressionTypes: [], pushIntervalMs: 0, telemetryMaxBytes: 0, deltaTemporality: false, requestedMetrics: [] };
}

function readGetTelemetrySubscriptionsResponse(r: Reader, v: number, flex: boolean): GetTelemetrySubscriptionsResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let clientInstanceId: string = ZERO_UUID;
  let subscriptionId: number = 0;
  let acceptedCompressionTypes: number[] = [];
  let pushIntervalMs: number = 0;
  let telemetryMaxBytes: number = 0;
  let deltaTemporality: boolean = false;
  let requestedMetrics: string[] = [];
  throttleTimeMs = r.int32("GetTelemetrySubscriptionsResponse.ThrottleTimeMs");
  errorCode = r.int16("GetTelemetrySubscriptionsResponse.ErrorCode");
  clientInstanceId = r.uuid("GetTelemetrySubscriptionsResponse.ClientInstanceId");
  subscriptionId = r.int32("GetTelemetrySubscriptionsResponse.SubscriptionId");
  {
    const n = (flex ? r.compactArrayLength("GetTelemetrySubscriptionsResponse.AcceptedCompressionTypes") : r.arrayLength("GetTelemetrySubscriptionsResponse.AcceptedCompressionTypes"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int8("GetTelemetrySubscriptionsResponse.AcceptedCompressionTypes"));
    acceptedCompressionTypes = a;
  }
  pushIntervalMs = r.int32("GetTelemetrySubscriptionsResponse.PushIntervalMs");
  telemetryMaxBytes = r.int32("GetTelemetrySubscriptionsResponse.TelemetryMaxBytes");
  deltaTemporality = r.bool("GetTelemetrySubscriptionsResponse.DeltaTemporality");
  {
    const n = (flex ? r.compactArrayLength("GetTelemetrySubscriptionsResponse.RequestedMetrics") : r.arrayLength("GetTelemetrySubscriptionsResponse.RequestedMetrics"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("GetTelemetrySubscriptionsResponse.RequestedMetrics") : r.string("GetTelemetrySubscriptionsResponse.RequestedMetrics")));
    requestedMetrics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("GetTelemetrySubscriptionsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("GetTelemetrySubscriptionsResponse._tagged");
      const size = r.uvarint("GetTelemetrySubscriptionsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("GetTelemetrySubscriptionsResponse._tagged", size) });
    }
  }
  const m: GetTelemetrySubscriptionsResponse = { throttleTimeMs, errorCode, clientInstanceId, subscriptionId, acceptedCompressionTypes, pushIntervalMs, telemetryMaxBytes, deltaTemporality, requestedMetrics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeGetTelemetrySubscriptionsResponse(w: Writer, v: number, flex: boolean, m: GetTelemetrySubscriptionsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.uuid(m.clientInstanceId);
  w.int32(m.subscriptionId);
  (flex ? w.uvarint(m.acceptedCompressionTypes!.length + 1) : w.int32(m.acceptedCompressionTypes!.length));
  for (const x of m.acceptedCompressionTypes!) w.int8(x);
  w.int32(m.pushIntervalMs);
  w.int32(m.telemetryMaxBytes);
  w.bool(m.deltaTemporality);
  (flex ? w.uvarint(m.requestedMetrics!.length + 1) : w.int32(m.requestedMetrics!.length));
  for (const x of m.requestedMetrics!) (flex ? w.compactString(x!) : w.string(x!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a GetTelemetrySubscriptionsResponse of version `v`; the caller checks the reader for failure. */
export function decodeGetTelemetrySubscriptionsResponse(r: Reader, v: number): GetTelemetrySubscriptionsResponse {
  return readGetTelemetrySubscriptionsResponse(r, v, true);
}

/** Writes a GetTelemetrySubscriptionsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeGetTelemetrySubscriptionsResponse(w: Writer, v: number, m: GetTelemetrySubscriptionsResponse): void {
  writeGetTelemetrySubscriptionsResponse(w, v, true, m);
}

export const GetTelemetrySubscriptionsResponseSchema: MessageSchema = {
  name: "GetTelemetrySubscriptionsResponse",
  kind: "response",
  apiKey: 71,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ClientInstanceId","prop":"clientInstanceId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SubscriptionId","prop":"subscriptionId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AcceptedCompressionTypes","prop":"acceptedCompressionTypes","type":"[]int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PushIntervalMs","prop":"pushIntervalMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TelemetryMaxBytes","prop":"telemetryMaxBytes","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"DeltaTemporality","prop":"deltaTemporality","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"RequestedMetrics","prop":"requestedMetrics","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
