// Generated from ControllerRegistrationRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ControllerRegistrationRequest {
  /** The ID of the controller to register. */
  controllerId: number;
  /** The controller incarnation ID, which is unique to each process run. */
  incarnationId: string;
  /** Set if the required configurations for ZK migration are present. */
  zkMigrationReady: boolean;
  /** The listeners of this controller */
  listeners: ControllerRegistrationRequestListener[];
  /** The features on this controller */
  features: ControllerRegistrationRequestFeature[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultControllerRegistrationRequest(): ControllerRegistrationRequest {
  return { controllerId: 0, incarnationId: ZERO_UUID, zkMigrationReady: false, listeners: [], features: [] };
}

function readControllerRegistrationRequest(r: Reader, v: number, flex: boolean): ControllerRegistrationRequest {
  let controllerId: number = 0;
  let incarnationId: string = ZERO_UUID;
  let zkMigrationReady: boolean = false;
  let listeners: ControllerRegistrationRequestListener[] = [];
  let features: ControllerRegistrationRequestFeature[] = [];
  controllerId = r.int32("ControllerRegistrationRequest.ControllerId");
  incarnationId = r.uuid("ControllerRegistrationRequest.IncarnationId");
  zkMigrationReady = r.bool("ControllerRegistrationRequest.ZkMigrationReady");
  {
    const n = (flex ? r.compactArrayLength("ControllerRegistrationRequest.Listeners") : r.arrayLength("ControllerRegistrationRequest.Listeners"));
    const a: ControllerRegistrationRequestListener[] = [];
    for (let i = 0; i < n; i++) a.push(readControllerRegistrationRequestListener(r, v, flex));
    listeners = a;
  }
  {
    const n = (flex ? r.compactArrayLength("ControllerRegistrationRequest.Features") : r.arrayLength("ControllerRegistrationRequest.Features"));
    const a: ControllerRegistrationRequestFeature[] = [];
    for (let i = 0; i < n; i++) a.push(readControllerRegistrationRequestFeature(r, v, flex));
    features = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ControllerRegistrationRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ControllerRegistrationRequest._tagged");
      const size = r.uvarint("ControllerRegistrationRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ControllerRegistrationRequest._tagged", size) });
    }
  }
  const m: ControllerRegistrationRequest = { controllerId, incarnationId, zkMigrationReady, listeners, features };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeControllerRegistrationRequest(w: Writer, v: number, flex: boolean, m: ControllerRegistrationRequest): void {
  w.int32(m.controllerId);
  w.uuid(m.incarnationId);
  w.bool(m.zkMigrationReady);
  (flex ? w.uvarint(m.listeners!.length + 1) : w.int32(m.listeners!.length));
  for (const x of m.listeners!) writeControllerRegistrationRequestListener(w, v, flex, x!);
  (flex ? w.uvarint(m.features!.length + 1) : w.int32(m.features!.length));
  for (const x of m.features!) writeControllerRegistrationRequestFeature(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ControllerRegistrationRequestListener {
  /** The name of the endpoint. */
  name: string;
  /** The hostname. */
  host: string;
  /** The port. */
  port: number;
  /** The security protocol. */
  securityProtocol: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultControllerRegistrationRequestListener(): ControllerRegistrationRequestListener {
  return { name: "", host: "", port: 0, securityProtocol: 0 };
}

function readControllerRegistrationRequestListener(r: Reader, v: number, flex: boolean): ControllerRegistrationRequestListener {
  let name: string = "";
  let host: string = "";
  let port: number = 0;
  let securityProtocol: number = 0;
  name = (flex ? r.compactString("Listener.Name") : r.string("Listener.Name"));
  host = (flex ? r.compactString("Listener.Host") : r.string("Listener.Host"));
  port = r.uint16("Listener.Port");
  securityProtocol = r.int16("Listener.SecurityProtocol");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Listener._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Listener._tagged");
      const size = r.uvarint("Listener._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Listener._tagged", size) });
    }
  }
  const m: ControllerRegistrationRequestListener = { name, host, port, securityProtocol };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeControllerRegistrationRequestListener(w: Writer, v: number, flex: boolean, m: ControllerRegistrationRequestListener): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.uint16(m.port);
  w.int16(m.securityProtocol);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ControllerRegistrationRequestFeature {
  /** The feature name. */
  name: string;
  /** The minimum supported feature level. */
  minSupportedVersion: number;
  /** The maximum supported feature level. */
  maxSupportedVersion: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultControllerRegistrationRequestFeature(): ControllerRegistrationRequestFeature {
  return { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 };
}

function readControllerRegistrationRequestFeature(r: Reader, v: number, flex: boolean): ControllerRegistrationRequestFeature {
  let name: string = "";
  let minSupportedVersion: number = 0;
  let maxSupportedVersion: number = 0;
  name = (flex ? r.compactString("Feature.Name") : r.string("Feature.Name"));
  minSupportedVersion = r.int16("Feature.MinSupportedVersion");
  maxSupportedVersion = r.int16("Feature.MaxSupportedVersion");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Feature._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Feature._tagged");
      const size = r.uvarint("Feature._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Feature._tagged", size) });
    }
  }
  const m: ControllerRegistrationRequestFeature = { name, minSupportedVersion, maxSupportedVersion };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeControllerRegistrationRequestFeature(w: Writer, v: number, flex: boolean, m: ControllerRegistrationRequestFeature): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ControllerRegistrationRequest of version `v`; the caller checks the reader for failure. */
export function decodeControllerRegistrationRequest(r: Reader, v: number): ControllerRegistrationRequest {
  return readControllerRegistrationRequest(r, v, true);
}

/** Writes a ControllerRegistrationRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeControllerRegistrationRequest(w: Writer, v: number, m: ControllerRegistrationRequest): void {
  writeControllerRegistrationRequest(w, v, true, m);
}

export const ControllerRegistrationRequestSchema: MessageSchema = {
  name: "ControllerRegistrationRequest",
  kind: "request",
  apiKey: 70,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ControllerId","prop":"controllerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IncarnationId","prop":"incarnationId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ZkMigrationReady","prop":"zkMigrationReady","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Listeners","prop":"listeners","type":"[]Listener","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SecurityProtocol","prop":"securityProtocol","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Features","prop":"features","type":"[]Feature","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MinSupportedVersion","prop":"minSupportedVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxSupportedVersion","prop":"maxSupportedVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
