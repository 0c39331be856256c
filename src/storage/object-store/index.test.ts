// Tests for openObjectStore's URL handling (index.ts); the drivers have their own tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FsObjectStore, S3ObjectStore, openObjectStore, parseS3Url } from './index.ts';

test('s3:// URLs give bucket, prefix, endpoint, region and path style', () => {
  assert.deepEqual(parseS3Url('s3://my-bucket/weir/cluster-1?endpoint=http://127.0.0.1:9000&region=eu-west-1&path-style=true'), {
    bucket: 'my-bucket',
    prefix: 'weir/cluster-1',
    endpoint: 'http://127.0.0.1:9000',
    region: 'eu-west-1',
    forcePathStyle: true,
  });
  assert.deepEqual(parseS3Url('s3://b-1'), { bucket: 'b-1', prefix: '', forcePathStyle: false });
  assert.equal(parseS3Url('s3://b-1/p?endpoint=http://h:1').forcePathStyle, true, 'a custom endpoint defaults to path style');
  assert.equal(parseS3Url('s3://b-1/p?endpoint=http://h:1&path-style=false').forcePathStyle, false);
});

test('bad URLs are CONFIG_INVALID naming the URL', async () => {
  for (const url of ['', 's3:///prefix', 's3://b-1/p?endpont=http://h:1', 's3://b-1?path-style=yes', 's3://b-1?endpoint=ftp://h', 'gs://bucket/x', 's3://UPPER_case/x']) {
    await assert.rejects(openObjectStore(url), (err: Error & { code?: string }) => {
      assert.equal(err.code, 'CONFIG_INVALID', `${url}: ${err.message}`);
      assert.ok(err.message.includes(url), err.message);
      return true;
    });
  }
});

test('paths and file: URLs open a folder store; s3:// an S3 store', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'weir-open-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const byPath = await openObjectStore(join(dir, 'a'));
  assert.ok(byPath instanceof FsObjectStore);
  assert.equal(byPath.description, `folder ${join(dir, 'a')}`);
  const byUrl = await openObjectStore(pathToFileURL(join(dir, 'b')).href);
  assert.equal(byUrl.description, `folder ${join(dir, 'b')}`);
  const s3 = await openObjectStore('s3://weir-data/cluster?endpoint=http://127.0.0.1:1&region=us-east-1', { s3: { maxAttempts: 1 } });
  assert.ok(s3 instanceof S3ObjectStore);
  assert.equal(s3.description, 's3://weir-data/cluster at http://127.0.0.1:1');
  await s3.close();
});
