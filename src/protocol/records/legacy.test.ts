// Tests for legacy.ts: hand-built v0/v1 messages and wrappers (relative offsets, LogAppendTime,
// v0 LZ4 with the broken checksum), round trips, partial tails, corruption and bounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import type { CompressionCodec } from './compression.ts';
import { handGzipWrapperV1, handMessage } from './fixtures.ts';
import { decodeMessageSet, encodeMessageSet, type LegacyRecordInput } from './legacy.ts';
import { lz4FrameCompress } from './lz4-frame.ts';

const b = (s: string): Buffer => Buffer.from(s);
const plain = (r: { key: Uint8Array | null; value: Uint8Array | null }) => [r.key === null ? null : Buffer.from(r.key).toString(), r.value === null ? null : Buffer.from(r.value).toString()];

test('decodes hand-built v0 and v1 messages', () => {
  const set = Buffer.concat([handMessage(7n, 0, 0, -1n, b('k0'), b('v0')), handMessage(8n, 1, 0, 1234n, null, b('v1')), handMessage(9n, 1, 8, 999n, b('k'), null)]);
  const { records, partial } = decodeMessageSet(set);
  assert.equal(partial, null);
  assert.deepEqual(records.map((r) => [r.offset, r.magic, r.timestamp, r.timestampType, ...plain(r)]), [
    [7n, 0, -1n, 'create', 'k0', 'v0'],
    [8n, 1, 1234n, 'create', null, 'v1'],
    [9n, 1, 999n, 'log-append', 'k', null],
  ]);
  assert.deepEqual(records[0]!.headers, []);
});

test('v1 compressed wrapper: relative inner offsets become absolute', () => {
  const { records } = decodeMessageSet(handGzipWrapperV1());
  assert.deepEqual(records.map((r) => [r.offset, r.timestamp, r.compression, ...plain(r)]), [
    [50n, 1000n, 'gzip', 'a', 'one'],
    [51n, 1001n, 'gzip', null, 'two'],
    [52n, 1002n, 'gzip', 'c', null],
  ]);
});

test('v1 LogAppendTime wrapper gives its timestamp to every inner message', () => {
  const inner = Buffer.concat([handMessage(0n, 1, 0, 1n, null, b('x')), handMessage(1n, 1, 0, 2n, null, b('y'))]);
  const wrapper = handMessage(11n, 1, 1 | 8, 777n, null, zlib.gzipSync(inner));
  const { records } = decodeMessageSet(wrapper);
  assert.deepEqual(records.map((r) => [r.offset, r.timestamp, r.timestampType]), [[10n, 777n, 'log-append'], [11n, 777n, 'log-append']]);
});

test('v0 compressed wrapper keeps absolute inner offsets; v0 LZ4 with the broken header checksum is read', () => {
  const inner = Buffer.concat([handMessage(40n, 0, 0, -1n, null, b('p')), handMessage(41n, 0, 0, -1n, null, b('q'))]);
  const wrapper = handMessage(41n, 0, 3, -1n, null, lz4FrameCompress(inner, { brokenHeaderChecksum: true }));
  assert.equal(wrapper[16 + 2 + 4 + 4 + 6], 0x1a); // Kafka 0.8's header checksum for FLG 0x60 BD 0x40
  const { records } = decodeMessageSet(wrapper);
  assert.deepEqual(records.map((r) => [r.offset, r.magic, ...plain(r)]), [[40n, 0, null, 'p'], [41n, 0, null, 'q']]);
  // The same broken checksum in a v1 wrapper is refused, as Kafka does.
  const v1inner = Buffer.concat([handMessage(0n, 1, 0, 1n, null, b('p'))]);
  const v1 = handMessage(0n, 1, 3, 1n, null, lz4FrameCompress(v1inner, { brokenHeaderChecksum: true }));
  assert.throws(() => decodeMessageSet(v1), { code: 'COMPRESSION', message: /header checksum/ });
});

const inputs: LegacyRecordInput[] = [
  { offset: 100n, timestamp: 5000n, key: b('a'), value: b('alpha') },
  { offset: 101n, timestamp: 5002n, key: null, value: b('beta') },
  { offset: 104n, timestamp: 5001n, key: b('c'), value: null },
];

