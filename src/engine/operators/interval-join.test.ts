import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INT, STRING, TIMESTAMP } from '../../sql/types/types.ts';
import type { IntervalJoin, JoinType } from '../../sql/plan/physical.ts';
import { feed, fields, memoryScan, opContext, watermark } from '../runtime/testing.ts';
import { IntervalJoinOperator } from './interval-join.ts';

const L = 0;
const R = 1;
const left = memoryScan(1, 'l', fields(['id', INT()], ['t', TIMESTAMP(3)]));
const right = memoryScan(2, 'r', fields(['id', INT()], ['t', TIMESTAMP(3)], ['s', STRING()]));

// r.t BETWEEN l.t - 10 AND l.t + 20
function join(joinType: JoinType): IntervalJoinOperator {
  const node: IntervalJoin = {
    kind: 'intervalJoin', id: 3, joinType, left, right, leftKeys: [0], rightKeys: [0], leftTime: 1, rightTime: 1,
    lower: -10, upper: 20, changelog: 'insert-only', fields: [...left.fields, ...right.fields],
  };
  return new IntervalJoinOperator(node, opContext());
}

test('rows match when right.t − left.t is within [lower, upper], both bounds inclusive', () => {
  const op = join('inner');
  feed(op, [['+I', [1, 100]]], L);
  assert.deepEqual(feed(op, [['+I', [1, 89, 'early']], ['+I', [1, 90, 'lo']], ['+I', [1, 120, 'hi']], ['+I', [1, 121, 'late']], ['+I', [2, 100, 'k']]], R), [
    '+I[1, 100, 1, 90, lo]', '+I[1, 100, 1, 120, hi]',
  ]);
  // a left row arriving later joins buffered right rows too
  assert.deepEqual(feed(op, [['+I', [1, 101]]], L), ['+I[1, 101, 1, 120, hi]', '+I[1, 101, 1, 121, late]']);
});

test('state is cleaned as the watermark passes; late rows are dropped and counted', () => {
  const op = join('inner');
  feed(op, [['+I', [1, 100]]], L);
  feed(op, [['+I', [1, 100, 'r']]], R);
  assert.equal(op.tables()[0]!.size + op.tables()[1]!.size, 2);
  // right row at 100 can match left rows up to 110 (r − lower); left row at 100 right rows up to 120
  watermark(op, 110);
  assert.equal(op.tables()[1]!.size, 1);
  watermark(op, 111);
  assert.equal(op.tables()[1]!.size, 0);
  assert.equal(op.tables()[0]!.size, 1);
  watermark(op, 121);
  assert.equal(op.tables()[0]!.size, 0);
  assert.deepEqual(feed(op, [['+I', [1, 120]]], L), []);
  assert.equal(op.lateDropped, 1);
});

test('left outer: an unmatched row is emitted padded when its interval closes', () => {
  const op = join('left');
  feed(op, [['+I', [1, 100]], ['+I', [2, 100]]], L);
  assert.deepEqual(feed(op, [['+I', [1, 115, 'm']]], R), ['+I[1, 100, 1, 115, m]']);
  assert.deepEqual(watermark(op, 120), []);
  assert.deepEqual(watermark(op, 121), ['+I[2, 100, null, null, null]']);
});

test('full outer pads right rows too', () => {
  const op = join('full');
  feed(op, [['+I', [5, 50, 'alone']]], R);
  assert.deepEqual(watermark(op, 61), ['+I[null, null, 5, 50, alone]']);
});
