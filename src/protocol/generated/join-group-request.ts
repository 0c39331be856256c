// Generated from JoinGroupRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface JoinGroupRequest {
  /** The group identifier. */
  groupId: string;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. */
  sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. */
  rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. */
  protocolType: string;
  /** The list of protocols that the member supports. */
  protocols: JoinGroupRequestJoinGroupRequestProtocol[];
  /** The reason why the member (re-)joins the group. */
  reason: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultJoinGroupRequest(): JoinGroupRequest {
  return { groupId: "", sessionTimeoutMs: 0, rebalanceTimeoutMs: -1, memberId: "", groupInstanceId: null, protocolType: "", protocols: [], reason: null };
}

function readJoinGroupRequest(r: Reader, v: number, flex: boolean): JoinGroupRequest {
  let groupId: string = "";
  let sessionTimeoutMs: number = 0;
  let rebalanceTimeoutMs: number = -1;
  let memberId: string = "";
  let groupInstanceId: string | null = null;
  let protocolType: string = "";
  let protocols: JoinGroupRequestJoinGroupRequestProtocol[] = [];
  let reason: string | null = null;
  groupId = (flex ? r.compactString("JoinGroupRequest.GroupId") : r.string("JoinGroupRequest.GroupId"));
  sessionTimeoutMs = r.int32("JoinGroupRequest.SessionTimeoutMs");
  if (v >= 1) {
    rebalanceTimeoutMs = r.int32("JoinGroupRequest.RebalanceTimeoutMs");
  }
  memberId = (flex ? r.compactString("JoinGroupRequest.MemberId") : r.string("JoinGroupRequest.MemberId"));
  if (v >= 5) {
    groupInstanceId = (flex ? r.compactNullableString("JoinGroupRequest.GroupInstanceId") : r.nullableString("JoinGroupRequest.GroupInstanceId"));
  }
  protocolType = (flex ? r.compactString("JoinGroupRequest.ProtocolType") : r.string("JoinGroupRequest.ProtocolType"));
  {
    const n = (flex ? r.compactArrayLength("JoinGroupRequest.Protocols") : r.arrayLength("JoinGroupRequest.Protocols"));
    const a: JoinGroupRequestJoinGroupRequestProtocol[] = [];
    for (let i = 0; i < n; i++) a.push(readJoinGroupRequestJoinGroupRequestProtocol(r, v, flex));
    protocols = a;
  }
  if (v >= 8) {
    reason = (flex ? r.compactNullableString("JoinGroupRequest.Reason") : r.nullableString("JoinGroupRequest.Reason"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("JoinGroupRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("JoinGroupRequest._tagged");
      const size = r.uvarint("JoinGroupRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("JoinGroupRequest._tagged", size) });
    }
  }
  const m: JoinGroupRequest = { groupId, sessionTimeoutMs, rebalanceTimeoutMs, memberId, groupInstanceId, protocolType, protocols, reason };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeJoinGroupRequest(w: Writer, v: number, flex: boolean, m: JoinGroupRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  w.int32(m.sessionTimeoutMs);
  if (v >= 1) {
    w.int32(m.rebalanceTimeoutMs);
  }
  (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  if (v >= 5) {
    (flex ? w.compactNullableString(m.groupInstanceId) : w.nullableString(m.groupInstanceId));
  } else if (!(m.groupInstanceId === null)) throw unsupportedField("JoinGroupRequest.GroupInstanceId", v);
  (flex ? w.compactString(m.protocolType!) : w.string(m.protocolType!));
  (flex ? w.uvarint(m.protocols!.length + 1) : w.int32(m.protocols!.length));
  for (const x of m.protocols!) writeJoinGroupRequestJoinGroupRequestProtocol(w, v, flex, x!);
  if (v >= 8) {
    (flex ? w.compactNullableString(m.reason) : w.nullableString(m.reason));
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface JoinGroupRequestJoinGroupRequestProtocol {
  /** The protocol name. */
  name: string;
  /** The protocol metadata. */
  metadata: Uint8Array;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultJoinGroupRequestJoinGroupRequestProtocol(): JoinGroupRequestJoinGroupRequestProtocol {
  return { name: "", metadata: new Uint8Array(0) };
}

function readJoinGroupRequestJoinGroupRequestProtocol(r: Reader, v: number, flex: boolean): JoinGroupRequestJoinGroupRequestProtocol {
  let name: string = "";
  let metadata: Uint8Array = new Uint8Array(0);
  name = (flex ? r.compactString("JoinGroupRequestProtocol.Name") : r.string("JoinGroupRequestProtocol.Name"));
  metadata = (flex ? r.compactBytes("JoinGroupRequestProtocol.Metadata") : r.bytes("JoinGroupRequestProtocol.Metadata"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("JoinGroupRequestProtocol._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("JoinGroupRequestProtocol._tagged");
      const size = r.uvarint("JoinGroupRequestProtocol._tagged");
      (unknown ??= []).push({ tag, data: r.raw("JoinGroupRequestProtocol._tagged", size) });
    }
  }
  const m: JoinGroupRequestJoinGroupRequestProtocol = { name, metadata };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeJoinGroupRequestJoinGroupRequestProtocol(w: Writer, v: number, flex: boolean, m: JoinGroupRequestJoinGroupRequestProtocol): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.compactBytes(m.metadata!) : w.bytes(m.metadata!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a JoinGroupRequest of version `v`; the caller checks the reader for failure. */
export function decodeJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  return readJoinGroupRequest(r, v, v >= 6);
}

/** Writes a JoinGroupRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeJoinGroupRequest(w: Writer, v: number, m: JoinGroupRequest): void {
  writeJoinGroupRequest(w, v, v >= 6, m);
}

export const JoinGroupRequestSchema: MessageSchema = {
  name: "JoinGroupRequest",
  kind: "request",
  apiKey: 11,
  validVersions: [0, 9],
  flexibleVersions: [6, 9],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SessionTimeoutMs","prop":"sessionTimeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"RebalanceTimeoutMs","prop":"rebalanceTimeoutMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"},{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupInstanceId","prop":"groupInstanceId","type":"string","versions":[5,32767],"nullable":[5,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"ProtocolType","prop":"protocolType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Protocols","prop":"protocols","type":"[]JoinGroupRequestProtocol","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Metadata","prop":"metadata","type":"bytes","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Reason","prop":"reason","type":"string","versions":[8,32767],"nullable":[8,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"null"}],
};