test('encode/decode round trip for v0 and v1, every legacy codec', () => {
  for (const magic of [0, 1] as const) {
    for (const compression of ['none', 'gzip', 'snappy', 'lz4'] as CompressionCodec[]) {
      const bytes = encodeMessageSet(inputs, { magic, compression });
      const { records, partial } = decodeMessageSet(bytes);
      assert.equal(partial, null);
      assert.deepEqual(
        records.map((r) => [r.offset, r.timestamp, r.magic, r.compression, ...plain(r)]),
        inputs.map((i) => [i.offset, magic === 1 ? i.timestamp : -1n, magic, compression, ...plain({ key: i.key ?? null, value: i.value ?? null })]),
        `v${magic} ${compression}`,
      );
    }
  }
});

test('encoded v1 wrapper matches the hand layout: last offset outside, relative offsets inside, max timestamp', () => {
  const bytes = encodeMessageSet(inputs, { magic: 1, compression: 'gzip' });
  assert.equal(bytes.readBigInt64BE(0), 104n);
  assert.equal(bytes[16], 1);
  assert.equal(bytes[17], 1);
  assert.equal(bytes.readBigInt64BE(18), 5002n);
  assert.equal(bytes.readInt32BE(26), -1);
  const inner = zlib.gunzipSync(bytes.subarray(34));
  assert.equal(bytes.readInt32BE(30), bytes.length - 34);
  assert.deepEqual([inner.readBigInt64BE(0), inner.readBigInt64BE(inner.readInt32BE(8) + 12)], [0n, 1n]);
  assert.equal(zlib.crc32(bytes.subarray(16)) >>> 0, bytes.readUInt32BE(12));
});

test('v1 LogAppendTime encoding', () => {
  for (const compression of ['none', 'gzip'] as const) {
    const { records } = decodeMessageSet(encodeMessageSet(inputs, { magic: 1, compression, timestampType: 'log-append', logAppendTime: 9999n }));
    assert.deepEqual(records.map((r) => [r.timestamp, r.timestampType]), inputs.map(() => [9999n, 'log-append']));
  }
});

test('a partial trailing message is reported, not thrown', () => {
  const bytes = encodeMessageSet(inputs, { magic: 1 });
  const { records, partial } = decodeMessageSet(bytes.subarray(0, bytes.length - 3));
  assert.equal(records.length, 2);
  assert.equal(partial!.available, bytes.length - 3 - partial!.at);
});

test('CRC32 mismatch and other corruption are RECORD_CORRUPT', () => {
  const bytes = handMessage(1n, 1, 0, 5n, b('k'), b('v'));
  for (let i = 16; i < bytes.length; i++) {
    const bad = Buffer.from(bytes);
    bad[i] = bad[i]! ^ 0x01;
    assert.throws(() => decodeMessageSet(bad), { code: 'RECORD_CORRUPT' });
  }
  const flipped = Buffer.from(bytes);
  flipped[bytes.length - 1] = flipped[bytes.length - 1]! ^ 1;
  assert.throws(() => decodeMessageSet(flipped), { code: 'RECORD_CORRUPT', message: /field crc: CRC32/ });
  assert.equal(decodeMessageSet(flipped, { verifyCrc: false }).records.length, 1);
  // zstd has no legacy form; nested compression is refused; a v2 batch does not belong here.
  assert.throws(() => decodeMessageSet(handMessage(0n, 1, 4, 0n, null, b('x'))), { code: 'RECORD_CORRUPT', message: /codec 4/ });
  const nested = handMessage(0n, 1, 1, 0n, null, zlib.gzipSync(handMessage(0n, 1, 1, 0n, null, zlib.gzipSync(handMessage(0n, 1, 0, 0n, null, b('x'))))));
  assert.throws(() => decodeMessageSet(nested), { code: 'RECORD_CORRUPT', message: /compressed again/ });
  const mixed = handMessage(0n, 1, 1, 0n, null, zlib.gzipSync(handMessage(0n, 0, 0, 0n, null, b('x'))));
  assert.throws(() => decodeMessageSet(mixed), { code: 'RECORD_CORRUPT', message: /inner magic 0/ });
  const cut = handMessage(0n, 1, 1, 0n, null, zlib.gzipSync(handMessage(0n, 1, 0, 0n, null, b('xyz')).subarray(0, 20)));
  assert.throws(() => decodeMessageSet(cut), { code: 'RECORD_CORRUPT', message: /cut short/ });
  assert.throws(() => encodeMessageSet(inputs, { magic: 1, compression: 'zstd' }), { code: 'COMPRESSION' });
});

test('wrapper decompression is bounded', () => {
  const big = encodeMessageSet([{ offset: 0n, value: Buffer.alloc(500_000) }], { magic: 1, compression: 'gzip' });
  assert.throws(() => decodeMessageSet(big, { maxDecompressedBytes: 100_000 }), { code: 'COMPRESSION', message: /limit of 100000/ });
});
