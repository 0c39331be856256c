import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BIGINT, INT, STRING, TIMESTAMP, TIMESTAMP_LTZ } from '../../sql/types/types.ts';
import type { WindowAggregate, WindowSpec } from '../../sql/plan/physical.ts';
import { feed, fields, memoryScan, opContext, watermark } from '../runtime/testing.ts';
import { WindowAggregateOperator } from './window-aggregate.ts';
import { SessionWindowOperator } from './window-session.ts';

const input = memoryScan(1, 't', fields(['k', STRING()], ['v', INT()], ['ts', TIMESTAMP(3, true, 'ROWTIME')]));

function node(window: WindowSpec, timeKind: 'rowtime' | 'proctime' = 'rowtime'): WindowAggregate {
  return {
    kind: 'windowAggregate', id: 2, input, window, keys: [0], timeKind, changelog: 'insert-only',
    aggs: [{ fn: 'COUNT', args: [], distinct: false, type: BIGINT(false), name: 'c' }, { fn: 'SUM', args: [1], distinct: false, type: INT(), name: 's' }],
    fields: fields(['k', STRING()], ['c', BIGINT(false)], ['s', INT()], ['window_start', TIMESTAMP(3)], ['window_end', TIMESTAMP(3)], ['window_time', TIMESTAMP(3)]),
  };
}

test('tumble: fires when the watermark reaches window_end − 1; late rows dropped and counted', () => {
  const op = new WindowAggregateOperator(node({ kind: 'tumble', time: 2, size: 10, offset: 0 }), opContext());
  feed(op, [['+I', ['a', 1, 0]], ['+I', ['a', 2, 9]], ['+I', ['b', 5, 10]], ['+I', ['a', 3, 15]]]);
  assert.deepEqual(watermark(op, 8), []);
  assert.deepEqual(watermark(op, 9), ['+I[a, 2n, 3, 0, 10, 9]']);
  assert.deepEqual(feed(op, [['+I', ['a', 100, 5]], ['+I', ['b', 1, 11]]]), []);
  assert.equal(op.lateDropped, 1);
  assert.deepEqual(watermark(op, 30), ['+I[b, 2n, 6, 10, 20, 19]', '+I[a, 1n, 3, 10, 20, 19]']);
  assert.equal(op.tables()[0]!.size, 0);
});

test('tumble with offset and negative times', () => {
  const op = new WindowAggregateOperator(node({ kind: 'tumble', time: 2, size: 10, offset: 3 }), opContext());
  feed(op, [['+I', ['a', 1, 2]], ['+I', ['a', 1, -8]]]);
  // windows are aligned to offset 3: [-7, 3) and [-17, -7); they fire in window_end order
  assert.deepEqual(watermark(op, Infinity), ['+I[a, 1n, 1, -17, -7, -8]', '+I[a, 1n, 1, -7, 3, 2]']);
});

test('hop: a row counts in every window it falls in; a late row still counts where not fired', () => {
  const op = new WindowAggregateOperator(node({ kind: 'hop', time: 2, size: 10, slide: 5, offset: 0 }), opContext());
  feed(op, [['+I', ['a', 1, 7]]]);
  assert.deepEqual(watermark(op, 9), ['+I[a, 1n, 1, 0, 10, 9]']);
  // t=8 falls in [0,10) (fired) and [5,15) (open)
  assert.deepEqual(feed(op, [['+I', ['a', 10, 8]]]), []);
  assert.equal(op.lateDropped, 0);
  assert.deepEqual(watermark(op, 14), ['+I[a, 2n, 11, 5, 15, 14]']);
});

test('cumulate: windows grow by step within size', () => {
  const op = new WindowAggregateOperator(node({ kind: 'cumulate', time: 2, size: 30, step: 10, offset: 0 }), opContext());
  feed(op, [['+I', ['a', 1, 5]], ['+I', ['a', 2, 15]], ['+I', ['a', 4, 25]], ['+I', ['a', 8, 35]]]);
  assert.deepEqual(watermark(op, 40), [
    '+I[a, 1n, 1, 0, 10, 9]', '+I[a, 2n, 3, 0, 20, 19]', '+I[a, 3n, 7, 0, 30, 29]', '+I[a, 1n, 8, 30, 40, 39]',
  ]);
});

