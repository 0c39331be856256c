// Tests for xxhash32.ts against published vectors and Kafka's LZ4 header checksum bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { xxhash32 } from './xxhash32.ts';

const hash = (s: string, seed = 0): number => xxhash32(Buffer.from(s, 'latin1'), seed);

test('published XXH32 vectors', () => {
  assert.equal(hash(''), 0x02cc5d05);
  assert.equal(hash('a'), 0x550d7456);
  assert.equal(hash('abc'), 0x32d153ff);
  // Longer than one 16-byte stripe, so the four-lane path runs.
  assert.equal(hash('Nobody inspects the spammish repetition'), 0xe2293b2f);
});

test("Kafka's LZ4 header checksum vectors (MessageCompressionTest)", () => {
  // FLG 0x60 BD 0x40: the right checksum byte is 0x82; Kafka 0.8 hashed the magic too and got 0x1a.
  assert.equal((xxhash32(Uint8Array.from([0x60, 0x40])) >>> 8) & 0xff, 0x82);
  assert.equal((xxhash32(Uint8Array.from([0x04, 0x22, 0x4d, 0x18, 0x60, 0x40])) >>> 8) & 0xff, 0x1a);
});

test('start/end select a sub-range and seed changes the result', () => {
  const data = Buffer.from('xxNobody inspects the spammish repetitionyy', 'latin1');
  assert.equal(xxhash32(data, 0, 2, data.length - 2), 0xe2293b2f);
  assert.notEqual(hash('abc', 1), hash('abc'));
});
