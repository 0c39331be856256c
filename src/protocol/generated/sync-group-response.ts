// Generated from SyncGroupResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The group protocol type. */
  protocolType: string | null;
  /** The group protocol name. */
  protocolName: string | null;
  /** The member assignment. */
  assignment: Uint8Array;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultSyncGroupResponse(): SyncGroupResponse {
  return { throttleTimeMs: 0, errorCode: 0, protocolType: null, protocolName: null, assignment: new Uint8Array(0) };
}

function readSyncGroupResponse(r: Reader, v: number, flex: boolean): SyncGroupResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let protocolType: string | null = null;
  let protocolName: string | null = null;
  let assignment: Uint8Array = new Uint8Array(0);
  if (v >= 1) {
    throttleTimeMs = r.int32("SyncGroupResponse.ThrottleTimeMs");
  }
  errorCode = r.int16("SyncGroupResponse.ErrorCode");
  if (v >= 5) {
    protocolType = (flex ? r.compactNullableString("SyncGroupResponse.ProtocolType") : r.nullableString("SyncGroupResponse.ProtocolType"));
  }
  if (v >= 5) {
    protocolName = (flex ? r.compactNullableString("SyncGroupResponse.ProtocolName") : r.nullableString("SyncGroupResponse.ProtocolName"));
  }
  assignment = (flex ? r.compactBytes("SyncGroupResponse.Assignment") : r.bytes("SyncGroupResponse.Assignment"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("SyncGroupResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("SyncGroupResponse._tagged");
      const size = r.uvarint("SyncGroupResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("SyncGroupResponse._tagged", size) });
    }
  }
  const m: SyncGroupResponse = { throttleTimeMs, errorCode, protocolType, protocolName, assignment };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeSyncGroupResponse(w: Writer, v: number, flex: boolean, m: SyncGroupResponse): void {
  if (v >= 1) {
    w.int32(m.throttleTimeMs);
  }
  w.int16(m.errorCode);
  if (v >= 5) {
    (flex ? w.compactNullableString(m.protocolType) : w.nullableString(m.protocolType));
  }
  if (v >= 5) {
    (flex ? w.compactNullableString(m.protocolName) : w.nullableString(m.protocolName));
  }
  (flex ? w.compactBytes(m.assignment!) : w.bytes(m.assignment!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a SyncGroupResponse of version `v`; the caller checks the reader for failure. */
export function decodeSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  return readSyncGroupResponse(r, v, v >= 4);
}

/** Writes a SyncGroupResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeSyncGroupResponse(w: Writer, v: number, m: SyncGroupResponse): void {
  writeSyncGroupResponse(w, v, v >= 4, m);
}

export const SyncGroupResponseSchema: MessageSchema = {
  name: "SyncGroupResponse",
  kind: "response",
  apiKey: 14,
  validVersions: [0, 5],
  flexibleVersions: [4, 5],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProtocolType","prop":"protocolType","type":"string","versions":[5,32767],"nullable":[5,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"},{"name":"ProtocolName","prop":"protocolName","type":"string","versions":[5,32767],"nullable":[5,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"},{"name":"Assignment","prop":"assignment","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
