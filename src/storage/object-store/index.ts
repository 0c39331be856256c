// The object-store layer's entry point: the interface, and openObjectStore(url) which picks a
// driver from a URL — a plain path or file: URL → folder (fs.ts); s3://bucket/prefix?endpoint=…&
// region=…&path-style=true → S3 (s3.ts), credentials from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/
// AWS_SESSION_TOKEN and region from AWS_REGION unless given. Unknown schemes or query parameters
// are CONFIG_INVALID. Deliberately not here: other clouds' native APIs (gs:, az:), caching.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WeirError } from '../../util/errors.ts';
import { openFsObjectStore, type FsObjectStoreOptions } from './fs.ts';
import { S3ObjectStore, type S3ObjectStoreOptions } from './s3.ts';
import type { ObjectStore } from './types.ts';

export type { ObjectInfo, ObjectStore, PutIfAbsentResult } from './types.ts';
export { FsObjectStore, openFsObjectStore, type FsObjectStoreOptions } from './fs.ts';
export { S3ObjectStore, type S3ObjectStoreOptions } from './s3.ts';

export interface OpenObjectStoreOptions {
  fs?: FsObjectStoreOptions;
  /** Tuning and overrides for s3:// URLs (multipart sizes, retries, credentials). */
  s3?: Partial<S3ObjectStoreOptions>;
}

const S3_PARAMS = new Set(['endpoint', 'region', 'path-style']);

function invalid(url: string, why: string): WeirError {
  return new WeirError('CONFIG_INVALID', `Invalid object store URL ${JSON.stringify(url)}: ${why}`, {
    where: url,
    hint: 'Use a folder path, file:///path, or s3://bucket/prefix?endpoint=http://host:port&region=us-east-1&path-style=true',
  });
}

/** Parses an s3:// URL into driver options (exported for tests). */
export function parseS3Url(url: string): S3ObjectStoreOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(url, 'it is not a URL');
  }
  if (parsed.hostname === '') throw invalid(url, 'no bucket name');
  for (const name of parsed.searchParams.keys()) {
    if (!S3_PARAMS.has(name)) throw invalid(url, `unknown parameter "${name}" (known: ${[...S3_PARAMS].join(', ')})`);
  }
  const endpoint = parsed.searchParams.get('endpoint') ?? undefined;
  const region = parsed.searchParams.get('region') ?? undefined;
  const pathStyle = parsed.searchParams.get('path-style');
  if (pathStyle !== null && pathStyle !== 'true' && pathStyle !== 'false') throw invalid(url, 'path-style must be true or false');
  if (endpoint !== undefined && !/^https?:\/\/[^/]+\/?$/.test(endpoint)) throw invalid(url, `endpoint "${endpoint}" must be http(s)://host[:port]`);
  return {
    bucket: parsed.hostname,
    prefix: decodeURIComponent(parsed.pathname.replace(/^\/+/, '')),
    // S3-compatible servers mostly need path-style; AWS itself wants virtual-hosted style.
    forcePathStyle: pathStyle === null ? endpoint !== undefined : pathStyle === 'true',
    ...(endpoint === undefined ? {} : { endpoint: endpoint.replace(/\/$/, '') }),
    ...(region === undefined ? {} : { region }),
  };
}

export async function openObjectStore(url: string, options: OpenObjectStoreOptions = {}): Promise<ObjectStore> {
  if (url === '') throw invalid(url, 'it is empty');
  if (url.startsWith('s3://')) return new S3ObjectStore({ ...parseS3Url(url), ...options.s3 });
  if (url.startsWith('file:')) {
    let path: string;
    try {
      path = fileURLToPath(url);
    } catch (err) {
      throw invalid(url, err instanceof Error ? err.message : String(err));
    }
    return openFsObjectStore(path, options.fs);
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]+):/.exec(url)?.[1];
  if (scheme !== undefined) throw invalid(url, `unsupported scheme "${scheme}:" (supported: a folder path, file:, s3:)`);
  return openFsObjectStore(resolve(url), options.fs);
}
