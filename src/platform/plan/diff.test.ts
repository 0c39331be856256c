// planChanges and diffViolations on hand-built states: each kind's create / update / delete, the
// order apply relies on, the lines a user reads, and the cases that are not plain changes
// (partition decrease, a source-of-record topic whose document is gone, an incompatible schema).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterTopic } from '../cluster/types.ts';
import type { ManagedTopic, StoredPipeline } from '../store.ts';
import { diffViolations, fingerprint, planChanges } from './diff.ts';
import type { CurrentSchema, CurrentState, DesiredPipeline, DesiredSchema, DesiredState, DesiredTopic } from './state.ts';
import { renderPlan } from './render.ts';

const at = { file: 'specs/orders.yaml', line: 7, col: 5 };
const WEEK = '604800000';

const CONTRACT = { team: 'checkout', role: 'derived' };

function topic(name: string, partitions: number, configs: Record<string, string> = {}, owner = 'enrich', contract: Record<string, string> = CONTRACT): DesiredTopic {
  return {
    name, owner, document: owner.startsWith('topic ') ? 'Topic' : 'Pipeline', role: 'derived', partitions, contract,
    configs: { 'retention.ms': WEEK, 'cleanup.policy': 'delete', ...configs }, at, partitionsAt: { ...at, line: 9 },
  };
}

function onCluster(name: string, partitions: number, overrides: Record<string, string> = {}): ClusterTopic {
  return { name, partitions, configs: { 'retention.ms': WEEK, 'cleanup.policy': 'delete', 'max.message.bytes': '1048588', ...overrides }, overrides: Object.keys(overrides) };
}

function managed(name: string, configs: Record<string, string>, owner = 'enrich', document: ManagedTopic['document'] = 'Pipeline', contract: Record<string, string> = CONTRACT): ManagedTopic {
  return { name, owner, document, configs, contract };
}

function pipeline(name: string, hash: string, sql = 'INSERT INTO x SELECT * FROM y'): DesiredPipeline {
  return { name, class: 'operational', owner: 'checkout', model: '{}', spec: 'kind: Pipeline', sql, sqlFile: 'specs/orders.yaml', hash };
}

function stored(p: DesiredPipeline, version: number, status: StoredPipeline['status'] = 'active'): StoredPipeline {
  return { ...p, version, status, updatedAt: '2026-01-01T00:00:00.000Z' };
}

function desired(d: Partial<DesiredState>): DesiredState {
  return { topics: new Map(), schemas: new Map(), acls: new Map(), jobs: new Map(), alerts: new Map(), tags: new Map(), pipelines: new Map(), files: [], ...d };
}

function current(c: Partial<CurrentState>): CurrentState {
  return { clusterTopics: new Map(), managedTopics: new Map(), schemas: new Map(), acls: new Map(), jobs: new Map(), alerts: new Map(), tags: new Map(), pipelines: new Map(), ...c };
}

const by = <T extends { name: string }>(...xs: T[]): Map<string, T> => new Map(xs.map((x) => [x.name, x]));
const lines = (cs: readonly { action: string; kind: string; id: string }[]): string[] => cs.map((c) => `${c.action} ${c.kind} ${c.id}`);

