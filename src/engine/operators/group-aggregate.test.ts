import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BIGINT, BOOLEAN, INT, STRING } from '../../sql/types/types.ts';
import type { AggCall, GroupAggregate, PhysicalNode } from '../../sql/plan/physical.ts';
import { feed, fields, memoryScan, opContext } from '../runtime/testing.ts';
import { GroupAggregateOperator } from './group-aggregate.ts';

const input = memoryScan(1, 't', fields(['k', STRING()], ['v', INT()], ['ok', BOOLEAN()]));
const agg = (fn: string, args: number[], extra: Partial<AggCall> = {}): AggCall => ({ fn, args, distinct: false, type: BIGINT(), name: fn, ...extra });

function node(aggs: AggCall[], keys = [0], changelog: 'insert-only' | 'retract' = 'insert-only'): GroupAggregate {
  const inp: PhysicalNode = { ...input, changelog };
  return { kind: 'groupAggregate', id: 2, input: inp, keys, aggs, changelog: 'retract', fields: fields(['k', STRING()], ...aggs.map((a) => [a.name, a.type] as [string, typeof a.type])) };
}

test('first row +I, changed result -U/+U, per key', () => {
  const op = new GroupAggregateOperator(node([agg('COUNT', []), agg('SUM', [1], { type: INT() })]), opContext());
  assert.deepEqual(feed(op, [['+I', ['a', 1, true]], ['+I', ['b', 5, true]], ['+I', ['a', 2, true]]]), [
    '+I[a, 1n, 1]', '+I[b, 1n, 5]', '-U[a, 1n, 1]', '+U[a, 2n, 3]',
  ]);
});

test('an unchanged result emits nothing; with state TTL it is re-emitted (as Flink)', () => {
  const rows: [string, [string, number | null, boolean]][] = [['+I', ['a', 3, true]], ['+I', ['a', null, true]]];
  const op = new GroupAggregateOperator(node([agg('SUM', [1], { type: INT() })]), opContext());
  assert.deepEqual(feed(op, rows as never), ['+I[a, 3]']);
  const ttl = new GroupAggregateOperator(node([agg('SUM', [1], { type: INT() })]), opContext(60_000));
  assert.deepEqual(feed(ttl, rows as never), ['+I[a, 3]', '-U[a, 3]', '+U[a, 3]']);
});

test('retract input: -U/-D take rows away; last row gone → -D; retraction of an unknown key ignored', () => {
  const op = new GroupAggregateOperator(node([agg('COUNT', []), agg('SUM', [1], { type: INT() })], [0], 'retract'), opContext());
  assert.deepEqual(feed(op, [
    ['-D', ['x', 1, true]],
    ['+I', ['a', 1, true]],
    ['+I', ['a', 2, true]],
    ['-U', ['a', 1, true]],
    ['+U', ['a', 10, true]],
    ['-D', ['a', 2, true]],
    ['-D', ['a', 10, true]],
    ['+I', ['a', 7, true]],
  ]), [
    '+I[a, 1n, 1]',
    '-U[a, 1n, 1]', '+U[a, 2n, 3]',
    '-U[a, 2n, 3]', '+U[a, 1n, 2]',
    '-U[a, 1n, 2]', '+U[a, 2n, 12]',
    '-U[a, 2n, 12]', '+U[a, 1n, 10]',
    '-D[a, 1n, 10]',
    '+I[a, 1n, 7]',
  ]);
  assert.equal(op.tables()[0]!.size, 1);
});

test('FILTER counts only rows whose filter field is TRUE; DISTINCT counts each value once', () => {
  const op = new GroupAggregateOperator(node([agg('COUNT', [1], { filter: 2, name: 'c' }), agg('COUNT', [1], { distinct: true, name: 'd' })], [0], 'retract'), opContext());
  assert.deepEqual(feed(op, [
    ['+I', ['a', 1, true]],
    ['+I', ['a', 1, false]],
    ['+I', ['a', 2, null]],
    ['-D', ['a', 1, true]],
  ]), [
    '+I[a, 1n, 1n]',
    // second row: filtered out of c, a duplicate for d: nothing changes
    '-U[a, 1n, 1n]', '+U[a, 1n, 2n]',
    '-U[a, 1n, 2n]', '+U[a, 0n, 2n]',
  ]);
});

test('global aggregate (no keys) and state TTL expiry', () => {
  const clock = { t: 0 };
  const op = new GroupAggregateOperator(node([agg('COUNT', [])], []), opContext(1000, clock));
  assert.deepEqual(feed(op, [['+I', ['a', 1, true]], ['+I', ['b', 1, true]]]), ['+I[1n]', '-U[1n]', '+U[2n]']);
  clock.t = 999;
  assert.equal(op.tables()[0]!.expire(), 0);
  clock.t = 1000;
  assert.equal(op.tables()[0]!.expire(), 1);
  // expired state: the key starts over, as Flink does after TTL
  assert.deepEqual(feed(op, [['+I', ['c', 1, true]]]), ['+I[1n]']);
});

test('state TTL: an expired key starts over on read, with no expire() sweep in between', () => {
  const clock = { t: 0 };
  const op = new GroupAggregateOperator(node([agg('COUNT', [])]), opContext(1000, clock));
  assert.deepEqual(feed(op, [['+I', ['a', 1, true]]]), ['+I[a, 1n]']);
  // each write restarts the time to live: 999 ms after the last write the key is still there
  clock.t = 600;
  assert.deepEqual(feed(op, [['+I', ['a', 1, true]]]), ['-U[a, 1n]', '+U[a, 2n]']);
  clock.t = 1599;
  assert.deepEqual(feed(op, [['+I', ['a', 1, true]]]), ['-U[a, 2n]', '+U[a, 3n]']);
  // 1000 ms after the last write it is gone: a fresh +I, no retraction of the old result
  clock.t = 2599;
  assert.deepEqual(feed(op, [['+I', ['a', 1, true]]]), ['+I[a, 1n]']);
});
