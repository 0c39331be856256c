// ACLs through real admin clients against `weir broker` in a child process: KafkaJS 2.2 (in this
// process; CreateAcls/DescribeAcls/DeleteAcls v1) and kafka-python's KafkaAdminClient (v1) — Debian's
// confluent-kafka 1.7 predates AdminClient.create_acls (1.9), and PyPI is out of reach here.
// Each client creates bindings (LITERAL, PREFIXED, the '*' wildcard, groups, the cluster), reads
// back exactly those, filters with MATCH, gets the broker's INVALID_REQUEST for an invalid binding,
// and deletes with filters; a restart of the broker keeps what was left. The flexible versions (v2-3)
// are driven by @platformatic/kafka in src/platform/cluster/kafka.test.ts and on the wire in
// test/broker/acls.test.ts. ACLs are stored and served, not enforced.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import type { Admin, AclEntry } from 'kafkajs';
import { startBroker, stopAll, runPython, type BrokerProcess } from './support.ts';

const { Kafka, logLevel, AclResourceTypes: T, AclOperationTypes: OP, AclPermissionTypes: PERM, ResourcePatternTypes: P } = kafkajs;

const dataDir = mkdtempSync(join(tmpdir(), 'weir-compat-acls-'));
let broker: BrokerProcess = await startBroker({ dataDir });
const admins: Admin[] = [];
after(async () => {
  try {
    await Promise.allSettled(admins.map((a) => a.disconnect()));
  } finally {
    await stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

async function admin(): Promise<Admin> {
  const a = new Kafka({ clientId: 'weir-compat-acls', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 1, initialRetryTime: 100 } }).admin();
  await a.connect();
  admins.push(a);
  return a;
}

type Tuple = [number, string, number, string, string, number, number];

/** Every binding the broker lists for the filter, as [resourceType, name, patternType, principal, host, operation, permissionType]. */
async function describe(a: Admin, filter: Partial<Parameters<Admin['describeAcls']>[0]> = {}): Promise<Tuple[]> {
  // KafkaJS returns only the resources (a response error becomes a rejection).
  const r = await a.describeAcls({ resourceType: T.ANY, resourcePatternType: P.ANY, operation: OP.ANY, permissionType: PERM.ANY, ...filter });
  return r.resources.flatMap((res) => res.acls.map((x): Tuple => [res.resourceType, res.resourceName, res.resourcePatternType, x.principal, x.host, x.operation, x.permissionType]));
}

const entry = (b: Tuple): AclEntry => ({ resourceType: b[0], resourceName: b[1], resourcePatternType: b[2], principal: b[3], host: b[4], operation: b[5], permissionType: b[6] });

const ORDERS_READ: Tuple = [T.TOPIC, 'orders', P.LITERAL, 'User:alice', '*', OP.READ, PERM.ALLOW];
const ORD_WRITE: Tuple = [T.TOPIC, 'ord', P.PREFIXED, 'User:bob', '*', OP.WRITE, PERM.ALLOW];
const ALL_DESCRIBE: Tuple = [T.TOPIC, '*', P.LITERAL, 'User:carol', '*', OP.DESCRIBE, PERM.DENY];
const GROUP_READ: Tuple = [T.GROUP, 'order-enricher', P.LITERAL, 'User:alice', '10.1.2.3', OP.READ, PERM.ALLOW];
const CLUSTER_IDEMPOTENT: Tuple = [T.CLUSTER, 'kafka-cluster', P.LITERAL, 'User:bob', '*', OP.IDEMPOTENT_WRITE, PERM.ALLOW];

test('KafkaJS: createAcls, describeAcls (ANY and MATCH), an invalid binding refused, deleteAcls', async () => {
  const a = await admin();
  assert.equal(await a.createAcls({ acl: [ORDERS_READ, ORD_WRITE, ALL_DESCRIBE, GROUP_READ, CLUSTER_IDEMPOTENT].map(entry) }), true);
  assert.equal(await a.createAcls({ acl: [entry(ORDERS_READ)] }), true, 'creating an existing binding again succeeds');
  assert.deepEqual(await describe(a), [ALL_DESCRIBE, ORD_WRITE, ORDERS_READ, GROUP_READ, CLUSTER_IDEMPOTENT]);
  assert.deepEqual(await describe(a, { resourceType: T.TOPIC, resourceName: 'orders', resourcePatternType: P.MATCH }), [ALL_DESCRIBE, ORD_WRITE, ORDERS_READ], 'MATCH: the name, the wildcard and the prefix');
  assert.deepEqual(await describe(a, { resourceType: T.TOPIC, resourceName: 'orders', resourcePatternType: P.LITERAL }), [ORDERS_READ]);
  assert.deepEqual(await describe(a, { principal: 'User:alice', operation: OP.READ }), [ORDERS_READ, GROUP_READ]);

  // KafkaJS checks only that the codes exist, so a MATCH binding reaches the broker, which refuses it.
  const refused = await a.createAcls({ acl: [{ ...entry(ORDERS_READ), resourcePatternType: P.MATCH }] }).then(
    () => assert.fail('a MATCH binding was accepted'),
    (e: unknown) => e as { type?: string; name?: string; message?: string },
  );
  assert.equal(refused.type, 'INVALID_REQUEST', `KafkaJS shows INVALID_REQUEST: ${refused.name}: ${refused.message}`);
  assert.deepEqual(await describe(a, { resourcePatternType: P.MATCH, resourceType: T.TOPIC, resourceName: 'orders', principal: 'User:alice' }), [ORDERS_READ], 'nothing was stored');

  const deleted = await a.deleteAcls({
    filters: [
      { resourceType: T.TOPIC, resourcePatternType: P.PREFIXED, operation: OP.ANY, permissionType: PERM.ANY },
      { resourceType: T.ANY, resourcePatternType: P.ANY, principal: 'User:nobody', operation: OP.ANY, permissionType: PERM.ANY },
    ],
  });
  assert.deepEqual(
    deleted.filterResponses.map((f) => [f.errorCode, f.matchingAcls.map((m) => [m.errorCode, m.resourceType, m.resourceName, m.resourcePatternType, m.principal, m.host, m.operation, m.permissionType])]),
    [
      [0, [[0, ...ORD_WRITE]]],
      [0, []],
    ],
  );
  assert.deepEqual(await describe(a), [ALL_DESCRIBE, ORDERS_READ, GROUP_READ, CLUSTER_IDEMPOTENT]);
});

test('kafka-python: create_acls with one refused, describe_acls (ANY and MATCH), delete_acls with filters', async () => {
  const out = await runPython<{
    created: Tuple[];
    failed: [Tuple, [number, string]][];
    described_any: Tuple[];
    described_any_error: [number, string];
    described_match: Tuple[];
    deleted: [(string | number | [number, string])[][], [number, string]][];
    described_after_delete: Tuple[];
  }>('kafka_python_acls.py', { bootstrap: broker.bootstrap }, { timeoutMs: 45_000 });
  const PAYMENTS: Tuple = [T.TOPIC, 'payments', P.LITERAL, 'User:erin', '*', OP.READ, PERM.ALLOW];
  const PAY: Tuple = [T.TOPIC, 'pay', P.PREFIXED, 'User:erin', '*', OP.WRITE, PERM.DENY];
  const GROUP: Tuple = [T.GROUP, 'payments-app', P.LITERAL, 'User:erin', '192.168.0.7', OP.READ, PERM.ALLOW];
  assert.deepEqual(out.created, [PAYMENTS, PAY, GROUP]);
  assert.deepEqual(out.failed, [[[T.TOPIC, 'payments', P.LITERAL, 'erin', '*', OP.READ, PERM.ALLOW], [42, 'InvalidRequestError']]], 'a principal without its type: INVALID_REQUEST');
  assert.deepEqual(out.described_any_error, [0, 'NoError']);
  assert.deepEqual(out.described_any, [ALL_DESCRIBE, ORDERS_READ, PAY, PAYMENTS, GROUP_READ, GROUP, CLUSTER_IDEMPOTENT], "KafkaJS's bindings and these");
  assert.deepEqual(out.described_match, [ALL_DESCRIBE, PAY], "MATCH 'payments-eu': the wildcard and the prefix 'pay', not the literal 'payments'");
  assert.deepEqual(out.deleted, [
    [[[...PAY, [0, 'NoError']], [...PAYMENTS, [0, 'NoError']]], [0, 'NoError']],
    [[], [0, 'NoError']],
  ]);
  assert.deepEqual(out.described_after_delete, [ALL_DESCRIBE, ORDERS_READ, GROUP_READ, GROUP, CLUSTER_IDEMPOTENT]);
});

test('a restart of the broker keeps the ACLs', async (t) => {
  const before = await describe(await admin());
  assert.equal(before.length, 5);
  broker.assertHealthy(t);
  await Promise.allSettled(admins.splice(0).map((a) => a.disconnect()));
  await broker.stop();
  broker = await startBroker({ dataDir });
  assert.deepEqual(await describe(await admin()), before);
  assert.ok(broker.apis.has(29) && broker.apis.has(30) && broker.apis.has(31), 'ApiVersions advertises DescribeAcls, CreateAcls, DeleteAcls');
  assert.deepEqual([29, 30, 31].map((k) => broker.apis.get(k)), [[0, 3], [0, 3], [0, 3]]);
});

test('the broker stayed up and logged no errors', (t) => {
  broker.assertHealthy(t);
});
