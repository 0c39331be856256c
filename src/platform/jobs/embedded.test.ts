// EmbeddedJobRunner on an in-process broker: a pipeline reads a topic and writes another (its kafka
// tables name the broker, which the engine reaches through the in-process log), records produced by
// a real client over TCP come out, read back with kcat; a changed SQL starts fresh under new job
// ids; a new runner (a restart of `weir up`) resumes from the checkpoints; a deployment whose second
// statement fails leaves nothing of it running and the previous version running again; stop; health.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Producer, stringSerializers } from '@platformatic/kafka';
import { Broker } from '../../broker/broker.ts';
import { brokerConfig } from '../../broker/config.ts';
import { openObjectStore } from '../../storage/index.ts';
import { WeirError } from '../../util/errors.ts';
import { EmbeddedJobRunner, jobIdPrefix } from './embedded.ts';
import type { Deployment, JobHealth } from './types.ts';
import { eventually } from '../../../test/compat/support.ts';

const dir = mkdtempSync(join(tmpdir(), 'weir-embedded-'));
const broker = await Broker.start(brokerConfig({ 'data.dir': join(dir, 'data'), listeners: '127.0.0.1:0', 'num.partitions': '1' }, 'test'));
const bootstrap = `127.0.0.1:${broker.address().port}`;
const store = await openObjectStore(join(dir, 'engine'));
const services = { log: broker.log, localBootstrap: [bootstrap], broker: { createTopic: (name: string) => broker.autoCreate(name) } };
const producer = new Producer({ clientId: 'embedded-test', bootstrapBrokers: [bootstrap], serializers: stringSerializers, autocreateTopics: true });
const runners: EmbeddedJobRunner[] = [];
after(async () => {
  for (const r of runners) await r.close();
  await producer.close();
  await broker.stop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function runner(): EmbeddedJobRunner {
  const r = new EmbeddedJobRunner({ services, store });
  runners.push(r);
  return r;
}

const table = (name: string, topic: string, extra = ''): string =>
  `CREATE TABLE ${name} (id INT, name STRING) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${bootstrap}', 'format' = 'json'${extra});`;

/** The pipeline's SQL: checkpoints every 100 ms, reads `source` from the start, writes `select` into each sink topic. */
function sql(source: string, inserts: readonly (readonly [topic: string, select: string])[]): string {
  return [
    `SET 'execution.checkpointing.interval' = '100ms';`,
    table('src', source, `, 'scan.startup.mode' = 'earliest-offset'`),
    ...inserts.map(([topic], i) => table(`out${i}`, topic)),
    ...inserts.map(([, select], i) => `INSERT INTO out${i} ${select} FROM src;`),
  ].join('\n');
}

async function produce(topic: string, rows: readonly { id: number; name: string }[]): Promise<void> {
  await producer.send({ messages: rows.map((r) => ({ topic, partition: 0, value: JSON.stringify(r) })) });
}

/** Every value in `topic`, read with kcat over TCP. */
async function read(topic: string): Promise<string[]> {
  if (broker.log.topic(topic) === undefined) return [];
  const { stdout } = await promisify(execFile)('kcat', ['-b', bootstrap, '-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%s\n'], { timeout: 20_000 });
  return stdout.split('\n').filter((l) => l !== '');
}

/** Waits until `topic` holds exactly `want` (in order); fails on anything else once it holds as many. */
async function holds(topic: string, want: readonly string[]): Promise<void> {
  const got = await eventually(`${want.length} records in ${topic}`, 30_000, async () => {
    const v = await read(topic);
    return v.length >= want.length ? v : undefined;
  });
  assert.deepEqual(got, want);
}

const rec = (id: number, name: string): string => JSON.stringify({ id, name });

test('deploy, redeploy with changed SQL, restart, a failing deployment rolls back, stop', async () => {
  const run = runner();
  await produce('orders', [{ id: 1, name: 'ann' }, { id: 2, name: 'bob' }]);

  const v1: Deployment = { pipeline: 'orders-copy', version: 1, sql: sql('orders', [['orders-out', 'SELECT id, name']]), file: 'pipelines/orders-copy.yaml' };
  await run.deploy(v1);
  await holds('orders-out', [rec(1, 'ann'), rec(2, 'bob')]);
  const h1 = await eventually('a checkpoint', 30_000, () => {
    const h = run.health('orders-copy');
    return h.checkpointAgeMs !== undefined && h.recordsOut === 2 ? h : undefined;
  });
  assert.equal(h1.state, 'running');
  assert.equal(h1.restarts, 0);
  assert.equal(h1.recordsIn, 2);
  assert.ok(h1.checkpointAgeMs! >= 0);
  const v1Prefix = jobIdPrefix(v1);
  assert.deepEqual(h1.jobs, [{ id: `${v1Prefix}-3`, state: 'running' }], 'one job, named by the pipeline, its SQL and the statement');
  assert.match(v1Prefix, /^orders-copy-[0-9a-f]{8}$/);

  // The same SQL under a new version keeps running as it is.
  await run.deploy({ ...v1, version: 2 });
  assert.deepEqual(run.health('orders-copy').jobs, h1.jobs);

  // A changed SQL replaces it and starts fresh: it reads the topic from the start into a new topic.
  const v3: Deployment = { ...v1, version: 3, sql: sql('orders', [['orders-upper', 'SELECT id, UPPER(name)']]) };
  await run.deploy(v3);
  await holds('orders-upper', [rec(1, 'ANN'), rec(2, 'BOB')]);
  const h3 = run.health('orders-copy');
  assert.deepEqual(h3.jobs, [{ id: `${jobIdPrefix(v3)}-3`, state: 'running' }]);
  assert.notEqual(jobIdPrefix(v3), v1Prefix);
  await produce('orders', [{ id: 3, name: 'cy' }]);
  await holds('orders-upper', [rec(1, 'ANN'), rec(2, 'BOB'), rec(3, 'CY')]);
  assert.deepEqual(await read('orders-out'), [rec(1, 'ann'), rec(2, 'bob')], 'the replaced version no longer runs');

  // A restart of `weir up`: a new runner deploys the same SQL and resumes from the final checkpoint.
  await run.close();
  assert.equal(run.health('orders-copy').state, 'stopped');
  const again = runner();
  await again.deploy(v3);
  await produce('orders', [{ id: 4, name: 'di' }]);
  await holds('orders-upper', [rec(1, 'ANN'), rec(2, 'BOB'), rec(3, 'CY'), rec(4, 'DI')]);
  assert.equal(again.health('orders-copy').recordsIn, 1, 'only the new record was read');

  // A deployment whose second INSERT fails: its first job is stopped, the previous version runs again.
  const bad: Deployment = { ...v1, version: 4, sql: `${sql('orders', [['orders-bad', 'SELECT id, name']])}\nINSERT INTO nowhere SELECT id, name FROM src;` };
  const err = await again.deploy(bad).then(
    () => assert.fail('the deployment should fail'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof WeirError);
  assert.match(err.describe(), /nowhere/);
  assert.match(err.describe(), /pipelines\/orders-copy\.yaml:5:1: Table default_catalog\.default_database\.nowhere was not found/);
  const back = again.health('orders-copy');
  assert.equal(back.state, 'running');
  assert.deepEqual(back.jobs, [{ id: `${jobIdPrefix(v3)}-3`, state: 'running' }], 'the previous version runs again under its ids');
  await produce('orders', [{ id: 5, name: 'ed' }]);
  await holds('orders-upper', [rec(1, 'ANN'), rec(2, 'BOB'), rec(3, 'CY'), rec(4, 'DI'), rec(5, 'ED')]);
  assert.ok(!(await read('orders-bad')).includes(rec(5, 'ed')), 'the failed deployment\'s first job no longer runs');

  await again.stop('orders-copy');
  const stopped: JobHealth = again.health('orders-copy');
  assert.equal(stopped.state, 'stopped');
  assert.deepEqual(stopped.jobs, [{ id: `${jobIdPrefix(v3)}-3`, state: 'stopped' }]);
  assert.equal(stopped.checkpointAgeMs, undefined);
  await again.stop('orders-copy');
  assert.deepEqual(again.health('never-deployed'), { state: 'absent', restarts: 0, recordsIn: 0, recordsOut: 0, jobs: [] });
});

test('a first deployment that fails leaves nothing running', async () => {
  const run = runner();
  await produce('clicks', [{ id: 1, name: 'x' }]);
  const bad: Deployment = { pipeline: 'clicks', version: 1, sql: `${sql('clicks', [['clicks-out', 'SELECT id, name']])}\nINSERT INTO nowhere SELECT id, name FROM src;`, file: 'clicks.sql' };
  await assert.rejects(run.deploy(bad), /nowhere/);
  assert.equal(run.health('clicks').state, 'absent');
  await produce('clicks', [{ id: 2, name: 'y' }]);
  // A good pipeline on the same topic proves records flowed after the failure; the failed one's output never gets the second.
  await run.deploy({ pipeline: 'clicks-good', version: 1, sql: sql('clicks', [['clicks-good', 'SELECT id, name']]), file: 'good.sql' });
  await holds('clicks-good', [rec(1, 'x'), rec(2, 'y')]);
  assert.ok(!(await read('clicks-out')).includes(rec(2, 'y')));
});
