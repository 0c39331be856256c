// The API registry: each file under ./apis registers its handler with the versions it serves
// (STYLE example 2). ApiVersions advertises exactly what is registered; a duplicate registration
// throws at start-up.
import type { ApiKey, ApiRequests, ApiResponses } from '../protocol/generated/apis.ts';
import { API_DEFINITIONS } from '../protocol/generated/apis.ts';
import type { RequestHeader } from '../protocol/frames.ts';
import type { Broker } from './broker.ts';

/** What a handler knows about the request besides its body. */
export interface RequestContext {
  readonly version: number;
  readonly header: RequestHeader;
  readonly broker: Broker;
  /** The client's address, `host:port`. */
  readonly peer: string;
}

/** Returned by a handler for a request that gets no response (Produce with acks=0). */
export const NO_RESPONSE = Symbol('no response');

export type Handler<K extends ApiKey> = (request: ApiRequests[K], ctx: RequestContext) => Promise<ApiResponses[K] | typeof NO_RESPONSE> | ApiResponses[K] | typeof NO_RESPONSE;

export interface Registration {
  readonly key: ApiKey;
  readonly minVersion: number;
  readonly maxVersion: number;
  readonly handler: Handler<ApiKey>;
}

const registry = new Map<number, Registration>();

export function registerApi<K extends ApiKey>(key: K, minVersion: number, maxVersion: number, handler: Handler<K>): void {
  const def = API_DEFINITIONS[key];
  if (registry.has(key)) throw new Error(`API ${def.name} (${key}) is registered twice`);
  if (minVersion < def.minVersion || maxVersion > def.maxVersion || minVersion > maxVersion) {
    throw new Error(`API ${def.name} (${key}): versions ${minVersion}-${maxVersion} are outside the definitions' ${def.minVersion}-${def.maxVersion}`);
  }
  registry.set(key, { key, minVersion, maxVersion, handler: handler as unknown as Handler<ApiKey> });
}

export function registration(key: number): Registration | undefined {
  return registry.get(key);
}

/** Every registered API in key order, as ApiVersions advertises them. */
export function registeredApis(): Registration[] {
  return [...registry.values()].sort((a, b) => a.key - b.key);
}

/** The ApiVersions answer: every registered API with its versions; no features (KIP-584) are advertised. */
export function apiVersionsBody(errorCode: number): ApiResponses[18] {
  return {
    errorCode,
    apiKeys: registeredApis().map((r) => ({ apiKey: r.key, minVersion: r.minVersion, maxVersion: r.maxVersion })),
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
}
