// Generated from BrokerRegistrationResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface BrokerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The broker's assigned epoch, or -1 if none was assigned. */
  brokerEpoch: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBrokerRegistrationResponse(): BrokerRegistrationResponse {
  return { throttleTimeMs: 0, errorCode: 0, brokerEpoch: -1n };
}

function readBrokerRegistrationResponse(r: Reader, v: number, flex: boolean): BrokerRegistrationResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let brokerEpoch: bigint = -1n;
  throttleTimeMs = r.int32("BrokerRegistrationResponse.ThrottleTimeMs");
  errorCode = r.int16("BrokerRegistrationResponse.ErrorCode");
  brokerEpoch = r.int64("BrokerRegistrationResponse.BrokerEpoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("BrokerRegistrationResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("BrokerRegistrationResponse._tagged");
      const size = r.uvarint("BrokerRegistrationResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("BrokerRegistrationResponse._tagged", size) });
    }
  }
  const m: BrokerRegistrationResponse = { throttleTimeMs, errorCode, brokerEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBrokerRegistrationResponse(w: Writer, v: number, flex: boolean, m: BrokerRegistrationResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.int64(m.brokerEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a BrokerRegistrationResponse of version `v`; the caller checks the reader for failure. */
export function decodeBrokerRegistrationResponse(r: Reader, v: number): BrokerRegistrationResponse {
  return readBrokerRegistrationResponse(r, v, true);
}

/** Writes a BrokerRegistrationResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeBrokerRegistrationResponse(w: Writer, v: number, m: BrokerRegistrationResponse): void {
  writeBrokerRegistrationResponse(w, v, true, m);
}

export const BrokerRegistrationResponseSchema: MessageSchema = {
  name: "BrokerRegistrationResponse",
  kind: "response",
  apiKey: 62,
  validVersions: [0, 4],
  flexibleVersions: [0, 4],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerEpoch","prop":"brokerEpoch","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}],
};
