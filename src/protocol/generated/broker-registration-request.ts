// Generated from BrokerRegistrationRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface BrokerRegistrationRequest {
  /** The broker ID. */
  brokerId: number;
  /** The cluster id of the broker process. */
  clusterId: string;
  /** The incarnation id of the broker process. */
  incarnationId: string;
  /** The listeners of this broker */
  listeners: BrokerRegistrationRequestListener[];
  /** The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. */
  features: BrokerRegistrationRequestFeature[];
  /** The rack which this broker is in. */
  rack: string | null;
  /** If the required configurations for ZK migration are present, this value is set to true */
  isMigratingZkBroker: boolean;
  /** Log directories configured in this broker which are available. */
  logDirs: string[];
  /** The epoch before a clean shutdown. */
  previousBrokerEpoch: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBrokerRegistrationRequest(): BrokerRegistrationRequest {
  return { brokerId: 0, clusterId: "", incarnationId: ZERO_UUID, listeners: [], features: [], rack: "", isMigratingZkBroker: false, logDirs: [], previousBrokerEpoch: -1n };
}

function readBrokerRegistrationRequest(r: Reader, v: number, flex: boolean): BrokerRegistrationRequest {
  let brokerId: number = 0;
  let clusterId: string = "";
  let incarnationId: string = ZERO_UUID;
  let listeners: BrokerRegistrationRequestListener[] = [];
  let features: BrokerRegistrationRequestFeature[] = [];
  let rack: string | null = "";
  let isMigratingZkBroker: boolean = false;
  let logDirs: string[] = [];
  let previousBrokerEpoch: bigint = -1n;
  brokerId = r.int32("BrokerRegistrationRequest.BrokerId");
  clusterId = (flex ? r.compactString("BrokerRegistrationRequest.ClusterId") : r.string("BrokerRegistrationRequest.ClusterId"));
  incarnationId = r.uuid("BrokerRegistrationRequest.IncarnationId");
  {
    const n = (flex ? r.compactArrayLength("BrokerRegistrationRequest.Listeners") : r.arrayLength("BrokerRegistrationRequest.Listeners"));
    const a: BrokerRegistrationRequestListener[] = [];
    for (let i = 0; i < n; i++) a.push(readBrokerRegistrationRequestListener(r, v, flex));
    listeners = a;
  }
  {
    const n = (flex ? r.compactArrayLength("BrokerRegistrationRequest.Features") : r.arrayLength("BrokerRegistrationRequest.Features"));
    const a: BrokerRegistrationRequestFeature[] = [];
    for (let i = 0; i < n; i++) a.push(readBrokerRegistrationRequestFeature(r, v, flex));
    features = a;
  }
  rack = (flex ? r.compactNullableString("BrokerRegistrationRequest.Rack") : r.nullableString("BrokerRegistrationRequest.Rack"));
  if (v >= 1) {
    isMigratingZkBroker = r.bool("BrokerRegistrationRequest.IsMigratingZkBroker");
  }
  if (v >= 2) {
    {
      const n = (flex ? r.compactArrayLength("BrokerRegistrationRequest.LogDirs") : r.arrayLength("BrokerRegistrationRequest.LogDirs"));
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push(r.uuid("BrokerRegistrationRequest.LogDirs"));
      logDirs = a;
    }
  }
  if (v >= 3) {
    previousBrokerEpoch = r.int64("BrokerRegistrationRequest.PreviousBrokerEpoch");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("BrokerRegistrationRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("BrokerRegistrationRequest._tagged");
      const size = r.uvarint("BrokerRegistrationRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("BrokerRegistrationRequest._tagged", size) });
    }
  }
  const m: BrokerRegistrationRequest = { brokerId, clusterId, incarnationId, listeners, features, rack, isMigratingZkBroker, logDirs, previousBrokerEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBrokerRegistrationRequest(w: Writer, v: number, flex: boolean, m: BrokerRegistrationRequest): void {
  w.int32(m.brokerId);
  (flex ? w.compactString(m.clusterId!) : w.string(m.clusterId!));
  w.uuid(m.incarnationId);
  (flex ? w.uvarint(m.listeners!.length + 1) : w.int32(m.listeners!.length));
  for (const x of m.listeners!) writeBrokerRegistrationRequestListener(w, v, flex, x!);
  (flex ? w.uvarint(m.features!.length + 1) : w.int32(m.features!.length));
  for (const x of m.features!) writeBrokerRegistrationRequestFeature(w, v, flex, x!);
  (flex ? w.compactNullableString(m.rack) : w.nullableString(m.rack));
  if (v >= 1) {
    w.bool(m.isMigratingZkBroker);
  } else if (!(m.isMigratingZkBroker === false)) throw unsupportedField("BrokerRegistrationRequest.IsMigratingZkBroker", v);
  if (v >= 2) {
    (flex ? w.uvarint(m.logDirs!.length + 1) : w.int32(m.logDirs!.length));
    for (const x of m.logDirs!) w.uuid(x);
  }
  if (v >= 3) {
    w.int64(m.previousBrokerEpoch);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface BrokerRegistrationRequestListener {
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

export function defaultBrokerRegistrationRequestListener(): BrokerRegistrationRequestListener {
  return { name: "", host: "", port: 0, securityProtocol: 0 };
}

function readBrokerRegistrationRequestListener(r: Reader, v: number, flex: boolean): BrokerRegistrationRequestListener {
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
  const m: BrokerRegistrationRequestListener = { name, host, port, securityProtocol };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBrokerRegistrationRequestListener(w: Writer, v: number, flex: boolean, m: BrokerRegistrationRequestListener): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.uint16(m.port);
  w.int16(m.securityProtocol);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface BrokerRegistrationRequestFeature {
  /** The feature name. */
  name: string;
  /** The minimum supported feature level. */
  minSupportedVersion: number;
  /** The maximum supported feature level. */
  maxSupportedVersion: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBrokerRegistrationRequestFeature(): BrokerRegistrationRequestFeature {
  return { name: "", minSupportedVersion: 0, maxSupportedVersion: 0 };
}

function readBrokerRegistrationRequestFeature(r: Reader, v: number, flex: boolean): BrokerRegistrationRequestFeature {
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
  const m: BrokerRegistrationRequestFeature = { name, minSupportedVersion, maxSupportedVersion };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBrokerRegistrationRequestFeature(w: Writer, v: number, flex: boolean, m: BrokerRegistrationRequestFeature): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  w.int16(m.minSupportedVersion);
  w.int16(m.maxSupportedVersion);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a BrokerRegistrationRequest of version `v`; the caller checks the reader for failure. */
export function decodeBrokerRegistrationRequest(r: Reader, v: number): BrokerRegistrationRequest {
  return readBrokerRegistrationRequest(r, v, true);
}

/** Writes a BrokerRegistrationRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeBrokerRegistrationRequest(w: Writer, v: number, m: BrokerRegistrationRequest): void {
  writeBrokerRegistrationRequest(w, v, true, m);
}

export const BrokerRegistrationRequestSchema: MessageSchema = {
  name: "BrokerRegistrationRequest",
  kind: "request",
  apiKey: 62,
  validVersions: [0, 4],
  flexibleVersions: [0, 4],
  fields: [{"name":"BrokerId","prop":"brokerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ClusterId","prop":"clusterId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IncarnationId","prop":"incarnationId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Listeners","prop":"listeners","type":"[]Listener","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"uint16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SecurityProtocol","prop":"securityProtocol","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Features","prop":"features","type":"[]Feature","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MinSupportedVersion","prop":"minSupportedVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxSupportedVersion","prop":"maxSupportedVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Rack","prop":"rack","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"IsMigratingZkBroker","prop":"isMigratingZkBroker","type":"bool","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"},{"name":"LogDirs","prop":"logDirs","type":"[]uuid","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"PreviousBrokerEpoch","prop":"previousBrokerEpoch","type":"int64","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"}],
};
