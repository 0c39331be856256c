// The range cache keeps what the uploader uploaded (write-through): reads of just-uploaded offsets
// come from memory as the produced batches themselves, with no ranged GET; small batches that are
// part of a larger buffer are copied so the cache does not keep the larger buffer; the cache counts
// the memory it holds. On the real WAL and the real folder object store, in a temp directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type StorageOptions } from './index.ts';
import { openObjectStore } from './object-store/index.ts';
import { delegating } from './object-store/delegate.ts';
import { encodeBatch, decodeRecords, splitBatches } from '../protocol/records/index.ts';

const quiet: Partial<StorageOptions> = { uploadIntervalMs: 3_600_000, maintenanceIntervalMs: 0 };

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'weir-write-through-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function batch(value: string): Buffer {
  return encodeBatch({ records: [{ key: null, value: Buffer.from(value), timestamp: 1_700_000_000_000n }] });
}

/** Values of every record in a list of buffers of whole batches (shortened: first letter and length). */
function values(parts: readonly Buffer[]): string[] {
  return parts.flatMap((p) => splitBatches(p).batches.flatMap((b) => decodeRecords(b.bytes).records.map((r) => `${r.value!.toString().slice(0, 1)}${r.value!.length}`)));
}

test('just-uploaded batches are read from the cache, as the very buffers produced, with no ranged GET', async (t) => {
  const dir = tempDir(t);
  const inner = await openObjectStore(join(dir, 'objects'));
  const gets: string[] = [];
  const store = delegating(inner, { getRange: (k, a, b) => (gets.push(k), inner.getRange(k, a, b)) });
  const s = await openStorage({ dataDir: dir, objectStore: store, ...quiet });
  s.log.createTopic('t', 1);
  // Batches that are a large share of their buffer (as a large produce request's batches are) are kept as they are.
  const produced = ['a'.repeat(20_000), 'b'.repeat(20_000), 'c'.repeat(20_000)].map(batch);
  for (const b of produced) await s.log.append('t', 0, b);
  await s.log.uploader.upload();
  assert.equal(s.log.stream('t', 0).hot.length, 0);

  const r = await s.log.readBatches('t', 0, 0n, 1 << 20);
  assert.ok(r.kind === 'ok' && r.records !== null);
  assert.deepEqual(values(r.records), ['a20000', 'b20000', 'c20000']);
  assert.equal(r.records.length, 3);
  r.records.forEach((part, i) => assert.equal(part.buffer, produced[i]!.buffer, `batch ${i} is the produced buffer, not a copy`));
  // From the middle, and joined for read().
  const mid = await s.log.read('t', 0, 1n, 1 << 20);
  assert.ok(mid.kind === 'ok' && mid.records !== null);
  assert.deepEqual(values([mid.records]), ['b20000', 'c20000']);
  assert.deepEqual(gets, [], 'no ranged GET for just-uploaded data');

  // The object holds the same bytes: with the cache dropped, a cold read gives the same records.
  s.log.cache.drop(s.log.stream('t', 0).ranges[0]!.objectKey);
  const cold = await s.log.readBatches('t', 0, 0n, 1 << 20);
  assert.ok(cold.kind === 'ok' && cold.records !== null);
  assert.deepEqual(values(cold.records), ['a20000', 'b20000', 'c20000']);
  assert.equal(gets.length, 1);
  await s.close();
});

test('small batches inside a larger buffer are copied, together, so the cache keeps only their bytes', async (t) => {
  const dir = tempDir(t);
  const s = await openStorage({ dataDir: dir, ...quiet });
  s.log.createTopic('t', 1);
  // Three small batches as subarrays of one 64 KiB buffer, as small requests read in one socket chunk are.
  const chunk = Buffer.alloc(65_536);
  const small = ['x', 'y', 'z'].map(batch);
  let at = 0;
  const views = small.map((b) => {
    b.copy(chunk, at);
    const v = chunk.subarray(at, at + b.length);
    at += b.length;
    return v;
  });
  for (const v of views) await s.log.append('t', 0, v);
  await s.log.uploader.upload();

  const r = await s.log.readBatches('t', 0, 0n, 1 << 20);
  assert.ok(r.kind === 'ok' && r.records !== null);
  assert.deepEqual(values(r.records), ['x1', 'y1', 'z1']);
  assert.equal(r.records.length, 1, 'neighbouring small batches are one piece');
  assert.notEqual(r.records[0]!.buffer, chunk.buffer);
  const held = small.reduce((n, b) => n + b.length, 0);
  assert.ok(s.log.cache.size < 16_384, `the cache holds ${s.log.cache.size} bytes for ${held} bytes of batches, not the 64 KiB buffer`);
  await s.close();
});

test('the cache counts each buffer it holds once and evicts the least recently used beyond capacity', async (t) => {
  const dir = tempDir(t);
  const s = await openStorage({ dataDir: dir, ...quiet, cacheBytes: 100_000 });
  s.log.createTopic('t', 2);
  // One buffer holding a batch for each partition, as one produce request for two partitions does.
  const a = batch('p'.repeat(30_000));
  const b = batch('q'.repeat(30_000));
  const request = Buffer.concat([a, b]);
  await s.log.append('t', 0, request.subarray(0, a.length));
  await s.log.append('t', 1, request.subarray(a.length));
  await s.log.uploader.upload();
  assert.equal(s.log.cache.size, request.buffer.byteLength, 'two ranges in one buffer: counted once, whole');

  // A further 60 KB upload pushes the total past 100 KB: the oldest ranges (and their buffer) go.
  const c = batch('r'.repeat(60_000));
  await s.log.append('t', 0, c);
  await s.log.uploader.upload();
  assert.equal(s.log.cache.size, c.buffer.byteLength);
  const r = await s.log.readBatches('t', 0, 1n, 1 << 20);
  assert.ok(r.kind === 'ok' && r.records !== null && r.records[0]!.buffer === c.buffer);
  await s.close();
});
