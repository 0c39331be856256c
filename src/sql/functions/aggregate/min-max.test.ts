import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAggregate } from './index.ts';
import * as T from '../../types/types.ts';
import type { LogicalType } from '../../types/types.ts';
import { Decimal } from '../../types/decimal.ts';

const at = { file: 'q.sql', line: 1, column: 8 };
type Op = ['+' | '-', unknown];

function run(name: string, arg: LogicalType, ops: Op[]): unknown {
  const f = resolveAggregate(name, [arg], false, at);
  let acc = f.create();
  for (const [k, v] of ops) acc = k === '+' ? f.add(acc, [v]) : f.retract(acc, [v]);
  return f.result(acc);
}

test('MIN and MAX ignore NULLs; nothing → NULL', () => {
  assert.equal(run('MIN', T.INT(), [['+', 5], ['+', null], ['+', 3], ['+', 7]]), 3);
  assert.equal(run('MAX', T.INT(), [['+', 5], ['+', null], ['+', 3], ['+', 7]]), 7);
  assert.equal(run('MAX', T.STRING(), [['+', 'b'], ['+', 'a'], ['+', 'c']]), 'c');
  assert.equal(run('MIN', T.INT(), [['+', null]]), null);
  assert.equal((run('MAX', T.DECIMAL(3, 2), [['+', Decimal.fromString('1.05')], ['+', Decimal.fromString('1.50')]]) as Decimal).toString(), '1.50');
  assert.equal(run('MIN', T.BIGINT(), [['+', 10n], ['+', -3n]]), -3n);
  assert.equal(run('MAX', T.BOOLEAN(), [['+', false], ['+', true]]), true);
});

test('MIN with retraction: retracting the minimum falls back to the next value', () => {
  const ops: Op[] = [['+', 5], ['+', 3], ['+', 7], ['-', 3]];
  assert.equal(run('MIN', T.INT(), ops), 5);
  assert.equal(run('MIN', T.INT(), [...ops, ['-', 5]]), 7);
  assert.equal(run('MIN', T.INT(), [...ops, ['-', 5], ['-', 7]]), null);
  // a value added twice stays until both rows are retracted
  assert.equal(run('MIN', T.INT(), [['+', 3], ['+', 3], ['+', 8], ['-', 3]]), 3);
  assert.equal(run('MIN', T.INT(), [['+', 3], ['+', 3], ['+', 8], ['-', 3], ['-', 3]]), 8);
  assert.equal(run('MAX', T.STRING(), [['+', 'x'], ['+', 'y'], ['-', 'y'], ['+', 'w']]), 'x');
});

test('MIN/MAX merge equals one accumulator, including a slice with only a retraction', () => {
  const f = resolveAggregate('MIN', [T.INT()], false, at);
  const a = f.add(f.add(f.create(), [4]), [9]);
  const b = f.retract(f.create(), [4]);
  assert.equal(f.result(b), null);
  assert.equal(f.result(f.merge(a, b)), 9);
  const a2 = f.add(f.add(f.create(), [4]), [9]);
  assert.equal(f.result(f.merge(f.retract(f.create(), [4]), a2)), 9);
  const c = f.add(f.create(), [1]);
  assert.equal(f.result(f.merge(f.add(f.create(), [2]), c)), 1);
});

test('MIN/MAX accumulators survive a structured clone (checkpoint) and keep retracting', () => {
  const f = resolveAggregate('MAX', [T.INT()], false, at);
  let acc = f.add(f.add(f.add(f.create(), [1]), [9]), [5]);
  acc = structuredClone(acc);
  acc = f.retract(acc, [9]);
  assert.equal(f.result(acc), 5);
});

test('append-only MIN/MAX keep one value; a retraction is a planner bug', () => {
  const f = resolveAggregate('MAX', [T.INT()], false, at, { retraction: false });
  let acc = f.create();
  for (const v of [3, null, 8, 1]) acc = f.add(acc, [v]);
  assert.equal(acc, 8);
  assert.equal(f.result(f.merge(acc, f.add(f.create(), [11]))), 11);
  assert.equal(f.result(f.merge(f.create(), f.create())), null);
  assert.throws(() => f.retract(acc, [3]), /insert-only input but received a retraction/);
});
