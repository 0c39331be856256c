// Generated from UpdateMetadataResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface UpdateMetadataResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateMetadataResponse(): UpdateMetadataResponse {
  return { errorCode: 0 };
}

function readUpdateMetadataResponse(r: Reader, v: number, flex: boolean): UpdateMetadataResponse {
  let errorCode: number = 0;
  errorCode = r.int16("UpdateMetadataResponse.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdateMetadataResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdateMetadataResponse._tagged");
      const size = r.uvarint("UpdateMetadataResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UpdateMetadataResponse._tagged", size) });
    }
  }
  const m: UpdateMetadataResponse = { errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateMetadataResponse(w: Writer, v: number, flex: boolean, m: UpdateMetadataResponse): void {
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a UpdateMetadataResponse of version `v`; the caller checks the reader for failure. */
export function decodeUpdateMetadataResponse(r: Reader, v: number): UpdateMetadataResponse {
  return readUpdateMetadataResponse(r, v, v >= 6);
}

/** Writes a UpdateMetadataResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeUpdateMetadataResponse(w: Writer, v: number, m: UpdateMetadataResponse): void {
  writeUpdateMetadataResponse(w, v, v >= 6, m);
}

export const UpdateMetadataResponseSchema: MessageSchema = {
  name: "UpdateMetadataResponse",
  kind: "response",
  apiKey: 6,
  validVersions: [0, 8],
  flexibleVersions: [6, 8],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
