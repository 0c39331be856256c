// kafkaCluster against an in-process Weir broker over TCP: topics created with their own partition
// counts and configs, described (overrides apart from defaults), altered, grown, deleted;
// validateOnly creates nothing; ACL bindings created, listed exactly, deleted exactly (CreateAcls,
// DescribeAcls, DeleteAcls v3); failures are CLUSTER errors naming the topic or binding, the
// broker's error and the bootstrap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Broker } from '../../broker/broker.ts';
import { brokerConfig } from '../../broker/config.ts';
import { WeirError } from '../../util/errors.ts';
import { kafkaCluster } from './kafka.ts';
import type { AclBinding, Cluster } from './types.ts';

async function cluster(t: { after(fn: () => Promise<void>): void }): Promise<{ cluster: Cluster; bootstrap: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'weir-cluster-'));
  const broker = await Broker.start(brokerConfig({ 'data.dir': dir, listeners: '127.0.0.1:0', 'num.partitions': '2' }, 'test'));
  const bootstrap = `127.0.0.1:${broker.address().port}`;
  const c = await kafkaCluster(bootstrap);
  t.after(async () => {
    await c.close();
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { cluster: c, bootstrap };
}

async function failure(p: Promise<unknown>): Promise<WeirError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof WeirError, `a WeirError, not ${String(err)}`);
    return err;
  }
  assert.fail('expected a rejection');
}

test('topics: created with their configs, described with overrides, altered, grown and deleted', async (t) => {
  const { cluster: c } = await cluster(t);
  await c.createTopics([
    { name: 'orders', partitions: 3, configs: { 'retention.ms': '86400000', 'cleanup.policy': 'compact' } },
    { name: 'payments', partitions: 1, configs: {} },
  ]);

  const all = await c.describeTopics();
  assert.deepEqual(all.map((x) => [x.name, x.partitions]), [['orders', 3], ['payments', 1]]);
  const orders = all[0]!;
  assert.deepEqual([...orders.overrides].sort(), ['cleanup.policy', 'retention.ms']);
  assert.equal(orders.configs['retention.ms'], '86400000');
  assert.equal(orders.configs['cleanup.policy'], 'compact');
  assert.ok(orders.configs['segment.bytes'] !== undefined, 'defaults are listed too');
  assert.deepEqual(all[1]!.overrides, []);
  assert.equal(all[1]!.configs['cleanup.policy'], 'delete');

  assert.deepEqual((await c.describeTopics(['payments', 'no-such-topic'])).map((x) => x.name), ['payments'], 'only the named topics that exist');

  await c.alterTopicConfigs('orders', { 'retention.ms': '3600000', 'max.message.bytes': '2000000' }, ['cleanup.policy']);
  const altered = (await c.describeTopics(['orders']))[0]!;
  assert.deepEqual([...altered.overrides].sort(), ['max.message.bytes', 'retention.ms']);
  assert.equal(altered.configs['retention.ms'], '3600000');
  assert.equal(altered.configs['cleanup.policy'], 'delete', 'a removed override falls back to the default');

  await c.createPartitions('orders', 5);
  assert.equal((await c.describeTopics(['orders']))[0]!.partitions, 5);

  await c.deleteTopics(['payments']);
  assert.deepEqual((await c.describeTopics()).map((x) => x.name), ['orders']);
});

test('validateOnly: the broker checks the topics and creates nothing', async (t) => {
  const { cluster: c } = await cluster(t);
  await c.createTopics([{ name: 'checked', partitions: 4, configs: { 'retention.ms': '1000' } }], { validateOnly: true });
  assert.deepEqual(await c.describeTopics(), []);
  const e = await failure(c.createTopics([{ name: 'checked', partitions: 4, configs: { 'retention.ms': 'soon' } }], { validateOnly: true }));
  assert.match(e.message, /^could not validate the creation of topic 'checked' on the Kafka cluster at 127\.0\.0\.1:\d+: checked: INVALID_CONFIG \(.*retention\.ms.*\)$/);
  assert.deepEqual(await c.describeTopics(), []);
});

