// Generated from SaslAuthenticateResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. */
  authBytes: Uint8Array;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. */
  sessionLifetimeMs: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultSaslAuthenticateResponse(): SaslAuthenticateResponse {
  return { errorCode: 0, errorMessage: "", authBytes: new Uint8Array(0), sessionLifetimeMs: 0n };
}

function readSaslAuthenticateResponse(r: Reader, v: number, flex: boolean): SaslAuthenticateResponse {
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let authBytes: Uint8Array = new Uint8Array(0);
  let sessionLifetimeMs: bigint = 0n;
  errorCode = r.int16("SaslAuthenticateResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("SaslAuthenticateResponse.ErrorMessage") : r.nullableString("SaslAuthenticateResponse.ErrorMessage"));
  authBytes = (flex ? r.compactBytes("SaslAuthenticateResponse.AuthBytes") : r.bytes("SaslAuthenticateResponse.AuthBytes"));
  if (v >= 1) {
    sessionLifetimeMs = r.int64("SaslAuthenticateResponse.SessionLifetimeMs");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("SaslAuthenticateResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("SaslAuthenticateResponse._tagged");
      const size = r.uvarint("SaslAuthenticateResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("SaslAuthenticateResponse._tagged", size) });
    }
  }
  const m: SaslAuthenticateResponse = { errorCode, errorMessage, authBytes, sessionLifetimeMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeSaslAuthenticateResponse(w: Writer, v: number, flex: boolean, m: SaslAuthenticateResponse): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.compactBytes(m.authBytes!) : w.bytes(m.authBytes!));
  if (v >= 1) {
    w.int64(m.sessionLifetimeMs);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a SaslAuthenticateResponse of version `v`; the caller checks the reader for failure. */
export function decodeSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  return readSaslAuthenticateResponse(r, v, v >= 2);
}

/** Writes a SaslAuthenticateResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeSaslAuthenticateResponse(w: Writer, v: number, m: SaslAuthenticateResponse): void {
  writeSaslAuthenticateResponse(w, v, v >= 2, m);
}

export const SaslAuthenticateResponseSchema: MessageSchema = {
  name: "SaslAuthenticateResponse",
  kind: "response",
  apiKey: 36,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AuthBytes","prop":"authBytes","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SessionLifetimeMs","prop":"sessionLifetimeMs","type":"int64","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"0"}],
};
