// Generated from BrokerHeartbeatRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, unsupportedField } from '../codec.ts';

export interface BrokerHeartbeatRequest {
  /** The broker ID. */
  brokerId: number;
  /** The broker epoch. */
  brokerEpoch: bigint;
  /** The highest metadata offset which the broker has reached. */
  currentMetadataOffset: bigint;
  /** True if the broker wants to be fenced, false otherwise. */
  wantFence: boolean;
  /** True if the broker wants to be shut down, false otherwise. */
  wantShutDown: boolean;
  /** Log directories that failed and went offline. */
  offlineLogDirs: string[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultBrokerHeartbeatRequest(): BrokerHeartbeatRequest {
  return { brokerId: 0, brokerEpoch: -1n, currentMetadataOffset: 0n, wantFence: false, wantShutDown: false, offlineLogDirs: [] };
}

function readBrokerHeartbeatRequest(r: Reader, v: number, flex: boolean): BrokerHeartbeatRequest {
  let brokerId: number = 0;
  let brokerEpoch: bigint = -1n;
  let currentMetadataOffset: bigint = 0n;
  let wantFence: boolean = false;
  let wantShutDown: boolean = false;
  let offlineLogDirs: string[] = [];
  brokerId = r.int32("BrokerHeartbeatRequest.BrokerId");
  brokerEpoch = r.int64("BrokerHeartbeatRequest.BrokerEpoch");
  currentMetadataOffset = r.int64("BrokerHeartbeatRequest.CurrentMetadataOffset");
  wantFence = r.bool("BrokerHeartbeatRequest.WantFence");
  wantShutDown = r.bool("BrokerHeartbeatRequest.WantShutDown");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("BrokerHeartbeatRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("BrokerHeartbeatRequest._tagged");
      const size = r.uvarint("BrokerHeartbeatRequest._tagged");
      if (tag === 0 && v >= 1) {
        const end = r.pos + size;
        {
          const n = r.compactArrayLength("BrokerHeartbeatRequest.OfflineLogDirs");
          const a: string[] = [];
          for (let i = 0; i < n; i++) a.push(r.uuid("BrokerHeartbeatRequest.OfflineLogDirs"));
          offlineLogDirs = a;
        }
        if (r.pos !== end) r.fail("BrokerHeartbeatRequest.OfflineLogDirs", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("BrokerHeartbeatRequest._tagged", size) });
    }
  }
  const m: BrokerHeartbeatRequest = { brokerId, brokerEpoch, currentMetadataOffset, wantFence, wantShutDown, offlineLogDirs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeBrokerHeartbeatRequest(w: Writer, v: number, flex: boolean, m: BrokerHeartbeatRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  w.int64(m.currentMetadataOffset);
  w.bool(m.wantFence);
  w.bool(m.wantShutDown);
  if (!(v >= 1)) if (!(m.offlineLogDirs.length === 0)) throw unsupportedField("BrokerHeartbeatRequest.OfflineLogDirs", v);
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 1 && !(m.offlineLogDirs.length === 0)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.uvarint(m.offlineLogDirs!.length + 1);
        for (const x of m.offlineLogDirs!) w.uuid(x);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

/** Reads a BrokerHeartbeatRequest of version `v`; the caller checks the reader for failure. */
export function decodeBrokerHeartbeatRequest(r: Reader, v: number): BrokerHeartbeatRequest {
  return readBrokerHeartbeatRequest(r, v, true);
}

/** Writes a BrokerHeartbeatRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeBrokerHeartbeatRequest(w: Writer, v: number, m: BrokerHeartbeatRequest): void {
  writeBrokerHeartbeatRequest(w, v, true, m);
}

export const BrokerHeartbeatRequestSchema: MessageSchema = {
  name: "BrokerHeartbeatRequest",
  kind: "request",
  apiKey: 63,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"BrokerId","prop":"brokerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerEpoch","prop":"brokerEpoch","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"CurrentMetadataOffset","prop":"currentMetadataOffset","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"WantFence","prop":"wantFence","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"WantShutDown","prop":"wantShutDown","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"OfflineLogDirs","prop":"offlineLogDirs","type":"[]uuid","versions":[1,32767],"nullable":null,"tagged":[1,32767],"tag":0,"ignorable":false,"flexible":null,"default":null}],
};
