// Tests for batch.ts: header reading against a hand-built batch, CRC rejection, field-naming
// validation errors, in-place rewrites that keep the CRC valid, and splitting with a partial tail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32c } from '@node-rs/crc32';
import {
  BATCH_HEADER_SIZE,
  batchSizeAt,
  batchesIn,
  computeBatchCrc,
  lastOffsetOf,
  readBatchHeader,
  setBaseOffset,
  setLogAppendTime,
  setMaxTimestamp,
  setPartitionLeaderEpoch,
  splitBatches,
  validateBatch,
} from './batch.ts';
import { decodeRecords, encodeBatch } from './records.ts';
import { handBatch } from './fixtures.ts';

function resign(b: Buffer): Buffer {
  b.writeUInt32BE(computeBatchCrc(b), 17);
  return b;
}

test('crc32c is the Castagnoli CRC (check value of "123456789")', () => {
  assert.equal(crc32c(Buffer.from('123456789')) >>> 0, 0xe3069283);
});

test('readBatchHeader reads the hand-built header', () => {
  const b = handBatch();
  const h = readBatchHeader(b);
  assert.equal(h.baseOffset, 100n);
  assert.equal(h.batchLength, b.length - 12);
  assert.equal(h.partitionLeaderEpoch, 5);
  assert.equal(h.magic, 2);
  assert.equal(h.crc, crc32c(b.subarray(21)) >>> 0);
  assert.equal(h.compression, 'none');
  assert.equal(h.timestampType, 'create');
  assert.equal(h.isTransactional, false);
  assert.equal(h.isControl, false);
  assert.equal(h.lastOffsetDelta, 1);
  assert.equal(h.baseTimestamp, 1000n);
  assert.equal(h.maxTimestamp, 1005n);
  assert.equal(h.producerId, 7n);
  assert.equal(h.producerEpoch, 1);
  assert.equal(h.baseSequence, 0);
  assert.equal(h.recordCount, 2);
  assert.equal(lastOffsetOf(h), 101n);
  assert.deepEqual(validateBatch(b), h);
});

test('readBatchHeader works at an offset inside a larger buffer and on a plain Uint8Array', () => {
  const b = handBatch();
  const big = new Uint8Array(b.length + 10);
  big.set(b, 7);
  assert.equal(readBatchHeader(big, 7).baseOffset, 100n);
  assert.equal(validateBatch(big, 7).recordCount, 2);
});

test('attribute bits are decoded', () => {
  const b = encodeBatch({ records: [{ value: null }], compression: 'lz4', isTransactional: true, isControl: true, timestampType: 'log-append', deleteHorizonMs: 5n });
  const h = readBatchHeader(b);
  assert.equal(h.attributes, 3 | 8 | 16 | 32 | 64);
  assert.equal(h.compression, 'lz4');
  assert.equal(h.timestampType, 'log-append');
  assert.ok(h.isTransactional && h.isControl && h.hasDeleteHorizonMs);
});

test('a flipped byte anywhere under the CRC is rejected, naming the crc field', () => {
  const good = handBatch();
  for (let i = 21; i < good.length; i++) {
    const b = Buffer.from(good);
    b[i] = b[i]! ^ 0x01;
    assert.throws(() => validateBatch(b), (e: any) => {
      assert.equal(e.code, 'RECORD_CORRUPT');
      assert.equal(e.context.field, 'crc');
      assert.equal(e.context.offset, 17);
      return true;
    });
  }
  const crcFlip = Buffer.from(good);
  crcFlip[18] = crcFlip[18]! ^ 0x80;
  assert.throws(() => validateBatch(crcFlip), { code: 'RECORD_CORRUPT', message: /field crc: CRC32C/ });
});

test('baseOffset and partitionLeaderEpoch are outside the CRC', () => {
  const b = handBatch();
  b[3] = b[3]! ^ 0xff;
  b[13] = b[13]! ^ 0xff;
  validateBatch(b);
});

