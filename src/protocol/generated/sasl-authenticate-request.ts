// Generated from SaslAuthenticateRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. */
  authBytes: Uint8Array;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultSaslAuthenticateRequest(): SaslAuthenticateRequest {
  return { authBytes: new Uint8Array(0) };
}

function readSaslAuthenticateRequest(r: Reader, v: number, flex: boolean): SaslAuthenticateRequest {
  let authBytes: Uint8Array = new Uint8Array(0);
  authBytes = (flex ? r.compactBytes("SaslAuthenticateRequest.AuthBytes") : r.bytes("SaslAuthenticateRequest.AuthBytes"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("SaslAuthenticateRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("SaslAuthenticateRequest._tagged");
      const size = r.uvarint("SaslAuthenticateRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("SaslAuthenticateRequest._tagged", size) });
    }
  }
  const m: SaslAuthenticateRequest = { authBytes };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeSaslAuthenticateRequest(w: Writer, v: number, flex: boolean, m: SaslAuthenticateRequest): void {
  (flex ? w.compactBytes(m.authBytes!) : w.bytes(m.authBytes!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a SaslAuthenticateRequest of version `v`; the caller checks the reader for failure. */
export function decodeSaslAuthenticateRequest(r: Reader, v: number): SaslAuthenticateRequest {
  return readSaslAuthenticateRequest(r, v, v >= 2);
}

/** Writes a SaslAuthenticateRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeSaslAuthenticateRequest(w: Writer, v: number, m: SaslAuthenticateRequest): void {
  writeSaslAuthenticateRequest(w, v, v >= 2, m);
}

export const SaslAuthenticateRequestSchema: MessageSchema = {
  name: "SaslAuthenticateRequest",
  kind: "request",
  apiKey: 36,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"AuthBytes","prop":"authBytes","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
