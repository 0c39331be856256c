// Tests for down-convert.ts: v2 batches to hand-built v0/v1 messages, codecs and offset gaps,
// LogAppendTime, zstd/control/empty batches, and a mixed range with a partial tail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { encodeEndTxnBatch } from './control.ts';
import { downConvert, downConvertBatch } from './down-convert.ts';
import { handBatch, handMessage } from './fixtures.ts';
import { decodeMessageSet } from './legacy.ts';
import { encodeBatch } from './records.ts';

const text = (u: Uint8Array | null): string | null => (u === null ? null : Buffer.from(u).toString());

test('the hand-built v2 batch becomes the hand-built v1 and v0 messages', () => {
  const v1 = downConvertBatch(handBatch(), 1);
  assert.deepEqual(v1, Buffer.concat([handMessage(100n, 1, 0, 1000n, Buffer.from('k'), Buffer.from('v1')), handMessage(101n, 1, 0, 1005n, null, Buffer.from('v2'))]));
  const v0 = downConvertBatch(handBatch(), 0);
  assert.deepEqual(v0, Buffer.concat([handMessage(100n, 0, 0, -1n, Buffer.from('k'), Buffer.from('v1')), handMessage(101n, 0, 0, -1n, null, Buffer.from('v2'))]));
});

test('compressed batches keep their codec and offsets (with gaps)', () => {
  for (const compression of ['gzip', 'snappy', 'lz4'] as const) {
    const batch = encodeBatch({
      records: [{ value: Buffer.from('a'), timestamp: 1n }, { key: Buffer.from('k'), value: Buffer.from('b'), timestamp: 3n, offsetDelta: 4 }],
      baseOffset: 1000n,
      compression,
    });
    for (const magic of [0, 1] as const) {
      const out = downConvertBatch(batch, magic);
      assert.equal(out[16], magic);
      assert.equal(out[17]! & 7, { gzip: 1, snappy: 2, lz4: 3 }[compression]);
      const { records } = decodeMessageSet(out);
      assert.deepEqual(records.map((r) => [r.offset, r.timestamp, text(r.key), text(r.value)]), [
        [1000n, magic === 1 ? 1n : -1n, null, 'a'],
        [1004n, magic === 1 ? 3n : -1n, 'k', 'b'],
      ]);
    }
  }
});

test('LogAppendTime survives conversion to v1', () => {
  const batch = encodeBatch({ records: [{ value: Buffer.from('a'), timestamp: 1n }], timestampType: 'log-append', logAppendTime: 42n, compression: 'gzip' });
  const { records } = decodeMessageSet(downConvertBatch(batch, 1));
  assert.deepEqual(records.map((r) => [r.timestamp, r.timestampType]), [[42n, 'log-append']]);
});

test('zstd needs an explicit codec; control and empty batches are dropped', () => {
  const zstd = encodeBatch({ records: [{ value: Buffer.from('z') }], compression: 'zstd' });
  assert.throws(() => downConvertBatch(zstd, 1), { code: 'COMPRESSION', message: /zstd/ });
  const { records } = decodeMessageSet(downConvertBatch(zstd, 1, { compression: 'gzip' }));
  assert.equal(text(records[0]!.value), 'z');
  assert.equal(downConvertBatch(encodeEndTxnBatch({ type: 'commit', coordinatorEpoch: 0, producerId: 1n, producerEpoch: 0 }), 1).length, 0);
  assert.equal(downConvertBatch(encodeBatch({ records: [] }), 0).length, 0);
});

test('downConvert walks a mixed range and reports a partial tail', () => {
  const v0 = handMessage(0n, 0, 0, -1n, null, Buffer.from('old'));
  const v1wrapper = handMessage(2n, 1, 1, 9n, null, zlib.gzipSync(Buffer.concat([handMessage(0n, 1, 0, 8n, null, Buffer.from('m1')), handMessage(1n, 1, 0, 9n, null, Buffer.from('m2'))])));
  const v2 = encodeBatch({ records: [{ value: Buffer.from('new'), timestamp: 10n }], baseOffset: 3n });
  const marker = encodeEndTxnBatch({ type: 'abort', coordinatorEpoch: 0, producerId: 1n, producerEpoch: 0, baseOffset: 4n });
  const tail = encodeBatch({ records: [{ value: Buffer.from('cut') }], baseOffset: 5n });
  const range = Buffer.concat([v0, v1wrapper, v2, marker, tail.subarray(0, 20)]);

  const toV1 = downConvert(range, 1);
  assert.equal(toV1.partial!.at, range.length - 20);
  const r1 = decodeMessageSet(toV1.bytes).records;
  assert.deepEqual(r1.map((r) => [r.offset, r.magic, text(r.value)]), [[0n, 0, 'old'], [1n, 1, 'm1'], [2n, 1, 'm2'], [3n, 1, 'new']]);
  assert.deepEqual(toV1.bytes.subarray(0, v0.length + v1wrapper.length), Buffer.concat([v0, v1wrapper]));

  const toV0 = downConvert(range, 0);
  const r0 = decodeMessageSet(toV0.bytes).records;
  assert.deepEqual(r0.map((r) => [r.offset, r.magic, r.compression, text(r.value)]), [[0n, 0, 'none', 'old'], [1n, 0, 'gzip', 'm1'], [2n, 0, 'gzip', 'm2'], [3n, 0, 'none', 'new']]);
});
