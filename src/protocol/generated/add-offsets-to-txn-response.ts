// Generated from AddOffsetsToTxnResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddOffsetsToTxnResponse(): AddOffsetsToTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0 };
}

function readAddOffsetsToTxnResponse(r: Reader, v: number, flex: boolean): AddOffsetsToTxnResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  throttleTimeMs = r.int32("AddOffsetsToTxnResponse.ThrottleTimeMs");
  errorCode = r.int16("AddOffsetsToTxnResponse.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddOffsetsToTxnResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddOffsetsToTxnResponse._tagged");
      const size = r.uvarint("AddOffsetsToTxnResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddOffsetsToTxnResponse._tagged", size) });
    }
  }
  const m: AddOffsetsToTxnResponse = { throttleTimeMs, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddOffsetsToTxnResponse(w: Writer, v: number, flex: boolean, m: AddOffsetsToTxnResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AddOffsetsToTxnResponse of version `v`; the caller checks the reader for failure. */
export function decodeAddOffsetsToTxnResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
  return readAddOffsetsToTxnResponse(r, v, v >= 3);
}

/** Writes a AddOffsetsToTxnResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAddOffsetsToTxnResponse(w: Writer, v: number, m: AddOffsetsToTxnResponse): void {
  writeAddOffsetsToTxnResponse(w, v, v >= 3, m);
}

export const AddOffsetsToTxnResponseSchema: MessageSchema = {
  name: "AddOffsetsToTxnResponse",
  kind: "response",
  apiKey: 25,
  validVersions: [0, 4],
  flexibleVersions: [3, 4],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