test('a new pipeline: every resource created, in RESOURCE_ORDER, each kind by id', () => {
  const p = pipeline('enrich', 'h1');
  const schema: DesiredSchema = { subject: 'orders.enriched-value', format: 'AVRO', schema: '{}', compatibility: 'BACKWARD', owner: 'enrich', topic: 'orders.enriched', at };
  const changes = planChanges(current({}), desired({
    topics: by(topic('orders.enriched', 6, { 'max.message.bytes': '2000000' }), topic('a.first', 1)),
    schemas: new Map([[schema.subject, schema]]),
    acls: new Map([['User:svc read topic:orders', { id: 'User:svc read topic:orders', principal: 'User:svc', operation: 'read', resource: 'topic:orders', owner: 'enrich' }]]),
    jobs: new Map([['enrich', { pipeline: 'enrich', hash: 's1', sql: p.sql, file: p.sqlFile }]]),
    alerts: new Map([['enrich/lag', { id: 'enrich/lag', pipeline: 'enrich', kind: 'lag', threshold: 10000, forMs: 300000, severity: 'page' }]]),
    tags: new Map([['enrich/cost-domain', { id: 'enrich/cost-domain', pipeline: 'enrich', key: 'cost-domain', value: 'checkout' }]]),
    pipelines: by(p),
  }));
  assert.deepEqual(lines(changes), [
    'create topic a.first', 'create topic orders.enriched', 'create schema orders.enriched-value', 'create acl User:svc read topic:orders',
    'create job enrich', 'create alert enrich/lag', 'create tag enrich/cost-domain', 'create pipeline enrich',
  ]);
  assert.deepEqual(changes[1]!.details, ['partitions=6 retention=7d cleanup=delete max.message.bytes=2000000']);
  assert.deepEqual(changes[2]!.details, ['AVRO version 1, compatibility BACKWARD']);
  assert.deepEqual(changes[5]!.details, ['lag > 10000 for 5m, page']);
  assert.deepEqual(changes[6]!.details, ['cost-domain=checkout']);
  assert.deepEqual(changes[7]!.details, ['version 1, class operational, owner checkout']);
  assert.equal(changes[4]!.details[0], 'deploy version 1');
  const text = renderPlan({ ok: true, changes, violations: [], errors: [], fingerprint: fingerprint(changes) });
  assert.match(text, /^\+ topic orders\.enriched {2}partitions=6 retention=7d cleanup=delete max\.message\.bytes=2000000$/m);
  assert.match(text, /Plan: 8 to create, 0 to change, 0 to destroy\.$/);
});

test('nothing to do: no changes, and the plan says so', () => {
  const p = pipeline('enrich', 'h1');
  const state = current({
    clusterTopics: by(onCluster('orders.enriched', 6, { 'retention.ms': WEEK })),
    managedTopics: by(managed('orders.enriched', { 'retention.ms': WEEK, 'cleanup.policy': 'delete' })),
    jobs: new Map([['enrich', { pipeline: 'enrich', hash: 's1', state: 'running' }]]),
    pipelines: by(stored(p, 3)),
  });
  const changes = planChanges(state, desired({ topics: by(topic('orders.enriched', 6)), jobs: new Map([['enrich', { pipeline: 'enrich', hash: 's1', sql: '', file: '' }]]), pipelines: by(p) }));
  assert.deepEqual(changes, []);
  assert.equal(renderPlan({ ok: true, changes, violations: [], errors: [], fingerprint: fingerprint(changes) }), 'No changes. The estate matches the specs.');
});

test('topic update: partitions grow, configs set (durations shown), a config the contract dropped reverts to the default', () => {
  const state = current({
    clusterTopics: by(onCluster('orders.enriched', 3, { 'retention.ms': WEEK, 'segment.ms': '3600000' })),
    managedTopics: by(managed('orders.enriched', { 'retention.ms': WEEK, 'cleanup.policy': 'delete', 'segment.ms': '3600000' })),
  });
  const [c, ...rest] = planChanges(state, desired({ topics: by(topic('orders.enriched', 6, { 'retention.ms': '1209600000' })) }));
  assert.equal(rest.length, 0);
  assert.equal(c!.action, 'update');
  assert.deepEqual(c!.details, ['partitions: 3 → 6', 'retention.ms: 604800000 → 1209600000 (7d → 14d)', 'segment.ms: 3600000 → (default)']);
  assert.equal(renderPlan({ ok: true, changes: [c!], violations: [], errors: [], fingerprint: '' }),
    '~ topic orders.enriched\n    partitions: 3 → 6\n    retention.ms: 604800000 → 1209600000 (7d → 14d)\n    segment.ms: 3600000 → (default)\n\nPlan: 0 to create, 1 to change, 0 to destroy.');
});

test('cleanup.policy compares as a set; an unmanaged existing topic is adopted', () => {
  const state = current({ clusterTopics: by(onCluster('orders', 3, { 'cleanup.policy': 'delete,compact' })) });
  const changes = planChanges(state, desired({ topics: by(topic('orders', 3, { 'cleanup.policy': 'compact,delete' }, 'topic orders')) }));
  assert.deepEqual(lines(changes), ['update topic orders']);
  assert.deepEqual(changes[0]!.details, ['adopted: it exists on the cluster; Weir manages it from now on']);
});

