// Test fixtures: record batches and messages assembled field by field from Kafka's documented
// layouts, not by this module's encoders, so tests can check the encoders and decoders against them.
import { crc32c } from '@node-rs/crc32';
import zlib from 'node:zlib';

/**
 * A batch assembled field by field from the documented layout (not by our encoder): base offset
 * 100, leader epoch 5, producer 7/1/seq 0, two records at timestamps 1000 and 1005.
 */
export function handBatch(): Buffer {
  const records = Buffer.from([
    // record 0: length 9, attributes 0, tsDelta 0, offsetDelta 0, key "k", value "v1", 0 headers
    0x12, 0x00, 0x00, 0x00, 0x02, 0x6b, 0x04, 0x76, 0x31, 0x00,
    // record 1: length 11, attributes 0, tsDelta 5, offsetDelta 1, key null, value "v2", 1 header "h" = null
    0x16, 0x00, 0x0a, 0x02, 0x01, 0x04, 0x76, 0x32, 0x02, 0x02, 0x68, 0x01,
  ]);
  const b = Buffer.alloc(61 + records.length);
  b.writeBigInt64BE(100n, 0); // baseOffset
  b.writeInt32BE(b.length - 12, 8); // batchLength
  b.writeInt32BE(5, 12); // partitionLeaderEpoch
  b.writeInt8(2, 16); // magic
  b.writeInt16BE(0, 21); // attributes
  b.writeInt32BE(1, 23); // lastOffsetDelta
  b.writeBigInt64BE(1000n, 27); // baseTimestamp
  b.writeBigInt64BE(1005n, 35); // maxTimestamp
  b.writeBigInt64BE(7n, 43); // producerId
  b.writeInt16BE(1, 51); // producerEpoch
  b.writeInt32BE(0, 53); // baseSequence
  b.writeInt32BE(2, 57); // recordCount
  records.copy(b, 61);
  b.writeUInt32BE(crc32c(b.subarray(21)) >>> 0, 17);
  return b;
}


/** One legacy message laid out by hand: offset, size, CRC32 over magic.., magic, attributes, [timestamp], key, value. */
export function handMessage(offset: bigint, magic: 0 | 1, attributes: number, timestamp: bigint, key: Buffer | null, value: Buffer | null): Buffer {
  const body: Buffer[] = [Buffer.from([magic, attributes])];
  if (magic === 1) {
    const ts = Buffer.alloc(8);
    ts.writeBigInt64BE(timestamp);
    body.push(ts);
  }
  for (const field of [key, value]) {
    const len = Buffer.alloc(4);
    len.writeInt32BE(field === null ? -1 : field.length);
    body.push(len);
    if (field !== null) body.push(field);
  }
  const rest = Buffer.concat(body);
  const head = Buffer.alloc(16);
  head.writeBigInt64BE(offset, 0);
  head.writeInt32BE(4 + rest.length, 8);
  head.writeUInt32BE(zlib.crc32(rest) >>> 0, 12);
  return Buffer.concat([head, rest]);
}

/**
 * A v1 gzip wrapper as a 0.10 broker stores it: inner messages at relative offsets 0, 1, 2 and the
 * wrapper at the absolute offset of the last one (52), so the records are at 50, 51 and 52.
 */
export function handGzipWrapperV1(): Buffer {
  const inner = Buffer.concat([
    handMessage(0n, 1, 0, 1000n, Buffer.from('a'), Buffer.from('one')),
    handMessage(1n, 1, 0, 1001n, null, Buffer.from('two')),
    handMessage(2n, 1, 0, 1002n, Buffer.from('c'), null),
  ]);
  return handMessage(52n, 1, 1, 1002n, null, zlib.gzipSync(inner));
}
