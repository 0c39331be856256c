// Generated from CreateDelegationTokenResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. */
  errorCode: number;
  /** The principal type of the token owner. */
  principalType: string;
  /** The name of the token owner. */
  principalName: string;
  /** The principal type of the requester of the token. */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. */
  tokenRequesterPrincipalName: string;
  /** When this token was generated. */
  issueTimestampMs: bigint;
  /** When this token expires. */
  expiryTimestampMs: bigint;
  /** The maximum lifetime of this token. */
  maxTimestampMs: bigint;
  /** The token UUID. */
  tokenId: string;
  /** HMAC of the delegation token. */
  hmac: Uint8Array;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultCreateDelegationTokenResponse(): CreateDelegationTokenResponse {
  return { errorCode: 0, principalType: "", principalName: "", tokenRequesterPrincipalType: "", tokenRequesterPrincipalName: "", issueTimestampMs: 0n, expiryTimestampMs: 0n, maxTimestampMs: 0n, tokenId: "", hmac: new Uint8Array(0), throttleTimeMs: 0 };
}

function readCreateDelegationTokenResponse(r: Reader, v: number, flex: boolean): CreateDelegationTokenResponse {
  let errorCode: number = 0;
  let principalType: string = "";
  let principalName: string = "";
  let tokenRequesterPrincipalType: string = "";
  let tokenRequesterPrincipalName: string = "";
  let issueTimestampMs: bigint = 0n;
  let expiryTimestampMs: bigint = 0n;
  let maxTimestampMs: bigint = 0n;
  let tokenId: string = "";
  let hmac: Uint8Array = new Uint8Array(0);
  let throttleTimeMs: number = 0;
  errorCode = r.int16("CreateDelegationTokenResponse.ErrorCode");
  principalType = (flex ? r.compactString("CreateDelegationTokenResponse.PrincipalType") : r.string("CreateDelegationTokenResponse.PrincipalType"));
  principalName = (flex ? r.compactString("CreateDelegationTokenResponse.PrincipalName") : r.string("CreateDelegationTokenResponse.PrincipalName"));
  if (v >= 3) {
    tokenRequesterPrincipalType = (flex ? r.compactString("CreateDelegationTokenResponse.TokenRequesterPrincipalType") : r.string("CreateDelegationTokenResponse.TokenRequesterPrincipalType"));
  }
  if (v >= 3) {
    tokenRequesterPrincipalName = (flex ? r.compactString("CreateDelegationTokenResponse.TokenRequesterPrincipalName") : r.string("CreateDelegationTokenResponse.TokenRequesterPrincipalName"));
  }
  issueTimestampMs = r.int64("CreateDelegationTokenResponse.IssueTimestampMs");
  expiryTimestampMs = r.int64("CreateDelegationTokenResponse.ExpiryTimestampMs");
  maxTimestampMs = r.int64("CreateDelegationTokenResponse.MaxTimestampMs");
  tokenId = (flex ? r.compactString("CreateDelegationTokenResponse.TokenId") : r.string("CreateDelegationTokenResponse.TokenId"));
  hmac = (flex ? r.compactBytes("CreateDelegationTokenResponse.Hmac") : r.bytes("CreateDelegationTokenResponse.Hmac"));
  throttleTimeMs = r.int32("CreateDelegationTokenResponse.ThrottleTimeMs");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CreateDelegationTokenResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CreateDelegationTokenResponse._tagged");
      const size = r.uvarint("CreateDelegationTokenResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CreateDelegationTokenResponse._tagged", size) });
    }
  }
  const m: CreateDelegationTokenResponse = { errorCode, principalType, principalName, tokenRequesterPrincipalType, tokenRequesterPrincipalName, issueTimestampMs, expiryTimestampMs, maxTimestampMs, tokenId, hmac, throttleTimeMs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeCreateDelegationTokenResponse(w: Writer, v: number, flex: boolean, m: CreateDelegationTokenResponse): void {
  w.int16(m.errorCode);
  (flex ? w.compactString(m.principalType!) : w.string(m.principalType!));
  (flex ? w.compactString(m.principalName!) : w.string(m.principalName!));
  if (v >= 3) {
    (flex ? w.compactString(m.tokenRequesterPrincipalType!) : w.string(m.tokenRequesterPrincipalType!));
  } else if (!(m.tokenRequesterPrincipalType === "")) throw unsupportedField("CreateDelegationTokenResponse.TokenRequesterPrincipalType", v);
  if (v >= 3) {
    (flex ? w.compactString(m.tokenRequesterPrincipalName!) : w.string(m.tokenRequesterPrincipalName!));
  } else if (!(m.tokenRequesterPrincipalName === "")) throw unsupportedField("CreateDelegationTokenResponse.TokenRequesterPrincipalName", v);
  w.int64(m.issueTimestampMs);
  w.int64(m.expiryTimestampMs);
  w.int64(m.maxTimestampMs);
  (flex ? w.compactString(m.tokenId!) : w.string(m.tokenId!));
  (flex ? w.compactBytes(m.hmac!) : w.bytes(m.hmac!));
  w.int32(m.throttleTimeMs);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a CreateDelegationTokenResponse of version `v`; the caller checks the reader for failure. */
export function decodeCreateDelegationTokenResponse(r: Reader, v: number): CreateDelegationTokenResponse {
  return readCreateDelegationTokenResponse(r, v, v >= 2);
}

/** Writes a CreateDelegationTokenResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeCreateDelegationTokenResponse(w: Writer, v: number, m: CreateDelegationTokenResponse): void {
  writeCreateDelegationTokenResponse(w, v, v >= 2, m);
}

export const CreateDelegationTokenResponseSchema: MessageSchema = {
  name: "CreateDelegationTokenResponse",
  kind: "response",
  apiKey: 38,
  validVersions: [0, 3],
  flexibleVersions: [2, 3],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PrincipalType","prop":"principalType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PrincipalName","prop":"principalName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TokenRequesterPrincipalType","prop":"tokenRequesterPrincipalType","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TokenRequesterPrincipalName","prop":"tokenRequesterPrincipalName","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IssueTimestampMs","prop":"issueTimestampMs","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ExpiryTimestampMs","prop":"expiryTimestampMs","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxTimestampMs","prop":"maxTimestampMs","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TokenId","prop":"tokenId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Hmac","prop":"hmac","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