test('proctime tumble fires on the wall clock', () => {
  const clock = { t: 1000 };
  const op = new WindowAggregateOperator(node({ kind: 'tumble', time: 2, size: 100, offset: 0 }, 'proctime'), opContext(0, clock));
  feed(op, [['+I', ['a', 1, null]]]);
  const out: import('../../sql/types/values.ts').Change[] = [];
  clock.t = 1098;
  op.onTime(clock.t, out);
  assert.equal(out.length, 0);
  op.onTime(1099, out);
  assert.deepEqual(out.map((c) => c.row), [['a', 1n, 1, 1000, 1100, 1099]]);
});

test('session: windows merge when records bridge the gap; fire at last + gap − 1', () => {
  const op = new SessionWindowOperator(node({ kind: 'session', time: 2, gap: 10 }), opContext());
  feed(op, [['+I', ['a', 1, 0]], ['+I', ['a', 2, 30]], ['+I', ['b', 7, 5]]]);
  // a's sessions [0,10) and [30,40); 15 bridges neither (15 < 10? no: [15,25) overlaps none)
  feed(op, [['+I', ['a', 4, 15]]]);
  // 22 → [22,32) overlaps [15,25) and [30,40): they merge into [15,40)
  feed(op, [['+I', ['a', 8, 22]]]);
  assert.deepEqual(watermark(op, 14), ['+I[a, 1n, 1, 0, 10, 9]', '+I[b, 1n, 7, 5, 15, 14]']);
  // late: 1 → [1,11) fired and merges with nothing
  assert.deepEqual(feed(op, [['+I', ['a', 100, 1]]]), []);
  assert.equal(op.lateDropped, 1);
  // 9 → [9,19) merges with the open [15,40): not late
  feed(op, [['+I', ['a', 16, 9]]]);
  assert.deepEqual(watermark(op, 39), ['+I[a, 4n, 30, 9, 40, 39]']);
  assert.equal(op.tables()[0]!.size, 0);
});

test('session: a record merges the sessions it overlaps wherever they sit; the others stay apart', () => {
  const op = new SessionWindowOperator(node({ kind: 'session', time: 2, gap: 10 }), opContext());
  // sessions held in arrival order: [62,72), [0,10), [50,60), [30,40)
  feed(op, [['+I', ['a', 1, 62]], ['+I', ['a', 2, 0]], ['+I', ['a', 4, 50]], ['+I', ['a', 8, 30]]]);
  // 55 → [55,65) overlaps [62,72) and [50,60): one session [50,72), its start from the later one
  feed(op, [['+I', ['a', 16, 55]]]);
  assert.deepEqual(watermark(op, 70), ['+I[a, 1n, 2, 0, 10, 9]', '+I[a, 1n, 8, 30, 40, 39]']);
  assert.deepEqual(watermark(op, 71), ['+I[a, 3n, 21, 50, 72, 71]']);
  assert.equal(op.tables()[0]!.size, 0);
});

test('TIMESTAMP_LTZ windows align to the session time zone (as Flink): a day in Asia/Shanghai is UTC 16:00 to 16:00', () => {
  const LTZ = TIMESTAMP_LTZ(3, true, 'ROWTIME');
  const inp = memoryScan(1, 't', fields(['k', STRING()], ['v', INT()], ['ts', LTZ]));
  const day = 86_400_000;
  const op = new WindowAggregateOperator({ ...node({ kind: 'tumble', time: 2, size: day, offset: 0 }), input: inp }, { ...opContext(), eval: { timeZone: 'Asia/Shanghai', now: () => 0 } });
  const jan1 = Date.UTC(2024, 0, 1);
  feed(op, [['+I', ['a', 1, jan1 + 20 * 3_600_000]]]); // 2024-01-02 04:00 in Shanghai
  const fire = jan1 + day + 16 * 3_600_000; // local midnight of Jan 3 as an instant
  assert.deepEqual(watermark(op, fire - 2), []);
  // window_start/end are Shanghai wall-clock TIMESTAMPs; window_time is the instant end − 1
  assert.deepEqual(watermark(op, fire - 1), [`+I[a, 1n, 1, ${jan1 + day}, ${jan1 + 2 * day}, ${fire - 1}]`]);
});
