// Generated from DescribeClusterResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The endpoint type that was described. 1=brokers, 2=controllers. */
  endpointType: number;
  /** The cluster ID that responding broker belongs to. */
  clusterId: string;
  /** The ID of the controller broker. */
  controllerId: number;
  /** Each broker in the response. */
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  /** 32-bit bitfield to represent authorized operations for this cluster. */
  clusterAuthorizedOperations: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClusterResponse(): DescribeClusterResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, endpointType: 1, clusterId: "", controllerId: -1, brokers: [], clusterAuthorizedOperations: -2147483648 };
}

function readDescribeClusterResponse(r: Reader, v: number, flex: boolean): DescribeClusterResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  let endpointType: number = 1;
  let clusterId: string = "";
  let controllerId: number = -1;
  let brokers: DescribeClusterResponseDescribeClusterBroker[] = [];
  let clusterAuthorizedOperations: number = -2147483648;
  throttleTimeMs = r.int32("DescribeClusterResponse.ThrottleTimeMs");
  errorCode = r.int16("DescribeClusterResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("DescribeClusterResponse.ErrorMessage") : r.nullableString("DescribeClusterResponse.ErrorMessage"));
  if (v >= 1) {
    endpointType = r.int8("DescribeClusterResponse.EndpointType");
  }
  clusterId = (flex ? r.compactString("DescribeClusterResponse.ClusterId") : r.string("DescribeClusterResponse.ClusterId"));
  controllerId = r.int32("DescribeClusterResponse.ControllerId");
  {
    const n = (flex ? r.compactArrayLength("DescribeClusterResponse.Brokers") : r.arrayLength("DescribeClusterResponse.Brokers"));
    const a: DescribeClusterResponseDescribeClusterBroker[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeClusterResponseDescribeClusterBroker(r, v, flex));
    brokers = a;
  }
  clusterAuthorizedOperations = r.int32("DescribeClusterResponse.ClusterAuthorizedOperations");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeClusterResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeClusterResponse._tagged");
      const size = r.uvarint("DescribeClusterResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeClusterResponse._tagged", size) });
    }
  }
  const m: DescribeClusterResponse = { throttleTimeMs, errorCode, errorMessage, endpointType, clusterId, controllerId, brokers, clusterAuthorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeClusterResponse(w: Writer, v: number, flex: boolean, m: DescribeClusterResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (v >= 1) {
    w.int8(m.endpointType);
  } else if (!(m.endpointType === 1)) throw unsupportedField("DescribeClusterResponse.EndpointType", v);
  (flex ? w.compactString(m.clusterId!) : w.string(m.clusterId!));
  w.int32(m.controllerId);
  (flex ? w.uvarint(m.brokers!.length + 1) : w.int32(m.brokers!.length));
  for (const x of m.brokers!) writeDescribeClusterResponseDescribeClusterBroker(w, v, flex, x!);
  w.int32(m.clusterAuthorizedOperations);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeClusterResponseDescribeClusterBroker {
  /** The broker ID. */
  brokerId: number;
  /** The broker hostname. */
  host: string;
  /** The broker port. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. */
  rack: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClusterResponseDescribeClusterBroker(): DescribeClusterResponseDescribeClusterBroker {
  return { brokerId: 0, host: "", port: 0, rack: null };
}

function readDescribeClusterResponseDescribeClusterBroker(r: Reader, v: number, flex: boolean): DescribeClusterResponseDescribeClusterBroker {
  let brokerId: number = 0;
  let host: string = "";
  let port: number = 0;
  let rack: string | null = null;
  brokerId = r.int32("DescribeClusterBroker.BrokerId");
  host = (flex ? r.compactString("DescribeClusterBroker.Host") : r.string("DescribeClusterBroker.Host"));
  port = r.int32("DescribeClusterBroker.Port");
  rack = (flex ? r.compactNullableString("DescribeClusterBroker.Rack") : r.nullableString("DescribeClusterBroker.Rack"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeClusterBroker._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeClusterBroker._tagged");
      const size = r.uvarint("DescribeClusterBroker._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeClusterBroker._tagged", size) });
    }
  }
  const m: DescribeClusterResponseDescribeClusterBroker = { brokerId, host, port, rack };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeClusterResponseDescribeClusterBroker(w: Writer, v: number, flex: boolean, m: DescribeClusterResponseDescribeClusterBroker): void {
  w.int32(m.brokerId);
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.int32(m.port);
  (flex ? w.compactNullableString(m.rack) : w.nullableString(m.rack));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeClusterResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  return readDescribeClusterResponse(r, v, true);
}

/** Writes a DescribeClusterResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeClusterResponse(w: Writer, v: number, m: DescribeClusterResponse): void {
  writeDescribeClusterResponse(w, v, true, m);
}

export const DescribeClusterResponseSchema: MessageSchema = {
  name: "DescribeClusterResponse",
  kind: "response",
  apiKey: 60,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"EndpointType","prop":"endpointType","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"1"},{"name":"ClusterId","prop":"clusterId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ControllerId","prop":"controllerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"Brokers","prop":"brokers","type":"[]DescribeClusterBroker","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"BrokerId","prop":"brokerId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Rack","prop":"rack","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"}]},{"name":"ClusterAuthorizedOperations","prop":"clusterAuthorizedOperations","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-2147483648"}],
};
