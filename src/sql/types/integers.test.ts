// Java's narrowing casts: (byte) 200 = -56, (short) 40000 = -25536, (int) 2^31 = -2^31, (long) 2^63 = -2^63.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INTEGER_RANGE, wrapBigInt, wrapNumber } from './integers.ts';

test('wrapNumber wraps as Java casts to byte, short and int', () => {
  assert.equal(wrapNumber('TINYINT', 200), -56);
  assert.equal(wrapNumber('TINYINT', -129), 127);
  assert.equal(wrapNumber('SMALLINT', 40000), -25536);
  assert.equal(wrapNumber('INT', 2147483648), -2147483648);
  assert.equal(wrapNumber('INT', -5), -5);
});

test('wrapBigInt wraps to every integer type, BIGINT staying a bigint', () => {
  assert.equal(wrapBigInt('TINYINT', 200n), -56);
  assert.equal(wrapBigInt('SMALLINT', 40000n), -25536);
  assert.equal(wrapBigInt('INT', 4294967297n), 1);
  assert.equal(wrapBigInt('BIGINT', 2n ** 63n), -(2n ** 63n));
});

test('ranges are the Java ones', () => {
  assert.deepEqual(INTEGER_RANGE.TINYINT, [-128n, 127n]);
  assert.deepEqual(INTEGER_RANGE.INT, [-(2n ** 31n), 2n ** 31n - 1n]);
  assert.deepEqual(INTEGER_RANGE.BIGINT, [-(2n ** 63n), 2n ** 63n - 1n]);
});
