// Generated from RemoveRaftVoterRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface RemoveRaftVoterRequest {
  clusterId: string | null;
  /** The replica id of the voter getting removed from the topic partition */
  voterId: number;
  /** The directory id of the voter getting removed from the topic partition */
  voterDirectoryId: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultRemoveRaftVoterRequest(): RemoveRaftVoterRequest {
  return { clusterId: "", voterId: 0, voterDirectoryId: ZERO_UUID };
}

function readRemoveRaftVoterRequest(r: Reader, v: number, flex: boolean): RemoveRaftVoterRequest {
  let clusterId: string | null = "";
  let voterId: number = 0;
  let voterDirectoryId: string = ZERO_UUID;
  clusterId = (flex ? r.compactNullableString("RemoveRaftVoterRequest.ClusterId") : r.nullableString("RemoveRaftVoterRequest.ClusterId"));
  voterId = r.int32("RemoveRaftVoterRequest.VoterId");
  voterDirectoryId = r.uuid("RemoveRaftVoterRequest.VoterDirectoryId");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("RemoveRaftVoterRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("RemoveRaftVoterRequest._tagged");
      const size = r.uvarint("RemoveRaftVoterRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("RemoveRaftVoterRequest._tagged", size) });
    }
  }
  const m: RemoveRaftVoterRequest = { clusterId, voterId, voterDirectoryId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeRemoveRaftVoterRequest(w: Writer, v: number, flex: boolean, m: RemoveRaftVoterRequest): void {
  (flex ? w.compactNullableString(m.clusterId) : w.nullableString(m.clusterId));
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a RemoveRaftVoterRequest of version `v`; the caller checks the reader for failure. */
export function decodeRemoveRaftVoterRequest(r: Reader, v: number): RemoveRaftVoterRequest {
  return readRemoveRaftVoterRequest(r, v, true);
}

/** Writes a RemoveRaftVoterRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeRemoveRaftVoterRequest(w: Writer, v: number, m: RemoveRaftVoterRequest): void {
  writeRemoveRaftVoterRequest(w, v, true, m);
}

export const RemoveRaftVoterRequestSchema: MessageSchema = {
  name: "RemoveRaftVoterRequest",
  kind: "request",
  apiKey: 81,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ClusterId","prop":"clusterId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoterId","prop":"voterId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoterDirectoryId","prop":"voterDirectoryId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
