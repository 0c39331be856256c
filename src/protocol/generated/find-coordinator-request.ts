// Generated from FindCoordinatorRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface FindCoordinatorRequest {
  /** The coordinator key. */
  key: string;
  /** The coordinator key type. (Group, transaction, etc.) */
  keyType: number;
  /** The coordinator keys. */
  coordinatorKeys: string[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFindCoordinatorRequest(): FindCoordinatorRequest {
  return { key: "", keyType: 0, coordinatorKeys: [] };
}

function readFindCoordinatorRequest(r: Reader, v: number, flex: boolean): FindCoordinatorRequest {
  let key: string = "";
  let keyType: number = 0;
  let coordinatorKeys: string[] = [];
  if (v <= 3) {
    key = (flex ? r.compactString("FindCoordinatorRequest.Key") : r.string("FindCoordinatorRequest.Key"));
  }
  if (v >= 1) {
    keyType = r.int8("FindCoordinatorRequest.KeyType");
  }
  if (v >= 4) {
    {
      const n = (flex ? r.compactArrayLength("FindCoordinatorRequest.CoordinatorKeys") : r.arrayLength("FindCoordinatorRequest.CoordinatorKeys"));
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push((flex ? r.compactString("FindCoordinatorRequest.CoordinatorKeys") : r.string("FindCoordinatorRequest.CoordinatorKeys")));
      coordinatorKeys = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FindCoordinatorRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FindCoordinatorRequest._tagged");
      const size = r.uvarint("FindCoordinatorRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("FindCoordinatorRequest._tagged", size) });
    }
  }
  const m: FindCoordinatorRequest = { key, keyType, coordinatorKeys };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFindCoordinatorRequest(w: Writer, v: number, flex: boolean, m: FindCoordinatorRequest): void {
  if (v <= 3) {
    (flex ? w.compactString(m.key!) : w.string(m.key!));
  } else if (!(m.key === "")) throw unsupportedField("FindCoordinatorRequest.Key", v);
  if (v >= 1) {
    w.int8(m.keyType);
  } else if (!(m.keyType === 0)) throw unsupportedField("FindCoordinatorRequest.KeyType", v);
  if (v >= 4) {
    (flex ? w.uvarint(m.coordinatorKeys!.length + 1) : w.int32(m.coordinatorKeys!.length));
    for (const x of m.coordinatorKeys!) (flex ? w.compactString(x!) : w.string(x!));
  } else if (!(m.coordinatorKeys.length === 0)) throw unsupportedField("FindCoordinatorRequest.CoordinatorKeys", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a FindCoordinatorRequest of version `v`; the caller checks the reader for failure. */
export function decodeFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  return readFindCoordinatorRequest(r, v, v >= 3);
}

/** Writes a FindCoordinatorRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeFindCoordinatorRequest(w: Writer, v: number, m: FindCoordinatorRequest): void {
  writeFindCoordinatorRequest(w, v, v >= 3, m);
}

export const FindCoordinatorRequestSchema: MessageSchema = {
  name: "FindCoordinatorRequest",
  kind: "request",
  apiKey: 10,
  validVersions: [0, 6],
  flexibleVersions: [3, 6],
  fields: [{"name":"Key","prop":"key","type":"string","versions":[0,3],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"KeyType","prop":"keyType","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"0"},{"name":"CoordinatorKeys","prop":"coordinatorKeys","type":"[]string","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
