// Generated from EnvelopeResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface EnvelopeResponse {
  /** The embedded response header and data. */
  responseData: Uint8Array | null;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEnvelopeResponse(): EnvelopeResponse {
  return { responseData: null, errorCode: 0 };
}

function readEnvelopeResponse(r: Reader, v: number, flex: boolean): EnvelopeResponse {
  let responseData: Uint8Array | null = null;
  let errorCode: number = 0;
  responseData = (flex ? r.compactNullableBytes("EnvelopeResponse.ResponseData") : r.nullableBytes("EnvelopeResponse.ResponseData"));
  errorCode = r.int16("EnvelopeResponse.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("EnvelopeResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("EnvelopeResponse._tagged");
      const size = r.uvarint("EnvelopeResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("EnvelopeResponse._tagged", size) });
    }
  }
  const m: EnvelopeResponse = { responseData, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEnvelopeResponse(w: Writer, v: number, flex: boolean, m: EnvelopeResponse): void {
  (flex ? w.compactNullableBytes(m.responseData) : w.nullableBytes(m.responseData));
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a EnvelopeResponse of version `v`; the caller checks the reader for failure. */
export function decodeEnvelopeResponse(r: Reader, v: number): EnvelopeResponse {
  return readEnvelopeResponse(r, v, true);
}

/** Writes a EnvelopeResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeEnvelopeResponse(w: Writer, v: number, m: EnvelopeResponse): void {
  writeEnvelopeResponse(w, v, true, m);
}

export const EnvelopeResponseSchema: MessageSchema = {
  name: "EnvelopeResponse",
  kind: "response",
  apiKey: 58,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ResponseData","prop":"responseData","type":"bytes","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
