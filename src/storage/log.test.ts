// The log end to end on the real WAL and the real folder object store, in a temp directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type Storage, type StorageOptions } from './index.ts';
import { openObjectStore } from './object-store/index.ts';
import { delegating } from './object-store/delegate.ts';
import { encodeBatch, decodeRecords, splitBatches } from '../protocol/records/index.ts';

const T0 = 1_700_000_000_000;

function batch(values: { key?: string; value: string | null; ts?: number }[]): Buffer {
  return encodeBatch({
    records: values.map((v, i) => ({ key: v.key === undefined ? null : Buffer.from(v.key), value: v.value === null ? null : Buffer.from(v.value), timestamp: BigInt(v.ts ?? T0 + i) })),
  });
}

/** Every record of a partition from `from`, as "offset:key=value" strings, read in small steps. */
async function readAll(s: Storage, topic: string, partition: number, from = 0n, maxBytes = 300): Promise<string[]> {
  const out: string[] = [];
  let offset = from;
  for (;;) {
    const r = await s.log.read(topic, partition, offset, maxBytes);
    assert.equal(r.kind, 'ok');
    if (r.kind !== 'ok' || r.records === null) return out;
    for (const b of splitBatches(r.records).batches) {
      for (const rec of decodeRecords(b.bytes).records) {
        if (rec.offset < offset) continue;
        out.push(`${rec.offset}:${rec.key?.toString() ?? ''}=${rec.value?.toString() ?? 'null'}`);
        offset = rec.offset + 1n;
      }
      const last = decodeRecords(b.bytes).header;
      offset = last.baseOffset + BigInt(last.lastOffsetDelta) + 1n > offset ? last.baseOffset + BigInt(last.lastOffsetDelta) + 1n : offset;
    }
  }
}

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'weir-log-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const quiet: Partial<StorageOptions> = { uploadIntervalMs: 3_600_000, maintenanceIntervalMs: 0 };

test('appends get contiguous offsets per partition and read back, hot, cold and after restart', async (t) => {
  const dir = tempDir(t);
  let s = await openStorage({ dataDir: dir, ...quiet });
  s.log.createTopic('orders', 2);
  const bases: bigint[] = [];
  for (let i = 0; i < 5; i++) bases.push((await s.log.append('orders', i % 2, batch([{ key: `k${i}`, value: `v${i}` }, { key: `k${i}b`, value: `w${i}` }]))).baseOffset);
  assert.deepEqual(bases, [0n, 0n, 2n, 2n, 4n]);
  assert.deepEqual(s.log.offsets('orders', 0), { logStartOffset: 0n, highWatermark: 6n });
  const hot = await readAll(s, 'orders', 0);
  assert.deepEqual(hot, ['0:k0=v0', '1:k0b=w0', '2:k2=v2', '3:k2b=w2', '4:k4=v4', '5:k4b=w4']);

  await s.log.uploader.upload();
  assert.equal(s.log.streamsById.size, 2);
  await s.close();

  // Restart on the same directory: everything comes back from objects (the WAL was trimmed).
  s = await openStorage({ dataDir: dir, ...quiet });
  assert.deepEqual(await readAll(s, 'orders', 0), hot);
  assert.deepEqual(await readAll(s, 'orders', 0, 3n), hot.slice(3));
  assert.equal((await s.log.append('orders', 0, batch([{ value: 'after' }]))).baseOffset, 6n);
  await s.close();

  // A fresh WAL directory over the same object store and metadata serves every uploaded record.
  s = await openStorage({ dataDir: dir, walDir: join(dir, 'fresh-wal'), ...quiet });
  assert.deepEqual(await readAll(s, 'orders', 0), [...hot, '6:=after']);
  assert.deepEqual(await readAll(s, 'orders', 1), ['0:k1=v1', '1:k1b=w1', '2:k3=v3', '3:k3b=w3']);
  await s.close();
});

test('un-uploaded appends are recovered from the WAL after a restart', async (t) => {
  const dir = tempDir(t);
  let s = await openStorage({ dataDir: dir, ...quiet });
  s.log.createTopic('t', 1);
  await s.log.append('t', 0, batch([{ value: 'a' }]));
  await s.log.uploader.upload();
  await s.log.append('t', 0, batch([{ value: 'b' }, { value: 'c' }]));
  await s.close({ upload: false });
  s = await openStorage({ dataDir: dir, ...quiet });
  assert.ok(s.recovery.replayedRecords >= 1);
  assert.deepEqual(await readAll(s, 't', 0), ['0:=a', '1:=b', '2:=c']);
  assert.equal((await s.log.append('t', 0, batch([{ value: 'd' }]))).baseOffset, 3n);
  await s.close();
});

