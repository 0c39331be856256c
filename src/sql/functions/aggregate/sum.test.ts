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
  const f = resolveAggregate('SUM', [arg], false, at);
  let acc = f.create();
  for (const [k, v] of ops) acc = k === '+' ? f.add(acc, [v]) : f.retract(acc, [v]);
  return f.result(acc);
}

test('SUM of INT skips NULLs; no non-NULL row → NULL', () => {
  assert.equal(run(T.INT(), [['+', 1], ['+', 2], ['+', null], ['+', 3]]), 6);
  assert.equal(run(T.INT(), []), null);
  assert.equal(run(T.INT(), [['+', null], ['+', null]]), null);
});

test('SUM with retraction: add 5, add 7, retract 5 → 7; retract 7 → NULL (not 0), as SumWithRetract', () => {
  assert.equal(run(T.INT(), [['+', 5], ['+', 7], ['-', 5]]), 7);
  assert.equal(run(T.INT(), [['+', 5], ['+', 7], ['-', 5], ['-', 7]]), null);
  assert.equal(run(T.INT(), [['+', 5], ['+', -5]]), 0); // a real zero sum stays 0
  assert.equal(run(T.BIGINT(), [['+', 5n], ['-', 5n], ['+', 9n]]), 9n);
});

test('integer sums wrap as Java\'s int/long/byte do', () => {
  assert.equal(run(T.INT(), [['+', 2147483647], ['+', 1]]), -2147483648);
  assert.equal(run(T.INT(), [['+', 2147483647], ['+', 1], ['-', 1]]), 2147483647);
  assert.equal(run(T.TINYINT(), [['+', 100], ['+', 100]]), -56);
  assert.equal(run(T.SMALLINT(), [['+', -32768], ['+', -1]]), 32767);
  assert.equal(run(T.BIGINT(), [['+', 9223372036854775807n], ['+', 1n]]), -9223372036854775808n);
  assert.equal(run(T.BIGINT(), [['+', 4611686018427387904n], ['+', 4611686018427387904n], ['+', 4611686018427387904n]]), -4611686018427387904n);
});

test('DECIMAL sums are exact at DECIMAL(38, s); beyond 38 digits the result is NULL', () => {
  const r = run(T.DECIMAL(10, 2), [['+', d('0.10')], ['+', d('0.20')], ['+', d('-0.05')]]) as Decimal;
  assert.equal(r.toString(), '0.25');
  assert.equal(r.scale, 2);
  const max = d('99999999999999999999999999999999999999');
  assert.equal(run(T.DECIMAL(38, 0), [['+', max], ['+', d('1')]]), null);
  assert.equal((run(T.DECIMAL(38, 0), [['+', max], ['+', d('1')], ['-', d('1')]]) as Decimal).toString(), max.toString());
});

test('FLOAT sums in float, DOUBLE in double', () => {
  assert.equal(run(T.FLOAT(), [['+', Math.fround(0.1)], ['+', Math.fround(0.2)]]), Math.fround(0.3));
  assert.equal(run(T.DOUBLE(), [['+', 0.1], ['+', 0.2]]), 0.30000000000000004);
  assert.equal(run(T.DOUBLE(), [['+', 1.5], ['+', 2.5], ['-', 1.5]]), 2.5);
  assert.ok(Object.is(run(T.DOUBLE(), [['+', -0]]), -0)); // Flink's sum starts from the first value
});

test('merge equals adding both inputs\' rows to one accumulator', () => {
  const cases: [LogicalType, unknown[], unknown[]][] = [
    [T.INT(), [1, 2147483647, null], [5, -3]],
    [T.BIGINT(), [9223372036854775807n, 2n], [7n]],
    [T.DECIMAL(10, 2), [d('1.25'), d('2.50')], [d('-0.75'), null]],
  ];
  for (const [type, left, right] of cases) {
    const f = resolveAggregate('SUM', [type], false, at);
    let one = f.create();
    for (const v of [...left, ...right]) one = f.add(one, [v]);
    let a = f.create();
    for (const v of left) a = f.add(a, [v]);
    let b = f.create();
    for (const v of right) b = f.add(b, [v]);
    assert.deepEqual(String(f.result(f.merge(a, b))), String(f.result(one)));
  }
  // a slice holding only a retraction: its row was added in the other slice
  const f = resolveAggregate('SUM', [T.INT()], false, at);
  const a = f.add(f.add(f.create(), [4]), [6]);
  const b = f.retract(f.create(), [4]);
  assert.equal(f.result(b), null);
  assert.equal(f.result(f.merge(a, b)), 6);
  assert.equal(f.result(f.merge(f.retract(f.create(), [6]), f.add(f.create(), [6]))), null);
});
