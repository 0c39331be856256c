// Object store on any S3-compatible endpoint through @aws-sdk/client-s3: key "a/b" is object
// <prefix>a/b in the bucket. Large puts (above multipartThreshold) go up as multipart uploads of
// partSize parts, aborted on failure (s3-multipart.ts); getRange is a ranged GET; list pages through ListObjectsV2;
// delete sends DeleteObjects in batches of ≤1000; putIfAbsent is a PUT with `If-None-Match: *`
// (412 → the existing object is read and returned), which needs an endpoint that honours it (AWS
// since 2024, MinIO, Ceph RGW, R2; s3rver ignores it). Retries: see s3-retry.ts.
// Deliberately not done: streaming bodies, SSE/KMS options, bucket creation, emulating conditional
// writes on endpoints without them, putIfAbsent above the single-PUT limit (5 GiB).
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { setTimeout as sleep } from 'node:timers/promises';
import { WeirError } from '../../util/errors.ts';
import { logger } from '../../util/log.ts';
import { checkKey, checkPrefix, checkRange, compareKeys, isValidKey } from './keys.ts';
import { putMultipart } from './s3-multipart.ts';
import { backoffMs, describeS3Error, isRetriable, statusOf } from './s3-retry.ts';
import type { ObjectInfo, ObjectStore, PutIfAbsentResult } from './types.ts';

const log = logger('object-store');
const MiB = 1024 * 1024;

