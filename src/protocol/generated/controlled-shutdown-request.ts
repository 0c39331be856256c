// Generated from ControlledShutdownRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ControlledShutdownRequest {
  /** The id of the broker for which controlled shutdown has been requested. */
  brokerId: number;
  /** The broker epoch. */
  brokerEpoch: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultControlledShutdownRequest(): ControlledShutdownRequest {
  return { brokerId: 0, brokerEpoch: -1n };
}

function readControlledShutdownRequest(r: Reader, v: number, flex: boolean): ControlledShutdownRequest {
  let brokerId: number = 0;
  let brokerEpoch: bigint = -1n;
  brokerId = r.int32("ControlledShutdownRequest.BrokerId");
  if (v >= 2) {
    brokerEpoch = r.int64("ControlledShutdownRequest.BrokerEpoch");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ControlledShutdownRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ControlledShutdownRequest._tagged");
      const size = r.uvarint("ControlledShutdownRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ControlledShutdownRequest._tagged", size) });
    }
  }
  const m: ControlledShutdownRequest = { brokerId, brokerEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeControlledShutdownRequest(w: Writer, v: number, flex: boolean, m: ControlledShutdownRequest): void {
  w.int32(m.brokerId);
  if (v >= 2) {
    w.int64(m.brokerEpoch);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ControlledShutdownRequest of version `v`; the caller checks the reader for failure. */
export function decodeControlledShutdownRequest(r: Reader, v: number): ControlledShutdownRequest {
  return readControlledShutdownRequest(r, v, v >= 3);
}

/** Writes a ControlledShutdownRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeControlledShutdownRequest(w: Writer, v: number, m: ControlledShutdownRequest): void {
  writeControlledShutdownRequest(w, v, v >= 3, m);
}

export const ControlledShutdownRequestSchema: MessageSchema = {
  name: "ControlledShutdownRequest",
  kind: "request",
  apiKey: 7,
  validVersions: [0, 3],
  flexibleVersions: [3, 3],
  fields: [{"name":"BrokerId","prop":"brokerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerEpoch","prop":"brokerEpoch","type":"int64","versions":[2,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":"-1"}],
};
