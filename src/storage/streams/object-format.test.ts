import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildObject, entriesOf, FOOTER_SIZE } from './object-format.ts';
import { WeirError } from '../../util/errors.ts';

const inputs = [
  { streamId: 3, startOffset: 10n, endOffset: 12n, maxTimestamp: 1700n, batches: [Buffer.from('aaaa'), Buffer.from('bb')] },
  { streamId: 7, startOffset: 0n, endOffset: 1n, maxTimestamp: -1n, batches: [Buffer.from('ccc')] },
];

test('an object lays out its entries back to back and indexes them', () => {
  const { chunks, entries, size } = buildObject(inputs);
  const object = Buffer.concat(chunks);
  assert.equal(object.length, size);
  assert.deepEqual(entries.map((e) => [e.position, e.size]), [[0, 6], [6, 3]]);
  assert.equal(object.subarray(0, 9).toString(), 'aaaabbccc');
  assert.deepEqual(entriesOf('k', object), entries);
  assert.equal(object.subarray(object.length - 8).toString(), 'WEIROBJ1');
  assert.equal(object.length, 9 + 4 + 2 * 40 + FOOTER_SIZE);
});

test('a damaged index or footer is named as a corrupt object', () => {
  const object = Buffer.concat(buildObject(inputs).chunks);
  const flipped = Buffer.from(object);
  flipped[12] = flipped[12]! ^ 1;
  assert.throws(() => entriesOf('stream-set/1.wso', flipped), (e: unknown) => e instanceof WeirError && e.code === 'OBJECT_CORRUPT' && /stream-set\/1\.wso: index checksum/.test(e.message));
  assert.throws(() => entriesOf('x', object.subarray(0, object.length - 1)), (e: unknown) => e instanceof WeirError && e.code === 'OBJECT_CORRUPT');
  assert.throws(() => entriesOf('x', object.subarray(0, 5)), /shorter than its footer/);
});
