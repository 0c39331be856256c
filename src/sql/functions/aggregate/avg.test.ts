import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAggregate } from './index.ts';
import * as T from '../../types/types.ts';
import type { LogicalType } from '../../types/types.ts';
import { Decimal } from '../../types/decimal.ts';

const at = { file: 'q.sql', line: 1, column: 8 };
const d = (s: string) => Decimal.fromString(s);
type Op = ['+' | '-', unknown];

function run(arg: LogicalType, ops: Op[]): unknown {
  const f = resolveAggregate('AVG', [arg], false, at);
  let acc = f.create();
  for (const [k, v] of ops) acc = k === '+' ? f.add(acc, [v]) : f.retract(acc, [v]);
  return f.result(acc);
}
const adds = (...vs: unknown[]): Op[] => vs.map((v) => ['+', v]);

test('AVG of INT is an INT, truncated toward zero like Java\'s division', () => {
  assert.equal(run(T.INT(), adds(1, 2)), 1);
  assert.equal(run(T.INT(), adds(-1, -2)), -1);
  assert.equal(run(T.INT(), adds(1, 2, 4)), 2);
  assert.equal(run(T.INT(), adds(7, null)), 7); // NULL is not counted
  assert.equal(run(T.INT(), adds(2147483647, 2147483647)), 2147483647); // summed in a long
  assert.equal(run(T.BIGINT(), adds(9n, 10n)), 9n);
  assert.equal(run(T.TINYINT(), adds(127, 127, 126)), 126);
});

test('AVG of nothing (or only NULLs, or all retracted) is NULL', () => {
  assert.equal(run(T.INT(), []), null);
  assert.equal(run(T.DOUBLE(), adds(null)), null);
  assert.equal(run(T.INT(), [['+', 10], ['+', 20], ['-', 10]]), 20);
  assert.equal(run(T.INT(), [['+', 10], ['+', 20], ['-', 10], ['-', 20]]), null);
});

test('AVG of DECIMAL(p, s) is exact, rounded HALF_UP to DECIMAL(38, max(6, s))', () => {
  const r = run(T.DECIMAL(10, 2), adds(d('1.00'), d('2.00'), d('2.00'))) as Decimal;
  assert.equal(r.toString(), '1.666667');
  assert.equal((run(T.DECIMAL(10, 2), adds(d('-1.00'), d('-1.00'), d('0.00'))) as Decimal).toString(), '-0.666667');
  assert.equal((run(T.DECIMAL(10, 2), adds(d('1.25'), d('1.30'))) as Decimal).toString(), '1.275000');
  assert.equal((run(T.DECIMAL(20, 8), adds(d('0.00000001'), d('0.00000002'))) as Decimal).toString(), '0.00000002'); // 1.5e-8 → HALF_UP
});

test('AVG of FLOAT/DOUBLE: a double sum divided by the count (FLOAT rounded back)', () => {
  assert.equal(run(T.DOUBLE(), adds(1, 2)), 1.5);
  assert.equal(run(T.FLOAT(), adds(Math.fround(0.1), Math.fround(0.2))), Math.fround((Math.fround(0.1) + Math.fround(0.2)) / 2));
});

test('AVG merge equals one accumulator over both inputs', () => {
  const f = resolveAggregate('AVG', [T.INT()], false, at);
  const a = f.add(f.add(f.create(), [1]), [2]);
  const b = f.retract(f.add(f.create(), [9]), [1]);
  assert.equal(f.result(f.merge(a, b)), 5); // rows 2 and 9
});
