// Policy 'always' writes the next batch while the previous batch's fdatasync runs. These tests hold
// an fdatasync open (through testkit's I/O seam) to show the overlap, and what a failure of either
// the held fdatasync or the overlapping write does: appends are acknowledged in order, nothing behind
// a failure is, and the file keeps only acknowledged frames.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WeirError } from '../../util/errors.ts';
import { openWal } from './wal.ts';
import { errno, payloadFor, readAll, seqOf, tempDir, testIo, type TestIo } from './testkit.ts';

/** Makes the next fdatasync wait until `release()`; `started` resolves once it was called. */
function holdNextSync(io: TestIo): { started: Promise<void>; release: (error?: Error) => void } {
  const real = io.fdatasync;
  const started = Promise.withResolvers<void>();
  const gate = Promise.withResolvers<Error | undefined>();
  io.fdatasync = async (fd) => {
    io.fdatasync = real;
    started.resolve();
    const error = await gate.promise;
    if (error !== undefined) throw error;
    return real(fd);
  };
  return { started: started.promise, release: (error) => gate.resolve(error) };
}

const settledSoon = async (p: Promise<unknown>): Promise<boolean> => {
  let settled = false;
  void p.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  return settled;
};

test('the next batch is written while the fdatasync before it runs, and acknowledged only after its own', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io });
  const held = holdNextSync(io);
  const first = wal.append(payloadFor(0, 100));
  await held.started;
  const writesBefore = io.calls.writev;
  const second = wal.append(payloadFor(1, 100));
  await settledSoon(second);
  assert.equal(io.calls.writev, writesBefore + 1, 'the second batch was written beside the held fdatasync');
  assert.equal(await settledSoon(first), false, 'the first waits for its fdatasync');
  assert.equal(await settledSoon(second), false, 'the second waits too');
  held.release();
  const [a, b] = await Promise.all([first, second]);
  assert.ok(b.lsn > a.lsn);
  assert.equal(wal.durableLsn, b.lsn + BigInt(b.size), 'the second was acknowledged after an fdatasync covering it');
  await wal.close();
  assert.deepEqual((await readAll({ dir })).map((x) => seqOf(x.payload)), [0, 1]);
});

test('a failed fdatasync rejects its batch and the batch written after it; the file is cut back and later appends succeed', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io });
  await wal.append(payloadFor(0, 100));
  const end = wal.endLsn;
  const held = holdNextSync(io);
  const first = wal.append(payloadFor(1, 100));
  await held.started;
  const second = wal.append(payloadFor(2, 100));
  await settledSoon(second); // written beside the held fdatasync
  held.release(errno('EIO'));
  const results = await Promise.allSettled([first, second]);
  for (const r of results) {
    assert.equal(r.status, 'rejected');
    assert.equal(((r as PromiseRejectedResult).reason as WeirError).code, 'STORAGE_IO');
  }
  assert.equal(wal.endLsn, end, 'both batches were truncated away');
  const next = await wal.append(payloadFor(3, 100));
  assert.equal(next.lsn, end, 'no LSN was burnt');
  await wal.close();
  assert.deepEqual((await readAll({ dir })).map((x) => seqOf(x.payload)), [0, 3], 'a rejected append never reappears');
});

test('a failed write beside an fdatasync rejects only itself and what queued behind it; the batch being synced is acknowledged', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io });
  const held = holdNextSync(io);
  const first = wal.append(payloadFor(0, 100));
  await held.started;
  io.failWritev = () => ({ error: errno('ENOSPC'), partial: 50 });
  const second = wal.append(payloadFor(1, 100));
  await assert.rejects(second, (e: unknown) => e instanceof WeirError && e.code === 'DISK_FULL');
  io.failWritev = undefined;
  assert.equal(await settledSoon(first), false, 'the first still waits for its fdatasync');
  held.release();
  const a = await first;
  assert.equal(wal.endLsn, a.lsn + BigInt(a.size), 'the failed write left no bytes');
  await wal.append(payloadFor(2, 100));
  await wal.close();
  const { wal: again, recovery } = await openWal({ dir });
  assert.equal(recovery.cut, undefined, 'no torn frame was left behind');
  await again.close();
  assert.deepEqual((await readAll({ dir })).map((x) => seqOf(x.payload)), [0, 2]);
});

test('a roll waits for the fdatasync in flight; when that fails, the next append is decided afresh and lands at the cut', async (t) => {
  const dir = tempDir(t);
  const io = testIo();
  const { wal } = await openWal({ dir, io, segmentBytes: 4096 });
  const held = holdNextSync(io);
  let third: Promise<{ lsn: bigint }> | undefined;
  const first = wal.append(payloadFor(0, 100)).catch((e: unknown) => {
    third = wal.append(payloadFor(2, 100)); // appended by a rejection handler, before the loop resumes
    throw e;
  });
  await held.started;
  const second = wal.append(payloadFor(1, 4000)); // does not fit beside the first: needs a roll
  await settledSoon(second);
  held.release(errno('EIO'));
  await assert.rejects(first, (e: unknown) => e instanceof WeirError && e.code === 'STORAGE_IO');
  await assert.rejects(second, (e: unknown) => e instanceof WeirError && e.code === 'STORAGE_IO');
  assert.equal((await third!).lsn, 0n, 'written where the failed batch was cut away, in the same segment');
  await wal.close();
  assert.deepEqual((await readAll({ dir })).map((x) => seqOf(x.payload)), [2]);
});
