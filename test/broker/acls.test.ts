// The ACL admin APIs (DescribeAcls 29, CreateAcls 30, DeleteAcls 31) on the wire against a broker in
// this process, in every version served (v0-1 classic, v2-3 flexible), with Weir's own codec: exact
// results per creation, Kafka's validation messages, filters with ANY, LITERAL and MATCH (the '*'
// wildcard and prefixes), deletion per filter, and bindings that survive a restart. Real clients
// drive the same APIs in test/compat/acls.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Broker } from '../../src/broker/broker.ts';
import { brokerConfig } from '../../src/broker/config.ts';
import { ApiKeys } from '../../src/protocol/generated/apis.ts';
import type { DescribeAclsRequest } from '../../src/protocol/generated/index.ts';
import { wireRequest } from '../compat/wire.ts';

const T = { ANY: 1, TOPIC: 2, GROUP: 3, CLUSTER: 4 } as const;
const P = { ANY: 1, MATCH: 2, LITERAL: 3, PREFIXED: 4 } as const;
const OP = { ANY: 1, ALL: 2, READ: 3, WRITE: 4, DESCRIBE: 8 } as const;
const PERM = { ANY: 1, DENY: 2, ALLOW: 3 } as const;
const INVALID_REQUEST = 42;

const acl = (resourceType: number, resourceName: string, resourcePatternType: number, principal: string, operation: number, permissionType: number = PERM.ALLOW, host = '*') => ({
  resourceType,
  resourceName,
  resourcePatternType,
  principal,
  host,
  operation,
  permissionType,
});

const ANY_FILTER: DescribeAclsRequest = { resourceTypeFilter: T.ANY, resourceNameFilter: null, patternTypeFilter: P.ANY, principalFilter: null, hostFilter: null, operation: OP.ANY, permissionType: PERM.ANY };

async function start(dir: string): Promise<{ broker: Broker; port: number }> {
  const broker = await Broker.start(brokerConfig({ 'data.dir': dir, listeners: '127.0.0.1:0' }, 'test'));
  return { broker, port: broker.address().port };
}

/** Every binding the broker lists (DescribeAcls v3, ANY filter), flattened to tuples. */
async function listed(port: number, filter: DescribeAclsRequest = ANY_FILTER, version = 3): Promise<(string | number)[][]> {
  const r = await wireRequest(port, ApiKeys.DescribeAcls, version, filter);
  assert.equal(r.errorCode, 0, r.errorMessage ?? '');
  return r.resources.flatMap((res) => res.acls.map((a) => [res.resourceType, res.resourceName, res.patternType, a.principal, a.host, a.operation, a.permissionType]));
}

