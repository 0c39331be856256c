// Generated from AllocateProducerIdsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AllocateProducerIdsRequest {
  /** The ID of the requesting broker */
  brokerId: number;
  /** The epoch of the requesting broker */
  brokerEpoch: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAllocateProducerIdsRequest(): AllocateProducerIdsRequest {
  return { brokerId: 0, brokerEpoch: -1n };
}

function readAllocateProducerIdsRequest(r: Reader, v: number, flex: boolean): AllocateProducerIdsRequest {
  let brokerId: number = 0;
  let brokerEpoch: bigint = -1n;
  brokerId = r.int32("AllocateProducerIdsRequest.BrokerId");
  brokerEpoch = r.int64("AllocateProducerIdsRequest.BrokerEpoch");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AllocateProducerIdsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AllocateProducerIdsRequest._tagged");
      const size = r.uvarint("AllocateProducerIdsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AllocateProducerIdsRequest._tagged", size) });
    }
  }
  const m: AllocateProducerIdsRequest = { brokerId, brokerEpoch };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAllocateProducerIdsRequest(w: Writer, v: number, flex: boolean, m: AllocateProducerIdsRequest): void {
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AllocateProducerIdsRequest of version `v`; the caller checks the reader for failure. */
export function decodeAllocateProducerIdsRequest(r: Reader, v: number): AllocateProducerIdsRequest {
  return readAllocateProducerIdsRequest(r, v, true);
}

/** Writes a AllocateProducerIdsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAllocateProducerIdsRequest(w: Writer, v: number, m: AllocateProducerIdsRequest): void {
  writeAllocateProducerIdsRequest(w, v, true, m);
}

export const AllocateProducerIdsRequestSchema: MessageSchema = {
  name: "AllocateProducerIdsRequest",
  kind: "request",
  apiKey: 67,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"BrokerId","prop":"brokerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"BrokerEpoch","prop":"brokerEpoch","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}],
};
