// plan / apply across the layers, on the real things: an in-process Weir broker reached over TCP
// by kafkaCluster, the embedded job runner on the broker's log, the schema registry in the
// platform's SQLite database, an estate of YAML specs. Shown: the plan's exact changes; apply
// creates topics with their configs, schemas, and a job whose output a real client reads; a second
// apply changes and records nothing; a changed spec is version 2 with the right diff; the plan
// refuses a topic config the broker rejects; all or nothing — an injected fault part-way and a
// natural failure (a config the broker refuses on an existing topic, which the plan cannot
// validate) leave the cluster, the registry, the store and the jobs as they were; a restart
// resumes the jobs; a pipeline removed from the files loses its topics and job. Then schema changes
// checked by the registry under the level the spec asks for, a partition decrease refused, the
// inventory, and an import of another cluster.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Producer, stringSerializers } from '@platformatic/kafka';
import { Broker } from '../../src/broker/broker.ts';
import { brokerConfig } from '../../src/broker/config.ts';
import { openObjectStore } from '../../src/storage/index.ts';
import { kafkaCluster } from '../../src/platform/cluster/kafka.ts';
import type { Cluster } from '../../src/platform/cluster/types.ts';
import { EmbeddedJobRunner } from '../../src/platform/jobs/embedded.ts';
import { Platform, renderPlan, type Change, type PlanResult, type SpecFile } from '../../src/platform/index.ts';
import { eventually } from '../compat/support.ts';

const dir = mkdtempSync(join(tmpdir(), 'weir-apply-'));
const broker = await Broker.start(brokerConfig({ 'data.dir': join(dir, 'broker'), listeners: '127.0.0.1:0', 'num.partitions': '1' }, 'test'));
const port = broker.address().port;
const bootstrap = `127.0.0.1:${port}`;
const checkpoints = await openObjectStore(join(dir, 'checkpoints'));
const services = { log: broker.log, localBootstrap: [bootstrap, `localhost:${port}`], broker: { createTopic: (name: string) => broker.autoCreate(name) } };
const producer = new Producer({ clientId: 'apply-test', bootstrapBrokers: [bootstrap], serializers: stringSerializers });
/** The test's own view of the cluster, apart from the platform's. */
const probe = await kafkaCluster(bootstrap);
let platform: Platform | undefined;
after(async () => {
  await platform?.close();
  await probe.close();
  await producer.close();
  await broker.stop();
  await checkpoints.close();
  rmSync(dir, { recursive: true, force: true });
});

/** (Re)opens the platform whose state is in <dir>/<name>: the previous one is closed first. */
/** The cluster's ACL bindings as the plan names ACLs: 'User:x read topic:y'. */
async function clusterAcls(): Promise<string[]> {
  return (await probe.describeAcls()).map((b) => `${b.principal} ${b.operation} ${b.resourceType}:${b.resourceName}`).sort();
}

async function open(options: { faultAfterSteps?: number; name?: string } = {}): Promise<Platform> {
  const { name = 'platform', ...hooks } = options;
  await platform?.close();
  const cluster: Cluster = await kafkaCluster(bootstrap);
  const jobs = new EmbeddedJobRunner({ services, store: checkpoints });
  platform = await Platform.open({ ...hooks, dataDir: join(dir, name), cluster, jobs });
  return platform;
}

// ---------------------------------------------------------------------------------------------
// The estate, as YAML files.

const ORDER_AVRO = (extra = ''): string =>
  `{"type":"record","name":"Order","fields":[{"name":"id","type":"int"},{"name":"name","type":"string"}${extra}]}`;

const topicDoc = (name: string, spec: string): string => `apiVersion: weir/v1
kind: Topic
metadata: { name: ${name} }
spec:
  owner: { team: sales }
${spec}`;

const kafkaTable = (name: string, topic: string, extra = ''): string =>
  `CREATE TABLE ${name} (id INT, name STRING) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${bootstrap}', 'format' = 'json'${extra});`;

