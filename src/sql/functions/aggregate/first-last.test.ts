import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAggregate } from './index.ts';
import type { ResolveOptions } from './index.ts';
import * as T from '../../types/types.ts';
import { Decimal } from '../../types/decimal.ts';

const at = { file: 'q.sql', line: 1, column: 8 };
type Op = ['+' | '-', unknown];

function run(name: string, ops: Op[], options: ResolveOptions = {}): unknown {
  const f = resolveAggregate(name, [T.VARCHAR(10)], false, at, options);
  let acc = f.create();
  for (const [k, v] of ops) acc = k === '+' ? f.add(acc, [v]) : f.retract(acc, [v]);
  return f.result(acc);
}

test('FIRST_VALUE / LAST_VALUE: first and last non-NULL value in arrival order', () => {
  const ops: Op[] = [['+', null], ['+', 'a'], ['+', 'b'], ['+', null]];
  assert.equal(run('FIRST_VALUE', ops), 'a');
  assert.equal(run('LAST_VALUE', ops), 'b');
  assert.equal(run('FIRST_VALUE', ops, { retraction: false }), 'a');
  assert.equal(run('LAST_VALUE', ops, { retraction: false }), 'b');
  assert.equal(run('FIRST_VALUE', [['+', null]]), null);
});

test('retraction removes the earliest equal value, as Flink\'s *WithRetract functions', () => {
  const ops: Op[] = [['+', 'a'], ['+', 'b'], ['+', 'a'], ['-', 'a']];
  assert.equal(run('FIRST_VALUE', ops), 'b');
  assert.equal(run('LAST_VALUE', ops), 'a');
  assert.equal(run('FIRST_VALUE', [...ops, ['-', 'b']]), 'a');
  assert.equal(run('LAST_VALUE', [['+', 'a'], ['+', 'b'], ['-', 'b']]), 'a');
  assert.equal(run('LAST_VALUE', [['+', 'a'], ['-', 'a']]), null);
});

test('merge: the first accumulator\'s rows come first; pending retractions apply across', () => {
  const f = resolveAggregate('FIRST_VALUE', [T.INT()], false, at);
  const l = resolveAggregate('LAST_VALUE', [T.INT()], false, at);
  const mk = (g: typeof f, ops: Op[]) => { let acc = g.create(); for (const [k, v] of ops) acc = k === '+' ? g.add(acc, [v]) : g.retract(acc, [v]); return acc; };
  assert.equal(f.result(f.merge(mk(f, [['+', 1], ['+', 2]]), mk(f, [['+', 3]]))), 1);
  assert.equal(l.result(l.merge(mk(l, [['+', 1], ['+', 2]]), mk(l, [['+', 3]]))), 3);
  // one accumulator: +1 +2 -1 +3 → [2, 3]
  assert.equal(f.result(f.merge(mk(f, [['+', 1], ['+', 2]]), mk(f, [['-', 1], ['+', 3]]))), 2);
  assert.equal(l.result(l.merge(mk(l, [['+', 1], ['+', 2]]), mk(l, [['-', 2]]))), 1);
  const append = resolveAggregate('LAST_VALUE', [T.INT()], false, at, { retraction: false });
  assert.equal(append.result(append.merge(append.add(append.create(), [1]), append.create())), 1);
  assert.throws(() => append.retract(append.create(), [1]), /LAST_VALUE was planned for an insert-only input/);
});

test('retraction finds equal values that are not identical: copies of an object, NaN', () => {
  const f = resolveAggregate('FIRST_VALUE', [T.DECIMAL(5, 1)], false, at);
  const one = Decimal.fromString('1.0');
  let acc = f.create();
  for (const v of [Decimal.fromString('1.0'), Decimal.fromString('2.0'), one]) acc = f.add(acc, [v]);
  acc = f.retract(acc, [one]); // the earliest 1.0 goes, not the identical last one
  assert.equal(String(f.result(acc)), '2.0');
  const d = resolveAggregate('LAST_VALUE', [T.DOUBLE()], false, at);
  let dacc = d.create();
  for (const v of [1, NaN]) dacc = d.add(dacc, [v]);
  dacc = d.retract(dacc, [NaN]);
  assert.equal(d.result(dacc), 1);
});
