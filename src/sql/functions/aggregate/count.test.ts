import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAggregate } from './index.ts';
import * as T from '../../types/types.ts';

const at = { file: 'q.sql', line: 1, column: 8 };

test('COUNT(*) counts every row, COUNT(x) the non-NULL ones, as BIGINT', () => {
  const star = resolveAggregate('COUNT', [], false, at);
  const col = resolveAggregate('COUNT', [T.INT()], false, at);
  let a = star.create();
  let b = col.create();
  for (const v of [1, null, 3, null]) {
    a = star.add(a, []);
    b = col.add(b, [v]);
  }
  assert.equal(star.result(a), 4n);
  assert.equal(col.result(b), 2n);
  assert.equal(col.result(col.create()), 0n);
});

test('COUNT retracts: add 1, add NULL, add 2, retract 1, retract NULL', () => {
  const f = resolveAggregate('COUNT', [T.INT()], false, at);
  let acc = f.create();
  acc = f.add(acc, [1]);
  acc = f.add(acc, [null]);
  acc = f.add(acc, [2]);
  acc = f.retract(acc, [1]);
  acc = f.retract(acc, [null]);
  assert.equal(f.result(acc), 1n);
  acc = f.retract(acc, [2]);
  assert.equal(f.result(acc), 0n);
});

test('COUNT merge equals counting both inputs in one accumulator', () => {
  const f = resolveAggregate('COUNT', [T.INT()], false, at);
  let a = f.add(f.add(f.create(), [1]), [null]);
  const b = f.retract(f.add(f.add(f.create(), [2]), [3]), [1]);
  a = f.merge(a, b);
  assert.equal(f.result(a), 2n); // rows 1, NULL, 2, 3, then 1 retracted: 2 and 3
});