test('create, describe with ANY/LITERAL/MATCH filters, delete per filter, in every version; kept across a restart', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-acls-'));
  let { broker, port } = await start(dir);
  t.after(async () => {
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const created = await wireRequest(port, ApiKeys.CreateAcls, 1, {
    creations: [
      acl(T.TOPIC, 'orders', P.LITERAL, 'User:alice', OP.READ),
      acl(T.TOPIC, 'ord', P.PREFIXED, 'User:bob', OP.WRITE),
      acl(T.TOPIC, '*', P.LITERAL, 'User:carol', OP.DESCRIBE, PERM.DENY),
      acl(T.TOPIC, 'orders-eu', P.PREFIXED, 'User:dave', OP.READ),
      acl(T.GROUP, 'billing', P.LITERAL, 'User:alice', OP.READ, PERM.ALLOW, '10.0.0.1'),
      acl(T.TOPIC, 'orders', P.LITERAL, 'User:alice', OP.READ),
    ],
  });
  assert.deepEqual(created.results, Array(6).fill({ errorCode: 0, errorMessage: null }), 'a binding given twice is created once, both succeed');
  // v0 has no pattern type: LITERAL; v3 (flexible) takes the same binding again: idempotent.
  assert.deepEqual((await wireRequest(port, ApiKeys.CreateAcls, 0, { creations: [acl(T.CLUSTER, 'kafka-cluster', P.LITERAL, 'User:ops', OP.ALL)] })).results, [{ errorCode: 0, errorMessage: null }]);
  assert.deepEqual((await wireRequest(port, ApiKeys.CreateAcls, 3, { creations: [acl(T.TOPIC, 'orders', P.LITERAL, 'User:alice', OP.READ)] })).results, [{ errorCode: 0, errorMessage: null }]);

  const all = [
    [T.TOPIC, '*', P.LITERAL, 'User:carol', '*', OP.DESCRIBE, PERM.DENY],
    [T.TOPIC, 'ord', P.PREFIXED, 'User:bob', '*', OP.WRITE, PERM.ALLOW],
    [T.TOPIC, 'orders', P.LITERAL, 'User:alice', '*', OP.READ, PERM.ALLOW],
    [T.TOPIC, 'orders-eu', P.PREFIXED, 'User:dave', '*', OP.READ, PERM.ALLOW],
    [T.GROUP, 'billing', P.LITERAL, 'User:alice', '10.0.0.1', OP.READ, PERM.ALLOW],
    [T.CLUSTER, 'kafka-cluster', P.LITERAL, 'User:ops', '*', OP.ALL, PERM.ALLOW],
  ];
  assert.deepEqual(await listed(port), all);
  for (const v of [1, 2]) assert.deepEqual(await listed(port, ANY_FILTER, v), all, `DescribeAcls v${v}`);
  // v0 has no pattern type (the filter is LITERAL): the prefixed bindings are not listed.
  assert.deepEqual(await listed(port, { ...ANY_FILTER, patternTypeFilter: P.LITERAL }, 0), all.filter((b) => b[2] === P.LITERAL));

  const topicFilter = (name: string, patternTypeFilter: number): DescribeAclsRequest => ({ ...ANY_FILTER, resourceTypeFilter: T.TOPIC, resourceNameFilter: name, patternTypeFilter });
  assert.deepEqual((await listed(port, topicFilter('orders', P.MATCH))).map((b) => b[1]), ['*', 'ord', 'orders'], "MATCH: the literal name, the '*' wildcard and the prefixes it starts with");
  assert.deepEqual((await listed(port, topicFilter('orders-eu-1', P.MATCH))).map((b) => b[1]), ['*', 'ord', 'orders-eu']);
  assert.deepEqual((await listed(port, topicFilter('orders', P.LITERAL))).map((b) => b[1]), ['orders'], 'LITERAL: that name only, not the wildcard');
  assert.deepEqual((await listed(port, topicFilter('ord', P.ANY))).map((b) => [b[1], b[2]]), [['ord', P.PREFIXED]], 'ANY with a name: exactly that name');
  assert.deepEqual((await listed(port, { ...ANY_FILTER, principalFilter: 'User:alice', hostFilter: '10.0.0.1' })).map((b) => b[1]), ['billing']);
  assert.deepEqual((await listed(port, { ...ANY_FILTER, operation: OP.READ, permissionType: PERM.ALLOW })).map((b) => b[1]), ['orders', 'orders-eu', 'billing']);
  assert.deepEqual(await listed(port, { ...ANY_FILTER, resourceTypeFilter: T.TOPIC, operation: OP.ALL }), [], 'operation filters are exact: ALL is not READ');

  // Restart: the bindings are in the metadata store.
  await broker.stop();
  ({ broker, port } = await start(dir));
  assert.deepEqual(await listed(port), all);

  const deleted = await wireRequest(port, ApiKeys.DeleteAcls, 2, {
    filters: [
      { ...ANY_FILTER, resourceTypeFilter: T.TOPIC, resourceNameFilter: 'orders', patternTypeFilter: P.MATCH, operation: OP.READ },
      { ...ANY_FILTER, principalFilter: 'User:alice' },
      { ...ANY_FILTER, principalFilter: 'User:nobody' },
      { ...ANY_FILTER, operation: 0 },
    ],
  });
  const row = (resourceType: number, resourceName: string, patternType: number, principal: string, host: string, operation: number, permissionType: number) => ({
    errorCode: 0,
    errorMessage: null,
    resourceType,
    resourceName,
    patternType,
    principal,
    host,
    operation,
    permissionType,
  });
  assert.deepEqual(deleted.filterResults, [
    { errorCode: 0, errorMessage: null, matchingAcls: [row(T.TOPIC, 'orders', P.LITERAL, 'User:alice', '*', OP.READ, PERM.ALLOW)] },
    {
      errorCode: 0,
      errorMessage: null,
      matchingAcls: [row(T.TOPIC, 'orders', P.LITERAL, 'User:alice', '*', OP.READ, PERM.ALLOW), row(T.GROUP, 'billing', P.LITERAL, 'User:alice', '10.0.0.1', OP.READ, PERM.ALLOW)],
    },
    { errorCode: 0, errorMessage: null, matchingAcls: [] },
    { errorCode: INVALID_REQUEST, errorMessage: 'Unknown entryFilter: operation UNKNOWN.', matchingAcls: [] },
  ]);
  assert.deepEqual((await listed(port)).map((b) => b[1]), ['*', 'ord', 'orders-eu', 'kafka-cluster']);

  // v0 DeleteAcls is LITERAL: a prefixed binding stays; v3 with PREFIXED removes it.
  const v0 = await wireRequest(port, ApiKeys.DeleteAcls, 0, { filters: [{ ...ANY_FILTER, resourceTypeFilter: T.TOPIC, patternTypeFilter: P.LITERAL }] });
  assert.deepEqual(v0.filterResults[0]!.matchingAcls.map((m) => m.resourceName), ['*']);
  const v3 = await wireRequest(port, ApiKeys.DeleteAcls, 3, { filters: [{ ...ANY_FILTER, patternTypeFilter: P.PREFIXED }] });
  assert.deepEqual(v3.filterResults[0]!.matchingAcls.map((m) => m.resourceName), ['ord', 'orders-eu']);
  assert.deepEqual((await listed(port)).map((b) => b[1]), ['kafka-cluster']);
});

test('invalid creations get INVALID_REQUEST with a message each, beside valid ones; an UNKNOWN filter is refused', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-acls-'));
  const { broker, port } = await start(dir);
  t.after(async () => {
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const r = await wireRequest(port, ApiKeys.CreateAcls, 2, {
    creations: [
      acl(T.TOPIC, 'orders', P.MATCH, 'User:alice', OP.READ),
      acl(T.TOPIC, 'orders', P.ANY, 'User:alice', OP.READ),
      acl(T.ANY, 'orders', P.LITERAL, 'User:alice', OP.READ),
      acl(99, 'orders', P.LITERAL, 'User:alice', OP.READ),
      acl(T.TOPIC, 'orders', P.LITERAL, 'User:alice', OP.ANY),
      acl(T.TOPIC, 'orders', P.LITERAL, 'User:alice', 42),
      acl(T.TOPIC, 'orders', P.LITERAL, 'User:alice', OP.READ, PERM.ANY),
      acl(T.CLUSTER, 'my-cluster', P.LITERAL, 'User:alice', OP.ALL),
      acl(T.TOPIC, '', P.LITERAL, 'User:alice', OP.READ),
      acl(T.TOPIC, 'orders', P.LITERAL, 'alice', OP.READ),
      acl(T.TOPIC, 'orders', P.LITERAL, 'User:alice', OP.READ),
    ],
  });
  assert.deepEqual(
    r.results.map((x) => [x.errorCode, x.errorMessage]),
    [
      [INVALID_REQUEST, "Invalid patternType MATCH: an ACL's pattern type is LITERAL or PREFIXED"],
      [INVALID_REQUEST, "Invalid patternType ANY: an ACL's pattern type is LITERAL or PREFIXED"],
      [INVALID_REQUEST, 'Invalid resourceType ANY'],
      [INVALID_REQUEST, 'Invalid resourceType UNKNOWN (code 99)'],
      [INVALID_REQUEST, 'Invalid operation ANY'],
      [INVALID_REQUEST, 'Invalid operation UNKNOWN (code 42)'],
      [INVALID_REQUEST, "Invalid permissionType ANY: an ACL's permission type is ALLOW or DENY"],
      [INVALID_REQUEST, 'The only valid name for the CLUSTER resource is kafka-cluster'],
      [INVALID_REQUEST, 'Invalid empty resource name'],
      [INVALID_REQUEST, 'Could not parse principal from `alice` (no colon is present separating the principal type from the principal name, as in User:alice)'],
      [0, null],
    ],
  );
  assert.deepEqual(await listed(port), [[T.TOPIC, 'orders', P.LITERAL, 'User:alice', '*', OP.READ, PERM.ALLOW]], 'only the valid binding is stored');

  const unknown = await wireRequest(port, ApiKeys.DescribeAcls, 3, { ...ANY_FILTER, patternTypeFilter: 0 });
  assert.deepEqual([unknown.errorCode, unknown.errorMessage, unknown.resources], [INVALID_REQUEST, 'Unknown patternFilter: patternType UNKNOWN.', []]);
});