interface PipelineArgs {
  readonly name: string;
  readonly source: string;
  readonly output: string;
  readonly select: string;
  readonly partitions?: number;
  readonly retention?: string;
  readonly configs?: string;
  readonly schema?: string;
  readonly principal: string;
  readonly extra?: string;
}

const pipelineDoc = (a: PipelineArgs): string => `apiVersion: weir/v1
kind: Pipeline
metadata: { name: ${a.name}, labels: { team: checkout } }
spec:
  class: operational
  owner: { team: checkout, onCall: pager:checkout }
  sources: [${a.source}]
  outputs:
    - name: ${a.output}
      partitions: ${a.partitions ?? 1}
      retention: ${a.retention ?? '7d'}
${a.configs === undefined ? '' : `      configs: ${a.configs}\n`}      schema: { format: AVRO, schema: '${a.schema ?? ORDER_AVRO()}' }
  acls:
    - { principal: ${a.principal}, operations: [read], topics: [${a.source}] }
    - { principal: ${a.principal}, operations: [write], topics: [${a.output}] }
${a.extra ?? ''}  sql: |
    SET 'execution.checkpointing.interval' = '100ms';
    ${kafkaTable('src', a.source, `, 'scan.startup.mode' = 'earliest-offset'`)}
    ${kafkaTable('sink', a.output)}
    INSERT INTO sink ${a.select} FROM src;
`;

const COPY: PipelineArgs = {
  name: 'orders-copy', source: 'orders', output: 'orders.clean', select: 'SELECT id, name', partitions: 2, principal: 'User:svc-copy',
  extra: `  alerts:
    - { kind: lag, threshold: 1000, for: 5m }
    - { kind: checkpoint-age, threshold: 600000 }
  cost: { domain: checkout, tags: { cost-center: cc-104 } }
`,
};
const AUDIT: PipelineArgs = { name: 'orders-audit', source: 'orders.clean', output: 'orders.audit', select: 'SELECT id, name', principal: 'User:svc-audit' };
const BIG: PipelineArgs = { name: 'orders-big', source: 'orders', output: 'orders.big', select: 'SELECT id * 10 AS id, name', principal: 'User:svc-big' };

const ORDERS = topicDoc('orders', `  partitions: 1
  retention: 30d
  schema: { format: JSON, schema: '{"type":"object"}' }
`);

function estate(pipelines: readonly PipelineArgs[], topics: readonly string[] = [ORDERS]): SpecFile[] {
  return [
    { path: 'topics.yaml', text: topics.join('---\n') },
    ...pipelines.map((p) => ({ path: `pipelines/${p.name}.yaml`, text: pipelineDoc(p) })),
  ];
}

// ---------------------------------------------------------------------------------------------
// Helpers.

const rec = (id: number, name: string): string => JSON.stringify({ id, name });
const changeLines = (changes: readonly Change[]): string[] => changes.map((c) => `${c.action} ${c.kind} ${c.id}`);

async function produce(topic: string, rows: readonly [number, string][]): Promise<void> {
  await producer.send({ messages: rows.map(([id, name]) => ({ topic, partition: 0, value: rec(id, name) })) });
}

/** Every value in `topic` (all partitions), read with kcat over TCP. */
async function read(topic: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('kcat', ['-b', bootstrap, '-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%s\n'], { timeout: 20_000 });
  return stdout.split('\n').filter((l) => l !== '');
}

/** Waits until `topic` holds `want` (sorted, as partitions interleave). */
async function holds(topic: string, want: readonly string[]): Promise<void> {
  const got = await eventually(`${want.length} records in ${topic}`, 30_000, async () => {
    const v = await read(topic);
    return v.length >= want.length ? v : undefined;
  });
  assert.deepEqual([...got].sort(), [...want].sort());
}

async function topicNames(): Promise<string[]> {
  return (await probe.describeTopics()).map((t) => t.name).sort();
}

async function configOf(topic: string, key: string): Promise<string | undefined> {
  return (await probe.describeTopics([topic]))[0]?.configs[key];
}