test('a contract change with nothing to do on the cluster (owner team, key) is a topic update', () => {
  const state = current({ clusterTopics: by(onCluster('orders', 3)), managedTopics: by(managed('orders', {}, 'topic orders', 'Topic', { team: 'checkout', role: 'source-of-record' })) });
  const changes = planChanges(state, desired({ topics: by(topic('orders', 3, {}, 'topic orders', { team: 'growth', role: 'source-of-record', key: 'order_id' })) }));
  assert.deepEqual(changes, [{ kind: 'topic', action: 'update', id: 'orders', owner: 'topic orders', details: ['owner team: checkout → growth', 'key: (none) → order_id'] }]);
});

test('a partition decrease is no change but a violation at the partitions field', () => {
  const state = current({ clusterTopics: by(onCluster('orders.enriched', 6)), managedTopics: by(managed('orders.enriched', {})) });
  const want = desired({ topics: by(topic('orders.enriched', 3)) });
  assert.deepEqual(planChanges(state, want), []);
  const [v] = diffViolations(state, want);
  assert.equal(v!.rule, 'contract.partitions-decrease');
  assert.equal(v!.subject, 'topic orders.enriched');
  assert.deepEqual(v!.at, { ...at, line: 9 });
  assert.match(v!.message, /has 6 partitions on the cluster and its contract asks for 3; Kafka cannot remove partitions/);
});

test('documents gone: a derived topic is deleted, a source-of-record topic only forgotten', () => {
  const state = current({
    clusterTopics: by(onCluster('orders', 3), onCluster('orders.enriched', 6)),
    managedTopics: by(managed('orders', {}, 'topic orders', 'Topic'), managed('orders.enriched', {}), managed('vanished', {})),
  });
  const changes = planChanges(state, desired({}));
  assert.deepEqual(lines(changes), ['update topic orders', 'delete topic orders.enriched', 'delete topic vanished']);
  assert.deepEqual(changes[0]!.details, ['no longer managed: its document is gone; the topic and its data stay on the cluster']);
  assert.deepEqual(changes[1]!.details, ['partitions=6; its data is deleted']);
  assert.deepEqual(changes[2]!.details, ['already gone from the cluster']);
});

test('a removed pipeline: deletes in reverse RESOURCE_ORDER (pipeline first, topics last)', () => {
  const p = pipeline('enrich', 'h1');
  const state = current({
    clusterTopics: by(onCluster('orders.enriched', 6)),
    managedTopics: by(managed('orders.enriched', {})),
    acls: new Map([['a', { id: 'a', principal: 'User:x', operation: 'read', resource: 'topic:orders.enriched', owner: 'enrich' }]]),
    jobs: new Map([['enrich', { pipeline: 'enrich', hash: 's1', state: 'running' }]]),
    alerts: new Map([['enrich/lag', { id: 'enrich/lag', pipeline: 'enrich', kind: 'lag', threshold: 1, forMs: 0, severity: 'page' }]]),
    tags: new Map([['enrich/label.team', { id: 'enrich/label.team', pipeline: 'enrich', key: 'label.team', value: 'checkout' }]]),
    pipelines: by(stored(p, 2), stored(pipeline('old', 'h0'), 4, 'removed')),
  });
  const changes = planChanges(state, desired({}));
  assert.deepEqual(lines(changes), ['delete pipeline enrich', 'delete tag enrich/label.team', 'delete alert enrich/lag', 'delete job enrich', 'delete acl a', 'delete topic orders.enriched']);
  assert.deepEqual(changes[0]!.details, ['marked removed at version 2; its versions are kept']);
  assert.deepEqual(changes[3]!.details, ['stop']);
});

