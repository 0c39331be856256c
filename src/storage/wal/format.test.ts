// The frame header and segment names byte for byte (format.ts); no files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32c } from '@node-rs/crc32';
import { HEADER_BYTES, MAGIC, checkHeader, checkPayload, crc32cCombine, encodeHeader, parseSegmentFileName, payloadCrc, segmentFileName } from './format.ts';

test('segment file names carry the 20-digit base LSN and sort by it', () => {
  assert.equal(segmentFileName(0n), 'wal-00000000000000000000.log');
  assert.equal(segmentFileName(18446744073709551615n), 'wal-18446744073709551615.log');
  assert.equal(parseSegmentFileName('wal-00000000000001048512.log'), 1048512n);
  assert.equal(parseSegmentFileName('wal-1.log'), undefined);
  assert.equal(parseSegmentFileName('checkpoint.json'), undefined);
  assert.ok(segmentFileName(999n) < segmentFileName(1000n));
});

test('a header round-trips and is exactly the documented 32 bytes', () => {
  const payload = Buffer.from('hello, wal');
  const buf = Buffer.alloc(HEADER_BYTES + payload.length);
  encodeHeader(buf, 0, { payloadLength: payload.length, lsn: 4096n, durableLsn: 1024n, payloadCrc: payloadCrc(payload) });
  payload.copy(buf, HEADER_BYTES);
  assert.equal(buf[0], MAGIC);
  assert.equal(buf.readUInt32BE(4), payload.length);
  assert.equal(buf.readBigUInt64BE(8), 4096n);
  assert.equal(buf.readBigUInt64BE(16), 1024n);
  assert.equal(buf.readUInt32BE(24), crc32c(payload) >>> 0);
  assert.equal(buf.readUInt32BE(28), crc32c(buf.subarray(0, 28)) >>> 0);
  const h = checkHeader(buf, 0, buf.length, 4096n);
  assert.deepEqual(h, { kind: 'ok', header: { payloadLength: payload.length, lsn: 4096n, durableLsn: 1024n, payloadCrc: crc32c(payload) >>> 0 } });
  assert.ok(checkPayload(buf.subarray(HEADER_BYTES), crc32c(payload) >>> 0));
});

test('checkHeader names each fault', () => {
  const buf = Buffer.alloc(HEADER_BYTES + 10);
  encodeHeader(buf, 0, { payloadLength: 10, lsn: 0n, durableLsn: 0n, payloadCrc: 0 });
  assert.deepEqual(checkHeader(buf, 0, 31, 0n), { kind: 'bad', fault: 'short header' });
  assert.deepEqual(checkHeader(buf, 0, 41, 0n), { kind: 'bad', fault: 'short payload' });
  assert.deepEqual(checkHeader(buf, 0, 42, 8n), { kind: 'bad', fault: 'lsn mismatch' });
  const flipped = Buffer.from(buf);
  flipped[9]! ^= 1;
  assert.deepEqual(checkHeader(flipped, 0, 42, 0n), { kind: 'bad', fault: 'bad header crc' });
  assert.deepEqual(checkHeader(Buffer.alloc(42), 0, 42, 0n), { kind: 'bad', fault: 'bad magic' });
});

test('the CRC of a payload given in parts is the CRC of their concatenation', () => {
  const parts = [Buffer.from('stream:'), Buffer.alloc(0), Buffer.from('batch')];
  assert.equal(payloadCrc(parts), crc32c(Buffer.concat(parts)) >>> 0);
});

test('a part whose CRC the caller knows gives the same payload CRC as hashing its bytes', () => {
  const bytes = (n: number, seed: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed * 7) & 0xff));
  for (const [a, b] of [[0, 0], [0, 5], [3, 0], [7, 1], [100, 20_000], [1, 1 << 20], [65_536, 123_457]] as const) {
    const A = bytes(a, 1);
    const B = bytes(b, 2);
    assert.equal(crc32cCombine(crc32c(A) >>> 0, crc32c(B) >>> 0, b), crc32c(Buffer.concat([A, B])) >>> 0, `${a} + ${b} bytes`);
  }
  const parts = [bytes(29, 3), bytes(40_000, 4), bytes(29, 5), bytes(100, 6), bytes(70_000, 7)];
  const known = parts.map((p, i) => (i % 2 === 1 || i === 4 ? crc32c(p) >>> 0 : undefined));
  assert.equal(payloadCrc(parts, known), crc32c(Buffer.concat(parts)) >>> 0);
});
