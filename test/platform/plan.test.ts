// What a plan must refuse before apply goes ahead, on the real things (an in-process Weir broker
// over TCP, the embedded job runner, the registry in the platform's SQLite database): a pipeline
// that reads a topic the same plan deletes, and a schema the registry cannot parse under a new
// subject. Either would pass the plan and break at or after apply otherwise.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Broker } from '../../src/broker/broker.ts';
import { brokerConfig } from '../../src/broker/config.ts';
import { openObjectStore } from '../../src/storage/index.ts';
import { kafkaCluster } from '../../src/platform/cluster/kafka.ts';
import { EmbeddedJobRunner } from '../../src/platform/jobs/embedded.ts';
import { Platform, renderPlan, type SpecFile } from '../../src/platform/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'weir-plan-'));
const broker = await Broker.start(brokerConfig({ 'data.dir': join(dir, 'broker'), listeners: '127.0.0.1:0', 'num.partitions': '1' }, 'test'));
const bootstrap = `127.0.0.1:${broker.address().port}`;
const checkpoints = await openObjectStore(join(dir, 'checkpoints'));
const services = { log: broker.log, localBootstrap: [bootstrap], broker: { createTopic: (name: string) => broker.autoCreate(name) } };
const platform = await Platform.open({
  dataDir: join(dir, 'platform'),
  cluster: await kafkaCluster(bootstrap),
  jobs: new EmbeddedJobRunner({ services, store: checkpoints }),
});
after(async () => {
  await platform.close();
  await broker.stop();
  await checkpoints.close();
  rmSync(dir, { recursive: true, force: true });
});

const table = (name: string, topic: string): string =>
  `CREATE TABLE ${name} (id INT) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${bootstrap}', 'format' = 'json');`;

const ORDERS = `apiVersion: weir/v1
kind: Topic
metadata: { name: orders }
spec: { owner: { team: sales } }
`;

const pipeline = (name: string, source: string, output: string, schema = ''): string => `apiVersion: weir/v1
kind: Pipeline
metadata: { name: ${name} }
spec:
  class: operational
  owner: { team: sales }
  sources: [${source}]
  outputs:
    - name: ${output}
${schema}  sql: |
    ${table('src', source)}
    ${table('sink', output)}
    INSERT INTO sink SELECT id FROM src;
`;

const files = (...docs: [string, string][]): SpecFile[] => docs.map(([path, text]) => ({ path, text }));

test('a pipeline reading a topic the plan deletes is refused, at its source', async () => {
  const both = files(['orders.yaml', ORDERS], ['a.yaml', pipeline('copy', 'orders', 'orders.copy')], ['b.yaml', pipeline('reader', 'orders.copy', 'orders.read')]);
  const applied = await platform.apply(both, { user: 'test' });
  assert.equal(applied.applied, true, renderPlan(applied.plan));

  // Removing the writer deletes orders.copy, which reader still declares as its source.
  const plan = await platform.plan(files(['orders.yaml', ORDERS], ['b.yaml', pipeline('reader', 'orders.copy', 'orders.read')]));
  assert.ok(plan.changes.some((c) => c.kind === 'topic' && c.action === 'delete' && c.id === 'orders.copy'), renderPlan(plan));
  assert.equal(plan.ok, false);
  assert.deepEqual(plan.violations.map((v) => [v.rule, v.subject, `${v.at.file}:${v.at.line}:${v.at.col}`]), [
    ['contract.unknown-source', 'pipeline reader', 'b.yaml:7:13'],
  ]);
});

test('a schema the registry cannot parse is refused for a new subject too', async () => {
  const bad = `      schema: { format: AVRO, schema: '{"type":"record","name":"X","fields":[{"name":"id","type":"nosuchtype"}]}' }\n`;
  const plan = await platform.plan(files(['orders.yaml', ORDERS], ['c.yaml', pipeline('typed', 'orders', 'orders.typed', bad)]));
  assert.equal(plan.ok, false, renderPlan(plan));
  const v = plan.violations.find((x) => x.subject === 'schema orders.typed-value');
  assert.ok(v !== undefined, renderPlan(plan));
  assert.equal(v.rule, 'schema.invalid');
  assert.match(v.message, /^The schema for subject orders\.typed-value is not valid AVRO: .*nosuchtype/);
  assert.deepEqual([v.at.file, v.at.line], ['c.yaml', 10]);
});
