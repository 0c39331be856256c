// Generated from RenewDelegationTokenRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. */
  hmac: Uint8Array;
  /** The renewal time period in milliseconds. */
  renewPeriodMs: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultRenewDelegationTokenRequest(): RenewDelegationTokenRequest {
  return { hmac: new Uint8Array(0), renewPeriodMs: 0n };
}

function readRenewDelegationTokenRequest(r: Reader, v: number, flex: boolean): RenewDelegationTokenRequest {
  let hmac: Uint8Array = new Uint8Array(0);
  let renewPeriodMs: bigint = 0n;
  hmac = (flex ? r.compactBytes("RenewDelegationTokenRequest.Hmac") : r.bytes("RenewDelegationTokenRequest.Hmac"));
  renewPeriodMs = r.int64("RenewDelegationTokenRequest.RenewPeriodMs");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("RenewDelegationTokenRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("RenewDelegationTokenRequest._tagged");
      const size = r.uvarint("RenewDelegationTokenRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("RenewDelegationTokenRequest._tagged", size) });
    }
  }
  const m: RenewDelegationTokenRequest = { hmac, renewPeriodMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeRenewDelegationTokenRequest(w: Writer, v: number, flex: boolean, m: RenewDelegationTokenRequest): void {
  (flex ? w.compactBytes(m.hmac!) : w.bytes(m.hmac!));
  w.int64(m.renewPeriodMs);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a RenewDelegationTokenRequest of version `v`; the caller checks the reader for failure. */
export function decodeRenewDelegationTokenRequest(r: Reader, v: number): RenewDelegationTokenRequest {
  return readRenewDelegationTokenRequest(r, v, v >= 2);
}

/** Writes a RenewDelegationTokenRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeRenewDelegationTokenRequest(w: Writer, v: number, m: RenewDelegationTokenRequest): void {
  writeRenewDelegationTokenRequest(w, v, v >= 2, m);
}

export const RenewDelegationTokenRequestSchema: MessageSchema = {
  name: "RenewDelegationTokenRequest",
  kind: "request",
  apiKey: 39,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"Hmac","prop":"hmac","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"RenewPeriodMs","prop":"renewPeriodMs","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
