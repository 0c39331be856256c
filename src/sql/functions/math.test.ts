// Numeric functions: exact ROUND/TRUNCATE/FLOOR/CEIL, logarithms, seeded RAND.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../types/types.ts';
import { run, int, bigint, dbl, dec, nul, text } from './testkit.ts';

test('ROUND and TRUNCATE: HALF_UP, negative places, exact DECIMAL', () => {
  assert.equal(text(run('ROUND', [dec('1.245', 10, 3), int(2)])), '1.25');
  assert.equal(text(run('ROUND', [dec('-1.245', 10, 3), int(2)])), '-1.25');
  assert.equal(run('ROUND', [dbl(2.675), int(2)]), 2.68); // BigDecimal.valueOf(2.675) rounds half up
  assert.equal(run('ROUND', [dbl(2.5)]), 3);
  assert.equal(run('ROUND', [int(15), int(-1)]), 20);
  assert.equal(run('ROUND', [bigint(-15n), int(-1)]), -20n);
  assert.equal(text(run('TRUNCATE', [dec('42.324', 5, 3), int(2)])), '42.32');
  assert.equal(run('TRUNCATE', [dbl(42.324)]), 42);
  assert.equal(run('TRUNCATE', [int(1234), int(-2)]), 1200);
  assert.equal(run('ROUND', [nul(T.DOUBLE()), int(1)]), null);
});

test('FLOOR, CEIL, ABS, SIGN', () => {
  assert.equal(text(run('FLOOR', [dec('-1.5', 5, 1)])), '-2');
  assert.equal(text(run('CEIL', [dec('1.1', 5, 1)])), '2');
  assert.equal(run('CEILING', [dbl(1.1)]), 2);
  assert.equal(run('FLOOR', [int(7)]), 7);
  assert.equal(run('ABS', [dbl(-1.5)]), 1.5);
  assert.equal(text(run('ABS', [dec('-1.50', 5, 2)])), '1.50');
  assert.equal(run('SIGN', [int(-7)]), -1);
  assert.equal(run('SIGN', [bigint(0n)]), 0n);
});

test('powers and logarithms', () => {
  assert.equal(run('POWER', [int(2), int(10)]), 1024);
  assert.equal(run('SQRT', [int(16)]), 4);
  assert.equal(run('LN', [dbl(Math.E)]), 1);
  assert.equal(run('LOG10', [int(1000)]), 3);
  assert.equal(run('LOG2', [int(8)]), 3);
  assert.equal(run('LOG', [int(2), int(8)]), 3);
  assert.equal(run('EXP', [int(0)]), 1);
  assert.throws(() => run('LOG', [int(1), int(8)]), /base of 'log\(base, x\)' must be > 1/);
  assert.throws(() => run('LOG', [int(0)]), /must be > 0/);
  assert.equal(run('DEGREES', [dbl(Math.PI)]), 180);
  assert.equal(run('PI', []), Math.PI);
});

test('RAND with a seed repeats java.util.Random’s sequence', () => {
  // new java.util.Random(42).nextDouble() = 0.7275636800328681; new Random(42).nextInt(10) = 0
  assert.equal(run('RAND', [int(42)]), 0.7275636800328681);
  assert.equal(run('RAND_INTEGER', [int(42), int(10)]), 0);
  const r = run('RAND', []) as number;
  assert.ok(r >= 0 && r < 1);
  const k = run('RAND_INTEGER', [int(5)]) as number;
  assert.ok(Number.isInteger(k) && k >= 0 && k < 5);
});
