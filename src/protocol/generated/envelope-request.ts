// Generated from EnvelopeRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface EnvelopeRequest {
  /** The embedded request header and data. */
  requestData: Uint8Array;
  /** Value of the initial client principal when the request is redirected by a broker. */
  requestPrincipal: Uint8Array | null;
  /** The original client's address in bytes. */
  clientHostAddress: Uint8Array;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultEnvelopeRequest(): EnvelopeRequest {
  return { requestData: new Uint8Array(0), requestPrincipal: new Uint8Array(0), clientHostAddress: new Uint8Array(0) };
}

function readEnvelopeRequest(r: Reader, v: number, flex: boolean): EnvelopeRequest {
  let requestData: Uint8Array = new Uint8Array(0);
  let requestPrincipal: Uint8Array | null = new Uint8Array(0);
  let clientHostAddress: Uint8Array = new Uint8Array(0);
  requestData = (flex ? r.compactBytes("EnvelopeRequest.RequestData") : r.bytes("EnvelopeRequest.RequestData"));
  requestPrincipal = (flex ? r.compactNullableBytes("EnvelopeRequest.RequestPrincipal") : r.nullableBytes("EnvelopeRequest.RequestPrincipal"));
  clientHostAddress = (flex ? r.compactBytes("EnvelopeRequest.ClientHostAddress") : r.bytes("EnvelopeRequest.ClientHostAddress"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("EnvelopeRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("EnvelopeRequest._tagged");
      const size = r.uvarint("EnvelopeRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("EnvelopeRequest._tagged", size) });
    }
  }
  const m: EnvelopeRequest = { requestData, requestPrincipal, clientHostAddress };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeEnvelopeRequest(w: Writer, v: number, flex: boolean, m: EnvelopeRequest): void {
  (flex ? w.compactBytes(m.requestData!) : w.bytes(m.requestData!));
  (flex ? w.compactNullableBytes(m.requestPrincipal) : w.nullableBytes(m.requestPrincipal));
  (flex ? w.compactBytes(m.clientHostAddress!) : w.bytes(m.clientHostAddress!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a EnvelopeRequest of version `v`; the caller checks the reader for failure. */
export function decodeEnvelopeRequest(r: Reader, v: number): EnvelopeRequest {
  return readEnvelopeRequest(r, v, true);
}

/** Writes a EnvelopeRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeEnvelopeRequest(w: Writer, v: number, m: EnvelopeRequest): void {
  writeEnvelopeRequest(w, v, true, m);
}

export const EnvelopeRequestSchema: MessageSchema = {
  name: "EnvelopeRequest",
  kind: "request",
  apiKey: 58,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"RequestData","prop":"requestData","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"RequestPrincipal","prop":"requestPrincipal","type":"bytes","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ClientHostAddress","prop":"clientHostAddress","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
