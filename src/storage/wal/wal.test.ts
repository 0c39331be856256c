// The WAL's behaviour through its public API on real files: round trips across segment rolls, LSN
// continuity across restarts, group commit (counted through the I/O seam), both fsync policies,
// trim, close. Torn tails and corruption are in recovery.test.ts, full disks in enospc.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WeirError } from '../../util/errors.ts';
import { HEADER_BYTES, segmentFileName } from './format.ts';
import { openWal } from './wal.ts';
import { payloadFor, readAll, seqOf, tempDir, testIo } from './testkit.ts';

const segments = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.log')).sort();

test('records round-trip across segment rolls, in order, with LSN = byte position', async (t) => {
  const dir = tempDir(t);
  const { wal } = await openWal({ dir, segmentBytes: 64 * 1024 });
  const sizes = Array.from({ length: 300 }, (_, i) => 1 + ((i * 7919) % 5000));
  const results = [];
  for (let i = 0; i < sizes.length; i += 10) {
    results.push(...(await Promise.all(sizes.slice(i, i + 10).map((n, j) => wal.append(payloadFor(i + j, n))))));
  }
  // Multi-part payloads are one record: the concatenation.
  const parts = await wal.append([Buffer.from('stream-7:'), Buffer.from('batch bytes')]);
  let expected = 0n;
  for (const [i, r] of results.entries()) {
    assert.equal(r.lsn, expected, `record ${i}`);
    assert.equal(r.size, HEADER_BYTES + Math.max(8, sizes[i]!));
    expected += BigInt(r.size);
  }
  assert.equal(parts.lsn, expected);
  assert.equal(wal.endLsn, expected + BigInt(parts.size));
  assert.ok(wal.stats().rolls >= 5, `rolled ${wal.stats().rolls} times`);
  await wal.close();

  const names = segments(dir);
  assert.ok(names.length >= 6);
  for (const name of names) assert.ok(statSync(join(dir, name)).size <= 64 * 1024, `${name} exceeds the segment size`);
  const back = await readAll({ dir });
  assert.equal(back.length, 301);
  for (const [i, r] of back.slice(0, 300).entries()) {
    assert.equal(r.lsn, results[i]!.lsn);
    assert.deepEqual(r.payload, payloadFor(i, sizes[i]!));
  }
  assert.equal(back[300]!.payload.toString(), 'stream-7:batch bytes');
  // Replay from an LSN in the middle of a segment starts at the first record at or after it.
  const mid = results[150]!.lsn;
  const tail = await readAll({ dir }, mid - 1n);
  assert.equal(tail[0]!.lsn, mid);
  assert.equal(tail.length, 151);
});

test('LSNs continue across restarts and segment names carry the base LSN', async (t) => {
  const dir = tempDir(t);
  let last = -1n;
  for (let run = 0; run < 3; run++) {
    const { wal, recovery } = await openWal({ dir, segmentBytes: 10_000 });
    assert.equal(recovery.cut, undefined);
    assert.equal(recovery.records, run * 20);
    for (let i = 0; i < 20; i++) {
      const r = await wal.append(payloadFor(run * 20 + i, 1000));
      assert.ok(r.lsn > last);
      last = r.lsn;
    }
    await wal.close();
  }
  const back = await readAll({ dir });
  assert.deepEqual(back.map((r) => seqOf(r.payload)), Array.from({ length: 60 }, (_, i) => i));
  const first = segments(dir)[0]!;
  assert.equal(first, segmentFileName(0n));
  for (const name of segments(dir)) {
    const base = BigInt(name.slice(4, 24));
    assert.ok(back.some((r) => r.lsn === base), `${name} starts at a record`);
  }
});

test('group commit: 1000 concurrent appends share a handful of writev+fdatasync calls', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io });
  const before = { ...io.calls };
  const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => wal.append(payloadFor(i, 512))));
  const writes = io.calls.writev - before.writev;
  const syncs = io.calls.fdatasync - before.fdatasync;
  t.diagnostic(`1000 concurrent appends: ${writes} writev, ${syncs} fdatasync`);
  assert.ok(syncs <= 5, `${syncs} fdatasyncs for 1000 appends`);
  assert.ok(writes <= 5, `${writes} writevs for 1000 appends`);
  assert.equal(wal.stats().fsyncs, syncs);
  // Appends keep their order.
  for (let i = 1; i < results.length; i++) assert.ok(results[i]!.lsn > results[i - 1]!.lsn);

  // Appends arriving while a sync is in flight are grouped into the next one.
  const slow = { ...io.calls };
  let releaseSync: () => void = () => {};
  const gate = new Promise<void>((r) => (releaseSync = r));
  const realSync = io.fdatasync;
  io.fdatasync = async (fd) => {
    await gate;
    return realSync(fd);
  };
  const firstWave = wal.append(payloadFor(0, 10));
  await new Promise((r) => setTimeout(r, 20)); // the first batch is now waiting on its fdatasync
  const secondWave = Array.from({ length: 200 }, (_, i) => wal.append(payloadFor(i, 10)));
  releaseSync();
  await Promise.all([firstWave, ...secondWave]);
  assert.equal(io.calls.fdatasync - slow.fdatasync, 2);
  await wal.close();
});

