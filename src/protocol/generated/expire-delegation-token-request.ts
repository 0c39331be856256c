// Generated from ExpireDelegationTokenRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. */
  hmac: Uint8Array;
  /** The expiry time period in milliseconds. */
  expiryTimePeriodMs: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultExpireDelegationTokenRequest(): ExpireDelegationTokenRequest {
  return { hmac: new Uint8Array(0), expiryTimePeriodMs: 0n };
}

function readExpireDelegationTokenRequest(r: Reader, v: number, flex: boolean): ExpireDelegationTokenRequest {
  let hmac: Uint8Array = new Uint8Array(0);
  let expiryTimePeriodMs: bigint = 0n;
  hmac = (flex ? r.compactBytes("ExpireDelegationTokenRequest.Hmac") : r.bytes("ExpireDelegationTokenRequest.Hmac"));
  expiryTimePeriodMs = r.int64("ExpireDelegationTokenRequest.ExpiryTimePeriodMs");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ExpireDelegationTokenRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ExpireDelegationTokenRequest._tagged");
      const size = r.uvarint("ExpireDelegationTokenRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ExpireDelegationTokenRequest._tagged", size) });
    }
  }
  const m: ExpireDelegationTokenRequest = { hmac, expiryTimePeriodMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeExpireDelegationTokenRequest(w: Writer, v: number, flex: boolean, m: ExpireDelegationTokenRequest): void {
  (flex ? w.compactBytes(m.hmac!) : w.bytes(m.hmac!));
  w.int64(m.expiryTimePeriodMs);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ExpireDelegationTokenRequest of version `v`; the caller checks the reader for failure. */
export function decodeExpireDelegationTokenRequest(r: Reader, v: number): ExpireDelegationTokenRequest {
  return readExpireDelegationTokenRequest(r, v, v >= 2);
}

/** Writes a ExpireDelegationTokenRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeExpireDelegationTokenRequest(w: Writer, v: number, m: ExpireDelegationTokenRequest): void {
  writeExpireDelegationTokenRequest(w, v, v >= 2, m);
}

export const ExpireDelegationTokenRequestSchema: MessageSchema = {
  name: "ExpireDelegationTokenRequest",
  kind: "request",
  apiKey: 40,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"Hmac","prop":"hmac","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ExpiryTimePeriodMs","prop":"expiryTimePeriodMs","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
