// Tests for records.ts: the hand-built batch decoded and re-encoded byte for byte, round trips for
// every codec and batch option, bounded decompression, and record-level corruption.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { BATCH_HEADER_SIZE, computeBatchCrc, readBatchHeader, validateBatch } from './batch.ts';
import type { CompressionCodec } from './compression.ts';
import { handBatch } from './fixtures.ts';
import { decodeRecords, encodeBatch, type RecordInput } from './records.ts';

const codecs: CompressionCodec[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

function resign(b: Buffer): Buffer {
  b.writeUInt32BE(computeBatchCrc(b), 17);
  return b;
}

test('decodes the hand-built batch', () => {
  const { header, records } = decodeRecords(handBatch());
  assert.equal(header.recordCount, 2);
  assert.deepEqual(records, [
    { offset: 100n, timestamp: 1000n, key: Buffer.from('k'), value: Buffer.from('v1'), headers: [], attributes: 0 },
    { offset: 101n, timestamp: 1005n, key: null, value: Buffer.from('v2'), headers: [{ key: 'h', value: null }], attributes: 0 },
  ]);
});

test('encodes the hand-built batch byte for byte', () => {
  const b = encodeBatch({
    records: [
      { key: Buffer.from('k'), value: Buffer.from('v1'), timestamp: 1000n },
      { key: null, value: Buffer.from('v2'), timestamp: 1005n, headers: [{ key: 'h', value: null }] },
    ],
    baseOffset: 100n,
    partitionLeaderEpoch: 5,
    producerId: 7n,
    producerEpoch: 1,
    baseSequence: 0,
  });
  assert.deepEqual(b, handBatch());
});

test('defaults: no producer, create time, leader epoch -1, sequence -1', () => {
  const h = readBatchHeader(encodeBatch({ records: [{ value: Buffer.from('v') }], now: 77n }));
  assert.equal(h.producerId, -1n);
  assert.equal(h.producerEpoch, -1);
  assert.equal(h.baseSequence, -1);
  assert.equal(h.partitionLeaderEpoch, -1);
  assert.equal(h.baseOffset, 0n);
  assert.equal(h.baseTimestamp, 77n);
  assert.equal(h.maxTimestamp, 77n);
  assert.equal(h.compression, 'none');
  assert.equal(h.timestampType, 'create');
  assert.equal(h.attributes, 0);
});

const sample: RecordInput[] = [
  { key: Buffer.from('key-1'), value: Buffer.from('value-1'), timestamp: 1_700_000_000_000n, headers: [{ key: 'trace', value: Buffer.from('abc') }, { key: 'ünïcode', value: null }] },
  { key: null, value: null, timestamp: 1_699_999_999_000n },
  { key: Buffer.alloc(0), value: Buffer.alloc(0), timestamp: 1_700_000_000_500n, offsetDelta: 5 },
  { key: randomBytes(20_000), value: randomBytes(70_000), timestamp: 1_700_000_000_100n, offsetDelta: 300 },
];

test('every codec and option round trips', () => {
  const variants = [
    {},
    { isTransactional: true, producerId: 123456789012n, producerEpoch: 3, baseSequence: 2_000_000_000 },
    { timestampType: 'log-append' as const, logAppendTime: 1_800_000_000_000n },
    { deleteHorizonMs: 1_700_000_100_000n },
    { baseOffset: (1n << 62n) + 5n, partitionLeaderEpoch: 17, lastOffsetDelta: 400 },
  ];
  for (const compression of codecs) {
    for (const variant of variants) {
      const bytes = encodeBatch({ records: sample, compression, ...variant });
      const { header, records } = decodeRecords(bytes);
      const base = variant.baseOffset ?? 0n;
      assert.equal(header.compression, compression);
      assert.equal(header.recordCount, sample.length);
      assert.equal(header.lastOffsetDelta, variant.lastOffsetDelta ?? 300);
      assert.equal(header.isTransactional, variant.isTransactional === true);
      assert.equal(header.producerId, variant.producerId ?? -1n);
      assert.equal(header.baseSequence, variant.baseSequence ?? -1);
      assert.equal(header.partitionLeaderEpoch, variant.partitionLeaderEpoch ?? -1);
      assert.equal(header.hasDeleteHorizonMs, variant.deleteHorizonMs !== undefined);
      if (variant.deleteHorizonMs !== undefined) assert.equal(header.baseTimestamp, variant.deleteHorizonMs);
      assert.deepEqual(records.map((r) => r.offset), [base, base + 1n, base + 5n, base + 300n]);
      const logAppend = variant.timestampType === 'log-append';
      assert.equal(header.maxTimestamp, logAppend ? 1_800_000_000_000n : 1_700_000_000_500n);
      records.forEach((r, i) => {
        const want = sample[i]!;
        assert.equal(r.timestamp, logAppend ? 1_800_000_000_000n : want.timestamp);
        assert.deepEqual(r.key === null ? null : Buffer.from(r.key), want.key ?? null);
        assert.deepEqual(r.value === null ? null : Buffer.from(r.value), want.value ?? null);
        assert.deepEqual(r.headers.map((h) => [h.key, h.value === null ? null : Buffer.from(h.value)]), (want.headers ?? []).map((h) => [h.key, h.value]));
      });
    }
  }
});

test('an empty batch (as compaction leaves) round trips', () => {
  const b = encodeBatch({ records: [], baseOffset: 10n, lastOffsetDelta: 4, producerId: 5n, producerEpoch: 0 });
  const { header, records } = decodeRecords(b);
  assert.equal(records.length, 0);
  assert.equal(header.recordCount, 0);
  assert.equal(header.lastOffsetDelta, 4);
  assert.equal(header.maxTimestamp, -1n);
});

test('the encoder rejects offset deltas that do not increase', () => {
  assert.throws(() => encodeBatch({ records: [{ offsetDelta: 2 }, { offsetDelta: 2 }] }), { code: 'PROTOCOL_ENCODE', message: /records\[1\]\.offsetDelta/ });
  assert.throws(() => encodeBatch({ records: [{ offsetDelta: -1 }] }), { code: 'PROTOCOL_ENCODE' });
});

test('decompression of a batch is bounded', () => {
  const bytes = encodeBatch({ records: [{ value: Buffer.alloc(2_000_000) }], compression: 'zstd' });
  assert.ok(bytes.length < 10_000);
  assert.throws(() => decodeRecords(bytes, { maxDecompressedBytes: 1_000_000 }), (e: any) => {
    assert.equal(e.code, 'COMPRESSION');
    assert.equal(e.context.field, 'records');
    assert.equal(e.context.offset, BATCH_HEADER_SIZE);
    assert.match(e.message, /zstd-compressed data: decompressed data exceeds the limit of 1000000 bytes/);
    return true;
  });
  assert.equal(decodeRecords(bytes, { maxDecompressedBytes: 3_000_000 }).records.length, 1);
});

test('corrupt compressed payload is a COMPRESSION error, corrupt records are RECORD_CORRUPT', () => {
  for (const codec of ['gzip', 'snappy', 'lz4', 'zstd'] as const) {
    const b = encodeBatch({ records: sample, compression: codec });
    b.fill(0x5a, BATCH_HEADER_SIZE + 20, BATCH_HEADER_SIZE + 40);
    resign(b);
    assert.throws(() => decodeRecords(b), (e: any) => ['COMPRESSION', 'RECORD_CORRUPT'].includes(e.code), codec);
  }
});

test('record-level corruption names the record and field', () => {
  // Record 1's length says 12 where its fields take 11.
  const longer = handBatch();
  longer[61 + 10] = 0x18;
  assert.throws(() => decodeRecords(resign(longer)), (e: any) => {
    assert.equal(e.code, 'RECORD_CORRUPT');
    assert.equal(e.context.field, 'records[1].length');
    return true;
  });
  // Record 0's key length runs past the record.
  const keyLen = handBatch();
  keyLen[61 + 4] = 0x7e;
  assert.throws(() => decodeRecords(resign(keyLen)), { code: 'RECORD_CORRUPT', message: /records\[0\]\.key/ });
  // Offset deltas out of order.
  const order = handBatch();
  order[61 + 13] = 0x00;
  assert.throws(() => decodeRecords(resign(order)), { code: 'RECORD_CORRUPT', message: /records\[1\]\.offsetDelta/ });
  // Trailing bytes after the last record.
  const trailing = Buffer.concat([handBatch(), Buffer.from([0])]);
  trailing.writeInt32BE(trailing.length - 12, 8);
  assert.throws(() => decodeRecords(resign(trailing)), { code: 'RECORD_CORRUPT', message: /1 bytes follow the last of 2 records/ });
  // Fewer records than recordCount says.
  const fewer = handBatch();
  fewer.writeInt32BE(3, 57);
  fewer.writeInt32BE(2, 23);
  assert.throws(() => decodeRecords(resign(fewer)), { code: 'RECORD_CORRUPT', message: /records\[2\]/ });
});

test('a hostile record count fails before any work', () => {
  const b = encodeBatch({ records: [{ value: Buffer.from('x') }], compression: 'gzip' });
  b.writeInt32BE(0x7fffffff, 57);
  b.writeInt32BE(0x7fffffff, 23);
  assert.throws(() => decodeRecords(resign(b)), { code: 'RECORD_CORRUPT', message: /recordCount/ });
});

test('verifyCrc: false skips the CRC but still decodes strictly', () => {
  const b = handBatch();
  b[17] = b[17]! ^ 1;
  assert.throws(() => decodeRecords(b), { code: 'RECORD_CORRUPT', message: /crc/ });
  assert.equal(decodeRecords(b, { verifyCrc: false }).records.length, 2);
});

test('decodes a batch at an offset inside a larger buffer', () => {
  const two = Buffer.concat([handBatch(), encodeBatch({ records: [{ value: Buffer.from('z') }], baseOffset: 102n, compression: 'snappy' })]);
  const at = handBatch().length;
  validateBatch(two, at);
  assert.equal(decodeRecords(two, { at }).records[0]!.offset, 102n);
});
