// `weir import`'s raw material (issue 6, done-means 4): an estate made by real clients against
// `weir broker` in a child process — topics created with configs by confluent-kafka's AdminClient
// and auto-created by kcat, records produced by librdkafka, a confluent-kafka group that read and
// committed then left (and has lag once more records arrive), a KafkaJS group and a kcat -G group
// still consuming — scanned with scanCluster(kafkaCluster(bootstrap)) over the admin protocol, then
// imported with the real `weir import --bootstrap …` against a `weir up` server: every topic of that
// foreign cluster is flagged without owner or contract, and read by the groups that consume it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import kafkajs from 'kafkajs';
import { startBroker, stopAll, run, start, format, eventually, settleWithin, DEBIAN_PYTHON } from '../compat/support.ts';
import { kafkaCluster } from '../../src/platform/cluster/kafka.ts';
import { scanCluster, type ClusterScan } from '../../src/platform/cluster/scan.ts';
import type { Inventory } from '../../src/platform/lineage/types.ts';

const { Kafka, logLevel } = kafkajs;
const ESTATE_PY = fileURLToPath(new URL('./python/estate.py', import.meta.url));

const broker = await startBroker({ set: { 'num.partitions': 1, 'group.initial.rebalance.delay.ms': 0, 'group.min.session.timeout.ms': 1000 } });
const kafka = new Kafka({ clientId: 'weir-import-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 3, initialRetryTime: 100 } });
const fraud = kafka.consumer({ groupId: 'fraud', sessionTimeout: 6000, heartbeatInterval: 300, maxWaitTimeInMs: 100 });
after(async () => {
  try {
    await settleWithin(5000, [fraud.disconnect()]);
  } finally {
    await stopAll();
  }
});

/** Runs estate.py (confluent-kafka) with `arg`; returns how many records its group consumed. */
async function estate(arg: Record<string, unknown>): Promise<number> {
  const r = await run(DEBIAN_PYTHON, ['-B', '-u', ESTATE_PY], { timeoutMs: 60_000, input: JSON.stringify({ bootstrap: broker.bootstrap, ...arg }) });
  assert.ok(!r.timedOut && r.code === 0, `estate.py\n${format(r)}`);
  return (JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { consumed: number }).consumed;
}

const records = (topic: string, perPartition: readonly number[]): { topic: string; partition: number; value: string }[] =>
  perPartition.flatMap((n, partition) => Array.from({ length: n }, (_, i) => ({ topic, partition, value: `${topic}-${partition}-${i}` })));

test('scanning and weir import of an estate made by real clients: every topic and group, ownerless topics flagged', { timeout: 120_000 }, async () => {
  await estate({
    topics: [
      { name: 'orders', partitions: 3, configs: { 'retention.ms': '604800000' } },
      { name: 'payments', partitions: 2, configs: {} },
      { name: 'audit-log', partitions: 1, configs: { 'cleanup.policy': 'compact' } },
    ],
    records: [...records('orders', [4, 3, 3]), ...records('payments', [2, 2])],
    // billing reads every order, commits and leaves.
    group: { id: 'billing', topics: ['orders'], count: 10 },
  });
  // Two more orders after billing left: its lag.
  await estate({ records: records('orders', [1, 1]) });

  // kcat: an auto-created topic, and a group still consuming the audit log.
  const scratch = await run('kcat', ['-b', broker.bootstrap, '-P', '-t', 'scratch'], { timeoutMs: 20_000, input: 'a\nb\n' });
  assert.equal(scratch.code, 0, format(scratch));
  const audit = await run('kcat', ['-b', broker.bootstrap, '-P', '-t', 'audit-log', '-K', ':'], { timeoutMs: 20_000, input: 'k1:a\nk2:b\nk3:c\n' });
  assert.equal(audit.code, 0, format(audit));
  start('kcat', ['-b', broker.bootstrap, '-G', 'audit-readers', '-q', '-X', 'auto.offset.reset=earliest', '-X', 'session.timeout.ms=6000', '-X', 'heartbeat.interval.ms=250', '-X', 'auto.commit.interval.ms=200', 'audit-log'], { timeoutMs: 100_000 });

  // KafkaJS: a group still consuming payments, committing as it goes.
  await fraud.connect();
  await fraud.subscribe({ topics: ['payments'], fromBeginning: true });
  let paymentsRead = 0;
  await fraud.run({ eachMessage: async () => void paymentsRead++ });

  const cluster = await kafkaCluster(broker.bootstrap);
  let scan: ClusterScan | undefined;
  try {
    // Until both running groups are stable and have committed all they read.
    scan = await eventually('the running groups to settle', 60_000, async () => {
      const s = await scanCluster(cluster);
      const settled = ['fraud', 'audit-readers'].every((id) => {
        const g = s.groups.find((x) => x.id === id);
        return g?.state === 'Stable' && g.lag === 0;
      });
      return settled ? s : undefined;
    });
  } finally {
    await cluster.close();
  }
  assert.equal(paymentsRead, 4);

  assert.equal(scan.name, broker.bootstrap);
  assert.deepEqual(scan.topics.map((t) => ({ name: t.name, partitions: t.partitions, overrides: t.overrides })), [
    { name: 'audit-log', partitions: 1, overrides: ['cleanup.policy'] },
    { name: 'orders', partitions: 3, overrides: ['retention.ms'] },
    { name: 'payments', partitions: 2, overrides: [] },
    { name: 'scratch', partitions: 1, overrides: [] },
  ], 'every topic, none internal');
  assert.equal(scan.topics.find((t) => t.name === 'orders')!.configs['retention.ms'], '604800000');
  assert.equal(scan.topics.find((t) => t.name === 'audit-log')!.configs['cleanup.policy'], 'compact');
  assert.equal(scan.topics.find((t) => t.name === 'scratch')!.configs['cleanup.policy'], 'delete');

  assert.deepEqual(scan.groups, [
    { id: 'audit-readers', state: 'Stable', protocolType: 'consumer', members: 1, topics: ['audit-log'], lag: 0 },
    { id: 'billing', state: 'Empty', protocolType: 'consumer', members: 0, topics: ['orders'], lag: 2 },
    { id: 'fraud', state: 'Stable', protocolType: 'consumer', members: 1, topics: ['payments'], lag: 0 },
  ]);

  // `weir import` through a Weir server (weir up, its own broker and HTTP API on port 0).
  const dir = mkdtempSync(join(tmpdir(), 'weir-import-'));
  try {
    const up = start(process.execPath, ['bin/weir.js', 'up', '--kafka', '127.0.0.1:0', '--http', '127.0.0.1:0', '--data-dir', join(dir, 'data')], { timeoutMs: 100_000, env: { WEIR_LOG_LEVEL: 'warn' } });
    const server = await up.waitFor('the startup line', 30_000, () => /HTTP: (http:\/\/[\d.]+:\d+);/.exec(up.stdout())?.[1]);
    const weir = (args: string[]) => run(process.execPath, ['bin/weir.js', ...args, '--server', server], { timeoutMs: 60_000, env: { WEIR_LOG_LEVEL: 'silent' } });

    const json = await weir(['import', '--bootstrap', broker.bootstrap, '--json']);
    assert.equal(json.code, 0, `${format(json)}\n${up.describe()}`);
    const inventory = JSON.parse(json.stdout) as Inventory;
    assert.equal(inventory.cluster, broker.bootstrap);
    assert.deepEqual(inventory.topics.map((t) => ({ name: t.name, partitions: t.partitions, readers: t.readers, writers: t.writers, flags: t.flags })), [
      { name: 'audit-log', partitions: 1, readers: ['group:audit-readers'], writers: [], flags: ['no-owner', 'no-contract'] },
      { name: 'orders', partitions: 3, readers: ['group:billing'], writers: [], flags: ['no-owner', 'no-contract'] },
      { name: 'payments', partitions: 2, readers: ['group:fraud'], writers: [], flags: ['no-owner', 'no-contract'] },
      { name: 'scratch', partitions: 1, readers: [], writers: [], flags: ['no-owner', 'no-contract'] },
    ]);
    assert.equal(inventory.topics.find((t) => t.name === 'orders')!.retentionMs, 604_800_000);
    assert.deepEqual(inventory.groups, [
      { id: 'audit-readers', state: 'Stable', members: 1, topics: ['audit-log'], lag: 0 },
      { id: 'billing', state: 'Empty', members: 0, topics: ['orders'], lag: 2 },
      { id: 'fraud', state: 'Stable', members: 1, topics: ['payments'], lag: 0 },
    ]);

    const text = await weir(['import', '--bootstrap', broker.bootstrap]);
    assert.equal(text.code, 0, format(text));
    assert.match(text.stdout, new RegExp(`^Cluster ${broker.bootstrap}, scanned \\S+: 4 topics \\(4 without an owner\\), 3 consumer groups\\.$`, 'm'));
    assert.match(text.stdout, /^orders\s+-\s+-\s+3\s+7d\s+-\s+group:billing\s+no-owner, no-contract$/m, 'no owner, no role, no writer');

    const unreachable = await weir(['import', '--bootstrap', '127.0.0.1:1']);
    assert.notEqual(unreachable.code, 0);
    assert.match(unreachable.stderr, /could not read the metadata on the Kafka cluster at 127\.0\.0\.1:1: connect ECONNREFUSED/);

    const stopped = await up.stop('SIGTERM', 30_000);
    assert.equal(stopped.code, 0, up.describe());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  broker.assertHealthy({ diagnostic: () => {} });
});
