// Plan and apply at estate scale: a generated estate of N pipelines (default 500) over 50
// source-of-record topics, each pipeline with a derived topic and its JSON Schema, ACLs, alerts,
// labels and cost tags under a policy, planned and applied against an in-process Weir broker
// (reached over TCP by the Kafka admin protocol, as `weir up` does) with the embedded job runner
// deploying every pipeline's SQL job. Printed: wall-clock ms of each phase — the first plan, the
// first apply (topics, schemas, ACLs, jobs, alerts, tags, versions), a second plan and apply (no
// changes), and a change of retention on 10 % of the pipelines — with pipelines/s, and the peak RSS.
//
//   npm run bench:platform -- [--pipelines N]     (WEIR_LOG_LEVEL=error node bench/platform/run.ts)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Broker } from '../../src/broker/broker.ts';
import { brokerConfig } from '../../src/broker/config.ts';
import { openObjectStore } from '../../src/storage/index.ts';
import { kafkaCluster } from '../../src/platform/cluster/kafka.ts';
import { EmbeddedJobRunner } from '../../src/platform/jobs/embedded.ts';
import { Platform, type PlanResult, type SpecFile } from '../../src/platform/index.ts';
import { machine } from '../machine.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const N = Number(arg('pipelines') ?? 500);
const SOURCES = 50;
const CLASSES = ['operational', 'analytical'] as const;

const POLICY = `apiVersion: weir/v1
kind: Policy
metadata: { name: bench }
spec:
  estate:
    topic-naming: { pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*$' }
    partitions: { min: 1, max: 64 }
    retention: { min: 1h, max: 90d }
    required-labels: [team]
  classes:
    operational: { on-call: true, alerts: [lag, checkpoint-age], production-acls: { principal: '^User:svc-' }, rollback: true }
    analytical: { sink-owner: true, batching: true, classification: [public, internal], cost-tags: [cost-center] }
`;

function sourceDoc(i: number): string {
  return `apiVersion: weir/v1
kind: Topic
metadata: { name: src.events-${i} }
spec:
  owner: { team: team-${i % 10} }
  partitions: 3
  retention: 14d
  schema:
    format: JSON
    schema: '{"type":"object","properties":{"id":{"type":"integer"},"amount":{"type":"number"}}}'
---
`;
}

function pipelineDoc(i: number, bootstrap: string, retention: string): string {
  const cls = CLASSES[i % 2]!;
  const src = `src.events-${i % SOURCES}`;
  const out = `derived.p${i}`;
  const classFields = cls === 'operational'
    ? `  rollback: { enabled: true }
  alerts: [{ kind: lag, threshold: 10000, for: 5m }, { kind: checkpoint-age, threshold: 600000 }]`
    : `  batching: { maxRecords: 5000, interval: 30s }
  classification: internal
  sinks: [{ name: lake-${i}, connector: blackhole, owner: team-${i % 10} }]
  cost: { domain: analytics, tags: { cost-center: cc-${i % 7} } }`;
  return `apiVersion: weir/v1
kind: Pipeline
metadata: { name: p${i}, labels: { team: team-${i % 10} } }
spec:
  class: ${cls}
  owner: { team: team-${i % 10}, onCall: pager:team-${i % 10} }
  sources: [${src}]
  outputs:
    - name: ${out}
      partitions: 3
      retention: ${retention}
      schema:
        format: JSON
        schema: '{"type":"object","properties":{"id":{"type":"integer"},"amount":{"type":"number"}}}'
  acls: [{ principal: User:svc-p${i}, operations: [read], topics: [${out}] }]
  replay: { window: 3d, checkpointRestore: 1h, delayedRecovery: 12h }
${classFields}
  sql: |
    CREATE TABLE src (id BIGINT, amount DOUBLE) WITH ('connector' = 'kafka', 'topic' = '${src}',
      'properties.bootstrap.servers' = '${bootstrap}', 'format' = 'json', 'scan.startup.mode' = 'earliest-offset');
    CREATE TABLE dst (id BIGINT, amount DOUBLE) WITH ('connector' = 'kafka', 'topic' = '${out}',
      'properties.bootstrap.servers' = '${bootstrap}', 'format' = 'json');
    INSERT INTO dst SELECT id, amount * ${1 + (i % 5)} FROM src WHERE amount > ${i % 3};
`;
}

