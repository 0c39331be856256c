// The log hands the WAL up to two groups at once (the next written while the one before is
// fdatasync'd), assigning offsets as it forms them. These tests make one of two groups in flight fail
// (its fdatasync, or the write beside it) and check the offsets given back: no hole, no offset twice,
// and a reopened log agrees. A batch too big for one WAL record is refused before it takes an offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage } from './index.ts';
import { encodeBatch, decodeRecords } from '../protocol/records/index.ts';
import { errno, testIo } from './wal/testkit.ts';
import { WeirError } from '../util/errors.ts';

const quiet = { uploadIntervalMs: 3_600_000, maintenanceIntervalMs: 0 };
const batch = (v: string | Buffer): Buffer => encodeBatch({ records: [{ value: typeof v === 'string' ? Buffer.from(v) : v }] });
const results = (r: PromiseSettledResult<{ baseOffset: bigint }>[]): string[] => r.map((x) => (x.status === 'fulfilled' ? `${x.value.baseOffset}` : (x.reason as WeirError).code));

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'weir-groups-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Every record value of t-0, in offset order, read back from a reopened log. */
async function valuesAfterReopen(dataDir: string): Promise<string[]> {
  const s = await openStorage({ dataDir, ...quiet });
  try {
    const out: string[] = [];
    let offset = 0n;
    for (;;) {
      const r = await s.log.read('t', 0, offset, 1 << 20);
      if (r.kind !== 'ok' || r.records === null) return out;
      for (let at = 0; at < r.records.length; at += r.records.readInt32BE(at + 8) + 12) {
        for (const rec of decodeRecords(r.records, { at }).records) {
          out.push(rec.value!.toString());
          offset = rec.offset + 1n;
        }
      }
    }
  } finally {
    await s.close({ upload: false });
  }
}

for (const failing of ['the fdatasync of the first group', 'the write of the second group beside it'] as const) {
  test(`two groups in flight, ${failing} fails: the offsets of the failed ones are given back`, async (t) => {
    const dataDir = tempDir(t);
    const io = testIo();
    const s = await openStorage({ dataDir, walIo: io, ...quiet });
    s.log.createTopic('t', 1);
    await s.log.append('t', 0, batch('x0'));
    const real = io.fdatasync;
    const started = Promise.withResolvers<void>();
    const gate = Promise.withResolvers<Error | undefined>();
    io.fdatasync = async (fd) => {
      io.fdatasync = real;
      started.resolve();
      const e = await gate.promise;
      if (e !== undefined) throw e;
      return real(fd);
    };
    const a = s.log.append('t', 0, batch('A'));
    await started.promise; // A's group is being fdatasync'd
    if (failing === 'the write of the second group beside it') {
      io.failWritev = () => {
        io.failWritev = undefined; // one failed write: C's group, formed after B's failed, is written
        return { error: errno('ENOSPC') };
      };
    }
    const b = s.log.append('t', 0, batch('B')); // the second group in flight
    const c = s.log.append('t', 0, batch('C')); // waits for a group to settle
    const all = Promise.allSettled([a, b, c]);
    for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
    gate.resolve(failing === 'the fdatasync of the first group' ? errno('EIO') : undefined);
    const settled = results(await all);
    const d = await s.log.append('t', 0, batch('D'));
    if (failing === 'the fdatasync of the first group') {
      assert.deepEqual(settled, ['STORAGE_IO', 'STORAGE_IO', '1']);
      assert.equal(d.baseOffset, 2n);
    } else {
      assert.deepEqual(settled, ['1', 'DISK_FULL', '2']);
      assert.equal(d.baseOffset, 3n);
    }
    const expected = failing === 'the fdatasync of the first group' ? ['x0', 'C', 'D'] : ['x0', 'A', 'C', 'D'];
    assert.equal(s.log.offsets('t', 0).highWatermark, BigInt(expected.length));
    await s.close({ upload: false });
    assert.deepEqual(await valuesAfterReopen(dataDir), expected);
  });
}

test('a batch too big for one WAL record is refused before it takes an offset; the batches beside it keep theirs', async (t) => {
  const dataDir = tempDir(t);
  const s = await openStorage({ dataDir, ...quiet });
  s.log.createTopic('t', 1, { 'max.message.bytes': String(200 * 2 ** 20) });
  const big = s.log.append('t', 0, batch(Buffer.alloc(65 * 2 ** 20, 1))); // the WAL's records are at most 64 MiB
  const small = [s.log.append('t', 0, batch('s1')), s.log.append('t', 0, batch('s2'))];
  await assert.rejects(big, (e: unknown) => e instanceof WeirError && e.code === 'CONFIG_INVALID' && /t-0: a batch of \d+ bytes does not fit in one WAL record/.test(e.message));
  assert.deepEqual(results(await Promise.allSettled(small)), ['0', '1']);
  await s.close({ upload: false });
  assert.deepEqual(await valuesAfterReopen(dataDir), ['s1', 's2']);
});
