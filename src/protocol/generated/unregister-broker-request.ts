// Generated from UnregisterBrokerRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. */
  brokerId: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUnregisterBrokerRequest(): UnregisterBrokerRequest {
  return { brokerId: 0 };
}

function readUnregisterBrokerRequest(r: Reader, v: number, flex: boolean): UnregisterBrokerRequest {
  let brokerId: number = 0;
  brokerId = r.int32("UnregisterBrokerRequest.BrokerId");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UnregisterBrokerRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UnregisterBrokerRequest._tagged");
      const size = r.uvarint("UnregisterBrokerRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UnregisterBrokerRequest._tagged", size) });
    }
  }
  const m: UnregisterBrokerRequest = { brokerId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUnregisterBrokerRequest(w: Writer, v: number, flex: boolean, m: UnregisterBrokerRequest): void {
  w.int32(m.brokerId);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a UnregisterBrokerRequest of version `v`; the caller checks the reader for failure. */
export function decodeUnregisterBrokerRequest(r: Reader, v: number): UnregisterBrokerRequest {
  return readUnregisterBrokerRequest(r, v, true);
}

/** Writes a UnregisterBrokerRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeUnregisterBrokerRequest(w: Writer, v: number, m: UnregisterBrokerRequest): void {
  writeUnregisterBrokerRequest(w, v, true, m);
}

export const UnregisterBrokerRequestSchema: MessageSchema = {
  name: "UnregisterBrokerRequest",
  kind: "request",
  apiKey: 64,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"BrokerId","prop":"brokerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
