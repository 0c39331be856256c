// Generated from SaslHandshakeResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema } from '../codec.ts';

export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The mechanisms enabled in the server. */
  mechanisms: string[];
}

export function defaultSaslHandshakeResponse(): SaslHandshakeResponse {
  return { errorCode: 0, mechanisms: [] };
}

function readSaslHandshakeResponse(r: Reader, v: number, flex: boolean): SaslHandshakeResponse {
  let errorCode: number = 0;
  let mechanisms: string[] = [];
  errorCode = r.int16("SaslHandshakeResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("SaslHandshakeResponse.Mechanisms") : r.arrayLength("SaslHandshakeResponse.Mechanisms"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("SaslHandshakeResponse.Mechanisms") : r.string("SaslHandshakeResponse.Mechanisms")));
    mechanisms = a;
  }
  return { errorCode, mechanisms };
}

function writeSaslHandshakeResponse(w: Writer, v: number, flex: boolean, m: SaslHandshakeResponse): void {
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.mechanisms!.length + 1) : w.int32(m.mechanisms!.length));
  for (const x of m.mechanisms!) (flex ? w.compactString(x!) : w.string(x!));
}

/** Reads a SaslHandshakeResponse of version `v`; the caller checks the reader for failure. */
export function decodeSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse {
  return readSaslHandshakeResponse(r, v, false);
}

/** Writes a SaslHandshakeResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeSaslHandshakeResponse(w: Writer, v: number, m: SaslHandshakeResponse): void {
  writeSaslHandshakeResponse(w, v, false, m);
}

export const SaslHandshakeResponseSchema: MessageSchema = {
  name: "SaslHandshakeResponse",
  kind: "response",
  apiKey: 17,
  validVersions: [0, 1],
  flexibleVersions: null,
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Mechanisms","prop":"mechanisms","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
