// A full disk, through the I/O seam (testkit's testIo: a write that fails with ENOSPC after writing
// part of the batch, as a real full disk does) and, where this process may mount one, a real 1 MiB
// tmpfs. The real test skips cleanly when `mount -t tmpfs` is not allowed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WeirError } from '../../util/errors.ts';
import { openWal, type AppendResult } from './wal.ts';
import { errno, payloadFor, readAll, seqOf, tempDir, testIo } from './testkit.ts';

const isCode = (code: string) => (e: unknown) => e instanceof WeirError && e.code === code;

test('ENOSPC mid-write: the pending appends fail with DISK_FULL, no partial frame stays, later appends succeed', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io });
  for (let i = 0; i < 10; i++) await wal.append(payloadFor(i, 1000));
  const end = wal.endLsn;
  const path = join(dir, readdirSync(dir).find((n) => n.endsWith('.log'))!);

  io.failWritev = () => ({ error: errno('ENOSPC'), partial: 1500 }); // 1500 bytes land, then the disk is full
  const doomed = Array.from({ length: 20 }, (_, i) => wal.append(payloadFor(100 + i, 1000)));
  const settled = await Promise.allSettled(doomed);
  for (const s of settled) {
    assert.equal(s.status, 'rejected');
    const e = (s as PromiseRejectedResult).reason as WeirError;
    assert.equal(e.code, 'DISK_FULL');
    assert.equal(e.retriable, true);
    assert.equal(e.where, `${path}:${Number(end)}`);
  }
  assert.equal(statSync(path).size, Number(end), 'the partial batch was truncated away');
  assert.equal(wal.endLsn, end);

  // Still full: a new append fails the same way, and the process is fine.
  await assert.rejects(wal.append(payloadFor(200, 10)), isCode('DISK_FULL'));
  io.failWritev = undefined; // space is back
  const r = await wal.append(payloadFor(10, 1000));
  assert.equal(r.lsn, end, 'no LSN was burnt by the failed appends');
  await wal.close();
  const { wal: again, recovery } = await openWal({ dir });
  assert.equal(recovery.cut, undefined, 'no torn frame was left behind');
  await again.close();
  assert.deepEqual((await readAll({ dir })).map((x) => seqOf(x.payload)), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test('ENOSPC from fdatasync: the batch fails with DISK_FULL and its bytes are truncated away', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io });
  await wal.append(payloadFor(0, 100));
  const end = wal.endLsn;
  io.failFdatasync = () => errno('ENOSPC');
  await assert.rejects(wal.append(payloadFor(1, 100)), isCode('DISK_FULL'));
  io.failFdatasync = undefined;
  assert.equal(wal.endLsn, end);
  await wal.append(payloadFor(2, 100));
  await wal.close();
  assert.deepEqual((await readAll({ dir })).map((x) => seqOf(x.payload)), [0, 2], 'a rejected append never reappears');
});

test('other I/O errors are STORAGE_IO; a full disk while rolling is DISK_FULL; the WAL keeps going', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io, segmentBytes: 4096 });
  await wal.append(payloadFor(0, 3000));
  io.failWritev = () => ({ error: errno('EIO') });
  await assert.rejects(wal.append(payloadFor(1, 100)), isCode('STORAGE_IO'));
  io.failWritev = undefined;
  const realOpen = io.open;
  io.open = async (path, flags) => (flags === 'wx' ? Promise.reject(errno('ENOSPC')) : realOpen(path, flags));
  await assert.rejects(wal.append(payloadFor(2, 3000)), isCode('DISK_FULL')); // needs a new segment
  io.open = realOpen;
  await wal.append(payloadFor(3, 3000));
  await wal.close();
  assert.deepEqual((await readAll({ dir })).map((x) => seqOf(x.payload)), [0, 3]);
});

test('trim frees space even when the disk is too full to write its checkpoint first', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io, segmentBytes: 2048 });
  for (let i = 0; i < 10; i++) await wal.append(payloadFor(i, 1500)); // one record per segment
  let full = true;
  const realOpen = io.open;
  io.open = async (path, flags) => (full && path.endsWith('.tmp') ? Promise.reject(errno('ENOSPC')) : realOpen(path, flags));
  const realUnlink = io.unlink;
  io.unlink = async (path) => {
    full = false; // deleting a segment gives space back
    return realUnlink(path);
  };
  const { deleted } = await wal.trim(wal.endLsn);
  assert.equal(deleted.length, 9);
  assert.equal(wal.trimLsn, wal.endLsn);
  await wal.close();
  assert.equal((await readAll({ dir })).length, 0);
});

test('a real full disk: a 1 MiB tmpfs', async (t) => {
  const mnt = mkdtempSync(join(tmpdir(), 'weir-wal-tmpfs-'));
  const mount = process.platform === 'linux' ? spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt], { encoding: 'utf8' }) : undefined;
  if (mount === undefined || mount.status !== 0) {
    rmdirSync(mnt);
    t.skip(`cannot mount a tmpfs here (${mount?.stderr.trim() || mount?.error?.message || process.platform})`);
    return;
  }
  t.after(() => {
    spawnSync('umount', [mnt]);
    rmdirSync(mnt);
  });
  const dir = join(mnt, 'wal');
  const { wal } = await openWal({ dir, segmentBytes: 256 * 1024 });
  const acked: AppendResult[] = [];
  let error: unknown;
  for (let i = 0; i < 100 && error === undefined; i++) {
    try {
      acked.push(await wal.append(payloadFor(i, 60 * 1024)));
    } catch (e) {
      error = e;
    }
  }
  assert.ok(error instanceof WeirError && error.code === 'DISK_FULL', String(error));
  assert.ok(acked.length >= 10 && acked.length < 17, `${acked.length} records fit`);
  const burst = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => wal.append(payloadFor(1000 + i, 60 * 1024))));
  assert.ok(burst.every((s) => s.status === 'rejected' && isCode('DISK_FULL')(s.reason)));
  const seen: number[] = [];
  for await (const r of wal.records()) seen.push(seqOf(r.payload));
  assert.deepEqual(seen, acked.map((_, i) => i), 'every acked record is readable, nothing else');

  await wal.trim(wal.endLsn); // the data is "uploaded": whole sealed segments go
  const after = await wal.append(payloadFor(acked.length, 60 * 1024));
  assert.equal(after.lsn, acked.at(-1)!.lsn + BigInt(acked.at(-1)!.size));
  await wal.close();
  const { wal: again, recovery } = await openWal({ dir });
  assert.equal(recovery.cut, undefined);
  const live: number[] = [];
  await again.replay(0n, (r) => void live.push(seqOf(r.payload)));
  assert.deepEqual(live, [acked.length]);
  await again.close();
});