test('timestamps: the first record at or after T, and the largest timestamp', async (t) => {
  const dir = tempDir(t);
  const s = await openStorage({ dataDir: dir, ...quiet });
  s.log.createTopic('t', 1);
  await s.log.append('t', 0, batch([{ value: 'a', ts: 100 }, { value: 'b', ts: 300 }]));
  await s.log.uploader.upload();
  await s.log.append('t', 0, batch([{ value: 'c', ts: 200 }, { value: 'd', ts: 500 }]));
  assert.deepEqual(await s.log.offsetForTimestamp('t', 0, 250n), { offset: 1n, timestamp: 300n });
  assert.deepEqual(await s.log.offsetForTimestamp('t', 0, 400n), { offset: 3n, timestamp: 500n });
  assert.equal(await s.log.offsetForTimestamp('t', 0, 501n), null);
  assert.deepEqual(await s.log.maxTimestamp('t', 0), { offset: 3n, timestamp: 500n });
  await s.close();
});

test('retention by time deletes whole objects and advances the log start', async (t) => {
  const dir = tempDir(t);
  let now = T0;
  const s = await openStorage({ dataDir: dir, ...quiet, now: () => now });
  s.log.createTopic('t', 1, { 'retention.ms': '1000' });
  await s.log.append('t', 0, batch([{ value: 'old1', ts: T0 }, { value: 'old2', ts: T0 + 10 }]));
  await s.log.uploader.upload();
  await s.log.append('t', 0, batch([{ value: 'new', ts: T0 + 5000 }]));
  await s.log.uploader.upload();
  await s.maintenance.compact();
  now = T0 + 5500;
  await s.maintenance.enforceRetention();
  assert.equal(s.log.offsets('t', 0).logStartOffset, 2n);
  assert.deepEqual(await readAll(s, 't', 0, 2n), ['2:=new']);
  assert.equal((await s.log.read('t', 0, 0n, 100)).kind, 'out-of-range');
  const keys = (await s.log.store.list('')).map((o) => o.key);
  assert.equal(keys.length, 1, `one object left: ${keys.join(', ')}`);
  await s.close();
});

test('retention by bytes keeps the newest ranges that fit', async (t) => {
  const dir = tempDir(t);
  const s = await openStorage({ dataDir: dir, ...quiet });
  const one = batch([{ value: 'x'.repeat(100) }]).length;
  s.log.createTopic('t', 1, { 'retention.bytes': String(one * 2), 'retention.ms': '-1' });
  for (let i = 0; i < 5; i++) {
    await s.log.append('t', 0, batch([{ value: `${i}`.repeat(100) }]));
    await s.log.uploader.upload();
  }
  await s.maintenance.enforceRetention();
  assert.equal(s.log.offsets('t', 0).logStartOffset, 3n);
  assert.deepEqual((await readAll(s, 't', 0, 3n)).map((r) => r.slice(0, 4)), ['3:=3', '4:=4']);
  await s.close();
});

test('key compaction keeps the newest record per key, and drops tombstones after delete.retention.ms', async (t) => {
  const dir = tempDir(t);
  let now = T0;
  const s = await openStorage({ dataDir: dir, ...quiet, now: () => now });
  s.log.createTopic('c', 1, { 'cleanup.policy': 'compact', 'delete.retention.ms': '1000' });
  await s.log.append('c', 0, batch([{ key: 'a', value: 'a1' }, { key: 'b', value: 'b1' }, { key: 'c', value: 'c1' }]));
  await s.log.append('c', 0, batch([{ key: 'a', value: 'a2' }, { key: 'b', value: null }]));
  await s.log.uploader.upload();
  await s.log.append('c', 0, batch([{ key: 'c', value: 'c2' }]));
  await s.log.uploader.upload();
  await s.maintenance.compactKeys();
  assert.deepEqual(await readAll(s, 'c', 0), ['3:a=a2', '4:b=null', '5:c=c2']);
  now = T0 + 2000;
  await s.maintenance.compactKeys();
  assert.deepEqual(await readAll(s, 'c', 0), ['3:a=a2', '5:c=c2']);
  assert.equal(s.log.offsets('c', 0).highWatermark, 6n);
  assert.equal((await s.log.append('c', 0, batch([{ key: 'a', value: 'a3' }]))).baseOffset, 6n);
  await s.close();
});