test('a changed spec: new version; changed SQL: redeploy; same SQL: the job is left alone', () => {
  const was = pipeline('enrich', 'h1');
  const state = current({ jobs: new Map([['enrich', { pipeline: 'enrich', hash: 's1', state: 'running' }]]), pipelines: by(stored(was, 1)) });
  const job = (hash: string): DesiredState['jobs'] => new Map([['enrich', { pipeline: 'enrich', hash, sql: '', file: '' }]]);
  const newSql = planChanges(state, desired({ jobs: job('s2'), pipelines: by(pipeline('enrich', 'h2', 'INSERT INTO x SELECT a FROM y')) }));
  assert.deepEqual(lines(newSql), ['update job enrich', 'update pipeline enrich']);
  assert.deepEqual(newSql[0]!.details, ['SQL changed: redeploy as version 2']);
  assert.deepEqual(newSql[1]!.details, ['version 1 → 2', 'SQL changed']);
  const specOnly = planChanges(state, desired({ jobs: job('s1'), pipelines: by({ ...pipeline('enrich', 'h3'), owner: 'payments' }) }));
  assert.deepEqual(lines(specOnly), ['update pipeline enrich']);
  assert.deepEqual(specOnly[0]!.details, ['version 1 → 2', 'owner: checkout → payments']);
  const absent = planChanges(current({ ...state, jobs: new Map([['enrich', { pipeline: 'enrich', hash: 's1', state: 'absent' }]]) }), desired({ jobs: job('s1'), pipelines: by(was) }));
  assert.deepEqual(absent.map((c) => c.details[0]), ['not running: deploy version 1']);
});

test('a removed pipeline added again: create with the next version', () => {
  const p = pipeline('enrich', 'h1');
  const changes = planChanges(current({ pipelines: by(stored(p, 4, 'removed')) }), desired({ jobs: new Map([['enrich', { pipeline: 'enrich', hash: 's', sql: '', file: '' }]]), pipelines: by(p) }));
  assert.deepEqual(lines(changes), ['create job enrich', 'create pipeline enrich']);
  assert.deepEqual(changes.map((c) => c.details[0]), ['deploy version 5', 'version 5 (added again), class operational, owner checkout']);
});

test('schemas: a new version (with its verdict), a level change, an incompatible one as a violation', () => {
  const s: DesiredSchema = { subject: 'orders-value', format: 'AVRO', schema: '{}', compatibility: 'FULL', owner: 'topic orders', topic: 'orders', at };
  const cur = (c: Partial<CurrentSchema>): CurrentState => current({ schemas: new Map([['orders-value', { subject: 'orders-value', effective: 'BACKWARD', latest: 2, ...c }]]) });
  const want = desired({ schemas: new Map([[s.subject, s]]) });
  assert.deepEqual(planChanges(cur({ level: 'FULL', registered: 1 }), want), []);
  const both = planChanges(cur({ test: { compatible: true, messages: [] } }), want);
  assert.deepEqual(both[0]!.details, ['compatibility: (global BACKWARD) → FULL', 'new version 3 (FULL: compatible)']);
  const bad = cur({ level: 'FULL', effective: 'FULL', test: { compatible: false, messages: ["reader's field 'total' has no default"] } });
  assert.deepEqual(planChanges(bad, want)[0]!.details, ['new version 3 (FULL: INCOMPATIBLE)']);
  const [v] = diffViolations(bad, want);
  assert.equal(v!.rule, 'schema.compatibility');
  assert.match(v!.message, /not FULL-compatible .*'total' has no default/);
});

test('ACL, alert and tag rows: owner and field changes are updates with their lines', () => {
  const alert = { id: 'enrich/lag', pipeline: 'enrich', kind: 'lag' as const, threshold: 1000, forMs: 60000, severity: 'ticket' as const };
  const tag = { id: 'enrich/cost.cost-center', pipeline: 'enrich', key: 'cost.cost-center', value: 'cc-1' };
  const changes = planChanges(
    current({ alerts: new Map([[alert.id, alert]]), tags: new Map([[tag.id, tag]]) }),
    desired({ alerts: new Map([[alert.id, { ...alert, threshold: 5000, severity: 'page' }]]), tags: new Map([[tag.id, { ...tag, value: 'cc-2' }]]) }),
  );
  assert.deepEqual(changes.map((c) => c.details), [['threshold: 1000 → 5000', 'severity: ticket → page'], ['cost.cost-center: cc-1 → cc-2']]);
});

test('the fingerprint follows the changes, not object identity', () => {
  const a = planChanges(current({}), desired({ topics: by(topic('t', 1)) }));
  const b = planChanges(current({}), desired({ topics: by(topic('t', 1)) }));
  const c = planChanges(current({}), desired({ topics: by(topic('t', 2)) }));
  assert.equal(fingerprint(a), fingerprint(b));
  assert.notEqual(fingerprint(a), fingerprint(c));
  assert.match(fingerprint(a), /^[0-9a-f]{64}$/);
});
