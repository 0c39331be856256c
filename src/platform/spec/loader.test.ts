// loadEstate on valid documents of each kind: the model they become (defaults, durations in ms,
// file: references, owners, positions of fields and of inline SQL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEstate } from './index.ts';
import type { TopicContract } from './model.ts';

const PIPELINE = `# the seeds' order enrichment
apiVersion: weir/v1
kind: Pipeline
metadata:
  name: order-enrichment
  labels: { team: checkout, tier: 1 }
spec:
  class: operational
  description: Orders joined with customers
  owner: { team: checkout, onCall: pager:checkout, escalation: checkout-leads }
  sources: [orders, customers]
  outputs:
    - name: orders.enriched
      partitions: 6
      retention: 2w
      cleanupPolicy: compact,delete
      key: order_id
      configs: { max.message.bytes: 1048576 }
      schema: { format: AVRO, file: schemas/enriched.avsc }
      keySchema: { subject: enriched-key, format: JSON, compatibility: FULL, schema: '{"type":"string"}' }
    - name: orders.scratch
      role: transient
  sql: |
    CREATE TABLE orders (id INT);
    INSERT INTO x SELECT * FROM orders;
  sinks: [{ name: warehouse, connector: filesystem, owner: analytics, retries: 3, deadLetter: orders.dlq }]
  acls: [{ principal: User:svc-checkout, operations: [read, describe], topics: [orders.enriched] }]
  replay: { window: 3d, checkpointRestore: 1h }
  recovery: { objective: 15m }
  cost: { domain: checkout, tags: { cost-center: cc-104 } }
  alerts:
    - { kind: lag, threshold: 10000, for: 5m }
    - { kind: error-rate, threshold: 0.01, severity: ticket }
  rollback: { enabled: true }
  batching: { maxRecords: 5000, interval: 30000 }
  classification: internal
  migration: { input: { from: '2026-01-01T00:00:00Z', to: 5000 }, cutoff: '2026-03-01', validation: { kind: row-count, options: { tolerance: 0 } } }
  expires: 2026-12-01
`;

const AVSC = '{"type":"record","name":"Enriched","fields":[{"name":"order_id","type":"long"}]}';

test('a Pipeline document becomes the model: durations in ms, defaults, outputs owned by the pipeline owner', () => {
  const estate = loadEstate([
    { path: 'pipelines/enrich.yaml', text: PIPELINE },
    { path: 'pipelines/schemas/enriched.avsc', text: AVSC },
  ]);
  assert.deepEqual(estate.errors, []);
  assert.equal(estate.pipelines.length, 1);
  const { source, outputs, ...p } = estate.pipelines[0]!;
  const owner = { team: 'checkout', onCall: 'pager:checkout', escalation: 'checkout-leads' };
  assert.deepEqual(p, {
    name: 'order-enrichment',
    class: 'operational',
    description: 'Orders joined with customers',
    owner,
    labels: { team: 'checkout', tier: '1' },
    sources: ['orders', 'customers'],
    sql: { text: 'CREATE TABLE orders (id INT);\nINSERT INTO x SELECT * FROM orders;\n', file: 'pipelines/enrich.yaml', line: 24, col: 5 },
    sinks: [{ name: 'warehouse', connector: 'filesystem', owner: 'analytics', retries: 3, deadLetter: 'orders.dlq' }],
    acls: [{ principal: 'User:svc-checkout', operations: ['read', 'describe'], topics: ['orders.enriched'], groups: [] }],
    replay: { windowMs: 3 * 86_400_000, checkpointRestoreMs: 3_600_000, delayedRecoveryMs: 0 },
    recovery: { objectiveMs: 15 * 60_000 },
    cost: { domain: 'checkout', tags: { 'cost-center': 'cc-104' } },
    alerts: [
      { kind: 'lag', threshold: 10000, forMs: 300_000, severity: 'page' },
      { kind: 'error-rate', threshold: 0.01, forMs: 0, severity: 'ticket' },
    ],
    rollback: { enabled: true },
    batching: { maxRecords: 5000, intervalMs: 30_000 },
    classification: 'internal',
    migration: { input: { from: '2026-01-01T00:00:00Z', to: '5000' }, cutoff: '2026-03-01', validation: { kind: 'row-count', options: { tolerance: '0' } } },
    expires: '2026-12-01',
  });
  assert.deepEqual(outputs.map(withoutSource), [
    {
      name: 'orders.enriched', role: 'derived', owner, partitions: 6, retentionMs: 14 * 86_400_000, cleanupPolicy: 'compact,delete',
      key: 'order_id', configs: { 'max.message.bytes': '1048576' },
      valueSchema: { subject: 'orders.enriched-value', format: 'AVRO', compatibility: 'BACKWARD', schema: AVSC },
      keySchema: { subject: 'enriched-key', format: 'JSON', compatibility: 'FULL', schema: '{"type":"string"}' },
      classification: 'internal', pipeline: 'order-enrichment', path: ['spec', 'outputs', 0],
    },
    {
      name: 'orders.scratch', role: 'transient', owner, partitions: 1, retentionMs: 7 * 86_400_000, cleanupPolicy: 'delete',
      configs: {}, classification: 'internal', pipeline: 'order-enrichment', path: ['spec', 'outputs', 1],
    },
  ]);
  // Positions: a field's value, a list item, a missing field's nearest parent.
  assert.deepEqual(source.at(['spec', 'outputs', 0, 'retention']), { file: 'pipelines/enrich.yaml', line: 15, col: 18 });
  assert.deepEqual(source.at(['spec', 'alerts', 1]), { file: 'pipelines/enrich.yaml', line: 33, col: 7 });
  assert.deepEqual(source.at(['spec', 'outputs', 1, 'partitions']), { file: 'pipelines/enrich.yaml', line: 21, col: 7 });
  assert.equal(outputs[0]!.source, source);
});

