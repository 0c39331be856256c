// The lineage graph from real SQL (test-support.ts's estate): nodes with owners, edges in the
// direction data flows, topic-pattern reads expanded, consumer groups; upstream and downstream walks
// through two pipelines, views and groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterGroup } from '../cluster/types.ts';
import { buildLineage, lineageOf } from './graph.ts';
import { fixture } from './test-support.ts';
import type { LineageView } from './types.ts';

const groups: ClusterGroup[] = [
  { id: 'billing-app', state: 'Stable', protocolType: 'consumer', members: 2, topics: ['orders.enriched'] },
  { id: 'legacy', state: 'Empty', protocolType: 'consumer', members: 0, topics: ['orders', 'old.topic'] },
];

const ids = (v: LineageView | undefined): { up: string[]; down: string[] } => ({
  up: (v?.upstream ?? []).map((n) => n.id).sort(),
  down: (v?.downstream ?? []).map((n) => n.id).sort(),
});

test('nodes carry owners from contracts, pipelines and sink contracts; edges follow the data', () => {
  const { estate, ios } = fixture();
  const g = buildLineage(estate, ios, groups);
  assert.deepEqual(g.nodes.map((n) => [n.id, n.owner ?? '-']), [
    ['group:billing-app', '-'],
    ['group:legacy', '-'],
    ['pipeline:audit', 'security'],
    ['pipeline:enrich', 'checkout'],
    ['pipeline:fanout', 'analytics'],
    ['sink:filesystem:/data/warehouse', 'bi'],
    ['sink:print:debug', '-'],
    ['topic:audit', 'security'],
    ['topic:customers', 'crm'],
    ['topic:old.topic', '-'],
    ['topic:orders', 'sales'],
    ['topic:orders.by-region', 'analytics'],
    ['topic:orders.enriched', 'checkout'],
  ]);
  assert.deepEqual(g.edges.map((e) => `${e.from} -> ${e.to}`), [
    'pipeline:audit -> sink:print:debug',
    'pipeline:enrich -> topic:orders.enriched',
    'pipeline:fanout -> sink:filesystem:/data/warehouse',
    'pipeline:fanout -> topic:orders.by-region',
    'topic:customers -> pipeline:enrich',
    'topic:old.topic -> group:legacy',
    'topic:orders -> group:legacy',
    'topic:orders -> pipeline:enrich',
    // audit's 'orders\..*' pattern matches both derived topics, not 'orders' itself.
    'topic:orders.by-region -> pipeline:audit',
    'topic:orders.enriched -> group:billing-app',
    'topic:orders.enriched -> pipeline:audit',
    'topic:orders.enriched -> pipeline:fanout',
  ]);
});

test('upstream and downstream are transitive, through two pipelines and their views', () => {
  const { estate, ios } = fixture();
  const g = buildLineage(estate, ios, groups);
  assert.deepEqual(ids(lineageOf(g, 'orders.by-region')), {
    up: ['pipeline:enrich', 'pipeline:fanout', 'topic:customers', 'topic:orders', 'topic:orders.enriched'],
    down: ['pipeline:audit', 'sink:print:debug'],
  });
  assert.deepEqual(ids(lineageOf(g, 'topic:customers')), {
    up: [],
    down: ['group:billing-app', 'pipeline:audit', 'pipeline:enrich', 'pipeline:fanout', 'sink:filesystem:/data/warehouse',
      'sink:print:debug', 'topic:orders.by-region', 'topic:orders.enriched'],
  });
  // The edges are the ones walked: orders' own consumers (group legacy) are not customers' lineage.
  const v = lineageOf(g, 'customers');
  assert.ok(v !== undefined);
  assert.ok(!v.edges.some((e) => e.to === 'group:legacy'));
  assert.equal(v.edges.length, 9);
  assert.deepEqual(ids(lineageOf(g, 'group:billing-app')), {
    up: ['pipeline:enrich', 'topic:customers', 'topic:orders', 'topic:orders.enriched'], down: [],
  });
});

test('a bare name is a topic first, then a pipeline; ids pick either; unknown names are undefined', () => {
  const { estate, ios } = fixture();
  const g = buildLineage(estate, ios, groups);
  assert.equal(lineageOf(g, 'audit')?.node.id, 'topic:audit');
  assert.deepEqual(ids(lineageOf(g, 'audit')), { up: [], down: [] });
  const p = lineageOf(g, 'pipeline:audit');
  assert.deepEqual([p?.node.kind, p?.node.owner], ['pipeline', 'security']);
  assert.deepEqual(ids(p).down, ['sink:print:debug']);
  assert.equal(lineageOf(g, 'fanout')?.node.id, 'pipeline:fanout');
  assert.equal(lineageOf(g, 'legacy')?.node.id, 'group:legacy');
  assert.equal(lineageOf(g, 'sink:print:debug')?.node.kind, 'sink');
  assert.equal(lineageOf(g, 'nothing'), undefined);
});

test('a pipeline reading its own output is a cycle the walk survives', () => {
  const { estate } = fixture();
  const g = buildLineage(estate, [{ pipeline: 'enrich', reads: ['orders.enriched'], writes: ['orders.enriched'], sinks: [] }], []);
  assert.deepEqual(ids(lineageOf(g, 'enrich')), { up: ['topic:orders.enriched'], down: ['topic:orders.enriched'] });
});