test('a cold read of one partition after compaction touches a handful of objects', async (t) => {
  const dir = tempDir(t);
  const inner = await openObjectStore(join(dir, 'objects'));
  const counts = { get: 0, getRange: 0, keys: new Set<string>() };
  const counting = delegating(inner, {
    get: (k) => (counts.get++, counts.keys.add(k), inner.get(k)),
    getRange: (k, a, b) => (counts.getRange++, counts.keys.add(k), inner.getRange(k, a, b)),
  });

  let s = await openStorage({ dataDir: dir, objectStore: counting, ...quiet });
  s.log.createTopic('t', 4);
  // 40 uploads, each a stream-set object holding all four partitions.
  for (let u = 0; u < 40; u++) {
    for (let p = 0; p < 4; p++) await s.log.append('t', p, batch([{ value: `u${u}p${p}` }]));
    await s.log.uploader.upload();
  }
  await s.maintenance.compact();
  await s.close();
  s = await openStorage({ dataDir: dir, objectStore: counting, ...quiet });
  counts.get = counts.getRange = 0;
  counts.keys.clear();
  const all = await readAll(s, 't', 2, 0n, 1 << 20);
  assert.equal(all.length, 40);
  assert.deepEqual(all.slice(0, 2), ['0:=u0p2', '1:=u1p2']);
  assert.ok(counts.keys.size <= 3, `read touched ${counts.keys.size} objects (${counts.getRange} ranged GETs)`);
  assert.ok(counts.getRange <= 3);
  await s.close();
});

test('cold reads: one ranged GET per range however many readers want it, and each read has the next range fetched ahead', async (t) => {
  const dir = tempDir(t);
  const inner = await openObjectStore(join(dir, 'objects'));
  const gets: string[] = [];
  const counting = delegating(inner, { getRange: (k, a, b) => (gets.push(`${k}@${a}`), inner.getRange(k, a, b)) });
  let s = await openStorage({ dataDir: dir, objectStore: counting, ...quiet });
  s.log.createTopic('t', 1);
  // Four uploads: four ranges of offsets 0, 1, 2, 3.
  for (let u = 0; u < 4; u++) {
    await s.log.append('t', 0, batch([{ value: `v${u}` }]));
    await s.log.uploader.upload();
  }
  await s.close();
  s = await openStorage({ dataDir: dir, objectStore: counting, ...quiet });
  const ranges = s.log.stream('t', 0).ranges.map((r) => `${r.objectKey}@${r.position}`);
  assert.equal(ranges.length, 4);
  gets.length = 0;
  // Three readers of offset 0 at once: range 0 is read once, range 1 fetched ahead once.
  const first = await Promise.all([0, 1, 2].map(() => s.log.read('t', 0, 0n, 1 << 20)));
  for (const r of first) assert.ok(r.kind === 'ok' && r.records !== null && decodeRecords(r.records).records[0]!.value!.toString() === 'v0');
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(gets, ranges.slice(0, 2));
  // Offset 1 is served from the read-ahead, and that read fetches range 2 ahead; and so on.
  for (let o = 1; o < 4; o++) {
    const r = await s.log.read('t', 0, BigInt(o), 1 << 20);
    assert.ok(r.kind === 'ok' && r.records !== null && decodeRecords(r.records).records[0]!.value!.toString() === `v${o}`);
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(gets, ranges.slice(0, Math.min(4, o + 2)));
  }
  await s.close();
});

test('a read at an offset that key compaction emptied gets the next batch, from the next range', async (t) => {
  const dir = tempDir(t);
  const s = await openStorage({ dataDir: dir, ...quiet, streamObjectBytes: 3000 });
  s.log.createTopic('c', 1, { 'cleanup.policy': 'compact' });
  // Offsets 0:a 1:b 2:x 3:x 4:c 5:d 6:x — x at 2 and 3 are superseded by 6; compaction leaves a range
  // whose end reaches past its last batch.
  for (const k of ['a', 'b', 'x', 'x', 'c', 'd', 'x']) await s.log.append('c', 0, batch([{ key: k, value: k.repeat(1000) }]));
  await s.log.uploader.upload();
  await s.maintenance.compactKeys();
  for (const o of [2n, 3n]) {
    const r = await s.log.read('c', 0, o, 1 << 20);
    assert.ok(r.kind === 'ok' && r.records !== null, `offset ${o} gives records`);
    assert.equal(decodeRecords(r.records.subarray(0, r.records.readInt32BE(8) + 12)).records[0]!.offset, 4n);
  }
  assert.deepEqual(await readAll(s, 'c', 0), ['0:a=' + 'a'.repeat(1000), '1:b=' + 'b'.repeat(1000), '4:c=' + 'c'.repeat(1000), '5:d=' + 'd'.repeat(1000), '6:x=' + 'x'.repeat(1000)]);
  await s.close();
});
