import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BOOLEAN, INT, STRING } from '../../sql/types/types.ts';
import { call, inputRef } from '../../sql/plan/rex.ts';
import type { Join, JoinType, PhysicalNode } from '../../sql/plan/physical.ts';
import type { Change } from '../../sql/types/values.ts';
import { feed, fields, memoryScan, opContext } from '../runtime/testing.ts';
import { JoinOperator } from './join.ts';

const L = 0;
const R = 1;
const left: PhysicalNode = { ...memoryScan(1, 'l', fields(['id', INT()], ['a', STRING()])), changelog: 'retract' };
const right: PhysicalNode = { ...memoryScan(2, 'r', fields(['id', INT()], ['b', STRING()])), changelog: 'retract' };

function join(joinType: JoinType, condition?: Join['condition']): JoinOperator {
  const node: Join = {
    kind: 'join', id: 3, joinType, left, right, leftKeys: [0], rightKeys: [0], changelog: 'retract',
    fields: [...left.fields, ...right.fields], ...(condition === undefined ? {} : { condition }),
  };
  return new JoinOperator(node, opContext());
}

test('inner join passes the input kind through, in both directions', () => {
  const op = join('inner');
  assert.deepEqual(feed(op, [['+I', [1, 'x']]], L), []);
  assert.deepEqual(feed(op, [['+I', [1, 'p']], ['+I', [2, 'q']]], R), ['+I[1, x, 1, p]']);
  assert.deepEqual(feed(op, [['-U', [1, 'x']], ['+U', [1, 'y']]], L), ['-U[1, x, 1, p]', '+U[1, y, 1, p]']);
  assert.deepEqual(feed(op, [['-D', [1, 'p']]], R), ['-D[1, y, 1, p]']);
  assert.deepEqual(feed(op, [['+I', [1, 'p2']]], R), ['+I[1, y, 1, p2]']);
});

test('duplicate rows join once per occurrence; NULL keys never match', () => {
  const op = join('inner');
  feed(op, [['+I', [1, 'x']], ['+I', [1, 'x']], ['+I', [null, 'n']]], L);
  assert.deepEqual(feed(op, [['+I', [1, 'p']], ['+I', [null, 'm']]], R), ['+I[1, x, 1, p]', '+I[1, x, 1, p]']);
  assert.deepEqual(feed(op, [['-D', [1, 'x']]], L), ['-D[1, x, 1, p]']);
  assert.deepEqual(feed(op, [['-D', [1, 'p']]], R), ['-D[1, x, 1, p]']);
});

test('left join: padding, retracted when a match arrives, re-emitted when the last match goes', () => {
  const op = join('left');
  assert.deepEqual(feed(op, [['+I', [1, 'x']]], L), ['+I[1, x, null, null]']);
  assert.deepEqual(feed(op, [['+I', [1, 'p']]], R), ['-D[1, x, null, null]', '+I[1, x, 1, p]']);
  assert.deepEqual(feed(op, [['+I', [1, 'q']]], R), ['+I[1, x, 1, q]']);
  assert.deepEqual(feed(op, [['-D', [1, 'p']]], R), ['-D[1, x, 1, p]']);
  assert.deepEqual(feed(op, [['-D', [1, 'q']]], R), ['-D[1, x, 1, q]', '+I[1, x, null, null]']);
  // an update of the outer side is -D/+I, not -U/+U
  assert.deepEqual(feed(op, [['-U', [1, 'x']], ['+U', [1, 'z']]], L), ['-D[1, x, null, null]', '+I[1, z, null, null]']);
  // right rows without a left match produce nothing in a left join
  assert.deepEqual(feed(op, [['+I', [9, 'r']]], R), []);
});

test('full join pads both sides', () => {
  const op = join('full');
  assert.deepEqual(feed(op, [['+I', [1, 'p']]], R), ['+I[null, null, 1, p]']);
  assert.deepEqual(feed(op, [['+I', [1, 'x']]], L), ['-D[null, null, 1, p]', '+I[1, x, 1, p]']);
  assert.deepEqual(feed(op, [['-D', [1, 'x']]], L), ['-D[1, x, 1, p]', '+I[null, null, 1, p]']);
  assert.deepEqual(feed(op, [['-D', [1, 'p']]], R), ['-D[null, null, 1, p]']);
  assert.equal(op.tables().reduce((n, t) => n + t.size, 0), 0);
});

test('right join with a non-equi condition', () => {
  const cond = call('<>', [inputRef(1, STRING()), inputRef(3, STRING())], BOOLEAN());
  const op = join('right', cond);
  feed(op, [['+I', [1, 'same']], ['+I', [1, 'other']]], L);
  assert.deepEqual(feed(op, [['+I', [1, 'same']]], R), ['+I[1, other, 1, same]']);
  assert.deepEqual(feed(op, [['+I', [2, 'lonely']]], R), ['+I[null, null, 2, lonely]']);
  assert.deepEqual(feed(op, [['-D', [1, 'other']]], L), ['-D[1, other, 1, same]', '+I[null, null, 1, same]']);
});

test('non-equi condition: every matched record, skipped ones between, and each copy of a duplicate its own row', () => {
  const cond = call('<>', [inputRef(1, STRING()), inputRef(3, STRING())], BOOLEAN());
  const op = join('inner', cond);
  feed(op, [['+I', [1, 'a']], ['+I', [1, 'a']], ['+I', [1, 'same']], ['+I', [1, 'b']]], L);
  const out: Change[] = [];
  op.process([{ kind: '+I', row: [1, 'same'] }], R, out);
  assert.deepEqual(out.map((c) => [c.kind, c.row]), [['+I', [1, 'a', 1, 'same']], ['+I', [1, 'a', 1, 'same']], ['+I', [1, 'b', 1, 'same']]]);
  assert.notEqual(out[0]!.row, out[1]!.row);
  assert.deepEqual(feed(op, [['-D', [1, 'same']]], R), ['-D[1, a, 1, same]', '-D[1, a, 1, same]', '-D[1, b, 1, same]']);
});
