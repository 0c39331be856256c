// Generated from DescribeUserScramCredentialsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. */
  users: DescribeUserScramCredentialsRequestUserName[] | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeUserScramCredentialsRequest(): DescribeUserScramCredentialsRequest {
  return { users: [] };
}

function readDescribeUserScramCredentialsRequest(r: Reader, v: number, flex: boolean): DescribeUserScramCredentialsRequest {
  let users: DescribeUserScramCredentialsRequestUserName[] | null = [];
  {
    const n = (flex ? r.compactNullableArrayLength("DescribeUserScramCredentialsRequest.Users") : r.nullableArrayLength("DescribeUserScramCredentialsRequest.Users"));
    if (n < 0) users = null;
    else {
      const a: DescribeUserScramCredentialsRequestUserName[] = [];
      for (let i = 0; i < n; i++) a.push(readDescribeUserScramCredentialsRequestUserName(r, v, flex));
      users = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeUserScramCredentialsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeUserScramCredentialsRequest._tagged");
      const size = r.uvarint("DescribeUserScramCredentialsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeUserScramCredentialsRequest._tagged", size) });
    }
  }
  const m: DescribeUserScramCredentialsRequest = { users };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeUserScramCredentialsRequest(w: Writer, v: number, flex: boolean, m: DescribeUserScramCredentialsRequest): void {
  if (m.users === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.users!.length + 1) : w.int32(m.users!.length));
    for (const x of m.users!) writeDescribeUserScramCredentialsRequestUserName(w, v, flex, x!);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeUserScramCredentialsRequestUserName {
  /** The user name. */
  name: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeUserScramCredentialsRequestUserName(): DescribeUserScramCredentialsRequestUserName {
  return { name: "" };
}

function readDescribeUserScramCredentialsRequestUserName(r: Reader, v: number, flex: boolean): DescribeUserScramCredentialsRequestUserName {
  let name: string = "";
  name = (flex ? r.compactString("UserName.Name") : r.string("UserName.Name"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UserName._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UserName._tagged");
      const size = r.uvarint("UserName._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UserName._tagged", size) });
    }
  }
  const m: DescribeUserScramCredentialsRequestUserName = { name };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeUserScramCredentialsRequestUserName(w: Writer, v: number, flex: boolean, m: DescribeUserScramCredentialsRequestUserName): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeUserScramCredentialsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeUserScramCredentialsRequest(r: Reader, v: number): DescribeUserScramCredentialsRequest {
  return readDescribeUserScramCredentialsRequest(r, v, true);
}

/** Writes a DescribeUserScramCredentialsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeUserScramCredentialsRequest(w: Writer, v: number, m: DescribeUserScramCredentialsRequest): void {
  writeDescribeUserScramCredentialsRequest(w, v, true, m);
}

export const DescribeUserScramCredentialsRequestSchema: MessageSchema = {
  name: "DescribeUserScramCredentialsRequest",
  kind: "request",
  apiKey: 50,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Users","prop":"users","type":"[]UserName","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
