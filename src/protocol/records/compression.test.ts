// Tests for compression.ts and snappy-xerial.ts: round trips for every codec, the xerial layout,
// raw snappy detection, bounded decompression, and corrupt input naming the codec.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { compressSync as snappyRaw } from 'snappy';
import { CODEC_IDS, codecFromId, compress, decompress, type CompressionCodec } from './compression.ts';

const codecs: CompressionCodec[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
const text = Buffer.from('records records records, all alike; '.repeat(4000));

test('codec ids match the attributes bits', () => {
  assert.deepEqual(CODEC_IDS, { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 });
  for (const c of codecs) assert.equal(codecFromId(CODEC_IDS[c]), c);
  assert.equal(codecFromId(5), undefined);
});

test('every codec round trips empty, small, compressible and random data', () => {
  for (const codec of codecs) {
    for (const input of [Buffer.alloc(0), Buffer.from('k'), text, randomBytes(100_000)]) {
      assert.deepEqual(decompress(codec, compress(codec, input)), input, codec);
    }
  }
  assert.deepEqual(decompress('snappy', compress('snappy', text, { snappyFormat: 'raw' })), text);
  assert.deepEqual(decompress('gzip', compress('gzip', text, { level: 9 })), text);
  assert.deepEqual(decompress('zstd', compress('zstd', text, { level: 19 })), text);
});

function uvarintAt(b: Buffer, at: number): number {
  let value = 0;
  for (let i = 0; ; i++) {
    const byte = b[at + i]!;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return value;
  }
}

test('snappy is xerial-framed by default, 32 KiB input per block', () => {
  const packed = compress('snappy', text);
  assert.deepEqual([...packed.subarray(0, 16)], [0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00, 0, 0, 0, 1, 0, 0, 0, 1]);
  // Walk the blocks by hand: int32 BE length + raw snappy, whose uvarint preamble is the input size.
  let p = 16;
  const sizes: number[] = [];
  while (p < packed.length) {
    const n = packed.readInt32BE(p);
    sizes.push(uvarintAt(packed, p + 4));
    p += 4 + n;
  }
  assert.equal(p, packed.length);
  assert.deepEqual(sizes, [32768, 32768, 32768, 32768, text.length - 4 * 32768]);
});

test('snappy decoder accepts a hand-made xerial stream and raw snappy', () => {
  const a = Buffer.from('hello, ');
  const b = Buffer.from('world');
  const blocks = [snappyRaw(a), snappyRaw(b)].flatMap((blk) => {
    const len = Buffer.alloc(4);
    len.writeInt32BE(blk.length);
    return [len, blk];
  });
  const xerial = Buffer.concat([Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00, 0, 0, 0, 1, 0, 0, 0, 1]), ...blocks]);
  assert.equal(decompress('snappy', xerial).toString(), 'hello, world');
  assert.equal(decompress('snappy', snappyRaw(text)).length, text.length);
});

test('decompression is bounded for every codec', () => {
  const big = Buffer.alloc(1_000_000);
  for (const codec of codecs) {
    const packed = compress(codec, big);
    assert.equal(decompress(codec, packed, { maxBytes: 1_000_000 }).length, 1_000_000, codec);
    assert.throws(() => decompress(codec, packed, { maxBytes: 999_999 }), { code: 'COMPRESSION', message: new RegExp(`^${codec}-compressed data: .*limit of 999999`) });
  }
  assert.throws(() => decompress('snappy', compress('snappy', big, { snappyFormat: 'raw' }), { maxBytes: 1000 }), { code: 'COMPRESSION' });
});

test('a snappy length preamble claiming 4 GiB is refused before decoding', () => {
  const liar = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]);
  assert.throws(() => decompress('snappy', liar), { code: 'COMPRESSION', message: /exceeds the limit/ });
});

test('corrupt input is a COMPRESSION error naming the codec', () => {
  for (const codec of ['gzip', 'snappy', 'lz4', 'zstd'] as const) {
    const packed = compress(codec, text);
    const truncated = packed.subarray(0, Math.floor(packed.length / 2));
    for (const bad of [Buffer.from('definitely not compressed'), truncated]) {
      assert.throws(() => decompress(codec, bad), { code: 'COMPRESSION', message: new RegExp(`^${codec}-compressed data`) }, codec);
    }
  }
});
