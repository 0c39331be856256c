// Tests for lz4-frame.ts: Kafka's header bytes (right and 0.8-broken checksums), round trips,
// frames from another encoder, a hand-built linked-block frame, bounds and corruption.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { compressFrameSync } from 'lz4-napi';
import { lz4FrameCompress, lz4FrameDecompress } from './lz4-frame.ts';
import { xxhash32 } from './xxhash32.ts';

const MAX = 64 * 1024 * 1024;
const text = Buffer.from('the quick brown fox jumps over the lazy dog; '.repeat(5000));

function frame(descriptor: number[], blocks: Buffer[], brokenChecksum = false): Buffer {
  const head = Buffer.from([0x04, 0x22, 0x4d, 0x18, ...descriptor]);
  const hc = (xxhash32(head, 0, brokenChecksum ? 0 : 4, head.length) >>> 8) & 0xff;
  return Buffer.concat([head, Buffer.from([hc]), ...blocks, Buffer.alloc(4)]);
}

function block(data: Buffer, uncompressed = false): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32LE((data.length | (uncompressed ? 0x80000000 : 0)) >>> 0);
  return Buffer.concat([size, data]);
}

test('empty input gives the header Kafka expects, with right or broken checksum', () => {
  assert.deepEqual([...lz4FrameCompress(Buffer.alloc(0))], [0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0x82, 0, 0, 0, 0]);
  assert.deepEqual([...lz4FrameCompress(Buffer.alloc(0), { brokenHeaderChecksum: true })], [0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0x1a, 0, 0, 0, 0]);
});

test('round trips with every option', () => {
  for (const input of [Buffer.alloc(0), Buffer.from('x'), text, randomBytes(200_000)]) {
    for (const opts of [{}, { blockChecksum: true, contentChecksum: true }, { blockSize: 262144 as const }, { brokenHeaderChecksum: true }]) {
      const packed = lz4FrameCompress(input, opts);
      const allow = opts.brokenHeaderChecksum === true;
      assert.deepEqual(lz4FrameDecompress(packed, { maxBytes: MAX, allowBrokenHeaderChecksum: allow }), input);
    }
  }
});

test('incompressible blocks are stored with the uncompressed bit', () => {
  const packed = lz4FrameCompress(randomBytes(1000));
  assert.equal(packed.readUInt32LE(7), (1000 | 0x80000000) >>> 0);
});

test('the broken (Kafka 0.8) header checksum is accepted only when allowed', () => {
  const broken = Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0x1a, 0, 0, 0, 0]);
  assert.equal(lz4FrameDecompress(broken, { maxBytes: MAX, allowBrokenHeaderChecksum: true }).length, 0);
  assert.throws(() => lz4FrameDecompress(broken, { maxBytes: MAX }), { code: 'COMPRESSION', message: /lz4.*header checksum/ });
});

test('decodes frames from an independent encoder (lz4-napi frame API), incl. content checksum', () => {
  assert.deepEqual(lz4FrameDecompress(compressFrameSync(text), { maxBytes: MAX }), text);
  assert.deepEqual(lz4FrameDecompress(compressFrameSync(text, { contentChecksum: true, blockChecksums: true }), { maxBytes: MAX }), text);
});

test('hand-built frame: linked blocks, content size, uncompressed block', () => {
  // Block 1: one literal-only sequence of 16 bytes (token 0xF0, length extension 1).
  const first = Buffer.concat([Buffer.from([0xf0, 0x01]), Buffer.from('abcdefghijklmnop')]);
  // Block 2 (linked): a 16-byte match 16 bytes back (into block 1), then 5 literals.
  const second = Buffer.concat([Buffer.from([0x0c, 0x10, 0x00, 0x50]), Buffer.from('VWXYZ')]);
  const third = Buffer.from('raw!');
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(41n);
  const f = frame([0x48, 0x40, ...size], [block(first), block(second), block(third, true)]);
  assert.equal(lz4FrameDecompress(f, { maxBytes: MAX }).toString(), 'abcdefghijklmnopabcdefghijklmnopVWXYZraw!');
  size.writeBigUInt64LE(40n);
  const wrongSize = frame([0x48, 0x40, ...size], [block(first), block(second), block(third, true)]);
  assert.throws(() => lz4FrameDecompress(wrongSize, { maxBytes: MAX }), { code: 'COMPRESSION', message: /declares 40 bytes/ });
});

test('concatenated and skippable frames', () => {
  const skip = Buffer.from([0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3]);
  const both = Buffer.concat([lz4FrameCompress(Buffer.from('one ')), skip, lz4FrameCompress(Buffer.from('two'))]);
  assert.equal(lz4FrameDecompress(both, { maxBytes: MAX }).toString(), 'one two');
});

test('output is bounded', () => {
  const packed = lz4FrameCompress(Buffer.alloc(1_000_000));
  assert.equal(lz4FrameDecompress(packed, { maxBytes: 1_000_000 }).length, 1_000_000);
  assert.throws(() => lz4FrameDecompress(packed, { maxBytes: 999_999 }), { code: 'COMPRESSION', message: /exceeds the limit of 999999/ });
  assert.throws(() => lz4FrameDecompress(packed, { maxBytes: 10 }), { code: 'COMPRESSION', message: /exceeds the limit/ });
  const stored = lz4FrameCompress(randomBytes(5000));
  assert.throws(() => lz4FrameDecompress(stored, { maxBytes: 4999 }), { code: 'COMPRESSION', message: /exceeds the limit/ });
});

test('corrupt input is a COMPRESSION error naming lz4', () => {
  const packed = lz4FrameCompress(text, { blockChecksum: true, contentChecksum: true });
  const cases: Buffer[] = [
    Buffer.from([1, 2, 3]),
    packed.subarray(0, packed.length - 6),
    Buffer.concat([packed, Buffer.from([9])]),
  ];
  const flipped = Buffer.from(packed);
  flipped[20] = flipped[20]! ^ 0xff;
  cases.push(flipped);
  const badSum = Buffer.from(packed);
  badSum[badSum.length - 1] = badSum[badSum.length - 1]! ^ 1;
  cases.push(badSum);
  const noChecks = lz4FrameCompress(text);
  const garbled = Buffer.from(noChecks);
  garbled.fill(0xff, 12, 40);
  cases.push(garbled);
  for (const c of cases) assert.throws(() => lz4FrameDecompress(c, { maxBytes: MAX }), { code: 'COMPRESSION', message: /^lz4-compressed data/ });
});
