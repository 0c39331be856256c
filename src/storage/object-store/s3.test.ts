// S3-driver tests beyond the conformance suite: retries (503 SlowDown, 500, dropped connections,
// refused connections) and giving up, client errors, credentials, multipart requests and abort,
// the If-None-Match header of putIfAbsent, listings with foreign keys. The server is the real
// s3rver on 127.0.0.1; failures are injected by a small recording HTTP proxy in front of it
// (test/conformance/s3-test-server.ts), a test double for the external service.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { S3ObjectStore, type S3ObjectStoreOptions } from './s3.ts';
import { BUCKET, S3RVER_CREDENTIALS, startS3Proxy, startS3rver, type ProxyAction, type SeenRequest, type TestProxy, type TestS3 } from '../../../test/conformance/s3-test-server.ts';

const MiB = 1024 * 1024;
type Failure = Error & { code?: string; where?: string; retriable?: boolean };

describe('S3ObjectStore against s3rver behind a fault-injecting proxy', () => {
  let s3rver: TestS3;
  let proxy: TestProxy;
  let n = 0;
  const open = (endpoint: string, extra: Partial<S3ObjectStoreOptions> = {}) =>
    new S3ObjectStore({ bucket: BUCKET, prefix: `s3test-${++n}`, endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3RVER_CREDENTIALS, baseDelayMs: 1, maxDelayMs: 5, ...extra });
  /** Answers the first actions in order, then forwards everything. */
  const script = (...actions: ProxyAction[]) => {
    proxy.decide = () => actions.shift() ?? { kind: 'forward' };
  };
  const requests = (pattern: RegExp) => proxy.seen.filter((r) => pattern.test(`${r.method} ${r.url}`));

  before(async () => {
    s3rver = await startS3rver();
    proxy = await startS3Proxy(s3rver.endpoint);
  });
  after(async () => {
    await proxy.stop();
    await s3rver.stop();
  });
  beforeEach(() => {
    proxy.seen.length = 0;
    proxy.decide = () => ({ kind: 'forward' });
  });

  test('retries 503 SlowDown, 500 and dropped connections, then succeeds', async () => {
    const store = open(proxy.endpoint);
    script({ kind: 'respond', status: 503, code: 'SlowDown' }, { kind: 'respond', status: 500, code: 'InternalError' }, { kind: 'reset' });
    await store.put('k', Buffer.from('value'));
    assert.equal(proxy.seen.length, 4);
    script({ kind: 'reset' }, { kind: 'respond', status: 503, code: 'SlowDown' });
    assert.equal((await store.get('k')).toString(), 'value');
    assert.equal(proxy.seen.length, 7);
    await store.close();
  });

  test('gives up after maxAttempts with OBJECT_STORE_UNAVAILABLE naming key and endpoint', async () => {
    const store = open(proxy.endpoint, { maxAttempts: 3 });
    proxy.decide = () => ({ kind: 'respond', status: 503, code: 'SlowDown' });
    await assert.rejects(store.get('a/k'), (err: Failure) => {
      assert.equal(err.code, 'OBJECT_STORE_UNAVAILABLE');
      assert.equal(err.retriable, true);
      assert.equal(err.where, 'a/k');
      for (const part of ['a/k', proxy.endpoint, 'SlowDown', '3 attempts']) assert.ok(err.message.includes(part), err.message);
      return true;
    });
    assert.equal(proxy.seen.length, 3);
  });

  test('an unreachable endpoint is retried, then OBJECT_STORE_UNAVAILABLE', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const store = open(endpoint, { maxAttempts: 2 });
    await assert.rejects(store.head('x/y'), (err: Failure) => {
      assert.equal(err.code, 'OBJECT_STORE_UNAVAILABLE');
      assert.ok(err.message.includes('x/y') && err.message.includes(endpoint) && err.message.includes('ECONNREFUSED'), err.message);
      return true;
    });
  });

  test('client errors are not retried', async () => {
    const store = open(proxy.endpoint);
    script({ kind: 'respond', status: 403, code: 'AccessDenied' });
    await assert.rejects(store.put('k', Buffer.from('x')), (err: Failure) => err.code === 'CONFIG_INVALID' && err.message.includes('AccessDenied'));
    script({ kind: 'respond', status: 400, code: 'InvalidArgument' });
    await assert.rejects(store.get('k'), (err: Failure) => err.code === 'STORAGE_IO' && err.retriable === false && err.message.includes('k in s3://'));
    assert.equal(proxy.seen.length, 2);
  });

  test('wrong credentials give CONFIG_INVALID naming key and store', async () => {
    const store = open(s3rver.endpoint, { credentials: { accessKeyId: 'WRONG', secretAccessKey: 'WRONG' } });
    await assert.rejects(store.put('k', Buffer.from('x')), (err: Failure) => {
      assert.equal(err.code, 'CONFIG_INVALID');
      assert.ok(err.message.includes('k') && err.message.includes(store.description), err.message);
      return true;
    });
  });

  test('credentials and region come from the AWS_* environment variables', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' });
    try {
      const store = new S3ObjectStore({ bucket: BUCKET, prefix: 'env', endpoint: s3rver.endpoint, forcePathStyle: true });
      await store.put('k', Buffer.from('from env'));
      assert.equal((await store.get('k')).toString(), 'from env');
    } finally {
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION']) if (saved[name] === undefined) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });

  test('multipart: above the threshold, parts of partSize, then complete', async () => {
    const store = open(proxy.endpoint, { multipartThreshold: 6 * MiB, partSize: 5 * MiB, partConcurrency: 2 });
    const big = Buffer.alloc(12 * MiB + 1, 9);
    await store.put('big', [big.subarray(0, MiB), big.subarray(MiB)]);
    assert.equal(requests(/^POST .*\?uploads/).length, 1);
    const parts = requests(/^PUT .*partNumber=/).sort((a, b) => a.bodyLength - b.bodyLength);
    assert.deepEqual(parts.map((r) => r.bodyLength), [2 * MiB + 1, 5 * MiB, 5 * MiB]);
    assert.equal(requests(/^POST .*uploadId=/).length, 1);
    assert.ok((await store.get('big')).equals(big));
    proxy.seen.length = 0;
    await store.put('at-threshold', Buffer.alloc(6 * MiB)); // not above: one PUT
    assert.deepEqual(proxy.seen.map((r: SeenRequest) => r.method), ['PUT']);
  });

  test('a failed multipart upload is aborted and leaves no object', async () => {
    const store = open(proxy.endpoint, { multipartThreshold: 6 * MiB, partSize: 5 * MiB, partConcurrency: 1 });
    proxy.decide = (r) => (/partNumber=2/.test(r.url) ? { kind: 'respond', status: 400, code: 'BadDigest' } : { kind: 'forward' });
    await assert.rejects(store.put('big', Buffer.alloc(11 * MiB)), (err: Failure) => err.code === 'STORAGE_IO' && err.where === 'big' && err.message.includes('part 2/3'));
    assert.equal(requests(/^DELETE .*uploadId=/).length, 1);
    assert.equal(requests(/partNumber=3/).length, 0);
    assert.equal(await store.head('big'), null);
  });

  test('putIfAbsent sends If-None-Match: * and returns the existing object on 412', async () => {
    const store = open(proxy.endpoint);
    assert.deepEqual(await store.putIfAbsent('once', Buffer.from('first')), { created: true });
    proxy.decide = (r) => (r.method === 'PUT' ? { kind: 'respond', status: 412, code: 'PreconditionFailed' } : { kind: 'forward' });
    const again = await store.putIfAbsent('once', Buffer.from('second'));
    assert.deepEqual(again, { created: false, existing: Buffer.from('first') });
    const puts = requests(/^PUT /);
    assert.equal(puts.length, 2);
    for (const put of puts) assert.equal(put.headers['if-none-match'], '*');
  });

  test('putIfAbsent retries 409 ConditionalRequestConflict', async () => {
    const store = open(proxy.endpoint);
    script({ kind: 'respond', status: 409, code: 'ConditionalRequestConflict' });
    assert.deepEqual(await store.putIfAbsent('k', Buffer.from('v')), { created: true });
    assert.equal(requests(/^PUT /).length, 2);
  });

  test('list skips folder markers and keys outside the key rules', async () => {
    const store = open(s3rver.endpoint);
    const raw = new S3Client({ endpoint: s3rver.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
    const prefix = `s3test-${n}/`;
    for (const key of ['dir/', 'bad key', 'ok/1']) await raw.send(new PutObjectCommand({ Bucket: BUCKET, Key: prefix + key, Body: 'x' }));
    raw.destroy();
    assert.deepEqual(await store.list(''), [{ key: 'ok/1', size: 1 }]);
  });
});