test('SQL from a file: the file is read relative to the spec, and its position is line 1 col 1 of that file', () => {
  const estate = loadEstate([
    { path: 'a/p.yml', text: 'apiVersion: weir/v1\nkind: Pipeline\nmetadata: { name: p }\nspec:\n  class: exploratory\n  owner: { team: t }\n  sql: { file: ../sql/./p.sql }\n' },
    { path: 'sql/p.sql', text: 'INSERT INTO a SELECT * FROM b;' },
  ]);
  assert.deepEqual(estate.errors, []);
  assert.deepEqual(estate.pipelines[0]!.sql, { text: 'INSERT INTO a SELECT * FROM b;', file: 'sql/p.sql', line: 1, col: 1 });
  assert.deepEqual(estate.pipelines[0]!.labels, {});
});

test('a Topic document is a source-of-record contract by default; several documents share a file', () => {
  const estate = loadEstate([{ path: 'topics.yaml', text: `apiVersion: weir/v1
kind: Topic
metadata: { name: orders }
spec:
  owner: { team: checkout }
  partitions: 12
  retention: infinite
  key: order_id
  classification: confidential
---
apiVersion: weir/v1
kind: Topic
metadata: { name: customers }
spec:
  role: derived
  owner: { team: crm, onCall: pager:crm }
  retention: 86400000
  cleanupPolicy: compact
  schema:
    format: JSON
    compatibility: NONE
    schema: |
      {"type": "object"}
` }]);
  assert.deepEqual(estate.errors, []);
  assert.deepEqual(estate.topics.map(withoutSource), [
    { name: 'orders', role: 'source-of-record', owner: { team: 'checkout' }, partitions: 12, retentionMs: -1, cleanupPolicy: 'delete', key: 'order_id', configs: {}, classification: 'confidential', path: ['spec'] },
    {
      name: 'customers', role: 'derived', owner: { team: 'crm', onCall: 'pager:crm' }, partitions: 1, retentionMs: 86_400_000, cleanupPolicy: 'compact', configs: {},
      valueSchema: { subject: 'customers-value', format: 'JSON', compatibility: 'NONE', schema: '{"type": "object"}\n' }, path: ['spec'],
    },
  ]);
  assert.deepEqual(estate.topics[1]!.source.at(['spec', 'cleanupPolicy']), { file: 'topics.yaml', line: 18, col: 18 });
});

test('a Policy document: rules as written, retention bounds in ms, and where each rule is set', () => {
  const estate = loadEstate([{ path: 'policy.yaml', text: `apiVersion: weir/v1
kind: Policy
metadata: { name: estate }
spec:
  estate:
    topic-naming: { pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*$' }
    partitions: { min: 1, max: 64 }
    retention: { min: 1h, max: 90d }
    required-labels: [team]
  classes:
    operational: { on-call: true, alerts: [lag, checkpoint-age], production-acls: { principal: '^User:svc-' }, rollback: true }
    exploratory:
      expiry: { maxDays: 14 }
      limited-privileges: { maxPartitions: 3, operations: [read, describe] }
      no-dependents: true
` }]);
  assert.deepEqual(estate.errors, []);
  const { source, ruleAt, ...policy } = estate.policy!;
  assert.deepEqual(policy, {
    name: 'estate',
    estate: {
      'topic-naming': { pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*$' },
      partitions: { min: 1, max: 64 },
      retention: { minMs: 3_600_000, maxMs: 90 * 86_400_000 },
      'required-labels': ['team'],
    },
    classes: {
      operational: { 'on-call': true, alerts: ['lag', 'checkpoint-age'], 'production-acls': { principal: '^User:svc-' }, rollback: true },
      exploratory: { expiry: { maxDays: 14 }, 'limited-privileges': { maxPartitions: 3, operations: ['read', 'describe'] }, 'no-dependents': true },
    },
  });
  const at = (line: number, col: number) => ({ file: 'policy.yaml', line, col });
  assert.deepEqual(ruleAt, {
    'estate.topic-naming': at(6, 5),
    'estate.partitions': at(7, 5),
    'estate.retention': at(8, 5),
    'estate.required-labels': at(9, 5),
    'operational.on-call': at(11, 20),
    'operational.alerts': at(11, 35),
    'operational.production-acls': at(11, 66),
    'operational.rollback': at(11, 112),
    'exploratory.expiry': at(13, 7),
    'exploratory.limited-privileges': at(14, 7),
    'exploratory.no-dependents': at(15, 7),
  });
  assert.equal(source.file, 'policy.yaml');
});

test('non-spec files are only read when named; empty documents and files are skipped', () => {
  const estate = loadEstate([
    { path: 'README.md', text: '# not a spec: {' },
    { path: 'empty.yaml', text: '' },
    { path: 'comments.yaml', text: '# nothing yet\n---\n---\n' },
  ]);
  assert.deepEqual(estate, { pipelines: [], topics: [], errors: [] });
});

function withoutSource(t: TopicContract): Omit<TopicContract, 'source'> {
  const { source: _, ...rest } = t;
  return rest;
}