test('each append resolves only after the fdatasync covering it (policy "always")', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io });
  let synced = 0;
  const realSync = io.fdatasync;
  io.fdatasync = async (fd) => {
    await realSync(fd);
    synced++;
  };
  const r = await wal.append(Buffer.from('x'));
  assert.equal(synced, 1);
  assert.equal(wal.durableLsn, r.lsn + BigInt(r.size));
  await wal.close();
});

test('interval policy: appends resolve after the write, fdatasync at most every intervalMs', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io, fsync: { intervalMs: 50 } });
  const startSyncs = io.calls.fdatasync;
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 220) {
    await wal.append(payloadFor(n++, 100)); // sequential: one write each
    await new Promise((r) => setTimeout(r, 1));
  }
  const elapsed = performance.now() - started;
  const syncs = io.calls.fdatasync - startSyncs;
  t.diagnostic(`${n} sequential appends over ${elapsed.toFixed(0)} ms: ${wal.stats().batches} writes, ${syncs} fdatasync`);
  assert.ok(syncs >= 3 && syncs <= Math.floor(elapsed / 50) + 1, `${syncs} fdatasyncs in ${elapsed.toFixed(0)} ms`);
  assert.ok(wal.stats().batches >= n / 2, 'appends were written, not held for the sync');

  // An append does not wait for the fdatasync.
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const realSync = io.fdatasync;
  io.fdatasync = async (fd) => {
    await gate;
    return realSync(fd);
  };
  await new Promise((r) => setTimeout(r, 60));
  const r = await wal.append(payloadFor(n++, 100));
  assert.ok(wal.durableLsn <= r.lsn, 'acknowledged before it was durable, as the policy allows');
  release();
  await new Promise((r) => setTimeout(r, 120));
  assert.equal(wal.durableLsn, wal.endLsn, 'the interval sync caught up');
  const quiet = io.calls.fdatasync;
  await new Promise((r) => setTimeout(r, 120));
  assert.equal(io.calls.fdatasync, quiet, 'no fdatasync when nothing was written');
  await wal.close();
  assert.equal((await readAll({ dir })).length, n);
});

test('trim deletes whole segments below the point, never the active one, and survives restart', async (t) => {
  const dir = tempDir(t);
  const { wal } = await openWal({ dir, segmentBytes: 4096 });
  const rs = [];
  for (let i = 0; i < 40; i++) rs.push(await wal.append(payloadFor(i, 1000))); // ~4 records per segment
  const before = segments(dir).length;
  assert.ok(before >= 10);
  const point = rs[21]!.lsn + 1n; // inside record 21's segment: records 0..21 are below the point
  const { deleted, trimLsn } = await wal.trim(point);
  assert.equal(trimLsn, point);
  assert.ok(deleted.length >= 4);
  const left = segments(dir);
  assert.equal(left.length, before - deleted.length);
  const firstBase = BigInt(left[0]!.slice(4, 24));
  assert.ok(firstBase <= rs[22]!.lsn, 'the segment holding the first live record is kept');
  // Records below the point are not replayed, even those left in a kept segment.
  const live: number[] = [];
  for await (const r of wal.records()) live.push(seqOf(r.payload));
  assert.deepEqual(live, Array.from({ length: 18 }, (_, i) => 22 + i));
  // A lower trim is a no-op; a trim past the end is a bug.
  assert.equal((await wal.trim(0n)).deleted.length, 0);
  await assert.rejects(wal.trim(wal.endLsn + 1n), (e: unknown) => e instanceof WeirError && e.code === 'INTERNAL');
  // Trimming everything keeps the active segment.
  await wal.trim(wal.endLsn);
  assert.equal(segments(dir).length, 1);
  const end = wal.endLsn;
  await wal.close();

  const { wal: again, recovery } = await openWal({ dir, segmentBytes: 4096 });
  assert.equal(recovery.trimLsn, end);
  assert.equal(again.endLsn, end);
  const r = await again.append(payloadFor(99, 10));
  assert.equal(r.lsn, end);
  const replayed: number[] = [];
  await again.replay(0n, (rec) => void replayed.push(seqOf(rec.payload)));
  assert.deepEqual(replayed, [99]);
  await again.close();
});