function estate(bootstrap: string, changed: (i: number) => boolean): SpecFile[] {
  const files: SpecFile[] = [{ path: 'policy.yaml', text: POLICY }];
  files.push({ path: 'topics.yaml', text: Array.from({ length: SOURCES }, (_, i) => sourceDoc(i)).join('') });
  for (let i = 0; i < N; i++) files.push({ path: `pipelines/p${i}.yaml`, text: pipelineDoc(i, bootstrap, changed(i) ? '10d' : '7d') });
  return files;
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

async function timed<T>(what: string, fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  return { value, ms };
}

function count(p: PlanResult): string {
  if (!p.ok) throw new Error(`the generated estate does not plan cleanly:\n${JSON.stringify([...p.errors, ...p.violations].slice(0, 5), null, 2)}`);
  const by = (a: string): number => p.changes.filter((c) => c.action === a).length;
  return `${by('create')} create, ${by('update')} update, ${by('delete')} delete`;
}

const dir = mkdtempSync(join(tmpdir(), 'weir-bench-platform-'));
const broker = await Broker.start(brokerConfig({ 'data.dir': join(dir, 'broker'), listeners: '127.0.0.1:0' }, 'bench'));
const port = broker.address().port;
const bootstrap = `127.0.0.1:${port}`;
const checkpoints = await openObjectStore(join(dir, 'checkpoints'));
const services = { log: broker.log, localBootstrap: [bootstrap, `localhost:${port}`], broker: { createTopic: (name: string) => broker.autoCreate(name) } };
const platform = await Platform.open({ dataDir: join(dir, 'platform'), cluster: await kafkaCluster(bootstrap), jobs: new EmbeddedJobRunner({ services, store: checkpoints }) });

const m = machine();
console.log(`Platform plan/apply, ${N} generated pipelines (${SOURCES} source topics, ${N} derived topics with JSON Schemas, ACLs, alerts, tags; every pipeline's SQL job deployed on the embedded engine)`);
console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}`);
try {
  // The sources exist before the estate is applied (their Topic documents create them too, but
  // the jobs read them from the first apply on).
  const files = estate(bootstrap, () => false);
  const rows: [string, number, string][] = [];
  const p1 = await timed('plan', () => platform.plan(files));
  rows.push(['plan (empty cluster)', p1.ms, count(p1.value)]);
  const a1 = await timed('apply', () => platform.apply(files, { user: 'bench', expect: p1.value.fingerprint }));
  if (!a1.value.applied) throw new Error(`apply failed: ${JSON.stringify(a1.value.failure ?? a1.value.plan.violations.slice(0, 3))}`);
  rows.push(['apply (create everything)', a1.ms, count(a1.value.plan)]);
  const p2 = await timed('plan', () => platform.plan(files));
  rows.push(['plan again (no changes)', p2.ms, count(p2.value)]);
  const a2 = await timed('apply', () => platform.apply(files, { user: 'bench' }));
  rows.push(['apply again (no changes)', a2.ms, count(a2.value.plan)]);
  const changedFiles = estate(bootstrap, (i) => i % 10 === 0);
  const p3 = await timed('plan', () => platform.plan(changedFiles));
  rows.push(['plan (10 % retention changed)', p3.ms, count(p3.value)]);
  const a3 = await timed('apply', () => platform.apply(changedFiles, { user: 'bench' }));
  rows.push(['apply (10 % retention changed)', a3.ms, count(a3.value.plan)]);
  const running = platform.pipelines().filter((p) => p.status === 'running').length;

  console.log('');
  console.log(`| phase | ms | pipelines/s | changes |`);
  console.log(`|---|---:|---:|---|`);
  for (const [name, ms, changes] of rows) console.log(`| ${name} | ${ms.toFixed(0)} | ${Math.round(N / (ms / 1000))} | ${changes} |`);
  console.log('');
  console.log(`pipelines running after apply: ${running} of ${N}; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
} finally {
  clearInterval(sampler);
  await platform.close();
  await broker.stop();
  await checkpoints.close();
  rmSync(dir, { recursive: true, force: true });
}
