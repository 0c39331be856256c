// Request and response frames: the size prefix, the header (request header v0/v1/v2, response
// header v0/v1) and the body, for any API. The header version follows from the API's flexible
// versions, except that an ApiVersions response always has header v0 (so a client that does not
// yet know what the broker speaks can read it).
import { Reader } from './reader.ts';
import { Writer } from './writer.ts';
import { ProtocolError } from './errors.ts';
import { API_DEFINITIONS, ApiKeys, type ApiDefinition, type ApiKey, type ApiRequests, type ApiResponses } from './generated/apis.ts';
import { decodeRequestHeader, encodeRequestHeader, type RequestHeader } from './generated/request-header.ts';
import { decodeResponseHeader, encodeResponseHeader } from './generated/response-header.ts';

export type { RequestHeader };

export function apiDefinition(apiKey: number): ApiDefinition | undefined {
  return (API_DEFINITIONS as Record<number, ApiDefinition>)[apiKey];
}

/** What the header version depends on. */
type HeaderFacts = Pick<ApiDefinition, 'key' | 'flexibleMin'>;

function isFlexible(api: HeaderFacts, version: number): boolean {
  return api.flexibleMin !== null && version >= api.flexibleMin;
}

export function requestHeaderVersion(api: HeaderFacts, version: number): number {
  if (isFlexible(api, version)) return 2;
  // ControlledShutdown v0 is the one request that used header v0 (no client id).
  return api.key === ApiKeys.ControlledShutdown && version === 0 ? 0 : 1;
}

export function responseHeaderVersion(api: HeaderFacts, version: number): number {
  if (api.key === ApiKeys.ApiVersions) return 0;
  return isFlexible(api, version) ? 1 : 0;
}

/** The start of a request frame: enough to answer even when the rest cannot be read. */
export interface RequestPrologue {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly correlationId: number;
}

/** Reads api key, version and correlation id; undefined if the frame is shorter than 8 bytes. */
export function readPrologue(frame: Uint8Array): RequestPrologue | undefined {
  if (frame.length < 8) return undefined;
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  return { apiKey: view.getInt16(0), apiVersion: view.getInt16(2), correlationId: view.getInt32(4) };
}

export interface DecodedRequest<K extends ApiKey = ApiKey> {
  readonly api: ApiDefinition<K>;
  readonly header: RequestHeader;
  readonly body: ApiRequests[K];
}

/**
 * Decodes one request frame (without its 4-byte size prefix). Throws a ProtocolError: code
 * PROTOCOL_UNKNOWN_API or PROTOCOL_UNSUPPORTED_VERSION for a key or version outside the
 * definitions, PROTOCOL_MALFORMED for anything short, long or invalid.
 */
export function decodeRequest(frame: Uint8Array): DecodedRequest {
  const prologue = readPrologue(frame);
  if (prologue === undefined) throw new ProtocolError(`frame of ${frame.length} bytes is shorter than a request header`, { message: 'RequestHeader' });
  const api = apiDefinition(prologue.apiKey);
  if (api === undefined) throw new ProtocolError(`unknown API key ${prologue.apiKey}`, { message: 'RequestHeader' }, 'PROTOCOL_UNKNOWN_API');
  const name = `${api.name}Request`;
  if (prologue.apiVersion < api.minVersion || prologue.apiVersion > api.maxVersion) {
    throw new ProtocolError(`version ${prologue.apiVersion} is not between ${api.minVersion} and ${api.maxVersion}`, { message: name }, 'PROTOCOL_UNSUPPORTED_VERSION');
  }
  const r = new Reader(frame);
  const headerVersion = requestHeaderVersion(api, prologue.apiVersion);
  const header = decodeRequestHeader(r, headerVersion);
  r.check({ message: 'RequestHeader', version: headerVersion });
  const body = api.decodeRequest(r, prologue.apiVersion);
  r.checkEnd({ message: name, version: prologue.apiVersion });
  return { api, header, body };
}

export interface DecodedResponse<K extends ApiKey = ApiKey> {
  readonly correlationId: number;
  readonly body: ApiResponses[K];
}

/** Decodes one response frame (without its size prefix) of the given API and version. */
export function decodeResponse<K extends ApiKey>(apiKey: K, version: number, frame: Uint8Array): DecodedResponse<K> {
  const api = API_DEFINITIONS[apiKey] as ApiDefinition<K>;
  const r = new Reader(frame);
  const headerVersion = responseHeaderVersion(api, version);
  const header = decodeResponseHeader(r, headerVersion);
  r.check({ message: 'ResponseHeader', version: headerVersion });
  const body = api.decodeResponse(r, version);
  r.checkEnd({ message: `${api.name}Response`, version });
  return { correlationId: header.correlationId, body };
}

/** Encodes a request with its size prefix, as chunks for writev. */
export function encodeRequest<K extends ApiKey>(apiKey: K, version: number, correlationId: number, clientId: string | null, body: ApiRequests[K]): Uint8Array[] {
  const api = API_DEFINITIONS[apiKey] as ApiDefinition<K>;
  const w = new Writer();
  w.int32(0);
  encodeRequestHeader(w, requestHeaderVersion(api, version), { requestApiKey: apiKey, requestApiVersion: version, correlationId, clientId });
  api.encodeRequest(w, version, body);
  return sized(w);
}

/** Encodes a response with its size prefix, as chunks for writev. */
export function encodeResponse<K extends ApiKey>(apiKey: K, version: number, correlationId: number, body: ApiResponses[K]): Uint8Array[] {
  const api = API_DEFINITIONS[apiKey] as ApiDefinition<K>;
  const w = new Writer();
  w.int32(0);
  encodeResponseHeader(w, responseHeaderVersion(api, version), { correlationId });
  api.encodeResponse(w, version, body);
  return sized(w);
}

function sized(w: Writer): Uint8Array[] {
  const size = w.length - 4;
  w.patchInt32(0, size);
  return w.chunks();
}

export function concat(chunks: readonly Uint8Array[]): Buffer {
  return Buffer.concat(chunks);
}
