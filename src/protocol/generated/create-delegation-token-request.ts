// Generated from CreateDelegationTokenRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. */
  ownerPrincipalType: string | null;
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. */
  ownerPrincipalName: string | null;
  /** A list of those who are allowed to renew this token before it expires. */
  renewers: CreateDelegationTokenRequestCreatableRenewers[];
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. */
  maxLifetimeMs: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateDelegationTokenRequest(): CreateDelegationTokenRequest {
  return { ownerPrincipalType: "", ownerPrincipalName: "", renewers: [], maxLifetimeMs: 0n };
}

function readCreateDelegationTokenRequest(r: Reader, v: number, flex: boolean): CreateDelegationTokenRequest {
  let ownerPrincipalType: string | null = "";
  let ownerPrincipalName: string | null = "";
  let renewers: CreateDelegationTokenRequestCreatableRenewers[] = [];
  let maxLifetimeMs: bigint = 0n;
  if (v >= 3) {
    ownerPrincipalType = (flex ? r.compactNullableString("CreateDelegationTokenRequest.OwnerPrincipalType") : r.nullableString("CreateDelegationTokenRequest.OwnerPrincipalType"));
  }
  if (v >= 3) {
    ownerPrincipalName = (flex ? r.compactNullableString("CreateDelegationTokenRequest.OwnerPrincipalName") : r.nullableString("CreateDelegationTokenRequest.OwnerPrincipalName"));
  }
  {
    const n = (flex ? r.compactArrayLength("CreateDelegationTokenRequest.Renewers") : r.arrayLength("CreateDelegationTokenRequest.Renewers"));
    const a: CreateDelegationTokenRequestCreatableRenewers[] = [];
    for (let i = 0; i < n; i++) a.push(readCreateDelegationTokenRequestCreatableRenewers(r, v, flex));
    renewers = a;
  }
  maxLifetimeMs = r.int64("CreateDelegationTokenRequest.MaxLifetimeMs");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreateDelegationTokenRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreateDelegationTokenRequest._tagged");
      const size = r.uvarint("CreateDelegationTokenRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreateDelegationTokenRequest._tagged", size) });
    }
  }
  const m: CreateDelegationTokenRequest = { ownerPrincipalType, ownerPrincipalName, renewers, maxLifetimeMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateDelegationTokenRequest(w: Writer, v: number, flex: boolean, m: CreateDelegationTokenRequest): void {
  if (v >= 3) {
    (flex ? w.compactNullableString(m.ownerPrincipalType) : w.nullableString(m.ownerPrincipalType));
  } else if (!(m.ownerPrincipalType === "")) throw unsupportedField("CreateDelegationTokenRequest.OwnerPrincipalType", v);
  if (v >= 3) {
    (flex ? w.compactNullableString(m.ownerPrincipalName) : w.nullableString(m.ownerPrincipalName));
  } else if (!(m.ownerPrincipalName === "")) throw unsupportedField("CreateDelegationTokenRequest.OwnerPrincipalName", v);
  (flex ? w.uvarint(m.renewers!.length + 1) : w.int32(m.renewers!.length));
  for (const x of m.renewers!) writeCreateDelegationTokenRequestCreatableRenewers(w, v, flex, x!);
  w.int64(m.maxLifetimeMs);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface CreateDelegationTokenRequestCreatableRenewers {
  /** The type of the Kafka principal. */
  principalType: string;
  /** The name of the Kafka principal. */
  principalName: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateDelegationTokenRequestCreatableRenewers(): CreateDelegationTokenRequestCreatableRenewers {
  return { principalType: "", principalName: "" };
}

function readCreateDelegationTokenRequestCreatableRenewers(r: Reader, v: number, flex: boolean): CreateDelegationTokenRequestCreatableRenewers {
  let principalType: string = "";
  let principalName: string = "";
  principalType = (flex ? r.compactString("CreatableRenewers.PrincipalType") : r.string("CreatableRenewers.PrincipalType"));
  principalName = (flex ? r.compactString("CreatableRenewers.PrincipalName") : r.string("CreatableRenewers.PrincipalName"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreatableRenewers._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreatableRenewers._tagged");
      const size = r.uvarint("CreatableRenewers._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreatableRenewers._tagged", size) });
    }
  }
  const m: CreateDelegationTokenRequestCreatableRenewers = { principalType, principalName };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateDelegationTokenRequestCreatableRenewers(w: Writer, v: number, flex: boolean, m: CreateDelegationTokenRequestCreatableRenewers): void {
  (flex ? w.compactString(m.principalType!) : w.string(m.principalType!));
  (flex ? w.compactString(m.principalName!) : w.string(m.principalName!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a CreateDelegationTokenRequest of version `v`; the caller checks the reader for failure. */
export function decodeCreateDelegationTokenRequest(r: Reader, v: number): CreateDelegationTokenRequest {
  return readCreateDelegationTokenRequest(r, v, v >= 2);
}

/** Writes a CreateDelegationTokenRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeCreateDelegationTokenRequest(w: Writer, v: number, m: CreateDelegationTokenRequest): void {
  writeCreateDelegationTokenRequest(w, v, v >= 2, m);
}

export const CreateDelegationTokenRequestSchema: MessageSchema = {
  name: "CreateDelegationTokenRequest",
  kind: "request",
  apiKey: 38,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"OwnerPrincipalType","prop":"ownerPrincipalType","type":"string","versions":[3,32767],"nullable":[3,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"OwnerPrincipalName","prop":"ownerPrincipalName","type":"string","versions":[3,32767],"nullable":[3,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Renewers","prop":"renewers","type":"[]CreatableRenewers","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PrincipalType","prop":"principalType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PrincipalName","prop":"principalName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"MaxLifetimeMs","prop":"maxLifetimeMs","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
