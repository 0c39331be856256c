// Recovery on real files damaged by hand: every kind of torn tail is cut at the last valid record
// (and reported), while damage followed by records written after it was durable is WAL_CORRUPT.
// Crashes of a real process are in sigkill.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WeirError } from '../../util/errors.ts';
import { HEADER_BYTES, type FrameFault } from './format.ts';
import { decideBadFrame } from './recovery.ts';
import { openWal, type AppendResult } from './wal.ts';
import { payloadFor, readAll, seqOf, tempDir } from './testkit.ts';

/** Ten records, each appended and fsync'd on its own (so each header's durable LSN is the previous end). */
async function tenRecords(dir: string, segmentBytes = 1 << 20): Promise<AppendResult[]> {
  const { wal } = await openWal({ dir, segmentBytes });
  const rs = [];
  for (let i = 0; i < 10; i++) rs.push(await wal.append(payloadFor(i, 100 + i * 10)));
  await wal.close();
  return rs;
}

const lastSegment = (dir: string): string => join(dir, readdirSync(dir).filter((n) => n.endsWith('.log')).sort().at(-1)!);

function flip(path: string, at: number): void {
  const b = readFileSync(path);
  b[at]! ^= 0x40;
  writeFileSync(path, b);
}

const tails: { name: string; reason: FrameFault; damage: (path: string, last: AppendResult) => void }[] = [
  { name: 'short header', reason: 'short header', damage: (p, last) => truncateSync(p, Number(last.lsn) + 20) },
  { name: 'short payload', reason: 'short payload', damage: (p, last) => truncateSync(p, Number(last.lsn) + HEADER_BYTES + 5) },
  { name: 'bad payload CRC', reason: 'bad payload crc', damage: (p, last) => flip(p, Number(last.lsn) + HEADER_BYTES + 50) },
  { name: 'bad header CRC (length field)', reason: 'bad header crc', damage: (p, last) => flip(p, Number(last.lsn) + 5) },
  { name: 'garbage', reason: 'bad magic', damage: (p, last) => writeFileSync(p, Buffer.concat([readFileSync(p).subarray(0, Number(last.lsn)), Buffer.from('not a frame, just junk bytes that a crash left behind'.repeat(3))])) },
  { name: 'garbage that starts with the magic byte', reason: 'bad header crc', damage: (p, last) => writeFileSync(p, Buffer.concat([readFileSync(p).subarray(0, Number(last.lsn)), Buffer.from([0xa1, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7])])) },
  { name: 'zero-filled', reason: 'zero-filled', damage: (p, last) => writeFileSync(p, Buffer.concat([readFileSync(p).subarray(0, Number(last.lsn)), Buffer.alloc(4096)])) },
  { name: 'a stale frame (valid, but not at its LSN)', reason: 'lsn mismatch', damage: (p, last) => writeFileSync(p, Buffer.concat([readFileSync(p).subarray(0, Number(last.lsn)), readFileSync(p).subarray(0, 200)])) },
];

for (const tail of tails) {
  test(`a torn tail (${tail.name}) is cut at the last valid record and reported`, async (t) => {
    const dir = tempDir(t);
    const rs = await tenRecords(dir);
    const last = rs.at(-1)!;
    const path = lastSegment(dir);
    tail.damage(path, last);
    const fileSize = statSync(path).size;

    const { wal, recovery } = await openWal({ dir });
    assert.deepEqual(recovery.cut, { file: path, position: Number(last.lsn), lsn: last.lsn, reason: tail.reason, bytesCut: fileSize - Number(last.lsn) });
    assert.equal(statSync(path).size, Number(last.lsn), 'the file is truncated');
    assert.equal(recovery.records, 9);
    assert.equal(wal.endLsn, last.lsn);
    const again = await wal.append(payloadFor(10, 10));
    assert.equal(again.lsn, last.lsn, 'the next append takes the cut record\'s place');
    await wal.close();
    const back = await readAll({ dir });
    assert.deepEqual(back.map((r) => seqOf(r.payload)), [0, 1, 2, 3, 4, 5, 6, 7, 8, 10]);
    for (const r of back.slice(0, 9)) assert.deepEqual(r.payload, payloadFor(seqOf(r.payload), 100 + seqOf(r.payload) * 10));
  });
}

test('a torn tail in an unsynced group is cut even when later frames of that group reached the disk', async (t) => {
  const dir = tempDir(t);
  const { wal } = await openWal({ dir });
  for (let i = 0; i < 5; i++) await wal.append(payloadFor(i, 100));
  // One group: all five share the durable LSN of its start, as if none was fsync'd yet.
  const group = await Promise.all(Array.from({ length: 5 }, (_, i) => wal.append(payloadFor(5 + i, 3000))));
  await wal.close();
  const path = lastSegment(dir);
  const b = readFileSync(path);
  b.fill(0, Number(group[1]!.lsn), Number(group[2]!.lsn)); // a page of the group never made it
  writeFileSync(path, b);
  const { wal: again, recovery } = await openWal({ dir });
  assert.equal(recovery.cut?.position, Number(group[1]!.lsn));
  assert.equal(recovery.cut?.reason, 'bad magic');
  assert.equal(recovery.records, 6);
  await again.close();
});