test('a crash between persisting the trim point and deleting segments is finished by open', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, segmentBytes: 2048, io });
  for (let i = 0; i < 20; i++) await wal.append(payloadFor(i, 1000));
  const realUnlink = io.unlink;
  io.unlink = async () => {
    throw Object.assign(new Error('EIO'), { code: 'EIO' });
  };
  const point = wal.endLsn - 100n;
  await wal.trim(point);
  const before = segments(dir).length;
  io.unlink = realUnlink;
  await wal.close();
  const { wal: again, recovery } = await openWal({ dir, segmentBytes: 2048 });
  assert.ok(recovery.deleted.length >= before - 2, `deleted ${recovery.deleted.length} of ${before}`);
  assert.equal(segments(dir).length, 1);
  await again.close();
});

test('close flushes queued appends and later appends are rejected; bad options are CONFIG_INVALID', async (t) => {
  const dir = tempDir(t);
  const { wal } = await openWal({ dir, fsync: { intervalMs: 10_000 } });
  const pending = Array.from({ length: 50 }, (_, i) => wal.append(payloadFor(i, 100)));
  await wal.close();
  assert.equal((await Promise.all(pending)).length, 50);
  assert.equal(wal.durableLsn, wal.endLsn);
  await assert.rejects(wal.append(Buffer.from('late')), (e: unknown) => e instanceof WeirError && e.code === 'STORAGE_IO');
  await wal.close(); // idempotent
  assert.equal((await readAll({ dir })).length, 50);

  await assert.rejects(openWal({ dir, segmentBytes: 0 }), (e: unknown) => e instanceof WeirError && e.code === 'CONFIG_INVALID' && e.where === 'wal.segmentBytes');
  await assert.rejects(openWal({ dir, fsync: { intervalMs: -1 } }), (e: unknown) => e instanceof WeirError && e.code === 'CONFIG_INVALID');
  const { wal: small } = await openWal({ dir, maxRecordBytes: 10 });
  await assert.rejects(small.append(Buffer.alloc(11)), (e: unknown) => e instanceof WeirError && e.code === 'CONFIG_INVALID');
  await small.close();
});

test('empty payloads and records larger than a read chunk (8 MiB) round-trip; an early break closes the reader', async (t) => {
  const dir = tempDir(t);
  const { wal } = await openWal({ dir, segmentBytes: 4 * 2 ** 20 });
  const big = payloadFor(1, 9 * 2 ** 20 + 3);
  const rs = await Promise.all([wal.append(new Uint8Array(0)), wal.append(big), wal.append(payloadFor(2, 10))]);
  assert.equal(rs[1]!.lsn, BigInt(HEADER_BYTES));
  for await (const r of wal.records()) {
    assert.equal(r.payload.length, 0);
    break;
  }
  await wal.close();
  const back = await readAll({ dir });
  assert.deepEqual(back.map((r) => r.payload.length), [0, big.length, 10]);
  assert.ok(back[1]!.payload.equals(big));
  assert.equal(segments(dir).length, 3, 'a record bigger than a segment gets a segment of its own');
});

test('replay beside appends sees a consistent prefix', async (t) => {
  const dir = tempDir(t);
  const { wal } = await openWal({ dir, segmentBytes: 8192 });
  for (let i = 0; i < 20; i++) await wal.append(payloadFor(i, 1000));
  const writing = Promise.all(Array.from({ length: 50 }, (_, i) => wal.append(payloadFor(20 + i, 1000))));
  const seen: number[] = [];
  for await (const r of wal.records()) seen.push(seqOf(r.payload));
  await writing;
  assert.ok(seen.length >= 20);
  assert.deepEqual(seen, Array.from({ length: seen.length }, (_, i) => i));
  await wal.close();
});

test('a queue longer than maxBatchBytes is split into even batches, each within the limit', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const sizes: number[] = [];
  const realWritev = io.writev;
  io.writev = async (fd, buffers, position) => {
    sizes.push(buffers.reduce((n, b) => n + b.length, 0));
    return realWritev(fd, buffers, position);
  };
  const { wal } = await openWal({ dir, io, maxBatchBytes: 10_000 });
  await Promise.all(Array.from({ length: 30 }, (_, i) => wal.append(payloadFor(i, 1000))));
  assert.deepEqual(sizes, [8256, 8256, 7224, 7224]); // not 9288 x 3 + 3096
  await wal.close();
});
