// Generated from RequestHeader.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface RequestHeader {
  /** The API key of this request. */
  requestApiKey: number;
  /** The API version of this request. */
  requestApiVersion: number;
  /** The correlation ID of this request. */
  correlationId: number;
  /** The client ID string. */
  clientId: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultRequestHeader(): RequestHeader {
  return { requestApiKey: 0, requestApiVersion: 0, correlationId: 0, clientId: "" };
}

function readRequestHeader(r: Reader, v: number, flex: boolean): RequestHeader {
  let requestApiKey: number = 0;
  let requestApiVersion: number = 0;
  let correlationId: number = 0;
  let clientId: string | null = "";
  requestApiKey = r.int16("RequestHeader.RequestApiKey");
  requestApiVersion = r.int16("RequestHeader.RequestApiVersion");
  correlationId = r.int32("RequestHeader.CorrelationId");
  if (v >= 1) {
    clientId = r.nullableString("RequestHeader.ClientId");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("RequestHeader._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("RequestHeader._tagged");
      const size = r.uvarint("RequestHeader._tagged");
      (unknown ??= []).push({ tag, data: r.raw("RequestHeader._tagged", size) });
    }
  }
  const m: RequestHeader = { requestApiKey, requestApiVersion, correlationId, clientId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeRequestHeader(w: Writer, v: number, flex: boolean, m: RequestHeader): void {
  w.int16(m.requestApiKey);
  w.int16(m.requestApiVersion);
  w.int32(m.correlationId);
  if (v >= 1) {
    w.nullableString(m.clientId);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a RequestHeader of version `v`; the caller checks the reader for failure. */
export function decodeRequestHeader(r: Reader, v: number): RequestHeader {
  return readRequestHeader(r, v, v >= 2);
}

/** Writes a RequestHeader of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeRequestHeader(w: Writer, v: number, m: RequestHeader): void {
  writeRequestHeader(w, v, v >= 2, m);
}

export const RequestHeaderSchema: MessageSchema = {
  name: "RequestHeader",
  kind: "header",
  apiKey: null,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"RequestApiKey","prop":"requestApiKey","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"RequestApiVersion","prop":"requestApiVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CorrelationId","prop":"correlationId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ClientId","prop":"clientId","type":"string","versions":[1,32767],"nullable":[1,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}],
};
