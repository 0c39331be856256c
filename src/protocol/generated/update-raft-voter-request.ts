// Generated from UpdateRaftVoterRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface UpdateRaftVoterRequest {
  clusterId: string | null;
  /** The current leader epoch of the partition, -1 for unknown leader epoch */
  currentLeaderEpoch: number;
  /** The replica id of the voter getting updated in the topic partition */
  voterId: number;
  /** The directory id of the voter getting updated in the topic partition */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the leader */
  listeners: UpdateRaftVoterRequestListener[];
  /** The range of versions of the protocol that the replica supports */
  kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateRaftVoterRequest(): UpdateRaftVoterRequest {
  return { clusterId: "", currentLeaderEpoch: 0, voterId: 0, voterDirectoryId: ZERO_UUID, listeners: [], kRaftVersionFeature: defaultUpdateRaftVoterRequestKRaftVersionFeature() };
}

function readUpdateRaftVoterRequest(r: Reader, v: number, flex: boolean): UpdateRaftVoterRequest {
  let clusterId: string | null = "";
  let currentLeaderEpoch: number = 0;
  let voterId: number = 0;
  let voterDirectoryId: string = ZERO_UUID;
  let listeners: UpdateRaftVoterRequestListener[] = [];
  let kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature = defaultUpdateRaftVoterRequestKRaftVersionFeature();
  clusterId = (flex ? r.compactNullableString("UpdateRaftVoterRequest.ClusterId") : r.nullableString("UpdateRaftVoterRequest.ClusterId"));
  currentLeaderEpoch = r.int32("UpdateRaftVoterRequest.CurrentLeaderEpoch");
  voterId = r.int32("UpdateRaftVoterRequest.VoterId");
  voterDirectoryId = r.uuid("UpdateRaftVoterRequest.VoterDirectoryId");
  {
    const n = (flex ? r.compactArrayLength("UpdateRaftVoterRequest.Listeners") : r.arrayLength("UpdateRaftVoterRequest.Listeners"));
    const a: UpdateRaftVoterRequestListener[] = [];
    for (let i = 0; i < n; i++) a.push(readUpdateRaftVoterRequestListener(r, v, flex));
    listeners = a;
  }
  kRaftVersionFeature = readUpdateRaftVoterRequestKRaftVersionFeature(r, v, flex);
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdateRaftVoterRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdateRaftVoterRequest._tagged");
      const size = r.uvarint("UpdateRaftVoterRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UpdateRaftVoterRequest._tagged", size) });
    }
  }
  const m: UpdateRaftVoterRequest = { clusterId, currentLeaderEpoch, voterId, voterDirectoryId, listeners, kRaftVersionFeature };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateRaftVoterRequest(w: Writer, v: number, flex: boolean, m: UpdateRaftVoterRequest): void {
  (flex ? w.compactNullableString(m.clusterId) : w.nullableString(m.clusterId));
  w.int32(m.currentLeaderEpoch);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  (flex ? w.uvarint(m.listeners!.length + 1) : w.int32(m.listeners!.length));
  for (const x of m.listeners!) writeUpdateRaftVoterRequestListener(w, v, flex, x!);
  writeUpdateRaftVoterRequestKRaftVersionFeature(w, v, flex, m.kRaftVersionFeature!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface UpdateRaftVoterRequestListener {
  /** The name of the endpoint */
  name: string;
  /** The hostname */
  host: string;
  /** The port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateRaftVoterRequestListener(): UpdateRaftVoterRequestListener {
  return { name: "", host: "", port: 0 };
}

function readUpdateRaftVoterRequestListener(r: Reader, v: number, flex: boolean): UpdateRaftVoterRequestListener {
  let name: string = "";
  let host: string = "";
  let port: number = 0;
  name = (flex ? r.compactString("Listener.Name") : r.string("Listener.Name"));
  host = (flex ? r.compactString("Listener.Host") : r.string("Listener.Host"));
  port = r.uint16("Listener.Port");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Listener._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Listener._tagged");
      const size = r.uvarint("Listener._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Listener._tagged", size) });
    }
  }
  const m: UpdateRaftVoterRequestListener = { name, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateRaftVoterRequestListener(w: Writer, v: number, flex: boolean, m: UpdateRaftVoterRequestListener): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.uint16(m.port);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface UpdateRaftVoterRequestKRaftVersionFeature {
  /** The minimum supported KRaft protocol version */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version */
  maxSupportedVersion: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateRaftVoterRequestKRaftVersionFeature(): UpdateRaftVoterRequestKRaftVersionFeature {
  return { minSupportedVersion: 0, maxSupportedVersion: 0 };
}

function readUpdateRaftVoterRequestKRaftVersionFeature(r: Reader, v: number, flex: boolean): UpdateRaftVoterRequestKRaftVersionFeature {
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
  const m: UpdateRaftVoterRequestKRaftVersionFeature = { minSupportedVersion, maxSupportedVersion };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateRaftVoterRequestKRaftVersionFeature(w: Writer, v: number, flex: boolean, m: UpdateRaftVoterRequestKRaftVersionFeature): void {
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a UpdateRaftVoterRequest of version `v`; the caller checks the reader for failure. */
export function decodeUpdateRaftVoterRequest(r: Reader, v: number): UpdateRaftVoterRequest {
  return readUpdateRaftVoterRequest(r, v, true);
}

/** Writes a UpdateRaftVoterRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeUpdateRaftVoterRequest(w: Writer, v: number, m: UpdateRaftVoterRequest): void {
  writeUpdateRaftVoterRequest(w, v, true, m);
}

export const UpdateRaftVoterRequestSchema: MessageSchema = {
  name: "UpdateRaftVoterRequest",
  kind: "request",
  apiKey: 82,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ClusterId","prop":"clusterId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CurrentLeaderEpoch","prop":"currentLeaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoterId","prop":"voterId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoterDirectoryId","prop":"voterDirectoryId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Listeners","prop":"listeners","type":"[]Listener","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"KRaftVersionFeature","prop":"kRaftVersionFeature","type":"KRaftVersionFeature","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"MinSupportedVersion","prop":"minSupportedVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxSupportedVersion","prop":"maxSupportedVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