test('corruption in the middle of the log is WAL_CORRUPT naming file and position, and nothing is cut', async (t) => {
  for (const [what, offsetInRecord] of [['payload', HEADER_BYTES + 3], ['header', 4], ['magic', 0]] as const) {
    const dir = tempDir(t);
    const rs = await tenRecords(dir);
    const path = lastSegment(dir);
    const at = Number(rs[4]!.lsn);
    flip(path, at + offsetInRecord);
    const size = statSync(path).size;
    await assert.rejects(openWal({ dir }), (e: unknown) => {
      assert.ok(e instanceof WeirError, String(e));
      assert.equal(e.code, 'WAL_CORRUPT', what);
      assert.equal(e.where, `${path}:${at}`);
      assert.match(e.message, /written after this one was durable/);
      return true;
    });
    assert.equal(statSync(path).size, size, `${what}: the file is left as it was`);
  }
});

test('a bad frame in a sealed (non-last) segment is WAL_CORRUPT', async (t) => {
  const dir = tempDir(t);
  await tenRecords(dir, 400); // a few records per segment
  const names = readdirSync(dir).filter((n) => n.endsWith('.log')).sort();
  assert.ok(names.length >= 3);
  const middle = join(dir, names[1]!);
  // Tear the *end* of a sealed segment: even a tail-shaped fault there is corruption.
  truncateSync(middle, statSync(middle).size - 7);
  await assert.rejects(openWal({ dir }), (e: unknown) => e instanceof WeirError && e.code === 'WAL_CORRUPT' && e.where?.startsWith(middle) === true);
});

test('a missing segment in the middle is WAL_CORRUPT', async (t) => {
  const dir = tempDir(t);
  await tenRecords(dir, 400);
  const names = readdirSync(dir).filter((n) => n.endsWith('.log')).sort();
  const { rmSync } = await import('node:fs');
  rmSync(join(dir, names[1]!));
  await assert.rejects(openWal({ dir }), (e: unknown) => e instanceof WeirError && e.code === 'WAL_CORRUPT' && /previous one ends/.test(e.message));
});

test('an unreadable checkpoint is WAL_CORRUPT naming the file', async (t) => {
  const dir = tempDir(t);
  await tenRecords(dir);
  writeFileSync(join(dir, 'checkpoint.json'), '{"format":1,"trimLsn":');
  await assert.rejects(openWal({ dir }), (e: unknown) => e instanceof WeirError && e.code === 'WAL_CORRUPT' && e.where === `${join(dir, 'checkpoint.json')}:0`);
});

test('decideBadFrame: cut only a last-segment fault that no durable-after frame follows', () => {
  assert.equal(decideBadFrame({ lastSegment: true, lsn: 100n, later: undefined }).kind, 'cut');
  assert.equal(decideBadFrame({ lastSegment: true, lsn: 100n, later: { offset: 200, durableLsn: 100n } }).kind, 'cut');
  assert.equal(decideBadFrame({ lastSegment: true, lsn: 100n, later: { offset: 200, durableLsn: 150n } }).kind, 'corrupt');
  assert.equal(decideBadFrame({ lastSegment: false, lsn: 100n, later: undefined }).kind, 'corrupt');
});

test('an empty WAL directory, and a last segment left empty by a crash after a roll, open cleanly', async (t) => {
  const dir = tempDir(t);
  const rs = await tenRecords(dir);
  const end = rs.at(-1)!.lsn + BigInt(rs.at(-1)!.size);
  appendFileSync(join(dir, `wal-${end.toString().padStart(20, '0')}.log`), '');
  const { wal, recovery } = await openWal({ dir });
  assert.equal(recovery.cut, undefined);
  assert.equal(wal.endLsn, end);
  assert.equal((await wal.append(Buffer.from('after'))).lsn, end);
  await wal.close();
  assert.equal((await readAll({ dir })).length, 11);
});

test('a log cut below the trim point (an unsynced, trimmed tail lost) restarts at the trim point', async (t) => {
  const dir = tempDir(t);
  const rs = await tenRecords(dir);
  const { wal } = await openWal({ dir });
  const end = wal.endLsn;
  await wal.trim(end);
  await wal.close();
  truncateSync(lastSegment(dir), Number(rs[8]!.lsn) + 10); // as if records 8 and 9 never reached the disk
  const { wal: again, recovery } = await openWal({ dir });
  assert.equal(recovery.cut?.position, Number(rs[8]!.lsn));
  assert.equal(again.endLsn, end, 'new records start at the trim point, not below it');
  const r = await again.append(payloadFor(42, 10));
  assert.equal(r.lsn, end);
  await again.close();
  assert.deepEqual((await readAll({ dir })).map((x) => seqOf(x.payload)), [42]);
  const logs = readdirSync(dir).filter((n) => n.endsWith('.log'));
  assert.equal(logs.length, 1, 'the old segment, wholly below the trim point, was deleted at the next open');
});
