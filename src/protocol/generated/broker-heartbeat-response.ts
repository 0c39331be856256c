// Generated from BrokerHeartbeatResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface BrokerHeartbeatResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** True if the broker has approximately caught up with the latest metadata. */
  isCaughtUp: boolean;
  /** True if the broker is fenced. */
  isFenced: boolean;
  /** True if the broker should proceed with its shutdown. */
  shouldShutDown: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBrokerHeartbeatResponse(): BrokerHeartbeatResponse {
  return { throttleTimeMs: 0, errorCode: 0, isCaughtUp: false, isFenced: true, shouldShutDown: false };
}

function readBrokerHeartbeatResponse(r: Reader, v: number, flex: boolean): BrokerHeartbeatResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let isCaughtUp: boolean = false;
  let isFenced: boolean = true;
  let shouldShutDown: boolean = false;
  throttleTimeMs = r.int32("BrokerHeartbeatResponse.ThrottleTimeMs");
  errorCode = r.int16("BrokerHeartbeatResponse.ErrorCode");
  isCaughtUp = r.bool("BrokerHeartbeatResponse.IsCaughtUp");
  isFenced = r.bool("BrokerHeartbeatResponse.IsFenced");
  shouldShutDown = r.bool("BrokerHeartbeatResponse.ShouldShutDown");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("BrokerHeartbeatResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("BrokerHeartbeatResponse._tagged");
      const size = r.uvarint("BrokerHeartbeatResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("BrokerHeartbeatResponse._tagged", size) });
    }
  }
  const m: BrokerHeartbeatResponse = { throttleTimeMs, errorCode, isCaughtUp, isFenced, shouldShutDown };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBrokerHeartbeatResponse(w: Writer, v: number, flex: boolean, m: BrokerHeartbeatResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.bool(m.isCaughtUp);
  w.bool(m.isFenced);
  w.bool(m.shouldShutDown);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a BrokerHeartbeatResponse of version `v`; the caller checks the reader for failure. */
export function decodeBrokerHeartbeatResponse(r: Reader, v: number): BrokerHeartbeatResponse {
  return readBrokerHeartbeatResponse(r, v, true);
}

/** Writes a BrokerHeartbeatResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeBrokerHeartbeatResponse(w: Writer, v: number, m: BrokerHeartbeatResponse): void {
  writeBrokerHeartbeatResponse(w, v, true, m);
}

export const BrokerHeartbeatResponseSchema: MessageSchema = {
  name: "BrokerHeartbeatResponse",
  kind: "response",
  apiKey: 63,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IsCaughtUp","prop":"isCaughtUp","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"},{"name":"IsFenced","prop":"isFenced","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"true"},{"name":"ShouldShutDown","prop":"shouldShutDown","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