test('validateBatch names each broken field and its offset', () => {
  const cases: [string, (b: Buffer) => Buffer, string, number][] = [
    ['magic', (b) => (b.writeInt8(1, 16), b), 'magic', 16],
    ['length past end', (b) => (b.writeInt32BE(b.length, 8), b), 'batchLength', 8],
    ['length below header', (b) => (b.writeInt32BE(20, 8), b), 'batchLength', 8],
    ['negative count', (b) => resign((b.writeInt32BE(-1, 57), b)), 'recordCount', 57],
    ['count too big', (b) => resign((b.writeInt32BE(1000, 57), b.writeInt32BE(999, 23), b)), 'recordCount', 57],
    ['negative lastOffsetDelta', (b) => resign((b.writeInt32BE(-1, 23), b)), 'lastOffsetDelta', 23],
    ['lastOffsetDelta below count', (b) => resign((b.writeInt32BE(0, 23), b)), 'lastOffsetDelta', 23],
    ['unknown codec', (b) => resign((b.writeInt16BE(6, 21), b)), 'attributes', 21],
  ];
  for (const [name, mutate, field, offset] of cases) {
    const b = mutate(handBatch());
    assert.throws(() => validateBatch(Buffer.concat([Buffer.alloc(3), b]), 3), (e: any) => {
      assert.equal(e.code, 'RECORD_CORRUPT', name);
      assert.equal(e.context.field, field, name);
      assert.equal(e.context.offset, offset + 3, name);
      return true;
    });
  }
  assert.throws(() => validateBatch(handBatch().subarray(0, 10)), { code: 'RECORD_CORRUPT' });
  assert.throws(() => readBatchHeader(handBatch().subarray(0, 60)), { code: 'RECORD_CORRUPT', message: /header/ });
});

test('setBaseOffset and setPartitionLeaderEpoch rewrite in place; CRC and records untouched', () => {
  const b = handBatch();
  const before = Buffer.from(b);
  setBaseOffset(b, 1n << 40n);
  setPartitionLeaderEpoch(b, 42);
  assert.deepEqual(b.subarray(16), before.subarray(16));
  const h = validateBatch(b);
  assert.equal(h.baseOffset, 1n << 40n);
  assert.equal(h.partitionLeaderEpoch, 42);
  assert.deepEqual(decodeRecords(b).records.map((r) => r.offset), [(1n << 40n), (1n << 40n) + 1n]);
});

test('setLogAppendTime stamps maxTimestamp and the attribute, recomputes the CRC, leaves records alone', () => {
  for (const codec of ['none', 'zstd'] as const) {
    const b = encodeBatch({ records: [{ value: Buffer.from('a'), timestamp: 10n }, { value: Buffer.from('b'), timestamp: 20n }], compression: codec });
    const records = Buffer.from(b.subarray(BATCH_HEADER_SIZE));
    setLogAppendTime(b, 99_000n);
    assert.deepEqual(b.subarray(BATCH_HEADER_SIZE), records);
    const h = validateBatch(b);
    assert.equal(h.timestampType, 'log-append');
    assert.equal(h.maxTimestamp, 99_000n);
    assert.equal(h.baseTimestamp, 10n);
    assert.deepEqual(decodeRecords(b).records.map((r) => r.timestamp), [99_000n, 99_000n]);
    setMaxTimestamp(b, 'create', 20n);
    assert.deepEqual(decodeRecords(b).records.map((r) => r.timestamp), [10n, 20n]);
  }
  assert.throws(() => setLogAppendTime(handBatch().subarray(0, 70), 1n), { code: 'RECORD_CORRUPT' });
});

test('batchSizeAt reads the length prefix', () => {
  const b = handBatch();
  assert.equal(batchSizeAt(b), b.length);
  assert.equal(batchSizeAt(b.subarray(0, 11)), null);
  assert.equal(batchSizeAt(b.subarray(0, 12)), b.length);
  const bad = Buffer.from(b);
  bad.writeInt32BE(-5, 8);
  assert.throws(() => batchSizeAt(bad), { code: 'RECORD_CORRUPT', message: /batchLength/ });
});

test('batches split cleanly; a partial trailing batch is reported, not thrown', () => {
  const one = handBatch();
  const two = encodeBatch({ records: [{ value: Buffer.from('x'.repeat(300)) }], compression: 'gzip' });
  const three = encodeBatch({ records: [{ value: Buffer.from('y') }], baseOffset: 102n });
  const all = Buffer.concat([one, two, three]);
  const whole = splitBatches(all);
  assert.equal(whole.partial, null);
  assert.deepEqual(whole.batches.map((s) => [s.at, s.size, s.magic]), [[0, one.length, 2], [one.length, two.length, 2], [one.length + two.length, three.length, 2]]);
  assert.deepEqual(whole.batches[1]!.bytes, two);
  for (let cut = 0; cut <= all.length; cut++) {
    const { batches, partial } = splitBatches(all.subarray(0, cut));
    const complete = [one.length, one.length + two.length, all.length].filter((end) => end <= cut).length;
    assert.equal(batches.length, complete);
    const consumed = batches.reduce((n, s) => n + s.size, 0);
    if (consumed === cut) {
      assert.equal(partial, null);
    } else {
      assert.equal(partial!.at, consumed);
      assert.equal(partial!.available, cut - consumed);
      assert.equal(partial!.size, cut - consumed >= 12 ? [one, two, three][complete]!.length : null);
    }
  }
  const items = [...batchesIn(all, one.length, all.length - 5)];
  assert.deepEqual(items.map((i) => i.kind), ['batch', 'partial']);
});
