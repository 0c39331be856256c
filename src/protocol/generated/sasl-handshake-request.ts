// Generated from SaslHandshakeRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema } from '../codec.ts';

export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. */
  mechanism: string;
}

export function defaultSaslHandshakeRequest(): SaslHandshakeRequest {
  return { mechanism: "" };
}

function readSaslHandshakeRequest(r: Reader, v: number, flex: boolean): SaslHandshakeRequest {
  let mechanism: string = "";
  mechanism = (flex ? r.compactString("SaslHandshakeRequest.Mechanism") : r.string("SaslHandshakeRequest.Mechanism"));
  return { mechanism };
}

function writeSaslHandshakeRequest(w: Writer, v: number, flex: boolean, m: SaslHandshakeRequest): void {
  (flex ? w.compactString(m.mechanism!) : w.string(m.mechanism!));
}

/** Reads a SaslHandshakeRequest of version `v`; the caller checks the reader for failure. */
export function decodeSaslHandshakeRequest(r: Reader, v: number): SaslHandshakeRequest {
  return readSaslHandshakeRequest(r, v, false);
}

/** Writes a SaslHandshakeRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeSaslHandshakeRequest(w: Writer, v: number, m: SaslHandshakeRequest): void {
  writeSaslHandshakeRequest(w, v, false, m);
}

export const SaslHandshakeRequestSchema: MessageSchema = {
  name: "SaslHandshakeRequest",
  kind: "request",
  apiKey: 17,
  validVersions: [0, 1],
  flexibleVersions: null,
  fields: [{"name":"Mechanism","prop":"mechanism","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
