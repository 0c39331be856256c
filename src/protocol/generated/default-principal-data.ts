// Generated from DefaultPrincipalData.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DefaultPrincipalData {
  /** The principal type */
  type: string;
  /** The principal name */
  name: string;
  /** Whether the principal was authenticated by a delegation token on the forwarding broker. */
  tokenAuthenticated: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDefaultPrincipalData(): DefaultPrincipalData {
  return { type: "", name: "", tokenAuthenticated: false };
}

function readDefaultPrincipalData(r: Reader, v: number, flex: boolean): DefaultPrincipalData {
  let type: string = "";
  let name: string = "";
  let tokenAuthenticated: boolean = false;
  type = (flex ? r.compactString("DefaultPrincipalData.Type") : r.string("DefaultPrincipalData.Type"));
  name = (flex ? r.compactString("DefaultPrincipalData.Name") : r.string("DefaultPrincipalData.Name"));
  tokenAuthenticated = r.bool("DefaultPrincipalData.TokenAuthenticated");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DefaultPrincipalData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DefaultPrincipalData._tagged");
      const size = r.uvarint("DefaultPrincipalData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DefaultPrincipalData._tagged", size) });
    }
  }
  const m: DefaultPrincipalData = { type, name, tokenAuthenticated };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDefaultPrincipalData(w: Writer, v: number, flex: boolean, m: DefaultPrincipalData): void {
  (flex ? w.compactString(m.type!) : w.string(m.type!));
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  w.bool(m.tokenAuthenticated);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DefaultPrincipalData of version `v`; the caller checks the reader for failure. */
export function decodeDefaultPrincipalData(r: Reader, v: number): DefaultPrincipalData {
  return readDefaultPrincipalData(r, v, true);
}

/** Writes a DefaultPrincipalData of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDefaultPrincipalData(w: Writer, v: number, m: DefaultPrincipalData): void {
  writeDefaultPrincipalData(w, v, true, m);
}

export const DefaultPrincipalDataSchema: MessageSchema = {
  name: "DefaultPrincipalData",
  kind: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Type","prop":"type","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TokenAuthenticated","prop":"tokenAuthenticated","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
