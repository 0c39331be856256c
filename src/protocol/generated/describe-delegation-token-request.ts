// Generated from DescribeDelegationTokenRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. */
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeDelegationTokenRequest(): DescribeDelegationTokenRequest {
  return { owners: [] };
}

function readDescribeDelegationTokenRequest(r: Reader, v: number, flex: boolean): DescribeDelegationTokenRequest {
  let owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null = [];
  {
    const n = (flex ? r.compactNullableArrayLength("DescribeDelegationTokenRequest.Owners") : r.nullableArrayLength("DescribeDelegationTokenRequest.Owners"));
    if (n < 0) owners = null;
    else {
      const a: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] = [];
      for (let i = 0; i < n; i++) a.push(readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r, v, flex));
      owners = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeDelegationTokenRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeDelegationTokenRequest._tagged");
      const size = r.uvarint("DescribeDelegationTokenRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeDelegationTokenRequest._tagged", size) });
    }
  }
  const m: DescribeDelegationTokenRequest = { owners };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeDelegationTokenRequest(w: Writer, v: number, flex: boolean, m: DescribeDelegationTokenRequest): void {
  if (m.owners === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.owners!.length + 1) : w.int32(m.owners!.length));
    for (const x of m.owners!) writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w, v, flex, x!);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /** The owner principal type. */
  principalType: string;
  /** The owner principal name. */
  principalName: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeDelegationTokenRequestDescribeDelegationTokenOwner(): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  return { principalType: "", principalName: "" };
}

function readDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r: Reader, v: number, flex: boolean): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  let principalType: string = "";
  let principalName: string = "";
  principalType = (flex ? r.compactString("DescribeDelegationTokenOwner.PrincipalType") : r.string("DescribeDelegationTokenOwner.PrincipalType"));
  principalName = (flex ? r.compactString("DescribeDelegationTokenOwner.PrincipalName") : r.string("DescribeDelegationTokenOwner.PrincipalName"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeDelegationTokenOwner._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeDelegationTokenOwner._tagged");
      const size = r.uvarint("DescribeDelegationTokenOwner._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeDelegationTokenOwner._tagged", size) });
    }
  }
  const m: DescribeDelegationTokenRequestDescribeDelegationTokenOwner = { principalType, principalName };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w: Writer, v: number, flex: boolean, m: DescribeDelegationTokenRequestDescribeDelegationTokenOwner): void {
  (flex ? w.compactString(m.principalType!) : w.string(m.principalType!));
  (flex ? w.compactString(m.principalName!) : w.string(m.principalName!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeDelegationTokenRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeDelegationTokenRequest(r: Reader, v: number): DescribeDelegationTokenRequest {
  return readDescribeDelegationTokenRequest(r, v, v >= 2);
}

/** Writes a DescribeDelegationTokenRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeDelegationTokenRequest(w: Writer, v: number, m: DescribeDelegationTokenRequest): void {
  writeDescribeDelegationTokenRequest(w, v, v >= 2, m);
}

export const DescribeDelegationTokenRequestSchema: MessageSchema = {
  name: "DescribeDelegationTokenRequest",
  kind: "request",
  apiKey: 41,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"Owners","prop":"owners","type":"[]DescribeDelegationTokenOwner","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PrincipalType","prop":"principalType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PrincipalName","prop":"principalName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
