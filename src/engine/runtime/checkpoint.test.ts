import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BIGINT, INT, STRING } from '../../sql/types/types.ts';
import type { GroupAggregate, JobPlan } from '../../sql/plan/physical.ts';
import type { Change } from '../../sql/types/values.ts';
import { startJob } from '../index.ts';
import { checkpointPrefix } from '../checkpoint/paths.ts';
import { fields, ins, memoryConnector, memoryScan, runCollect, runJob, show, tempStore, type MemoryTable } from './testing.ts';

const scan = memoryScan(1, 't', fields(['k', STRING()], ['v', INT()]));
const agg: GroupAggregate = {
  kind: 'groupAggregate', id: 2, input: scan, keys: [0], changelog: 'retract',
  aggs: [{ fn: 'COUNT', args: [], distinct: false, type: BIGINT(false), name: 'c' }, { fn: 'SUM', args: [1], distinct: false, type: INT(), name: 's' }],
  fields: fields(['k', STRING()], ['c', BIGINT(false)], ['s', INT()]),
};

// 60 records over 5 keys, with pauses so that checkpoints happen in between
const records: MemoryTable['records'] = Array.from({ length: 60 }, (_, i) => [ins(['k' + (i % 5), i]), ...(i % 7 === 6 ? ['wait' as const] : [])]).flat();
const settings = { 'execution.checkpointing.interval': '1 ms', 'restart-strategy.type': 'fixed-delay', 'restart-strategy.fixed-delay.delay': '5 ms', 'restart-strategy.fixed-delay.attempts': '3' };

test('a job that fails after N records and restarts from its checkpoint produces the same changes', async () => {
  const expected = await runCollect(agg, { t: { records } }, {});
  assert.equal(expected.filter((c) => c.startsWith('+I')).length, 5);
  assert.ok(expected.includes('+U[k4, 12n, 378]'));
  for (const n of [1, 13, 40]) {
    const store = await tempStore();
    const { out, job } = await runJob(agg, { t: { records } }, settings, { store, failAfterRecords: n });
    assert.deepEqual(out, expected, `failing after ${n} records`);
    assert.equal(job.metrics().restarts, 1);
    assert.ok(job.metrics().checkpoints.restoredFrom! >= 1);
  }
});

test('without a restart strategy the failure ends the job; the error says what happened', async () => {
  const store = await tempStore();
  await assert.rejects(runCollect(agg, { t: { records } }, { ...settings, 'restart-strategy.type': 'none' }, { store, failAfterRecords: 5 }), /Injected failure/);
});

test('stop takes a final checkpoint; a job started again with the same id resumes where it stopped', async () => {
  const store = await tempStore();
  const table: MemoryTable = { records: records.slice(0, 30), unbounded: true };
  const plan: JobPlan = { name: 'resume me', settings: { 'execution.checkpointing.interval': '1 h' }, sinks: [{ kind: 'collect', id: 9, input: agg, fields: agg.fields, changelog: 'retract' }] };
  const first: string[] = [];
  const job = startJob(plan, { services: {}, store, jobId: 'resume-me', connectorFor: () => memoryConnector({ t: table }), onCollect: (c) => first.push(...c.map(show)) });
  while ((job.metrics().operators.find((o) => o.kind === 'scan')?.recordsIn ?? 0) < 20) await new Promise((r) => setTimeout(r, 2));
  await job.stop();
  assert.equal(job.status().state, 'finished');
  assert.equal(job.metrics().checkpoints.completed, 1);
  assert.ok((await store.list(checkpointPrefix('resume-me'))).length === 2);
  // the input grew; the second run reads only the new records and continues the aggregates
  const second: Change[] = [];
  const job2 = startJob(plan, { services: {}, store, jobId: 'resume-me', connectorFor: () => memoryConnector({ t: { records: records.slice(0, 40) } }), onCollect: (c) => second.push(...c) });
  await job2.done;
  assert.equal(job2.metrics().checkpoints.restoredFrom, 1);
  const all = [...first, ...second.map(show)];
  const uninterrupted = await runCollect(agg, { t: { records: records.slice(0, 40) } });
  assert.deepEqual(all, uninterrupted);
});

test('metrics: records in/out per operator, state size, checkpoints', async () => {
  const store = await tempStore();
  const plan: JobPlan = { name: 'm', settings: { 'execution.checkpointing.interval': '1 ms' }, sinks: [{ kind: 'collect', id: 9, input: agg, fields: agg.fields, changelog: 'retract' }] };
  const job = startJob(plan, { services: {}, store, jobId: 'resume-me', connectorFor: () => memoryConnector({ t: { records } }) });
  await job.done;
  const m = job.metrics();
  const byKind = new Map(m.operators.map((o) => [o.kind, o]));
  assert.equal(byKind.get('scan')!.recordsIn, 60);
  assert.equal(byKind.get('groupAggregate')!.recordsIn, 60);
  assert.equal(byKind.get('groupAggregate')!.recordsOut, 5 + 55 * 2);
  assert.equal(byKind.get('groupAggregate')!.stateEntries, 5);
  assert.ok(byKind.get('groupAggregate')!.stateBytes > 100);
  assert.equal(byKind.get('collect')!.recordsIn, 115);
  assert.ok(m.checkpoints.completed >= 2);
  assert.ok((m.checkpoints.lastSizeBytes ?? 0) > 0);
  // old checkpoints are deleted: two complete ones remain
  assert.equal((await store.list(checkpointPrefix(job.id))).length, 4);
});
