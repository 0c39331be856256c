// Generated from FindCoordinatorResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  /** The node id. */
  nodeId: number;
  /** The host name. */
  host: string;
  /** The port. */
  port: number;
  /** Each coordinator result in the response */
  coordinators: FindCoordinatorResponseCoordinator[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFindCoordinatorResponse(): FindCoordinatorResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", nodeId: 0, host: "", port: 0, coordinators: [] };
}

function readFindCoordinatorResponse(r: Reader, v: number, flex: boolean): FindCoordinatorResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let nodeId: number = 0;
  let host: string = "";
  let port: number = 0;
  let coordinators: FindCoordinatorResponseCoordinator[] = [];
  if (v >= 1) {
    throttleTimeMs = r.int32("FindCoordinatorResponse.ThrottleTimeMs");
  }
  if (v <= 3) {
    errorCode = r.int16("FindCoordinatorResponse.ErrorCode");
  }
  if (v >= 1 && v <= 3) {
    errorMessage = (flex ? r.compactNullableString("FindCoordinatorResponse.ErrorMessage") : r.nullableString("FindCoordinatorResponse.ErrorMessage"));
  }
  if (v <= 3) {
    nodeId = r.int32("FindCoordinatorResponse.NodeId");
  }
  if (v <= 3) {
    host = (flex ? r.compactString("FindCoordinatorResponse.Host") : r.string("FindCoordinatorResponse.Host"));
  }
  if (v <= 3) {
    port = r.int32("FindCoordinatorResponse.Port");
  }
  if (v >= 4) {
    {
      const n = (flex ? r.compactArrayLength("FindCoordinatorResponse.Coordinators") : r.arrayLength("FindCoordinatorResponse.Coordinators"));
      const a: FindCoordinatorResponseCoordinator[] = [];
      for (let i = 0; i < n; i++) a.push(readFindCoordinatorResponseCoordinator(r, v, flex));
      coordinators = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FindCoordinatorResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FindCoordinatorResponse._tagged");
      const size = r.uvarint("FindCoordinatorResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("FindCoordinatorResponse._tagged", size) });
    }
  }
  const m: FindCoordinatorResponse = { throttleTimeMs, errorCode, errorMessage, nodeId, host, port, coordinators };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFindCoordinatorResponse(w: Writer, v: number, flex: boolean, m: FindCoordinatorResponse): void {
  if (v >= 1) {
    w.int32(m.throttleTimeMs);
  }
  if (v <= 3) {
    w.int16(m.errorCode);
  } else if (!(m.errorCode === 0)) throw unsupportedField("FindCoordinatorResponse.ErrorCode", v);
  if (v >= 1 && v <= 3) {
    (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  }
  if (v <= 3) {
    w.int32(m.nodeId);
  } else if (!(m.nodeId === 0)) throw unsupportedField("FindCoordinatorResponse.NodeId", v);
  if (v <= 3) {
    (flex ? w.compactString(m.host!) : w.string(m.host!));
  } else if (!(m.host === "")) throw unsupportedField("FindCoordinatorResponse.Host", v);
  if (v <= 3) {
    w.int32(m.port);
  } else if (!(m.port === 0)) throw unsupportedField("FindCoordinatorResponse.Port", v);
  if (v >= 4) {
    (flex ? w.uvarint(m.coordinators!.length + 1) : w.int32(m.coordinators!.length));
    for (const x of m.coordinators!) writeFindCoordinatorResponseCoordinator(w, v, flex, x!);
  } else if (!(m.coordinators.length === 0)) throw unsupportedField("FindCoordinatorResponse.Coordinators", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface FindCoordinatorResponseCoordinator {
  /** The coordinator key. */
  key: string;
  /** The node id. */
  nodeId: number;
  /** The host name. */
  host: string;
  /** The port. */
  port: number;
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** The error message, or null if there was no error. */
  errorMessage: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultFindCoordinatorResponseCoordinator(): FindCoordinatorResponseCoordinator {
  return { key: "", nodeId: 0, host: "", port: 0, errorCode: 0, errorMessage: "" };
}

function readFindCoordinatorResponseCoordinator(r: Reader, v: number, flex: boolean): FindCoordinatorResponseCoordinator {
  let key: string = "";
  let nodeId: number = 0;
  let host: string = "";
  let port: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  if (v >= 4) {
    key = (flex ? r.compactString("Coordinator.Key") : r.string("Coordinator.Key"));
  }
  if (v >= 4) {
    nodeId = r.int32("Coordinator.NodeId");
  }
  if (v >= 4) {
    host = (flex ? r.compactString("Coordinator.Host") : r.string("Coordinator.Host"));
  }
  if (v >= 4) {
    port = r.int32("Coordinator.Port");
  }
  if (v >= 4) {
    errorCode = r.int16("Coordinator.ErrorCode");
  }
  if (v >= 4) {
    errorMessage = (flex ? r.compactNullableString("Coordinator.ErrorMessage") : r.nullableString("Coordinator.ErrorMessage"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Coordinator._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Coordinator._tagged");
      const size = r.uvarint("Coordinator._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Coordinator._tagged", size) });
    }
  }
  const m: FindCoordinatorResponseCoordinator = { key, nodeId, host, port, errorCode, errorMessage };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeFindCoordinatorResponseCoordinator(w: Writer, v: number, flex: boolean, m: FindCoordinatorResponseCoordinator): void {
  if (v >= 4) {
    (flex ? w.compactString(m.key!) : w.string(m.key!));
  } else if (!(m.key === "")) throw unsupportedField("Coordinator.Key", v);
  if (v >= 4) {
    w.int32(m.nodeId);
  } else if (!(m.nodeId === 0)) throw unsupportedField("Coordinator.NodeId", v);
  if (v >= 4) {
    (flex ? w.compactString(m.host!) : w.string(m.host!));
  } else if (!(m.host === "")) throw unsupportedField("Coordinator.Host", v);
  if (v >= 4) {
    w.int32(m.port);
  } else if (!(m.port === 0)) throw unsupportedField("Coordinator.Port", v);
  if (v >= 4) {
    w.int16(m.errorCode);
  } else if (!(m.errorCode === 0)) throw unsupportedField("Coordinator.ErrorCode", v);
  if (v >= 4) {
    (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a FindCoordinatorResponse of version `v`; the caller checks the reader for failure. */
export function decodeFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  return readFindCoordinatorResponse(r, v, v >= 3);
}

/** Writes a FindCoordinatorResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeFindCoordinatorResponse(w: Writer, v: number, m: FindCoordinatorResponse): void {
  writeFindCoordinatorResponse(w, v, v >= 3, m);
}

export const FindCoordinatorResponseSchema: MessageSchema = {
  name: "FindCoordinatorResponse",
  kind: "response",
  apiKey: 10,
  validVersions: [0, 6],
  flexibleVersions: [3, 6],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,3],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[1,3],"nullable":[1,3],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"NodeId","prop":"nodeId","type":"int32","versions":[0,3],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[0,3],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"int32","versions":[0,3],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Coordinators","prop":"coordinators","type":"[]Coordinator","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Key","prop":"key","type":"string","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"NodeId","prop":"nodeId","type":"int32","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Host","prop":"host","type":"string","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"int32","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[4,32767],"nullable":[4,32767],"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}]}],
};
