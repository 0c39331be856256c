// Generated from ApiVersionsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ApiVersionsRequest {
  /** The name of the client. */
  clientSoftwareName: string;
  /** The version of the client. */
  clientSoftwareVersion: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultApiVersionsRequest(): ApiVersionsRequest {
  return { clientSoftwareName: "", clientSoftwareVersion: "" };
}

function readApiVersionsRequest(r: Reader, v: number, flex: boolean): ApiVersionsRequest {
  let clientSoftwareName: string = "";
  let clientSoftwareVersion: string = "";
  if (v >= 3) {
    clientSoftwareName = (flex ? r.compactString("ApiVersionsRequest.ClientSoftwareName") : r.string("ApiVersionsRequest.ClientSoftwareName"));
  }
  if (v >= 3) {
    clientSoftwareVersion = (flex ? r.compactString("ApiVersionsRequest.ClientSoftwareVersion") : r.string("ApiVersionsRequest.ClientSoftwareVersion"));
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ApiVersionsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ApiVersionsRequest._tagged");
      const size = r.uvarint("ApiVersionsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ApiVersionsRequest._tagged", size) });
    }
  }
  const m: ApiVersionsRequest = { clientSoftwareName, clientSoftwareVersion };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeApiVersionsRequest(w: Writer, v: number, flex: boolean, m: ApiVersionsRequest): void {
  if (v >= 3) {
    (flex ? w.compactString(m.clientSoftwareName!) : w.string(m.clientSoftwareName!));
  }
  if (v >= 3) {
    (flex ? w.compactString(m.clientSoftwareVersion!) : w.string(m.clientSoftwareVersion!));
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ApiVersionsRequest of version `v`; the caller checks the reader for failure. */
export function decodeApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  return readApiVersionsRequest(r, v, v >= 3);
}

/** Writes a ApiVersionsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeApiVersionsRequest(w: Writer, v: number, m: ApiVersionsRequest): void {
  writeApiVersionsRequest(w, v, v >= 3, m);
}

export const ApiVersionsRequestSchema: MessageSchema = {
  name: "ApiVersionsRequest",
  kind: "request",
  apiKey: 18,
  validVersions: [0, 4],
  flexibleVersions: [3, 4],
  fields: [{"name":"ClientSoftwareName","prop":"clientSoftwareName","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ClientSoftwareVersion","prop":"clientSoftwareVersion","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null}],
};
