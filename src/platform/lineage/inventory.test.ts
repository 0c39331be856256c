// The inventory: each topic's owner, role, size and retention (the cluster's when it has the topic),
// writers and readers (pipelines' SQL and consumer groups), what breaks if it changes, and flags;
// with the YAML estate of test-support.ts, and with an empty estate (`weir import` of a foreign cluster).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterGroup, ClusterTopic } from '../cluster/types.ts';
import { buildInventory } from './inventory.ts';
import { fixture } from './test-support.ts';

const topic = (name: string, partitions: number, retentionMs: number): ClusterTopic => ({
  name, partitions, configs: { 'retention.ms': String(retentionMs), 'cleanup.policy': 'delete' }, overrides: ['retention.ms'],
});
const cluster = {
  name: '127.0.0.1:9092',
  topics: [topic('orders', 12, 86_400_000), topic('customers', 3, 604_800_000), topic('orders.enriched', 6, 86_400_000), topic('legacy.events', 1, -1)],
  groups: [
    { id: 'legacy', state: 'Empty', protocolType: 'consumer', members: 0, topics: ['legacy.events', 'orders'], lag: 42 },
    { id: 'billing-app', state: 'Stable', protocolType: 'consumer', members: 2, topics: ['orders.enriched'] },
  ] satisfies ClusterGroup[],
};
const now = new Date('2026-05-01T12:00:00Z');

test('each topic of the cluster and the estate: owner, writers, readers, what breaks, flags', () => {
  const { estate, ios } = fixture();
  const inv = buildInventory({ estate, ios, cluster, now });
  assert.equal(inv.cluster, '127.0.0.1:9092');
  assert.equal(inv.scannedAt, '2026-05-01T12:00:00.000Z');
  assert.deepEqual(inv.topics.map((t) => t.name), ['audit', 'customers', 'legacy.events', 'orders', 'orders.by-region', 'orders.enriched']);
  const byName = new Map(inv.topics.map((t) => [t.name, t]));
  // On the cluster: its partitions and retention.ms win over the contract's (3 partitions, 7d).
  assert.deepEqual(byName.get('orders'), {
    name: 'orders', owner: 'sales', role: 'source-of-record', partitions: 12, retentionMs: 86_400_000,
    writers: [], readers: ['enrich', 'group:legacy'],
    breaksIfChanged: ['group:legacy', 'pipeline:enrich', 'topic:orders.enriched', 'group:billing-app', 'pipeline:audit', 'pipeline:fanout',
      'sink:print:debug', 'sink:filesystem:/data/warehouse', 'topic:orders.by-region'],
    flags: [],
  });
  // Declared, not created yet: the contract's numbers.
  assert.deepEqual(byName.get('orders.by-region'), {
    name: 'orders.by-region', owner: 'analytics', role: 'derived', pipeline: 'fanout', partitions: 6, retentionMs: 86_400_000,
    writers: ['fanout'], readers: ['audit'], breaksIfChanged: ['pipeline:audit', 'sink:print:debug'], flags: ['not-on-cluster'],
  });
  assert.deepEqual(byName.get('orders.enriched')?.readers, ['audit', 'fanout', 'group:billing-app']);
  assert.deepEqual(byName.get('orders.enriched')?.writers, ['enrich']);
  assert.deepEqual(byName.get('audit')?.flags, ['not-on-cluster', 'no-schema']);
  // On the cluster only: nobody owns it; infinite retention is -1.
  assert.deepEqual(byName.get('legacy.events'), {
    name: 'legacy.events', partitions: 1, retentionMs: -1, writers: [], readers: ['group:legacy'],
    breaksIfChanged: ['group:legacy'], flags: ['no-owner', 'no-contract'],
  });
  assert.deepEqual(inv.groups, [
    { id: 'billing-app', state: 'Stable', members: 2, topics: ['orders.enriched'] },
    { id: 'legacy', state: 'Empty', members: 0, topics: ['legacy.events', 'orders'], lag: 42 },
  ]);
});

test('an empty estate (weir import): every cluster topic without owner or contract, read by its groups', () => {
  const inv = buildInventory({ estate: { pipelines: [], topics: [], errors: [] }, ios: [], cluster, now });
  assert.deepEqual(inv.topics.map((t) => [t.name, t.partitions, t.readers, t.flags]), [
    ['customers', 3, [], ['no-owner', 'no-contract']],
    ['legacy.events', 1, ['group:legacy'], ['no-owner', 'no-contract']],
    ['orders', 12, ['group:legacy'], ['no-owner', 'no-contract']],
    ['orders.enriched', 6, ['group:billing-app'], ['no-owner', 'no-contract']],
  ]);
  assert.ok(inv.topics.every((t) => t.owner === undefined && t.role === undefined && t.writers.length === 0));
  assert.equal(inv.groups.length, 2);
});
