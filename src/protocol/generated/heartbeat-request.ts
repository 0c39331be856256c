// Generated from HeartbeatRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface HeartbeatRequest {
  /** The group id. */
  groupId: string;
  /** The generation of the group. */
  generationId: number;
  /** The member ID. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. */
  groupInstanceId: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultHeartbeatRequest(): HeartbeatRequest {
  return { groupId: "", generationId: 0, memberId: "", groupInstanceId: null };
}

function readHeartbeatRequest(r: Reader, v: number, flex: boolean): HeartbeatRequest {
  let groupId: string = "";
  let generationId: number = 0;
  let memberId: string = "";
  let groupInstanceId: string | null = null;
  groupId = (flex ? r.compactString("HeartbeatRequest.GroupId") : r.string("HeartbeatRequest.GroupId"));
  generationId = r.int32("HeartbeatRequest.GenerationId");
  memberId = (flex ? r.compactString("HeartbeatRequest.MemberId") : r.string("HeartbeatRequest.MemberId"));
  if (v >= 3) {
    groupInstanceId = (flex ? r.compactNullableString("HeartbeatRequest.GroupInstanceId") : r.nullableString("HeartbeatRequest.GroupInstanceId"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("HeartbeatRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("HeartbeatRequest._tagged");
      const size = r.uvarint("HeartbeatRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("HeartbeatRequest._tagged", size) });
    }
  }
  const m: HeartbeatRequest = { groupId, generationId, memberId, groupInstanceId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeHeartbeatRequest(w: Writer, v: number, flex: boolean, m: HeartbeatRequest): void {
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  w.int32(m.generationId);
  (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  if (v >= 3) {
    (flex ? w.compactNullableString(m.groupInstanceId) : w.nullableString(m.groupInstanceId));
  } else if (!(m.groupInstanceId === null)) throw unsupportedField("HeartbeatRequest.GroupInstanceId", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a HeartbeatRequest of version `v`; the caller checks the reader for failure. */
export function decodeHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  return readHeartbeatRequest(r, v, v >= 4);
}

/** Writes a HeartbeatRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeHeartbeatRequest(w: Writer, v: number, m: HeartbeatRequest): void {
  writeHeartbeatRequest(w, v, v >= 4, m);
}

export const HeartbeatRequestSchema: MessageSchema = {
  name: "HeartbeatRequest",
  kind: "request",
  apiKey: 12,
  validVersions: [0, 4],
  flexibleVersions: [4, 4],
  fields: [{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GenerationId","prop":"generationId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupInstanceId","prop":"groupInstanceId","type":"string","versions":[3,32767],"nullable":[3,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}],
};
