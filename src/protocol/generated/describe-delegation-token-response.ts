// Generated from DescribeDelegationTokenResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The tokens. */
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeDelegationTokenResponse(): DescribeDelegationTokenResponse {
  return { errorCode: 0, tokens: [], throttleTimeMs: 0 };
}

function readDescribeDelegationTokenResponse(r: Reader, v: number, flex: boolean): DescribeDelegationTokenResponse {
  let errorCode: number = 0;
  let tokens: DescribeDelegationTokenResponseDescribedDelegationToken[] = [];
  let throttleTimeMs: number = 0;
  errorCode = r.int16("DescribeDelegationTokenResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("DescribeDelegationTokenResponse.Tokens") : r.arrayLength("DescribeDelegationTokenResponse.Tokens"));
    const a: DescribeDelegationTokenResponseDescribedDelegationToken[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeDelegationTokenResponseDescribedDelegationToken(r, v, flex));
    tokens = a;
  }
  throttleTimeMs = r.int32("DescribeDelegationTokenResponse.ThrottleTimeMs");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeDelegationTokenResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeDelegationTokenResponse._tagged");
      const size = r.uvarint("DescribeDelegationTokenResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeDelegationTokenResponse._tagged", size) });
    }
  }
  const m: DescribeDelegationTokenResponse = { errorCode, tokens, throttleTimeMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeDelegationTokenResponse(w: Writer, v: number, flex: boolean, m: DescribeDelegationTokenResponse): void {
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.tokens!.length + 1) : w.int32(m.tokens!.length));
  for (const x of m.tokens!) writeDescribeDelegationTokenResponseDescribedDelegationToken(w, v, flex, x!);
  w.int32(m.throttleTimeMs);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /** The token principal type. */
  principalType: string;
  /** The token principal name. */
  principalName: string;
  /** The principal type of the requester of the token. */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. */
  tokenRequesterPrincipalName: string;
  /** The token issue timestamp in milliseconds. */
  issueTimestamp: bigint;
  /** The token expiry timestamp in milliseconds. */
  expiryTimestamp: bigint;
  /** The token maximum timestamp length in milliseconds. */
  maxTimestamp: bigint;
  /** The token ID. */
  tokenId: string;
  /** The token HMAC. */
  hmac: Uint8Array;
  /** Those who are able to renew this token before it expires. */
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeDelegationTokenResponseDescribedDelegationToken(): DescribeDelegationTokenResponseDescribedDelegationToken {
  return { principalType: "", principalName: "", tokenRequesterPrincipalType: "", tokenRequesterPrincipalName: "", issueTimestamp: 0n, expiryTimestamp: 0n, maxTimestamp: 0n, tokenId: "", hmac: new Uint8Array(0), renewers: [] };
}

