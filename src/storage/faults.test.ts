// Faults at the log level: a full disk, a corrupted object, a missing object, an object store that
// fails. Each gets an error naming what and where; no acknowledged record is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage } from './index.ts';
import { nodeIo, type WalIo } from './wal/index.ts';
import { openObjectStore } from './object-store/index.ts';
import { delegating } from './object-store/delegate.ts';
import { encodeBatch, decodeRecords } from '../protocol/records/index.ts';
import { WeirError } from '../util/errors.ts';

const quiet = { uploadIntervalMs: 3_600_000, maintenanceIntervalMs: 0 };
const batch = (v: string): Buffer => encodeBatch({ records: [{ value: Buffer.from(v) }] });
const isCode = (code: string, pattern: RegExp) => (e: unknown) => e instanceof WeirError && e.code === code && pattern.test(e.message + (e.where ?? ''));

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'weir-faults-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('a full disk fails appends cleanly, assigns no offsets, and appends succeed when space returns', async (t) => {
  const dir = tempDir(t);
  let full = false;
  const io: WalIo = {
    ...nodeIo,
    writev: (fd, buffers, position) => (full ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })) : nodeIo.writev(fd, buffers, position)),
  };
  const s = await openStorage({ dataDir: dir, walIo: io, ...quiet });
  s.log.createTopic('t', 1);
  assert.equal((await s.log.append('t', 0, batch('a'))).baseOffset, 0n);
  full = true;
  await assert.rejects(s.log.append('t', 0, batch('lost')), isCode('DISK_FULL', /wal-/));
  assert.equal(s.log.offsets('t', 0).highWatermark, 1n);
  full = false;
  assert.equal((await s.log.append('t', 0, batch('b'))).baseOffset, 1n);
  await s.close({ upload: false });
  const again = await openStorage({ dataDir: dir, ...quiet });
  const r = await again.log.read('t', 0, 0n, 1 << 20);
  assert.ok(r.kind === 'ok' && r.records !== null);
  const values: string[] = [];
  for (let at = 0; at < r.records.length; at += r.records.readInt32BE(at + 8) + 12) {
    for (const rec of decodeRecords(r.records.subarray(at, at + r.records.readInt32BE(at + 8) + 12)).records) values.push(`${rec.offset}:${rec.value}`);
  }
  assert.deepEqual(values, ['0:a', '1:b']);
  await again.close();
});

test('a corrupted object is reported with its key; a missing one with its key', async (t) => {
  const dir = tempDir(t);
  let s = await openStorage({ dataDir: dir, ...quiet });
  s.log.createTopic('t', 1);
  await s.log.append('t', 0, batch('x'.repeat(200)));
  await s.log.uploader.upload();
  const key = s.log.stream('t', 0).ranges[0]!.objectKey;
  await s.close();
  const path = join(dir, 'objects', key);
  const bytes = readFileSync(path);
  bytes[100] = bytes[100]! ^ 0xff;
  writeFileSync(path, bytes);
  s = await openStorage({ dataDir: dir, ...quiet });
  await assert.rejects(s.log.read('t', 0, 0n, 1 << 20), isCode('OBJECT_CORRUPT', new RegExp(key.replace('.', '\\.'))));
  unlinkSync(path);
  s.log.cache.drop(key);
  await assert.rejects(s.log.read('t', 0, 0n, 1 << 20), isCode('OBJECT_NOT_FOUND', new RegExp(key.replace('.', '\\.'))));
  // Appends go on regardless.
  assert.equal((await s.log.append('t', 0, batch('y'))).baseOffset, 1n);
  await s.close();
});

test('while the object store fails, uploads keep the data in the WAL; it is uploaded when the store returns', async (t) => {
  const dir = tempDir(t);
  const inner = await openObjectStore(join(dir, 'objects'));
  let down = true;
  const flaky = delegating(inner, {
    put: (k, d) => (down ? Promise.reject(new WeirError('OBJECT_STORE_UNAVAILABLE', `timed out writing ${k}`, { where: k })) : inner.put(k, d)),
  });

  const s = await openStorage({ dataDir: dir, objectStore: flaky, ...quiet });
  s.log.createTopic('t', 1);
  await s.log.append('t', 0, batch('kept'));
  await s.log.uploader.upload();
  assert.equal(s.log.uploader.failures, 1);
  assert.equal(s.log.stream('t', 0).hot.length, 1);
  down = false;
  await s.log.uploader.upload();
  assert.equal(s.log.stream('t', 0).hot.length, 0);
  s.log.cache.drop(s.log.stream('t', 0).ranges[0]!.objectKey);
  const r = await s.log.read('t', 0, 0n, 1 << 20);
  assert.ok(r.kind === 'ok' && r.records !== null);
  assert.equal(decodeRecords(r.records).records[0]!.value!.toString(), 'kept');
  await s.close();
});

test('invalid topics and configs are refused with the name and the rule', async (t) => {
  const dir = tempDir(t);
  const s = await openStorage({ dataDir: dir, ...quiet });
  assert.throws(() => s.log.createTopic('bad/name', 1), isCode('CONFIG_INVALID', /invalid topic name "bad\/name"/));
  assert.throws(() => s.log.createTopic('t', 0), isCode('CONFIG_INVALID', /partitions must be at least 1/));
  assert.throws(() => s.log.createTopic('t', 1, { 'retention.ms': 'soon' }), isCode('CONFIG_INVALID', /invalid value "soon" for retention\.ms/));
  assert.throws(() => s.log.createTopic('t', 1, { 'no.such': '1' }), isCode('CONFIG_INVALID', /unknown topic config no\.such/));
  s.log.createTopic('t', 1);
  await assert.rejects(s.log.append('t', 0, Buffer.concat([batch('a'), batch('b')])), isCode('RECORD_CORRUPT', /exactly one batch/));
  const corrupt = batch('c');
  corrupt[corrupt.length - 1] = corrupt[corrupt.length - 1]! ^ 1;
  await assert.rejects(s.log.append('t', 0, corrupt), (e: unknown) => e instanceof WeirError && e.code === 'RECORD_CORRUPT');
  await s.close();
});