function okPlan(plan: PlanResult): void {
  assert.deepEqual(plan.errors, [], renderPlan(plan));
  assert.deepEqual(plan.violations, [], renderPlan(plan));
  assert.equal(plan.ok, true);
}

// ---------------------------------------------------------------------------------------------

test('plan, apply, idempotence, a new version, all or nothing, removal', async () => {
  let p = await open();
  const v1 = estate([COPY, AUDIT]);

  // The plan: every resource of the two pipelines and the source topic, in apply's order.
  const plan1 = await p.plan(v1);
  okPlan(plan1);
  assert.deepEqual(changeLines(plan1.changes), [
    'create topic orders', 'create topic orders.audit', 'create topic orders.clean',
    'create schema orders-value', 'create schema orders.audit-value', 'create schema orders.clean-value',
    'create acl User:svc-audit read topic:orders.clean', 'create acl User:svc-audit write topic:orders.audit',
    'create acl User:svc-copy read topic:orders', 'create acl User:svc-copy write topic:orders.clean',
    'create job orders-audit', 'create job orders-copy',
    'create alert orders-copy/checkpoint-age', 'create alert orders-copy/lag',
    'create tag orders-audit/label.team', 'create tag orders-copy/cost-domain', 'create tag orders-copy/cost.cost-center', 'create tag orders-copy/label.team',
    'create pipeline orders-audit', 'create pipeline orders-copy',
  ]);
  const text = renderPlan(plan1);
  assert.match(text, /^\+ topic orders\.clean {2}partitions=2 retention=7d cleanup=delete$/m);
  assert.match(text, /^\+ topic orders {2}partitions=1 retention=30d cleanup=delete$/m);
  assert.match(text, /^\+ alert orders-copy\/lag {2}lag > 1000 for 5m, page$/m);
  assert.match(text, /Plan: 20 to create, 0 to change, 0 to destroy\.$/);
  assert.deepEqual(await topicNames(), [], 'planning creates nothing');

  // Apply: topics with their configs, schemas, and the jobs run.
  const applied1 = await p.apply(v1, { user: 'alice', expect: plan1.fingerprint });
  assert.equal(applied1.applied, true, JSON.stringify(applied1.failure));
  assert.deepEqual(applied1.record?.versions, { 'orders-audit': 1, 'orders-copy': 1 });
  assert.equal(applied1.record?.user, 'alice');
  assert.equal(applied1.record?.changes, 20);
  const clean = (await probe.describeTopics(['orders.clean']))[0]!;
  assert.equal(clean.partitions, 2);
  assert.equal(clean.configs['retention.ms'], '604800000');
  assert.equal(clean.configs['cleanup.policy'], 'delete');
  assert.ok(clean.overrides.includes('retention.ms'));
  assert.equal(await configOf('orders', 'retention.ms'), String(30 * 86_400_000));
  assert.equal(p.registry.latest('orders.clean-value')?.version, 1);
  assert.equal(p.registry.subjectCompatibility('orders.clean-value'), 'BACKWARD');
  assert.equal(p.registry.latest('orders-value')?.schemaType, 'JSON');
  await produce('orders', [[1, 'ann'], [2, 'bob']]);
  await holds('orders.clean', [rec(1, 'ann'), rec(2, 'bob')]);
  await holds('orders.audit', [rec(1, 'ann'), rec(2, 'bob')]);
  const listed = p.pipelines();
  assert.deepEqual(listed.map((x) => [x.name, x.class, x.owner, x.status, x.version]), [
    ['orders-audit', 'operational', 'checkout', 'running', 1], ['orders-copy', 'operational', 'checkout', 'running', 1],
  ]);
  assert.deepEqual(listed.map((x) => x.health), ['healthy', 'healthy']);
  assert.deepEqual(p.lineage('orders.clean')?.downstream.map((n) => n.id).sort(), ['pipeline:orders-audit', 'topic:orders.audit']);

  // A second apply of the same files: nothing to do, nothing recorded.
  // The ACLs are on the cluster (CreateAcls), exactly the planned ones.
  assert.deepEqual(await clusterAcls(), plan1.changes.filter((c) => c.kind === 'acl').map((c) => c.id).sort());
  const again = await p.apply(v1, { user: 'alice' });
  assert.deepEqual(again.plan.changes, []);
  assert.equal(again.applied, true);
  assert.equal(again.record, undefined);
  assert.equal(p.applies().length, 1);
  assert.equal(renderPlan(again.plan), 'No changes. The estate matches the specs.');

  // A changed spec: more partitions, longer retention, new SQL → version 2.
  const v2 = estate([{ ...COPY, partitions: 3, retention: '14d', select: 'SELECT id, UPPER(name)' }, AUDIT]);
  const plan2 = await p.plan(v2);
  okPlan(plan2);
  assert.deepEqual(plan2.changes.map((c) => [`${c.action} ${c.kind} ${c.id}`, ...c.details]), [
    ['update topic orders.clean', 'partitions: 2 → 3', 'retention.ms: 604800000 → 1209600000 (7d → 14d)'],
    ['update job orders-copy', 'SQL changed: redeploy as version 2'],
    ['update pipeline orders-copy', 'version 1 → 2', 'SQL changed'],
  ]);
  const applied2 = await p.apply(v2, { user: 'bob', expect: plan2.fingerprint });
  assert.equal(applied2.applied, true, JSON.stringify(applied2.failure));
  assert.deepEqual(applied2.record?.versions, { 'orders-copy': 2 });
  assert.equal((await probe.describeTopics(['orders.clean']))[0]!.partitions, 3);
  assert.equal(await configOf('orders.clean', 'retention.ms'), '1209600000');
  await holds('orders.clean', [rec(1, 'ann'), rec(2, 'bob'), rec(1, 'ANN'), rec(2, 'BOB')]);
  const detail = p.pipeline('orders-copy')!;
  assert.deepEqual(detail.versions.map((v) => [v.version, v.appliedBy]), [[1, 'alice'], [2, 'bob']]);
  assert.match(detail.versions[1]!.sql, /UPPER\(name\)/);
  assert.doesNotMatch(detail.versions[0]!.sql, /UPPER/);
  assert.deepEqual(detail.cost, { domain: 'checkout', tags: { 'cost-center': 'cc-104' } });
  assert.deepEqual(detail.alerts.map((a) => [a.kind, a.firing]), [['checkpoint-age', false], ['lag', false]]);
  assert.deepEqual(p.applies().map((r) => r.user), ['bob', 'alice']);

  // A restart: the jobs run again.
  p = await open();
  await eventually('the jobs resumed', 30_000, () => (p.pipelines().every((x) => x.status === 'running') ? true : undefined));
  await produce('orders', [[3, 'cy']]);
  await holds('orders.audit', [rec(1, 'ann'), rec(2, 'bob'), rec(1, 'ANN'), rec(2, 'BOB'), rec(3, 'CY')]);

  // The plan refuses a new topic the broker would reject, naming it and the broker's reason.
  const refused = await p.apply(estate([{ ...COPY, partitions: 3, retention: '14d', select: 'SELECT id, UPPER(name)' }, AUDIT],
    [ORDERS, topicDoc('refunds', `  configs: { max.message.bytes: lots }\n`)]), { user: 'carol' });
  assert.equal(refused.applied, false);
  assert.deepEqual(refused.plan.violations.map((v) => [v.rule, v.subject, v.at.file]), [['cluster.topic-config', 'topic refunds', 'topics.yaml']]);
  assert.match(refused.plan.violations[0]!.message, /refunds.*max\.message\.bytes/);
  assert.ok(!(await topicNames()).includes('refunds'));
  assert.equal(p.applies().length, 2);

  // All or nothing (a): a fault injected after 7 of 8 steps. One of them cannot be undone: the
  // partition increase (Kafka cannot remove partitions), which is why it runs last of the topic steps.
  const v3Copy = { ...COPY, partitions: 3, retention: '14d', select: 'SELECT id, UPPER(name)' };
  const v3Audit = { ...AUDIT, partitions: 2, retention: '3d', select: 'SELECT id, LOWER(name)', schema: ORDER_AVRO(',{"name":"note","type":"string","default":""}') };
  const v3 = estate([v3Copy, v3Audit, BIG]);
  p = await open({ faultAfterSteps: 7 });
  const before = {
    topics: await topicNames(),
    auditRetention: await configOf('orders.audit', 'retention.ms'),
    auditSchema: p.registry.latest('orders.audit-value')?.version,
    auditJobs: p.pipeline('orders-audit')!.job.jobs.map((j) => j.id),
    applies: p.applies().length,
    versions: p.pipeline('orders-audit')!.versions.length,
  };
  const plan3 = await p.plan(v3);
  okPlan(plan3);
  // Apply's steps: topic creates, topic configs, partitions, schemas, one CreateAcls for the new ACLs, jobs (tags and records are the store's).
  assert.deepEqual(changeLines(plan3.changes.filter((c) => c.kind === 'topic' || c.kind === 'schema' || c.kind === 'job')), [
    'update topic orders.audit', 'create topic orders.big', 'update schema orders.audit-value', 'create schema orders.big-value',
    'update job orders-audit', 'create job orders-big',
  ]);
  assert.deepEqual(plan3.changes[0]!.details, ['partitions: 1 → 2', 'retention.ms: 604800000 → 259200000 (7d → 3d)']);
  const faulted = await p.apply(v3, { user: 'dave', expect: plan3.fingerprint });
  assert.equal(faulted.applied, false);
  assert.deepEqual(changeLines([faulted.failure!.change]), ['create job orders-big']);
  assert.match(faulted.failure!.message, /injected fault after 7 steps.*Not undone: topic orders\.audit keeps 2 partitions \(it had 1; Kafka cannot remove partitions\)/);
  assert.deepEqual(changeLines(faulted.failure!.rolledBack), [
    'update job orders-audit', 'create acl User:svc-big read topic:orders', 'create schema orders.big-value', 'update schema orders.audit-value',
    'update topic orders.audit', 'create topic orders.big',
  ]);
  assert.deepEqual((await clusterAcls()).filter((a) => a.includes('svc-big')), [], 'the new ACLs are deleted from the cluster');
  assert.deepEqual(await topicNames(), before.topics, 'no new topic stays');
  assert.equal(await configOf('orders.audit', 'retention.ms'), before.auditRetention, 'the changed config is restored');
  assert.equal(p.registry.latest('orders.big-value'), undefined, 'no new subject');
  assert.equal(p.registry.latest('orders.audit-value')?.version, before.auditSchema, 'no new version');
  assert.equal(p.applies().length, before.applies, 'no audit record');
  assert.equal(p.pipeline('orders-big'), undefined, 'no pipeline record');
  assert.equal(p.pipeline('orders-audit')!.versions.length, before.versions, 'no new version');
  assert.equal(p.pipeline('orders-audit')!.job.state, 'running');
  assert.deepEqual(p.pipeline('orders-audit')!.job.jobs.map((j) => j.id), before.auditJobs, 'the previous SQL runs again');
  assert.ok(['absent', 'stopped'].includes(p.pipeline('orders-big')?.job.state ?? 'absent'));
  // Records the rolled-back SQL wrote in its moments of running stay in its topic (written data
  // cannot be unwritten); what matters is that it runs no more and the previous SQL does.
  await produce('orders', [[4, 'di']]);
  await eventually('DI in orders.audit', 30_000, async () => ((await read('orders.audit')).includes(rec(4, 'DI')) ? true : undefined));
  assert.ok(!(await read('orders.audit')).includes(rec(4, 'di')), 'the rolled-back SQL (LOWER) does not run');
  const replan = await p.plan(v3);
  assert.deepEqual(replan.changes, [{ ...plan3.changes[0]!, details: plan3.changes[0]!.details.slice(1) }, ...plan3.changes.slice(1)],
    'the plan after the rollback is the plan before it, but for the partitions that stay');
  assert.equal((await probe.describeTopics(['orders.audit']))[0]!.partitions, 2);

  // The fault is used up: the same apply now goes through.
  const applied3 = await p.apply(v3, { user: 'dave' });
  assert.equal(applied3.applied, true, JSON.stringify(applied3.failure));
  assert.deepEqual(applied3.record?.versions, { 'orders-audit': 2, 'orders-big': 1 });
  assert.equal(p.registry.latest('orders.audit-value')?.version, 2);
  await holds('orders.big', [rec(10, 'ann'), rec(20, 'bob'), rec(30, 'cy'), rec(40, 'di')]);

  // All or nothing (b): a config the broker refuses on an existing topic. The plan cannot check it
  // (Cluster.alterTopicConfigs has no validate-only form), so apply fails at that step: the topic
  // created before it and the config changed before it are undone.
  const beforeB = { topics: await topicNames(), auditRetention: await configOf('orders.audit', 'retention.ms'), applies: p.applies().length };
  const v4 = estate([{ ...v3Copy, configs: '{ max.message.bytes: lots }' }, { ...v3Audit, retention: '5d' }, BIG],
    [ORDERS, topicDoc('payments', '  partitions: 1\n')]);
  const plan4 = await p.plan(v4);
  okPlan(plan4);
  assert.deepEqual(changeLines(plan4.changes), [
    'update topic orders.audit', 'update topic orders.clean', 'create topic payments', 'update pipeline orders-audit', 'update pipeline orders-copy',
  ]);
  const failed = await p.apply(v4, { user: 'erin' });
  assert.equal(failed.applied, false);
  assert.deepEqual(changeLines([failed.failure!.change]), ['update topic orders.clean']);
  assert.match(failed.failure!.message, /max\.message\.bytes/);
  assert.deepEqual(changeLines(failed.failure!.rolledBack), ['update topic orders.audit', 'create topic payments']);
  assert.deepEqual(await topicNames(), beforeB.topics);
  assert.equal(await configOf('orders.audit', 'retention.ms'), beforeB.auditRetention);
  assert.equal(p.applies().length, beforeB.applies);

  // Removal: orders-big leaves the files → its job stops, its topic goes, the record says removed;
  // a Topic document that leaves is only forgotten.
  const v5 = estate([v3Copy, v3Audit, BIG], [ORDERS, topicDoc('payments', '  partitions: 1\n')]);
  assert.equal((await p.apply(v5, { user: 'erin' })).applied, true);
  const v6 = estate([v3Copy, v3Audit]);
  const plan6 = await p.plan(v6);
  okPlan(plan6);
  assert.deepEqual(changeLines(plan6.changes), [
    'update topic payments',
    'delete pipeline orders-big', 'delete tag orders-big/label.team', 'delete job orders-big',
    'delete acl User:svc-big read topic:orders', 'delete acl User:svc-big write topic:orders.big', 'delete topic orders.big',
  ]);
  assert.deepEqual(plan6.changes[0]!.details, ['no longer managed: its document is gone; the topic and its data stay on the cluster']);
  const removed = await p.apply(v6, { user: 'erin' });
  assert.equal(removed.applied, true, JSON.stringify(removed.failure));
  assert.ok(!(await topicNames()).includes('orders.big'));
  assert.ok((await topicNames()).includes('payments'), 'a source-of-record topic is never deleted');
  assert.equal(p.pipeline('orders-big')?.status, 'removed');
  assert.equal(p.pipeline('orders-big')?.job.state, 'stopped');
  assert.deepEqual(p.pipelines().map((x) => x.name), ['orders-audit', 'orders-copy']);
  assert.deepEqual((await p.plan(v6)).changes, [], 'and the estate matches');
});

