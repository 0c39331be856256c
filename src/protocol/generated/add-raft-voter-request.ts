// Generated from AddRaftVoterRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface AddRaftVoterRequest {
  clusterId: string | null;
  timeoutMs: number;
  /** The replica id of the voter getting added to the topic partition */
  voterId: number;
  /** The directory id of the voter getting added to the topic partition */
  voterDirectoryId: string;
  /** The endpoints that can be used to communicate with the voter */
  listeners: AddRaftVoterRequestListener[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddRaftVoterRequest(): AddRaftVoterRequest {
  return { clusterId: "", timeoutMs: 0, voterId: 0, voterDirectoryId: ZERO_UUID, listeners: [] };
}

function readAddRaftVoterRequest(r: Reader, v: number, flex: boolean): AddRaftVoterRequest {
  let clusterId: string | null = "";
  let timeoutMs: number = 0;
  let voterId: number = 0;
  let voterDirectoryId: string = ZERO_UUID;
  let listeners: AddRaftVoterRequestListener[] = [];
  clusterId = (flex ? r.compactNullableString("AddRaftVoterRequest.ClusterId") : r.nullableString("AddRaftVoterRequest.ClusterId"));
  timeoutMs = r.int32("AddRaftVoterRequest.TimeoutMs");
  voterId = r.int32("AddRaftVoterRequest.VoterId");
  voterDirectoryId = r.uuid("AddRaftVoterRequest.VoterDirectoryId");
  {
    const n = (flex ? r.compactArrayLength("AddRaftVoterRequest.Listeners") : r.arrayLength("AddRaftVoterRequest.Listeners"));
    const a: AddRaftVoterRequestListener[] = [];
    for (let i = 0; i < n; i++) a.push(readAddRaftVoterRequestListener(r, v, flex));
    listeners = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddRaftVoterRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddRaftVoterRequest._tagged");
      const size = r.uvarint("AddRaftVoterRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddRaftVoterRequest._tagged", size) });
    }
  }
  const m: AddRaftVoterRequest = { clusterId, timeoutMs, voterId, voterDirectoryId, listeners };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddRaftVoterRequest(w: Writer, v: number, flex: boolean, m: AddRaftVoterRequest): void {
  (flex ? w.compactNullableString(m.clusterId) : w.nullableString(m.clusterId));
  w.int32(m.timeoutMs);
  w.int32(m.voterId);
  w.uuid(m.voterDirectoryId);
  (flex ? w.uvarint(m.listeners!.length + 1) : w.int32(m.listeners!.length));
  for (const x of m.listeners!) writeAddRaftVoterRequestListener(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AddRaftVoterRequestListener {
  /** The name of the endpoint */
  name: string;
  /** The hostname */
  host: string;
  /** The port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddRaftVoterRequestListener(): AddRaftVoterRequestListener {
  return { name: "", host: "", port: 0 };
}

function readAddRaftVoterRequestListener(r: Reader, v: number, flex: boolean): AddRaftVoterRequestListener {
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
  const m: AddRaftVoterRequestListener = { name, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddRaftVoterRequestListener(w: Writer, v: number, flex: boolean, m: AddRaftVoterRequestListener): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.uint16(m.port);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AddRaftVoterRequest of version `v`; the caller checks the reader for failure. */
export function decodeAddRaftVoterRequest(r: Reader, v: number): AddRaftVoterRequest {
  return readAddRaftVoterRequest(r, v, true);
}

/** Writes a AddRaftVoterRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAddRaftVoterRequest(w: Writer, v: number, m: AddRaftVoterRequest): void {
  writeAddRaftVoterRequest(w, v, true, m);
}

export const AddRaftVoterRequestSchema: MessageSchema = {
  name: "AddRaftVoterRequest",
  kind: "request",
  apiKey: 80,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ClusterId","prop":"clusterId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TimeoutMs","prop":"timeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoterId","prop":"voterId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VoterDirectoryId","prop":"voterDirectoryId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Listeners","prop":"listeners","type":"[]Listener","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
