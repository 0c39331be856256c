// Generated from VotersRecord.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface VotersRecord {
  /** The version of the voters record */
  version: number;
  voters: VotersRecordVoter[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVotersRecord(): VotersRecord {
  return { version: 0, voters: [] };
}

function readVotersRecord(r: Reader, v: number, flex: boolean): VotersRecord {
  let version: number = 0;
  let voters: VotersRecordVoter[] = [];
  version = r.int16("VotersRecord.Version");
  {
    const n = (flex ? r.compactArrayLength("VotersRecord.Voters") : r.arrayLength("VotersRecord.Voters"));
    const a: VotersRecordVoter[] = [];
    for (let i = 0; i < n; i++) a.push(readVotersRecordVoter(r, v, flex));
    voters = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("VotersRecord._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("VotersRecord._tagged");
      const size = r.uvarint("VotersRecord._tagged");
      (unknown ??= []).push({ tag, data: r.raw("VotersRecord._tagged", size) });
    }
  }
  const m: VotersRecord = { version, voters };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVotersRecord(w: Writer, v: number, flex: boolean, m: VotersRecord): void {
  w.int16(m.version);
  (flex ? w.uvarint(m.voters!.length + 1) : w.int32(m.voters!.length));
  for (const x of m.voters!) writeVotersRecordVoter(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface VotersRecordVoter {
  /** The replica id of the voter in the topic partition */
  voterId: number;
  /** The directory id of the voter in the topic partition */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the voter */
  endpoints: VotersRecordEndpoint[];
  /** The range of versions of the protocol that the replica supports */
  kRaftVersionFeature: VotersRecordKRaftVersionFeature;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVotersRecordVoter(): VotersRecordVoter {
  return { voterId: 0, voterDirectoryId: ZERO_UUID, endpoints: [], kRaftVersionFeature: defaultVotersRecordKRaftVersionFeature() };
}

function readVotersRecordVoter(r: Reader, v: number, flex: boolean): VotersRecordVoter {
  let voterId: number = 0;
  let voterDirectoryId: string = ZERO_UUID;
  let endpoints: VotersRecordEndpoint[] = [];
  let kRaftVersionFeature: VotersRecordKRaftVersionFeature = defaultVotersRecordKRaftVersionFeature();
  voterId = r.int32("Voter.VoterId");
  voterDirectoryId = r.uuid("Voter.VoterDirectoryId");
  {
    const n = (flex ? r.compactArrayLength("Voter.Endpoints") : r.arrayLength("Voter.Endpoints"));
    const a: VotersRecordEndpoint[] = [];
    for (let i = 0; i < n; i++) a.push(readVotersRecordEndpoint(r, v, flex));
    endpoints = a;
  }
  kRaftVersionFeature = readVotersRecordKRaftVersionFeature(r, v, flex);
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Voter._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Voter._tagged");
      const size = r.uvarint("Voter._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Voter._tagged", size) });
    }
  }
  const m: VotersRecordVoter = { voterId, voterDirectoryId, endpoints, kRaftVersionFeature };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVotersRecordVoter(w: Writer, v: number, flex: boolean, m: VotersRecordVoter): void {
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  (flex ? w.uvarint(m.endpoints!.length + 1) : w.int32(m.endpoints!.length));
  for (const x of m.endpoints!) writeVotersRecordEndpoint(w, v, flex, x!);
  writeVotersRecordKRaftVersionFeature(w, v, flex, m.kRaftVersionFeature!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface VotersRecordEndpoint {
  /** The name of the endpoint */
  name: string;
  /** The hostname */
  host: string;
  /** The port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVotersRecordEndpoint(): VotersRecordEndpoint {
  return { name: "", host: "", port: 0 };
}

function readVotersRecordEndpoint(r: Reader, v: number, flex: boolean): VotersRecordEndpoint {
  let name: string = "";
  let host: string = "";
  let port: number = 0;
  name = (flex ? r.compactString("Endpoint.Name") : r.string("Endpoint.Name"));
  host = (flex ? r.compactString("Endpoint.Host") : r.string("Endpoint.Host"));
  port = r.uint16("Endpoint.Port");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Endpoint._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Endpoint._tagged");
      const size = r.uvarint("Endpoint._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Endpoint._tagged", size) });
    }
  }
  const m: VotersRecordEndpoint = { name, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVotersRecordEndpoint(w: Writer, v: number, flex: boolean, m: VotersRecordEndpoint): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.uint16(m.port);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface VotersRecordKRaftVersionFeature {
  /** The minimum supported KRaft protocol version */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version */
  maxSupportedVersion: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultVotersRecordKRaftVersionFeature(): VotersRecordKRaftVersionFeature {
  return { minSupportedVersion: 0, maxSupportedVersion: 0 };
}

function readVotersRecordKRaftVersionFeature(r: Reader, v: number, flex: boolean): VotersRecordKRaftVersionFeature {
  let minSupportedVersion: number = 0;
  let maxSupportedVersion: number = 0;
  minSupportedVersion = r.int16("KRaftVersionFeature.MinSupportedVersion");
  maxSupportedVersion = r.int16("KRaftVersionFeature.MaxSupportedVersion");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("KRaftVersionFeature._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("KRaftVersionFeature._tagged");
      const size = r.uvarint("KRaftVersionFeature._tagged");
      (unknown ??= []).push({ tag, data: r.raw("KRaftVersionFeature._tagged", size) });
    }
  }
  const m: VotersRecordKRaftVersionFeature = { minSupportedVersion, maxSupportedVersion };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeVotersRecordKRaftVersionFeature(w: Writer, v: number, flex: boolean, m: VotersRecordKRaftVersionFeature): void {
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a VotersRecord of version `v`; the caller checks the reader for failure. */
export function decodeVotersRecord(r: Reader, v: number): VotersRecord {
  return readVotersRecord(r, v, true);
}

/** Writes a VotersRecord of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeVotersRecord(w: Writer, v: number, m: VotersRecord): void {
  writeVotersRecord(w, v, true, m);
}

export const VotersRecordSchema: MessageSchema = {
  name: "VotersRecord",
  kind: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Version","prop":"version","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Voters","prop":"voters","type":"[]Voter","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"VoterId","prop":"voterId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoterDirectoryId","prop":"voterDirectoryId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Endpoints","prop":"endpoints","type":"[]Endpoint","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"KRaftVersionFeature","prop":"kRaftVersionFeature","type":"KRaftVersionFeature","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"MinSupportedVersion","prop":"minSupportedVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxSupportedVersion","prop":"maxSupportedVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