test('schemas against the registry, a partition decrease, the inventory, and an import of another cluster', async () => {
  const p = await open({ name: 'platform-2' });
  const ledger = (fields: string, extra = ''): SpecFile[] => [{
    path: 'ledger.yaml',
    text: topicDoc('ledger', `  partitions: 2
  schema: { format: AVRO, schema: '{"type":"record","name":"Entry","fields":[${fields}]}'${extra} }
`),
  }];
  const ID = '{"name":"id","type":"int"}';
  const AMOUNT = '{"name":"amount","type":"int"}';
  assert.equal((await p.apply(ledger(ID), { user: 'alice' })).applied, true);
  assert.equal(p.registry.latest('ledger-value')?.version, 1);

  // A field without a default breaks BACKWARD: the plan names the rule, the registry's reason and the schema field.
  const bad = await p.plan(ledger(`${ID},${AMOUNT}`));
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.changes.map((c) => [c.id, ...c.details]), [['ledger-value', 'new version 2 (BACKWARD: INCOMPATIBLE)']]);
  assert.deepEqual(bad.violations.map((v) => [v.rule, v.subject, `${v.at.file}:${v.at.line}`]), [['schema.compatibility', 'schema ledger-value', 'ledger.yaml:7']]);
  assert.match(bad.violations[0]!.message, /amount/);
  assert.equal((await p.apply(ledger(`${ID},${AMOUNT}`), { user: 'alice' })).applied, false);

  // The same change with the level set to NONE in the spec is checked under NONE; planning it changes nothing.
  const none = ledger(`${ID},${AMOUNT}`, ', compatibility: NONE');
  const relaxed = await p.plan(none);
  okPlan(relaxed);
  assert.deepEqual(relaxed.changes.map((c) => [c.id, ...c.details]), [['ledger-value', 'compatibility: BACKWARD → NONE', 'new version 2 (NONE: compatible)']]);
  assert.equal(p.registry.subjectCompatibility('ledger-value'), 'BACKWARD', 'the plan left the level as it was');
  assert.equal((await p.apply(none, { user: 'alice' })).applied, true);
  assert.equal(p.registry.latest('ledger-value')?.version, 2);
  assert.equal(p.registry.subjectCompatibility('ledger-value'), 'NONE');

  // Partitions cannot shrink: a violation at the partitions field, no change.
  const fewer = await p.plan([{ path: 'ledger.yaml', text: none[0]!.text.replace('partitions: 2', 'partitions: 1') }]);
  assert.deepEqual(fewer.changes, []);
  assert.deepEqual(fewer.violations.map((v) => [v.rule, `${v.at.file}:${v.at.line}:${v.at.col}`]), [['contract.partitions-decrease', 'ledger.yaml:6:15']]);

  // The managed cluster's inventory knows the contract; another cluster is imported with no estate: all ownerless.
  const inventory = await p.inventory();
  const entry = inventory.topics.find((t) => t.name === 'ledger');
  assert.equal(entry?.owner, 'sales');
  assert.ok(!entry?.flags.includes('no-owner'));
  const otherDir = mkdtempSync(join(tmpdir(), 'weir-other-'));
  const other = await Broker.start(brokerConfig({ 'data.dir': otherDir, listeners: '127.0.0.1:0' }, 'test'));
  try {
    const otherBootstrap = `127.0.0.1:${other.address().port}`;
    const admin = await kafkaCluster(otherBootstrap);
    await admin.createTopics([{ name: 'legacy.events', partitions: 4, configs: {} }]);
    await admin.close();
    const imported = await p.importCluster(otherBootstrap);
    assert.equal(imported.cluster, otherBootstrap);
    assert.deepEqual(imported.topics.map((t) => [t.name, t.partitions, [...t.flags].sort()]), [['legacy.events', 4, ['no-contract', 'no-owner']]]);
    // Naming the managed cluster (by another spelling) gives its own inventory, with the estate.
    const self = await p.importCluster(`localhost:${port}`);
    assert.equal(self.topics.find((t) => t.name === 'ledger')?.owner, 'sales');
  } finally {
    await other.stop();
    rmSync(otherDir, { recursive: true, force: true });
  }
});
