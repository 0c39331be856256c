import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAggregate } from './index.ts';
import * as T from '../../types/types.ts';
import type { LogicalType } from '../../types/types.ts';

const at = { file: 'q.sql', line: 1, column: 8 };
type Op = ['+' | '-', unknown[]];

function acc(name: string, types: LogicalType[], ops: Op[]) {
  const f = resolveAggregate(name, types, true, at);
  let a = f.create();
  for (const [k, args] of ops) a = k === '+' ? f.add(a, args) : f.retract(a, args);
  return { f, a };
}
function run(name: string, types: LogicalType[], ops: Op[]): unknown {
  const { f, a } = acc(name, types, ops);
  return f.result(a);
}

test('COUNT(DISTINCT x) counts each value once, with retraction', () => {
  const ops: Op[] = [['+', ['a']], ['+', ['a']], ['+', ['b']], ['+', [null]]];
  assert.equal(run('COUNT', [T.STRING()], ops), 2n);
  assert.equal(run('COUNT', [T.STRING()], [...ops, ['-', ['a']]]), 2n); // one 'a' row is left
  assert.equal(run('COUNT', [T.STRING()], [...ops, ['-', ['a']], ['-', ['a']]]), 1n);
});

test('COUNT(DISTINCT a, b) counts distinct tuples without NULLs', () => {
  const ops: Op[] = [['+', [1, 'x']], ['+', [1, 'y']], ['+', [1, 'x']], ['+', [2, null]]];
  assert.equal(run('COUNT', [T.INT(), T.STRING()], ops), 2n);
});

test('SUM(DISTINCT x) and AVG(DISTINCT x) with retraction', () => {
  const ops: Op[] = [['+', [1]], ['+', [1]], ['+', [2]]];
  assert.equal(run('SUM', [T.INT()], ops), 3);
  assert.equal(run('SUM', [T.INT()], [...ops, ['-', [2]]]), 1);
  assert.equal(run('SUM', [T.INT()], [...ops, ['-', [2]], ['-', [1]], ['-', [1]]]), null);
  assert.equal(run('AVG', [T.INT()], [['+', [2]], ['+', [2]], ['+', [4]]]), 3);
});

test('LISTAGG(DISTINCT x, sep) lists each value once, in first-seen order', () => {
  assert.equal(run('LISTAGG', [T.STRING(), T.CHAR(1)], [['+', ['b', ';']], ['+', ['a', ';']], ['+', ['b', ';']]]), 'b;a');
});

test('DISTINCT merge equals one accumulator over both inputs', () => {
  const left: Op[] = [['+', [1]], ['+', [2]]];
  const right: Op[] = [['+', [2]], ['+', [3]], ['-', [1]]];
  const one = run('SUM', [T.INT()], [...left, ...right]);
  const a = acc('SUM', [T.INT()], left);
  const b = acc('SUM', [T.INT()], right);
  assert.equal(one, 5);
  assert.equal(a.f.result(a.f.merge(a.a, b.a)), 5);
  // the other way round: a slice that saw the retraction first
  const b2 = acc('SUM', [T.INT()], right);
  const a2 = acc('SUM', [T.INT()], left);
  assert.equal(a2.f.result(a2.f.merge(b2.a, a2.a)), 5);
  const c = acc('COUNT', [T.INT()], [['+', [7]]]);
  const e = acc('COUNT', [T.INT()], [['-', [7]]]);
  assert.equal(c.f.result(c.f.merge(c.a, e.a)), 0n);
});
