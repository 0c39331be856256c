// Generated from ResponseHeader.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ResponseHeader {
  /** The correlation ID of this response. */
  correlationId: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultResponseHeader(): ResponseHeader {
  return { correlationId: 0 };
}

function readResponseHeader(r: Reader, v: number, flex: boolean): ResponseHeader {
  let correlationId: number = 0;
  correlationId = r.int32("ResponseHeader.CorrelationId");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ResponseHeader._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ResponseHeader._tagged");
      const size = r.uvarint("ResponseHeader._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ResponseHeader._tagged", size) });
    }
  }
  const m: ResponseHeader = { correlationId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeResponseHeader(w: Writer, v: number, flex: boolean, m: ResponseHeader): void {
  w.int32(m.correlationId);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ResponseHeader of version `v`; the caller checks the reader for failure. */
export function decodeResponseHeader(r: Reader, v: number): ResponseHeader {
  return readResponseHeader(r, v, v >= 1);
}

/** Writes a ResponseHeader of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeResponseHeader(w: Writer, v: number, m: ResponseHeader): void {
  writeResponseHeader(w, v, v >= 1, m);
}

export const ResponseHeaderSchema: MessageSchema = {
  name: "ResponseHeader",
  kind: "header",
  apiKey: null,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"CorrelationId","prop":"correlationId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