function readDescribeDelegationTokenResponseDescribedDelegationToken(r: Reader, v: number, flex: boolean): DescribeDelegationTokenResponseDescribedDelegationToken {
  let principalType: string = "";
  let principalName: string = "";
  let tokenRequesterPrincipalType: string = "";
  let tokenRequesterPrincipalName: string = "";
  let issueTimestamp: bigint = 0n;
  let expiryTimestamp: bigint = 0n;
  let maxTimestamp: bigint = 0n;
  let tokenId: string = "";
  let hmac: Uint8Array = new Uint8Array(0);
  let renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = [];
  principalType = (flex ? r.compactString("DescribedDelegationToken.PrincipalType") : r.string("DescribedDelegationToken.PrincipalType"));
  principalName = (flex ? r.compactString("DescribedDelegationToken.PrincipalName") : r.string("DescribedDelegationToken.PrincipalName"));
  if (v >= 3) {
    tokenRequesterPrincipalType = (flex ? r.compactString("DescribedDelegationToken.TokenRequesterPrincipalType") : r.string("DescribedDelegationToken.TokenRequesterPrincipalType"));
  }
  if (v >= 3) {
    tokenRequesterPrincipalName = (flex ? r.compactString("DescribedDelegationToken.TokenRequesterPrincipalName") : r.string("DescribedDelegationToken.TokenRequesterPrincipalName"));
  }
  issueTimestamp = r.int64("DescribedDelegationToken.IssueTimestamp");
  expiryTimestamp = r.int64("DescribedDelegationToken.ExpiryTimestamp");
  maxTimestamp = r.int64("DescribedDelegationToken.MaxTimestamp");
  tokenId = (flex ? r.compactString("DescribedDelegationToken.TokenId") : r.string("DescribedDelegationToken.TokenId"));
  hmac = (flex ? r.compactBytes("DescribedDelegationToken.Hmac") : r.bytes("DescribedDelegationToken.Hmac"));
  {
    const n = (flex ? r.compactArrayLength("DescribedDelegationToken.Renewers") : r.arrayLength("DescribedDelegationToken.Renewers"));
    const a: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r, v, flex));
    renewers = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribedDelegationToken._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribedDelegationToken._tagged");
      const size = r.uvarint("DescribedDelegationToken._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribedDelegationToken._tagged", size) });
    }
  }
  const m: DescribeDelegationTokenResponseDescribedDelegationToken = { principalType, principalName, tokenRequesterPrincipalType, tokenRequesterPrincipalName, issueTimestamp, expiryTimestamp, maxTimestamp, tokenId, hmac, renewers };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeDelegationTokenResponseDescribedDelegationToken(w: Writer, v: number, flex: boolean, m: DescribeDelegationTokenResponseDescribedDelegationToken): void {
  (flex ? w.compactString(m.principalType!) : w.string(m.principalType!));
  (flex ? w.compactString(m.principalName!) : w.string(m.principalName!));
  if (v >= 3) {
    (flex ? w.compactString(m.tokenRequesterPrincipalType!) : w.string(m.tokenRequesterPrincipalType!));
  } else if (!(m.tokenRequesterPrincipalType === "")) throw unsupportedField("DescribedDelegationToken.TokenRequesterPrincipalType", v);
  if (v >= 3) {
    (flex ? w.compactString(m.tokenRequesterPrincipalName!) : w.string(m.tokenRequesterPrincipalName!));
  } else if (!(m.tokenRequesterPrincipalName === "")) throw unsupportedField("DescribedDelegationToken.TokenRequesterPrincipalName", v);
  w.int64(m.issueTimestamp);
  w.int64(m.expiryTimestamp);
  w.int64(m.maxTimestamp);
  (flex ? w.compactString(m.tokenId!) : w.string(m.tokenId!));
  (flex ? w.compactBytes(m.hmac!) : w.bytes(m.hmac!));
  (flex ? w.uvarint(m.renewers!.length + 1) : w.int32(m.renewers!.length));
  for (const x of m.renewers!) writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /** The renewer principal type */
  principalType: string;
  /** The renewer principal name */
  principalName: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  return { principalType: "", principalName: "" };
}

function readDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r: Reader, v: number, flex: boolean): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  let principalType: string = "";
  let principalName: string = "";
  principalType = (flex ? r.compactString("DescribedDelegationTokenRenewer.PrincipalType") : r.string("DescribedDelegationTokenRenewer.PrincipalType"));
  principalName = (flex ? r.compactString("DescribedDelegationTokenRenewer.PrincipalName") : r.string("DescribedDelegationTokenRenewer.PrincipalName"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribedDelegationTokenRenewer._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribedDelegationTokenRenewer._tagged");
      const size = r.uvarint("DescribedDelegationTokenRenewer._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribedDelegationTokenRenewer._tagged", size) });
    }
  }
  const m: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer = { principalType, principalName };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w: Writer, v: number, flex: boolean, m: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer): void {
  (flex ? w.compactString(m.principalType!) : w.string(m.principalType!));
  (flex ? w.compactString(m.principalName!) : w.string(m.principalName!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeDelegationTokenResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeDelegationTokenResponse(r: Reader, v: number): DescribeDelegationTokenResponse {
  return readDescribeDelegationTokenResponse(r, v, v >= 2);
}

/** Writes a DescribeDelegationTokenResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeDelegationTokenResponse(w: Writer, v: number, m: DescribeDelegationTokenResponse): void {
  writeDescribeDelegationTokenResponse(w, v, v >= 2, m);
}

export const DescribeDelegationTokenResponseSchema: MessageSchema = {
  name: "DescribeDelegationTokenResponse",
  kind: "response",
  apiKey: 41,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Tokens","prop":"tokens","type":"[]DescribedDelegationToken","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PrincipalType","prop":"principalType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PrincipalName","prop":"principalName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TokenRequesterPrincipalType","prop":"tokenRequesterPrincipalType","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TokenRequesterPrincipalName","prop":"tokenRequesterPrincipalName","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IssueTimestamp","prop":"issueTimestamp","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ExpiryTimestamp","prop":"expiryTimestamp","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxTimestamp","prop":"maxTimestamp","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TokenId","prop":"tokenId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Hmac","prop":"hmac","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Renewers","prop":"renewers","type":"[]DescribedDelegationTokenRenewer","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PrincipalType","prop":"principalType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PrincipalName","prop":"principalName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
