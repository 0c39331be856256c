import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BIGINT, STRING, TIMESTAMP } from '../../sql/types/types.ts';
import { inputRef } from '../../sql/plan/rex.ts';
import type { JobPlan, PhysicalNode, Union, WindowAggregate } from '../../sql/plan/physical.ts';
import { startJob } from '../index.ts';
import { fields, ins, memoryConnector, memoryScan, runJob, show, tempStore, type MemoryTable } from './testing.ts';

const TS = TIMESTAMP(3, true, 'ROWTIME');
const cols = fields(['k', STRING()], ['ts', TS]);
const scan = (id: number, table: string) => memoryScan(id, table, cols, { time: 1, expr: inputRef(1, TS) });

function tumble(input: PhysicalNode, size = 10): WindowAggregate {
  return {
    kind: 'windowAggregate', id: 10, input, window: { kind: 'tumble', time: 1, size, offset: 0 }, keys: [], timeKind: 'rowtime', changelog: 'insert-only',
    aggs: [{ fn: 'COUNT', args: [], distinct: false, type: BIGINT(false), name: 'c' }],
    fields: fields(['c', BIGINT(false)], ['window_start', TS], ['window_end', TS], ['window_time', TS]),
  };
}

test('bounded end: every window fires (the end-of-input watermark)', async () => {
  const { out } = await runJob(tumble(scan(1, 't')), { t: { records: [ins(['a', 1]), ins(['a', 12]), ins(['a', 25])] } });
  assert.deepEqual(out, ['+I[1n, 0, 10, 9]', '+I[1n, 10, 20, 19]', '+I[1n, 20, 30, 29]']);
});

test('late records are dropped and counted in the window operator\'s metrics', async () => {
  const t: MemoryTable = { batch: 1, records: [ins(['a', 0]), ins(['a', 15]), ins(['a', 3]), ins(['a', 16])] };
  const { out, job } = await runJob(tumble(scan(1, 't')), { t });
  assert.deepEqual(out, ['+I[1n, 0, 10, 9]', '+I[2n, 10, 20, 19]']);
  const w = job.metrics().operators.find((o) => o.kind === 'windowAggregate')!;
  assert.equal(w.lateRecordsDropped, 1);
  assert.equal(w.watermark, Infinity);
});

test('a union\'s watermark is the min of its inputs\'', async () => {
  const union: Union = { kind: 'union', id: 5, inputs: [scan(1, 'a'), scan(2, 'b')], fields: cols, changelog: 'insert-only' };
  // b is slow: its records are behind a's, so a's progress alone must not fire b's windows
  const tables: Record<string, MemoryTable> = {
    a: { batch: 1, records: [ins(['a', 1]), ins(['a', 35])] },
    b: { batch: 1, records: ['wait', 'wait', ins(['b', 5]), ins(['b', 40])] },
  };
  const { out, job } = await runJob(tumble(union), tables);
  assert.deepEqual(out, ['+I[2n, 0, 10, 9]', '+I[1n, 30, 40, 39]', '+I[1n, 40, 50, 49]']);
  assert.equal(job.metrics().operators.find((o) => o.kind === 'windowAggregate')!.lateRecordsDropped, 0);
});

async function firedWhileRunning(settings: Record<string, string>): Promise<string[]> {
  // partition 1 has one early record and then nothing; partition 0 keeps going (a record every
  // ~10 polls of ~2 ms)
  const waits = Array.from({ length: 10 }, () => 'wait' as const);
  const table: MemoryTable = { unbounded: true, partitions: [0, 1], records: [ins(['x', 1], 1), ...Array.from({ length: 5 }, (_, i) => [ins(['y', 10 * i + 2], 0), ...waits]).flat()] };
  const plan: JobPlan = { name: 'idle', settings, sinks: [{ kind: 'collect', id: 99, input: tumble(scan(1, 't')), fields: tumble(scan(1, 't')).fields, changelog: 'insert-only' }] };
  const out: string[] = [];
  const job = startJob(plan, { services: {}, store: await tempStore(), connectorFor: () => memoryConnector({ t: table }), onCollect: (c) => out.push(...c.map(show)) });
  await new Promise((r) => setTimeout(r, 150));
  await job.cancel();
  return out;
}

test('an idle partition holds the watermark back unless table.exec.source.idle-timeout marks it idle', async () => {
  assert.deepEqual(await firedWhileRunning({}), []);
  assert.deepEqual(await firedWhileRunning({ 'table.exec.source.idle-timeout': '20 ms' }), [
    '+I[2n, 0, 10, 9]', '+I[1n, 10, 20, 19]', '+I[1n, 20, 30, 29]', '+I[1n, 30, 40, 39]',
  ]);
});
