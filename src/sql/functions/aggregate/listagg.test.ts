import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAggregate } from './index.ts';
import * as T from '../../types/types.ts';

const at = { file: 'q.sql', line: 1, column: 8 };
type Op = ['+' | '-', unknown[]];

function run(ops: Op[], twoArgs = false): unknown {
  const f = resolveAggregate('LISTAGG', twoArgs ? [T.STRING(), T.CHAR(1)] : [T.STRING()], false, at);
  let acc = f.create();
  for (const [k, args] of ops) acc = k === '+' ? f.add(acc, args) : f.retract(acc, args);
  return f.result(acc);
}

test('LISTAGG joins non-NULL values with \',\' or the given separator; nothing → NULL', () => {
  assert.equal(run([['+', ['a']], ['+', [null]], ['+', ['b']]]), 'a,b');
  assert.equal(run([['+', ['a', ';']], ['+', [null, ';']], ['+', ['b', ';']]], true), 'a;b');
  assert.equal(run([['+', ['']], ['+', ['x']]]), ',x');
  assert.equal(run([]), null);
  assert.equal(run([['+', [null]]]), null);
});

test('LISTAGG with retraction removes the earliest equal value', () => {
  assert.equal(run([['+', ['a']], ['+', ['b']], ['+', ['a']], ['-', ['a']]]), 'b,a');
  assert.equal(run([['+', ['a']], ['-', ['a']]]), null);
  assert.equal(run([['+', ['a']], ['+', ['b']], ['-', ['b']], ['+', ['c']]]), 'a,c');
});

test('LISTAGG merge appends the second accumulator and applies its retractions', () => {
  const f = resolveAggregate('LISTAGG', [T.STRING(), T.CHAR(1)], false, at);
  const a = f.add(f.add(f.create(), ['a', '|']), ['b', '|']);
  const b = f.add(f.retract(f.create(), ['a', '|']), ['c', '|']);
  assert.equal(f.result(f.merge(a, b)), 'b|c'); // one accumulator: +a +b -a +c
  assert.equal(f.result(f.merge(f.create(), f.add(f.create(), ['z', '|']))), 'z');
});