test('errors name the topic, the broker error and the bootstrap', async (t) => {
  const { cluster: c, bootstrap } = await cluster(t);
  await c.createTopics([{ name: 'orders', partitions: 2, configs: {} }]);

  const exists = await failure(c.createTopics([{ name: 'orders', partitions: 2, configs: {} }, { name: 'fresh', partitions: 1, configs: {} }]));
  assert.equal(exists.code, 'CLUSTER');
  assert.equal(exists.where, "topics 'orders', 'fresh'");
  assert.equal(exists.message, `could not create topics 'orders', 'fresh' on the Kafka cluster at ${bootstrap}: orders: TOPIC_ALREADY_EXISTS (Topic 'orders' already exists.)`);
  assert.deepEqual((await c.describeTopics()).map((x) => x.name), ['fresh', 'orders'], 'Kafka creates topics one by one: the valid one exists');

  const invalid = await failure(c.createTopics([{ name: 'bad', partitions: 1, configs: { 'cleanup.policy': 'sometimes' } }]));
  assert.match(invalid.message, /: bad: INVALID_CONFIG \(.*cleanup\.policy.*\)$/);
  assert.match(invalid.message, new RegExp(`at ${bootstrap}`));

  const alter = await failure(c.alterTopicConfigs('orders', { 'retention.ms': 'forever' }, []));
  assert.equal(alter.where, 'orders');
  assert.match(alter.message, /^could not alter the configs of topic 'orders' on the Kafka cluster at .*: orders: INVALID_CONFIG \(.*retention\.ms.*\)$/);

  const shrink = await failure(c.createPartitions('orders', 1));
  assert.match(shrink.message, /^could not grow topic 'orders' to 1 partitions on .*: orders: INVALID_PARTITIONS/);

  const missing = await failure(c.deleteTopics(['ghost']));
  assert.match(missing.message, /^could not delete topic 'ghost' on .*: ghost: UNKNOWN_TOPIC_OR_PARTITION/);
});

test('an unreachable bootstrap fails at once, naming it', async () => {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  const e = await failure(kafkaCluster(`127.0.0.1:${port}`));
  assert.equal(e.code, 'CLUSTER');
  assert.match(e.message, new RegExp(`^could not read the metadata on the Kafka cluster at 127\\.0\\.0\\.1:${port}: `));
});

test('ACLs: created (again without harm), listed exactly, deleted exactly; a refused binding is named', async (t) => {
  const { cluster: c, bootstrap } = await cluster(t);
  const read: AclBinding = { resourceType: 'topic', resourceName: 'orders', patternType: 'literal', principal: 'User:svc-checkout', host: '*', operation: 'read', permission: 'allow' };
  const prefixed: AclBinding = { ...read, resourceName: 'orders.', patternType: 'prefixed', operation: 'write', permission: 'deny' };
  const group: AclBinding = { ...read, resourceType: 'group', resourceName: 'checkout', host: '10.0.0.8', operation: 'describe' };
  const txn: AclBinding = { ...read, resourceType: 'transactional-id', resourceName: '*', operation: 'all' };
  const clusterWrite: AclBinding = { ...read, resourceType: 'cluster', resourceName: 'kafka-cluster', operation: 'idempotent-write' };
  assert.deepEqual(await c.describeAcls(), []);

  await c.createAcls([read, prefixed, group, txn, clusterWrite]);
  await c.createAcls([read]);
  assert.deepEqual(await c.describeAcls(), [read, prefixed, group, clusterWrite, txn]);

  await c.deleteAcls([prefixed, { ...group, host: '*' }, { ...txn, resourceName: 'other' }]);
  assert.deepEqual(await c.describeAcls(), [read, group, clusterWrite, txn], 'only the exact binding went');

  const refused = await failure(c.createAcls([{ ...read, principal: 'svc-checkout' }, { ...read, resourceName: 'payments' }]));
  assert.equal(refused.code, 'CLUSTER');
  assert.equal(
    refused.message,
    `could not create ACLs 'allow svc-checkout read topic:orders', 'allow User:svc-checkout read topic:payments' on the Kafka cluster at ${bootstrap}: ` +
      'allow svc-checkout read topic:orders: INVALID_REQUEST (Could not parse principal from `svc-checkout` (no colon is present separating the principal type from the principal name, as in User:alice))',
  );
  assert.deepEqual(await c.describeAcls(), [read, { ...read, resourceName: 'payments' }, group, clusterWrite, txn], 'the valid binding beside it was created, as Kafka does');
});
