// Generated from LeaderChangeMessage.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface LeaderChangeMessage {
  /** The version of the leader change message */
  version: number;
  /** The ID of the newly elected leader */
  leaderId: number;
  /** The set of voters in the quorum for this epoch */
  voters: LeaderChangeMessageVoter[];
  /** The voters who voted for the leader at the time of election */
  grantingVoters: LeaderChangeMessageVoter[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderChangeMessage(): LeaderChangeMessage {
  return { version: 0, leaderId: 0, voters: [], grantingVoters: [] };
}

function readLeaderChangeMessage(r: Reader, v: number, flex: boolean): LeaderChangeMessage {
  let version: number = 0;
  let leaderId: number = 0;
  let voters: LeaderChangeMessageVoter[] = [];
  let grantingVoters: LeaderChangeMessageVoter[] = [];
  version = r.int16("LeaderChangeMessage.Version");
  leaderId = r.int32("LeaderChangeMessage.LeaderId");
  {
    const n = (flex ? r.compactArrayLength("LeaderChangeMessage.Voters") : r.arrayLength("LeaderChangeMessage.Voters"));
    const a: LeaderChangeMessageVoter[] = [];
    for (let i = 0; i < n; i++) a.push(readLeaderChangeMessageVoter(r, v, flex));
    voters = a;
  }
  {
    const n = (flex ? r.compactArrayLength("LeaderChangeMessage.GrantingVoters") : r.arrayLength("LeaderChangeMessage.GrantingVoters"));
    const a: LeaderChangeMessageVoter[] = [];
    for (let i = 0; i < n; i++) a.push(readLeaderChangeMessageVoter(r, v, flex));
    grantingVoters = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderChangeMessage._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderChangeMessage._tagged");
      const size = r.uvarint("LeaderChangeMessage._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderChangeMessage._tagged", size) });
    }
  }
  const m: LeaderChangeMessage = { version, leaderId, voters, grantingVoters };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaderChangeMessage(w: Writer, v: number, flex: boolean, m: LeaderChangeMessage): void {
  w.int16(m.version);
  w.int32(m.leaderId);
  (flex ? w.uvarint(m.voters!.length + 1) : w.int32(m.voters!.length));
  for (const x of m.voters!) writeLeaderChangeMessageVoter(w, v, flex, x!);
  (flex ? w.uvarint(m.grantingVoters!.length + 1) : w.int32(m.grantingVoters!.length));
  for (const x of m.grantingVoters!) writeLeaderChangeMessageVoter(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface LeaderChangeMessageVoter {
  voterId: number;
  /** The directory id of the voter */
  voterDirectoryId: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderChangeMessageVoter(): LeaderChangeMessageVoter {
  return { voterId: 0, voterDirectoryId: ZERO_UUID };
}

function readLeaderChangeMessageVoter(r: Reader, v: number, flex: boolean): LeaderChangeMessageVoter {
  let voterId: number = 0;
  let voterDirectoryId: string = ZERO_UUID;
  voterId = r.int32("Voter.VoterId");
  if (v >= 1) {
    voterDirectoryId = r.uuid("Voter.VoterDirectoryId");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Voter._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Voter._tagged");
      const size = r.uvarint("Voter._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Voter._tagged", size) });
    }
  }
  const m: LeaderChangeMessageVoter = { voterId, voterDirectoryId };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaderChangeMessageVoter(w: Writer, v: number, flex: boolean, m: LeaderChangeMessageVoter): void {
  w.int32(m.voterId);
  if (v >= 1) {
    w.uuid(m.voterDirectoryId);
  } else if (!(m.voterDirectoryId === ZERO_UUID)) throw unsupportedField("Voter.VoterDirectoryId", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a LeaderChangeMessage of version `v`; the caller checks the reader for failure. */
export function decodeLeaderChangeMessage(r: Reader, v: number): LeaderChangeMessage {
  return readLeaderChangeMessage(r, v, true);
}

/** Writes a LeaderChangeMessage of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeLeaderChangeMessage(w: Writer, v: number, m: LeaderChangeMessage): void {
  writeLeaderChangeMessage(w, v, true, m);
}

export const LeaderChangeMessageSchema: MessageSchema = {
  name: "LeaderChangeMessage",
  kind: "data",
  apiKey: null,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"Version","prop":"version","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Voters","prop":"voters","type":"[]Voter","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"VoterId","prop":"voterId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoterDirectoryId","prop":"voterDirectoryId","type":"uuid","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"GrantingVoters","prop":"grantingVoters","type":"[]Voter","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"VoterId","prop":"voterId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoterDirectoryId","prop":"voterDirectoryId","type":"uuid","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