export interface S3ObjectStoreOptions {
  bucket: string;
  /** Key prefix inside the bucket ("" or "weir/cluster-1"); a trailing "/" is added. */
  prefix?: string;
  /** e.g. "http://127.0.0.1:9000"; omitted for AWS itself. */
  endpoint?: string;
  region?: string;
  /** Path-style addressing (http://host/bucket/key), needed by most S3-compatible servers. */
  forcePathStyle?: boolean;
  /** Default: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, else the SDK's chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  multipartThreshold?: number; // bytes; default 16 MiB
  partSize?: number; // bytes, ≥ 5 MiB (S3's minimum); default 8 MiB
  partConcurrency?: number; // default 4
  maxAttempts?: number; // per request, default 6
  baseDelayMs?: number; // default 100
  maxDelayMs?: number; // default 10 000
  connectionTimeoutMs?: number; // default 5 000
  requestTimeoutMs?: number; // socket inactivity, default 30 000
}

/** A GET's whole body; a body shorter than Content-Length counts as a dropped connection (retried). */
async function readBody(out: { Body?: { transformToByteArray(): Promise<Uint8Array> }; ContentLength?: number }): Promise<Buffer> {
  const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array(0);
  if (out.ContentLength !== undefined && bytes.byteLength !== out.ContentLength) {
    throw Object.assign(new Error(`body ended after ${bytes.byteLength} of ${out.ContentLength} bytes`), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export class S3ObjectStore implements ObjectStore {
  readonly description: string;
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly #prefix: string;
  readonly #o: Required<Pick<S3ObjectStoreOptions, 'multipartThreshold' | 'partSize' | 'partConcurrency' | 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>>;

  constructor(options: S3ObjectStoreOptions) {
    const prefix = (options.prefix ?? '').replace(/\/+$/, '');
    const where = `s3://${options.bucket}/${prefix}`;
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(options.bucket)) {
      throw new WeirError('CONFIG_INVALID', `Invalid S3 bucket name ${JSON.stringify(options.bucket)} in ${where}`, { where });
    }
    if (prefix !== '') checkPrefix(prefix, where);
    this.#bucket = options.bucket;
    this.#prefix = prefix === '' ? '' : `${prefix}/`;
    this.description = options.endpoint === undefined ? `${where} (AWS)` : `${where} at ${options.endpoint}`;
    this.#o = {
      multipartThreshold: options.multipartThreshold ?? 16 * MiB,
      partSize: options.partSize ?? 8 * MiB,
      partConcurrency: options.partConcurrency ?? 4,
      maxAttempts: options.maxAttempts ?? 6,
      baseDelayMs: options.baseDelayMs ?? 100,
      maxDelayMs: options.maxDelayMs ?? 10_000,
    };
    if (this.#o.partSize < 5 * MiB || this.#o.partConcurrency < 1 || this.#o.maxAttempts < 1) {
      throw new WeirError('CONFIG_INVALID', `Invalid S3 options for ${this.description}: partSize must be ≥ 5 MiB, partConcurrency and maxAttempts ≥ 1`, { where });
    }
    const env = process.env;
    const credentials =
      options.credentials ??
      (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) }
        : undefined);
    this.#client = new S3Client({
      region: options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
      forcePathStyle: options.forcePathStyle ?? false,
      maxAttempts: 1, // retries are ours (s3-retry.ts)
      requestChecksumCalculation: 'WHEN_REQUIRED', // S3-compatible servers vary in flexible-checksum support
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: options.connectionTimeoutMs ?? 5_000, requestTimeout: options.requestTimeoutMs ?? 30_000 },
      ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
      ...(credentials === undefined ? {} : { credentials }),
    });
  }

  async get(key: string): Promise<Buffer> {
    checkKey(key, this.description);
    return this.#call('read', key, async () => {
      const out = await this.#client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: this.#prefix + key }));
      return readBody(out);
    });
  }

  async getRange(key: string, start: number, end: number): Promise<Buffer> {
    checkKey(key, this.description);
    checkRange(key, start, end, this.description);
    const empty = async (): Promise<Buffer> => {
      if ((await this.head(key)) === null) throw this.#fail('read', key, { name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } });
      return Buffer.alloc(0);
    };
    if (start === end) return empty();
    try {
      return await this.#call('read', key, async () => {
        const Range = `bytes=${start}-${end - 1}`;
        const out = await this.#client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: this.#prefix + key, Range }));
        const body = await readBody(out);
        return out.ContentRange === undefined ? body.subarray(start, end) : body; // server ignored Range
      });
    } catch (err) {
      if ((err as WeirError).cause !== undefined && statusOf((err as WeirError).cause) === 416) return empty(); // start ≥ size
      throw err;
    }
  }

  async head(key: string): Promise<ObjectInfo | null> {
    checkKey(key, this.description);
    try {
      const out = await this.#call('stat', key, () => this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: this.#prefix + key })));
      return { key, size: out.ContentLength ?? 0 };
    } catch (err) {
      if ((err as WeirError).code === 'OBJECT_NOT_FOUND') return null;
      throw err;
    }
  }

  async put(key: string, data: Uint8Array | readonly Uint8Array[]): Promise<void> {
    checkKey(key, this.description);
    const body = data instanceof Uint8Array ? data : Buffer.concat(data);
    if (body.byteLength > this.#o.multipartThreshold) return this.#putMultipart(key, body);
    await this.#call('write', key, () => this.#client.send(new PutObjectCommand({ Bucket: this.#bucket, Key: this.#prefix + key, Body: body })));
  }

  async putIfAbsent(key: string, data: Uint8Array): Promise<PutIfAbsentResult> {
    checkKey(key, this.description);
    for (let attempt = 1; ; attempt++) {
      try {
        const put = new PutObjectCommand({ Bucket: this.#bucket, Key: this.#prefix + key, Body: data, IfNoneMatch: '*' });
        // 409 ConditionalRequestConflict: a concurrent conditional write is in flight; AWS says retry.
        await this.#call('create', key, () => this.#client.send(put), (err) => statusOf(err) === 409);
        return { created: true };
      } catch (err) {
        if (statusOf((err as WeirError).cause) !== 412) throw err;
      }
      try {
        return { created: false, existing: await this.get(key) };
      } catch (err) {
        if ((err as WeirError).code !== 'OBJECT_NOT_FOUND' || attempt >= 3) throw err; // deleted meanwhile
      }
    }
  }

  async list(prefix: string): Promise<ObjectInfo[]> {
    checkPrefix(prefix, this.description);
    const out: ObjectInfo[] = [];
    let token: string | undefined;
    do {
      const page = await this.#call('list', prefix, () =>
        this.#client.send(new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: this.#prefix + prefix, ContinuationToken: token })),
      );
      for (const item of page.Contents ?? []) {
        const key = (item.Key ?? '').slice(this.#prefix.length);
        if (isValidKey(key)) out.push({ key, size: item.Size ?? 0 }); // skips folder markers "x/" and foreign keys
      }
      token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
      if (page.IsTruncated === true && token === undefined) throw this.#fail('list', prefix, new Error('truncated listing without a continuation token'));
    } while (token !== undefined);
    return out.sort((a, b) => compareKeys(a.key, b.key));
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (const key of keys) checkKey(key, this.description);
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      const first = batch[0] ?? '';
      const op = batch.length === 1 ? 'delete' : `delete a batch of ${batch.length} keys, the first being`;
      const out = await this.#call(op, first, () =>
        this.#client.send(
          new DeleteObjectsCommand({ Bucket: this.#bucket, Delete: { Quiet: true, Objects: batch.map((k) => ({ Key: this.#prefix + k })) } }),
        ),
      );
      const errors = (out.Errors ?? []).filter((e) => e.Code !== 'NoSuchKey');
      const e = errors[0];
      if (e !== undefined) {
        const key = (e.Key ?? '').slice(this.#prefix.length);
        throw new WeirError('STORAGE_IO', `Cannot delete object ${key} in ${this.description}: ${e.Code}: ${e.Message} (${errors.length} of ${batch.length} keys in the batch failed)`, {
          where: key,
          retriable: isRetriable({ name: e.Code }),
        });
      }
    }
  }

  async close(): Promise<void> {
    this.#client.destroy();
  }

  #putMultipart(key: string, body: Uint8Array): Promise<void> {
    const { partSize, partConcurrency } = this.#o;
    const call = <T>(op: string, request: () => Promise<T>) => this.#call(op, key, request);
    return putMultipart({ client: this.#client, bucket: this.#bucket, objectKey: this.#prefix + key, body, partSize, partConcurrency, call }).catch((err: unknown) => {
      throw this.#fail('upload', key, err);
    });
  }

  /** Runs one S3 request with retries; failures come out as WeirErrors naming key and store. */
  async #call<T>(op: string, key: string, request: () => Promise<T>, alsoRetriable?: (err: unknown) => boolean): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request();
      } catch (err) {
        if (!(isRetriable(err) || alsoRetriable?.(err) === true)) throw this.#fail(op, key, err);
        if (attempt >= this.#o.maxAttempts) {
          throw new WeirError('OBJECT_STORE_UNAVAILABLE', `Cannot ${op} object ${key} in ${this.description}: ${describeS3Error(err)} (gave up after ${attempt} attempts)`, {
            where: key,
            cause: err,
          });
        }
        const delay = backoffMs(attempt, this.#o.baseDelayMs, this.#o.maxDelayMs);
        log.debug({ store: this.description, key, op, attempt, delay, err: describeS3Error(err) }, 'retrying S3 request');
        await sleep(delay);
      }
    }
  }

  #fail(op: string, key: string, err: unknown): WeirError {
    if (err instanceof WeirError) return err;
    const status = statusOf(err);
    const name = (err as { name?: string } | null)?.name ?? '';
    const what = `Cannot ${op} object ${key} in ${this.description}: ${describeS3Error(err)}`;
    if (status === 404 && name !== 'NoSuchBucket' && name !== 'NoSuchUpload') {
      return new WeirError('OBJECT_NOT_FOUND', `Object ${key} not found in ${this.description}`, { where: key, cause: err });
    }
    if (status === 403 || status === 401 || name === 'NoSuchBucket' || name === 'CredentialsProviderError') {
      return new WeirError('CONFIG_INVALID', what, { where: key, cause: err, hint: 'Check the bucket, endpoint, region and credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' });
    }
    return new WeirError('STORAGE_IO', what, { where: key, cause: err, retriable: false });
  }
}
