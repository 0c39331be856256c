// The policy checker, rule by rule, as a user meets it: a small estate written as YAML (loaded by
// loadEstate, each pipeline's reads and writes from its SQL by lineage's pipelineIO) passes every
// rule; each test changes that estate so that it breaks exactly one rule, and checks the one
// violation — its rule id, the message the user reads, and the file, line and column it points at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pipelineIO } from '../lineage/index.ts';
import { loadEstate } from '../spec/index.ts';
import type { SourcePos, SpecFile } from '../spec/model.ts';
import { checkPolicy } from './index.ts';
import type { PolicyFacts, Violation } from './types.ts';

const NOW = Date.parse('2026-05-01T00:00:00Z');

const KAFKA = `'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json'`;
const table = (name: string, topic: string): string =>
  `CREATE TABLE ${name} (id BIGINT, cid BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = '${topic}', ${KAFKA});`;

const POLICY = `apiVersion: weir/v1
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
    analytical: { sink-owner: true, batching: true, classification: [public, internal, confidential], cost-tags: [cost-center] }
    migration: { bounded-input: true, source-retention: true, output-validation: true, cutoff: true }
    exploratory: { expiry: { maxDays: 14 }, limited-privileges: { maxPartitions: 3, operations: [read, describe] }, no-dependents: true }
`;

const TOPICS = `apiVersion: weir/v1
kind: Topic
metadata: { name: orders }
spec:
  owner: { team: sales }
  partitions: 12
  retention: 30d
---
apiVersion: weir/v1
kind: Topic
metadata: { name: customers }
spec:
  owner: { team: crm }
  partitions: 3
  retention: 1d
  cleanupPolicy: compact
`;

const ENRICHMENT = `apiVersion: weir/v1
kind: Pipeline
metadata:
  name: order-enrichment
  labels: { team: checkout }
spec:
  class: operational
  owner: { team: checkout, onCall: pager:checkout }
  sources: [orders, customers]
  outputs:
    - name: orders.enriched
      partitions: 6
      retention: 7d
  sql: |
    ${table('orders', 'orders')}
    ${table('customers', 'customers')}
    ${table('enriched', 'orders.enriched')}
    INSERT INTO enriched SELECT o.id, o.cid, c.name FROM orders AS o, customers AS c WHERE o.cid = c.id;
  acls:
    - { principal: User:svc-checkout, operations: [read, write], topics: [orders, customers, orders.enriched] }
  replay: { window: 2d, checkpointRestore: 12h, delayedRecovery: 1d }
  alerts:
    - { kind: lag, threshold: 10000, for: 5m, severity: page }
    - { kind: checkpoint-age, threshold: 600000, for: 5m, severity: page }
  rollback: { enabled: true }
`;

const BY_REGION = `apiVersion: weir/v1
kind: Pipeline
metadata:
  name: orders-by-region
  labels: { team: analytics }
spec:
  class: analytical
  owner: { team: analytics }
  sources: [orders.enriched]
  outputs:
    - { name: orders.by-region, partitions: 3, retention: 14d }
  sql: |
    ${table('enriched', 'orders.enriched')}
    ${table('by_region', 'orders.by-region')}
    INSERT INTO by_region SELECT * FROM enriched;
  sinks:
    - { name: warehouse, connector: filesystem, owner: bi }
  batching: { maxRecords: 5000, interval: 30s }
  classification: internal
  cost: { domain: analytics, tags: { cost-center: cc-204 } }
`;

const BACKFILL = `apiVersion: weir/v1
kind: Pipeline
metadata:
  name: orders-backfill
  labels: { team: sales }
spec:
  class: migration
  owner: { team: sales }
  sources: [orders]
  outputs:
    - { name: orders.v2, partitions: 12, retention: 30d }
  sql: |
    ${table('orders', 'orders')}
    ${table('orders_v2', 'orders.v2')}
    INSERT INTO orders_v2 SELECT * FROM orders;
  migration:
    input: { from: '2026-04-20T00:00:00Z', to: '2026-04-25T00:00:00Z' }
    cutoff: '2026-06-01'
    validation: { kind: row-count }
`;

const SCRATCH = `apiVersion: weir/v1
kind: Pipeline
metadata:
  name: orders-scratch
  labels: { team: data-science }
spec:
  class: exploratory
  owner: { team: data-science }
  sources: [orders]
  outputs:
    - { name: scratch.orders, partitions: 1, retention: 1d }
  sql: |
    ${table('orders', 'orders')}
    ${table('sample', 'scratch.orders')}
    INSERT INTO sample SELECT * FROM orders WHERE id < 100;
  acls:
    - { principal: User:alice, operations: [read, describe], topics: [scratch.orders] }
  expires: '2026-05-08'
`;

const ESTATE: readonly SpecFile[] = [
  { path: 'policy.yaml', text: POLICY },
  { path: 'topics.yaml', text: TOPICS },
  { path: 'order-enrichment.yaml', text: ENRICHMENT },
  { path: 'orders-by-region.yaml', text: BY_REGION },
  { path: 'orders-backfill.yaml', text: BACKFILL },
  { path: 'orders-scratch.yaml', text: SCRATCH },
];

/** The estate with `from` replaced by `to` in one file (`from` must occur there exactly once). */
function edit(path: string, from: string, to: string, files: readonly SpecFile[] = ESTATE): SpecFile[] {
  return files.map((f) => {
    if (f.path !== path) return f;
    assert.equal(f.text.split(from).length, 2, `${path} holds ${JSON.stringify(from)} exactly once`);
    return { path, text: f.text.replace(from, to) };
  });
}

function check(files: readonly SpecFile[], facts: Partial<PolicyFacts> = {}): Violation[] {
  const estate = loadEstate(files);
  assert.deepEqual(estate.errors, []);
  const io = new Map(estate.pipelines.map((p) => [p.name, pipelineIO(p)]));
  return checkPolicy(estate, { now: NOW, io, clusterTopics: new Map(), ...facts });
}

/** The position a violation should point at: where `snippet` (unique in the file) starts, or the
 * place marked '@@' inside it ('[@@orders]' is the o). */
function at(files: readonly SpecFile[], path: string, snippet: string): SourcePos {
  const text = files.find((f) => f.path === path)!.text;
  const plain = snippet.replace('@@', '');
  assert.equal(text.split(plain).length, 2, `${path} holds ${JSON.stringify(plain)} exactly once`);
  const before = text.slice(0, text.indexOf(plain) + Math.max(0, snippet.indexOf('@@')));
  return { file: path, line: before.split('\n').length, col: before.length - before.lastIndexOf('\n') };
}

/** The single violation of `files`, checked against what the user should see. */
function expectOne(files: readonly SpecFile[], expected: { rule: string; subject: string; message: string; at: SourcePos; ruleAt?: SourcePos }, facts?: Partial<PolicyFacts>): void {
  const found = check(files, facts);
  assert.equal(found.length, 1, `one violation, got:\n${found.map((v) => `${v.rule}: ${v.message}`).join('\n')}`);
  const v = found[0]!;
  assert.deepEqual({ rule: v.rule, subject: v.subject, message: v.message, at: v.at, ruleAt: v.ruleAt }, { ruleAt: undefined, ...expected });
}

/** Where the policy file sets a rule: its name in the class's or the estate's map. */
function ruleAt(rule: string, after: string): SourcePos {
  const text = POLICY;
  const from = text.indexOf(after);
  const i = text.indexOf(rule, from);
  const before = text.slice(0, i);
  return { file: 'policy.yaml', line: before.split('\n').length, col: before.length - before.lastIndexOf('\n') };
}

test('the estate follows every rule', () => {
  assert.deepEqual(check(ESTATE), []);
});

test('without a policy only the always-on rules apply', () => {
  const files = ESTATE.filter((f) => f.path !== 'policy.yaml');
  const broken = edit('order-enrichment.yaml', 'onCall: pager:checkout', 'escalation: none', files);
  assert.deepEqual(check(broken), []);
});

// Estate-wide rules

test('estate.topic-naming: a topic name outside the pattern', () => {
  const files = edit('orders-by-region.yaml', 'name: orders.by-region,', 'name: Orders.ByRegion,');
  const files2 = edit('orders-by-region.yaml', "'orders.by-region'", "'Orders.ByRegion'", files);
  expectOne(files2, {
    rule: 'estate.topic-naming',
    subject: 'topic Orders.ByRegion',
    message: "topic Orders.ByRegion: the name does not match the estate's naming pattern ^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*$; rename the topic so that it matches",
    at: at(files2, 'orders-by-region.yaml', 'Orders.ByRegion,'),
    ruleAt: ruleAt('topic-naming', 'estate:'),
  });
});

test('estate.partitions: more partitions than the maximum', () => {
  const files = edit('topics.yaml', 'partitions: 12', 'partitions: 128');
  expectOne(files, {
    rule: 'estate.partitions',
    subject: 'topic orders',
    message: "topic orders: 128 partitions is more than the estate's maximum of 64; set partitions to between 1 and 64",
    at: at(files, 'topics.yaml', '128'),
    ruleAt: ruleAt('partitions', 'estate:'),
  });
});

test('estate.retention: longer than the maximum, infinite, shorter than the minimum; compacted topics are exempt', () => {
  const long = edit('topics.yaml', 'retention: 30d', 'retention: 180d');
  expectOne(long, {
    rule: 'estate.retention',
    subject: 'topic orders',
    message: "topic orders: retention 180d (retention.ms=15552000000) is more than the estate's maximum of 90d; set retention to at most 90d",
    at: at(long, 'topics.yaml', '180d'),
    ruleAt: ruleAt('retention', 'estate:'),
  });
  const infinite = edit('orders-by-region.yaml', 'retention: 14d', 'retention: infinite');
  expectOne(infinite, {
    rule: 'estate.retention',
    subject: 'topic orders.by-region',
    message: "topic orders.by-region: retention infinite (retention.ms=-1) is more than the estate's maximum of 90d; set a finite retention of at most 90d, or cleanupPolicy: compact for a topic that keeps each key's latest value",
    at: at(infinite, 'orders-by-region.yaml', 'infinite'),
    ruleAt: ruleAt('retention', 'estate:'),
  });
  const short = edit('orders-scratch.yaml', 'retention: 1d', 'retention: 30m');
  expectOne(short, {
    rule: 'estate.retention',
    subject: 'topic scratch.orders',
    message: "topic scratch.orders: retention 30m (retention.ms=1800000) is less than the estate's minimum of 1h; set retention to at least 1h",
    at: at(short, 'orders-scratch.yaml', '30m'),
    ruleAt: ruleAt('retention', 'estate:'),
  });
  assert.deepEqual(check(edit('topics.yaml', 'retention: 1d\n  cleanupPolicy: compact', 'retention: infinite\n  cleanupPolicy: compact')), []);
});

test('estate.required-labels: a pipeline without the team label', () => {
  const files = edit('orders-backfill.yaml', 'labels: { team: sales }', 'labels: { tier: batch }');
  expectOne(files, {
    rule: 'estate.required-labels',
    subject: 'pipeline orders-backfill',
    message: 'pipeline orders-backfill: metadata.labels lacks team; the estate requires every pipeline to carry the labels team (they go on its metrics and alerts), so add them under metadata.labels',
    at: at(files, 'orders-backfill.yaml', '{ tier: batch }'),
    ruleAt: ruleAt('required-labels', 'estate:'),
  });
});

// Operational rules

test('operational.on-call: no on-call', () => {
  const files = edit('order-enrichment.yaml', 'owner: { team: checkout, onCall: pager:checkout }', 'owner: { team: checkout }');
  expectOne(files, {
    rule: 'operational.on-call',
    subject: 'pipeline order-enrichment',
    message: 'pipeline order-enrichment: no on-call is named (spec.owner.onCall); the operational policy requires an on-call rotation that is paged when the pipeline fails, so set spec.owner.onCall (for example pager:checkout)',
    at: at(files, 'order-enrichment.yaml', 'owner: @@{ team: checkout }'),
    ruleAt: ruleAt('on-call', 'operational:'),
  });
});

test('operational.alerts: no lag alert', () => {
  const files = edit('order-enrichment.yaml', '    - { kind: lag, threshold: 10000, for: 5m, severity: page }\n', '');
  expectOne(files, {
    rule: 'operational.alerts',
    subject: 'pipeline order-enrichment',
    message: 'pipeline order-enrichment: there is no lag alert; the operational policy requires alerts of kind lag and checkpoint-age, so add it under spec.alerts (kind, threshold, for, severity)',
    at: at(files, 'order-enrichment.yaml', '- { kind: checkpoint-age'),
    ruleAt: ruleAt('alerts', 'operational:'),
  });
});

test('operational.production-acls: no ACLs, a principal outside the pattern, a wildcard, an output no ACL names', () => {
  const none = edit('order-enrichment.yaml', '  acls:\n    - { principal: User:svc-checkout, operations: [read, write], topics: [orders, customers, orders.enriched] }\n', '');
  expectOne(none, {
    rule: 'operational.production-acls',
    subject: 'pipeline order-enrichment',
    message: "pipeline order-enrichment: no ACLs are declared (spec.acls); the operational policy requires production ACLs, which grant named principals access to the pipeline's topics, so add spec.acls entries (principal, operations, topics)",
    at: at(none, 'order-enrichment.yaml', 'class: operational'),
    ruleAt: ruleAt('production-acls', 'operational:'),
  });
  const person = edit('order-enrichment.yaml', 'User:svc-checkout', 'User:bob');
  expectOne(person, {
    rule: 'operational.production-acls',
    subject: 'pipeline order-enrichment',
    message: 'pipeline order-enrichment: ACL principal User:bob does not match ^User:svc-; the operational policy requires production ACLs granted to service principals matching that pattern, so use such a principal',
    at: at(person, 'order-enrichment.yaml', 'User:bob'),
    ruleAt: ruleAt('production-acls', 'operational:'),
  });
  const anyone = edit('order-enrichment.yaml', 'User:svc-checkout', 'User:*');
  expectOne(anyone, {
    rule: 'operational.production-acls',
    subject: 'pipeline order-enrichment',
    message: 'pipeline order-enrichment: ACL principal User:* is a wildcard; the operational policy requires production ACLs granted to named principals only, so replace it with the principal that needs the access',
    at: at(anyone, 'order-enrichment.yaml', 'User:*'),
    ruleAt: ruleAt('production-acls', 'operational:'),
  });
  const uncovered = edit('order-enrichment.yaml', 'topics: [orders, customers, orders.enriched]', 'topics: [orders, customers]');
  expectOne(uncovered, {
    rule: 'operational.production-acls',
    subject: 'pipeline order-enrichment',
    message: 'pipeline order-enrichment: output topic orders.enriched is not named by any ACL; the operational policy requires production ACLs that cover every output, so grant the principals that write and read orders.enriched access under spec.acls',
    at: at(uncovered, 'order-enrichment.yaml', 'orders.enriched\n'),
    ruleAt: ruleAt('production-acls', 'operational:'),
  });
});

test('operational.rollback: rollback disabled', () => {
  const files = edit('order-enrichment.yaml', 'rollback: { enabled: true }', 'rollback: { enabled: false }');
  expectOne(files, {
    rule: 'operational.rollback',
    subject: 'pipeline order-enrichment',
    message: 'pipeline order-enrichment: rollback is not enabled (spec.rollback.enabled); the operational policy requires a rollback path to the previous version and its savepoint, so set spec.rollback.enabled: true',
    at: at(files, 'order-enrichment.yaml', 'false'),
    ruleAt: ruleAt('rollback', 'operational:'),
  });
});

// Analytical rules

test('analytical.sink-owner: a sink without an owner', () => {
  const files = edit('orders-by-region.yaml', '{ name: warehouse, connector: filesystem, owner: bi }', '{ name: warehouse, connector: filesystem }');
  expectOne(files, {
    rule: 'analytical.sink-owner',
    subject: 'pipeline orders-by-region',
    message: 'pipeline orders-by-region: sink warehouse names no owner; the analytical policy requires every sink to have an owning team that answers for the data it receives, so set owner on sink warehouse',
    at: at(files, 'orders-by-region.yaml', '{ name: warehouse'),
    ruleAt: ruleAt('sink-owner', 'analytical:'),
  });
});

test('analytical.batching: no batching policy', () => {
  const files = edit('orders-by-region.yaml', '  batching: { maxRecords: 5000, interval: 30s }\n', '');
  expectOne(files, {
    rule: 'analytical.batching',
    subject: 'pipeline orders-by-region',
    message: 'pipeline orders-by-region: no batching policy is set (spec.batching); the analytical policy requires one so that sinks receive data in batches, so set spec.batching.maxRecords or spec.batching.interval',
    at: at(files, 'orders-by-region.yaml', 'class: analytical'),
    ruleAt: ruleAt('batching', 'analytical:'),
  });
});

test('analytical.classification: missing, not allowed, an output with its own', () => {
  const missing = edit('orders-by-region.yaml', '  classification: internal\n', '');
  expectOne(missing, {
    rule: 'analytical.classification',
    subject: 'pipeline orders-by-region',
    message: 'pipeline orders-by-region: no data classification is set (spec.classification); the analytical policy requires every pipeline to classify its data, so set spec.classification to public, internal or confidential',
    at: at(missing, 'orders-by-region.yaml', 'class: analytical'),
    ruleAt: ruleAt('classification', 'analytical:'),
  });
  const secret = edit('orders-by-region.yaml', 'classification: internal', 'classification: secret');
  expectOne(secret, {
    rule: 'analytical.classification',
    subject: 'pipeline orders-by-region',
    message: 'pipeline orders-by-region: data classification secret is not one the analytical policy allows; set spec.classification to public, internal or confidential',
    at: at(secret, 'orders-by-region.yaml', 'secret'),
    ruleAt: ruleAt('classification', 'analytical:'),
  });
  const output = edit('orders-by-region.yaml', 'retention: 14d }', 'retention: 14d, classification: pii }');
  expectOne(output, {
    rule: 'analytical.classification',
    subject: 'topic orders.by-region',
    message: "topic orders.by-region: data classification pii is not one the analytical policy allows; set the output's classification to public, internal or confidential",
    at: at(output, 'orders-by-region.yaml', 'pii'),
    ruleAt: ruleAt('classification', 'analytical:'),
  });
});

test('analytical.cost-tags: no cost domain, a missing tag', () => {
  const none = edit('orders-by-region.yaml', '  cost: { domain: analytics, tags: { cost-center: cc-204 } }\n', '');
  expectOne(none, {
    rule: 'analytical.cost-tags',
    subject: 'pipeline orders-by-region',
    message: 'pipeline orders-by-region: no cost domain is set (spec.cost.domain); the analytical policy requires the cost domain that pays for the pipeline and the cost tags cost-center, so set spec.cost.domain and spec.cost.tags',
    at: at(none, 'orders-by-region.yaml', 'class: analytical'),
    ruleAt: ruleAt('cost-tags', 'analytical:'),
  });
  const tag = edit('orders-by-region.yaml', '{ cost-center: cc-204 }', '{ project: p7 }');
  expectOne(tag, {
    rule: 'analytical.cost-tags',
    subject: 'pipeline orders-by-region',
    message: 'pipeline orders-by-region: spec.cost.tags lacks cost-center; the analytical policy requires the cost domain that pays for the pipeline and the cost tags cost-center, so add it under spec.cost.tags',
    at: at(tag, 'orders-by-region.yaml', '{ project: p7 }'),
    ruleAt: ruleAt('cost-tags', 'analytical:'),
  });
});

// Migration rules

test('migration.bounded-input: no range, a bound that is no timestamp, mixed kinds, an empty range', () => {
  const none = edit('orders-backfill.yaml', "    input: { from: '2026-04-20T00:00:00Z', to: '2026-04-25T00:00:00Z' }\n", '');
  expectOne(none, {
    rule: 'migration.bounded-input',
    subject: 'pipeline orders-backfill',
    message: 'pipeline orders-backfill: no input range is set (spec.migration.input); the migration policy requires a bounded, deterministic input range, so set spec.migration.input.from and to (ISO timestamps or offsets)',
    at: at(none, 'orders-backfill.yaml', 'cutoff:'),
    ruleAt: ruleAt('bounded-input', 'migration:'),
  });
  const latest = edit('orders-backfill.yaml', "to: '2026-04-25T00:00:00Z'", 'to: latest');
  expectOne(latest, {
    rule: 'migration.bounded-input',
    subject: 'pipeline orders-backfill',
    message: 'pipeline orders-backfill: input range to latest is neither an ISO timestamp nor an offset; the migration policy requires a bounded, deterministic input range, so write to as a timestamp such as 2026-01-01T00:00:00Z or as an offset',
    at: at(latest, 'orders-backfill.yaml', 'latest'),
    ruleAt: ruleAt('bounded-input', 'migration:'),
  });
  const mixed = edit('orders-backfill.yaml', "to: '2026-04-25T00:00:00Z'", 'to: 500000');
  expectOne(mixed, {
    rule: 'migration.bounded-input',
    subject: 'pipeline orders-backfill',
    message: 'pipeline orders-backfill: the input range goes from timestamp 2026-04-20T00:00:00Z to offset 500000; the migration policy requires a bounded, deterministic input range, so give from and to as two timestamps or two offsets',
    at: at(mixed, 'orders-backfill.yaml', '{ from:'),
    ruleAt: ruleAt('bounded-input', 'migration:'),
  });
  const empty = edit('orders-backfill.yaml', "to: '2026-04-25T00:00:00Z'", "to: '2026-04-19T00:00:00Z'");
  expectOne(empty, {
    rule: 'migration.bounded-input',
    subject: 'pipeline orders-backfill',
    message: 'pipeline orders-backfill: the input range from 2026-04-20T00:00:00Z to 2026-04-19T00:00:00Z is empty; the migration policy requires a bounded, deterministic input range, so set from before to',
    at: at(empty, 'orders-backfill.yaml', "'2026-04-19T00:00:00Z'"),
    ruleAt: ruleAt('bounded-input', 'migration:'),
  });
  assert.deepEqual(check(edit('orders-backfill.yaml', "{ from: '2026-04-20T00:00:00Z', to: '2026-04-25T00:00:00Z' }", '{ from: 1000, to: 500000 }')), []);
});

test('migration.source-retention: the range starts before the source keeps history', () => {
  const files = edit('orders-backfill.yaml', "from: '2026-04-20T00:00:00Z'", "from: '2026-03-15T06:30:00Z'");
  expectOne(files, {
    rule: 'migration.source-retention',
    subject: 'pipeline orders-backfill',
    message: "pipeline orders-backfill: source topic orders keeps 30d of history (retention.ms=2592000000) but the input range starts at 2026-03-15T06:30:00Z, 46d18h ago; the migration policy requires source retention to cover the whole input range, so raise orders' retention to at least 46d18h or start the range later",
    at: at(files, 'orders-backfill.yaml', '[@@orders]'),
    ruleAt: ruleAt('source-retention', 'migration:'),
  });
});

test('migration.output-validation: no validation', () => {
  const files = edit('orders-backfill.yaml', '    validation: { kind: row-count }\n', '');
  expectOne(files, {
    rule: 'migration.output-validation',
    subject: 'pipeline orders-backfill',
    message: 'pipeline orders-backfill: no output validation is set (spec.migration.validation); the migration policy requires a check that the new output matches the old path before cutoff, so set spec.migration.validation.kind (for example row-count)',
    at: at(files, 'orders-backfill.yaml', 'input:'),
    ruleAt: ruleAt('output-validation', 'migration:'),
  });
});

test('migration.cutoff: no cutoff, a date that does not exist', () => {
  const none = edit('orders-backfill.yaml', "    cutoff: '2026-06-01'\n", '');
  expectOne(none, {
    rule: 'migration.cutoff',
    subject: 'pipeline orders-backfill',
    message: 'pipeline orders-backfill: no cutoff date is set (spec.migration.cutoff); the migration policy requires a cutoff date, when the old path is switched off, so set spec.migration.cutoff to a date (YYYY-MM-DD)',
    at: at(none, 'orders-backfill.yaml', 'input:'),
    ruleAt: ruleAt('cutoff', 'migration:'),
  });
  const bad = edit('orders-backfill.yaml', "cutoff: '2026-06-01'", "cutoff: '2026-02-30'");
  expectOne(bad, {
    rule: 'migration.cutoff',
    subject: 'pipeline orders-backfill',
    message: 'pipeline orders-backfill: cutoff 2026-02-30 is not a date; the migration policy requires a cutoff date, when the old path is switched off, so write spec.migration.cutoff as YYYY-MM-DD',
    at: at(bad, 'orders-backfill.yaml', "'2026-02-30'"),
    ruleAt: ruleAt('cutoff', 'migration:'),
  });
});

// Exploratory rules

test('exploratory.expiry: none, too far ahead, already past', () => {
  const none = edit('orders-scratch.yaml', "  expires: '2026-05-08'\n", '');
  expectOne(none, {
    rule: 'exploratory.expiry',
    subject: 'pipeline orders-scratch',
    message: 'pipeline orders-scratch: no expiry is set (spec.expires); the exploratory policy requires an expiry no more than 14 days ahead, so set spec.expires to a date no later than 2026-05-15',
    at: at(none, 'orders-scratch.yaml', 'class: exploratory'),
    ruleAt: ruleAt('expiry', 'exploratory:'),
  });
  const far = edit('orders-scratch.yaml', "expires: '2026-05-08'", "expires: '2026-07-01'");
  expectOne(far, {
    rule: 'exploratory.expiry',
    subject: 'pipeline orders-scratch',
    message: 'pipeline orders-scratch: expiry 2026-07-01 is more than 14 days from now; the exploratory policy requires an expiry no more than 14 days ahead, so set spec.expires no later than 2026-05-15 or promote the pipeline to another class',
    at: at(far, 'orders-scratch.yaml', "'2026-07-01'"),
    ruleAt: ruleAt('expiry', 'exploratory:'),
  });
  const past = edit('orders-scratch.yaml', "expires: '2026-05-08'", "expires: '2026-04-30'");
  expectOne(past, {
    rule: 'exploratory.expiry',
    subject: 'pipeline orders-scratch',
    message: 'pipeline orders-scratch: it expired on 2026-04-30; the exploratory policy requires an expiry no more than 14 days ahead, so delete the pipeline, move spec.expires forward (no later than 2026-05-15) or promote it to another class',
    at: at(past, 'orders-scratch.yaml', "'2026-04-30'"),
    ruleAt: ruleAt('expiry', 'exploratory:'),
  });
});

test('exploratory.limited-privileges: too many partitions, an operation not allowed', () => {
  const wide = edit('orders-scratch.yaml', 'partitions: 1,', 'partitions: 8,');
  expectOne(wide, {
    rule: 'exploratory.limited-privileges',
    subject: 'topic scratch.orders',
    message: 'topic scratch.orders: 8 partitions is more than the exploratory policy allows (at most 3); exploratory pipelines get limited privileges, so set partitions to at most 3 or promote pipeline orders-scratch to another class',
    at: at(wide, 'orders-scratch.yaml', '8,'),
    ruleAt: ruleAt('limited-privileges', 'exploratory:'),
  });
  const write = edit('orders-scratch.yaml', 'operations: [read, describe]', 'operations: [read, write, all]');
  expectOne(write, {
    rule: 'exploratory.limited-privileges',
    subject: 'pipeline orders-scratch',
    message: 'pipeline orders-scratch: the ACL for User:alice grants write and all, which the exploratory policy does not allow (only read and describe); exploratory pipelines get limited privileges, so remove them or promote the pipeline to another class',
    at: at(write, 'orders-scratch.yaml', 'write, all'),
    ruleAt: ruleAt('limited-privileges', 'exploratory:'),
  });
});

test('exploratory.no-dependents: another class reads an exploratory output, reported on the reader', () => {
  const files = edit('orders-by-region.yaml', 'sources: [orders.enriched]', 'sources: [orders.enriched, scratch.orders]');
  expectOne(files, {
    rule: 'exploratory.no-dependents',
    subject: 'pipeline orders-by-region',
    message: 'pipeline orders-by-region: it reads topic scratch.orders, an output of exploratory pipeline orders-scratch; the exploratory policy lets no pipeline of another class depend on exploratory pipelines, so promote orders-scratch to another class first (change its spec.class) or stop reading scratch.orders',
    at: at(files, 'orders-by-region.yaml', 'scratch.orders]'),
    ruleAt: ruleAt('no-dependents', 'exploratory:'),
  });
  // Another exploratory pipeline may read it.
  const sibling = `apiVersion: weir/v1
kind: Pipeline
metadata:
  name: scratch-sample
  labels: { team: data-science }
spec:
  class: exploratory
  owner: { team: data-science }
  sources: [scratch.orders]
  sql: |
    ${table('sample', 'scratch.orders')}
    CREATE TABLE debug (id BIGINT) WITH ('connector' = 'print');
    INSERT INTO debug SELECT id FROM sample;
  expires: '2026-05-02'
`;
  assert.deepEqual(check([...ESTATE, { path: 'scratch-sample.yaml', text: sibling }]), []);
});

test('a class rule set to false is off', () => {
  const files = edit('policy.yaml', 'on-call: true', 'on-call: false', edit('order-enrichment.yaml', 'onCall: pager:checkout', 'escalation: none'));
  assert.deepEqual(check(files), []);
});

// The replay contract (always on)

test('replay.retention: a source that does not keep the replay window plus restore and recovery time', () => {
  // Without the backfill (whose input range also needs orders' history), orders keeps 3d.
  const files = edit('topics.yaml', 'retention: 30d', 'retention: 3d').filter((f) => f.path !== 'orders-backfill.yaml');
  expectOne(files, {
    rule: 'replay.retention',
    subject: 'pipeline order-enrichment',
    message: "pipeline order-enrichment: source topic orders keeps 3d of history (retention.ms=259200000) but the replay contract needs 3d12h (replay window 2d + checkpoint restore 12h + delayed recovery 1d); raise orders' retention to at least 3d12h or shorten the window",
    at: at(files, 'order-enrichment.yaml', 'sources: [@@orders'),
  });
  // The compacted customers topic (1d) covers any window; so does infinite retention.
  assert.deepEqual(check(edit('topics.yaml', 'retention: 3d', 'retention: infinite', files.filter((f) => f.path !== 'policy.yaml'))), []);
});

test('replay.retention: a source known only on the cluster', () => {
  const files = edit('order-enrichment.yaml', 'sources: [orders, customers]', 'sources: [orders, customers, legacy.orders]');
  const clusterTopics = new Map([['legacy.orders', { retentionMs: 86_400_000, cleanupPolicy: 'delete' }]]);
  expectOne(files, {
    rule: 'replay.retention',
    subject: 'pipeline order-enrichment',
    message: "pipeline order-enrichment: source topic legacy.orders keeps 1d of history (retention.ms=86400000 on the cluster) but the replay contract needs 3d12h (replay window 2d + checkpoint restore 12h + delayed recovery 1d); raise legacy.orders' retention to at least 3d12h or shorten the window",
    at: at(files, 'order-enrichment.yaml', 'legacy.orders'),
  }, { clusterTopics });
});

// The contract rules (always on)

test('contract.undeclared-source: the SQL reads a topic spec.sources does not list', () => {
  const files = edit('order-enrichment.yaml', 'sources: [orders, customers]', 'sources: [orders]');
  expectOne(files, {
    rule: 'contract.undeclared-source',
    subject: 'pipeline order-enrichment',
    message: 'pipeline order-enrichment: its SQL reads topic customers, which spec.sources does not declare; a pipeline reads only the sources it declares (so that owners, lineage and the replay contract know of the dependency), so add customers to spec.sources',
    at: at(files, 'order-enrichment.yaml', "'topic' = '@@customers'"),
  });
});

test('contract.undeclared-source: a topic-pattern read is a read of every known topic it matches', () => {
  const files = edit('orders-scratch.yaml', "'topic' = 'orders'", "'topic-pattern' = 'orders\\.by-.*'");
  expectOne(files, {
    rule: 'contract.undeclared-source',
    subject: 'pipeline orders-scratch',
    message: 'pipeline orders-scratch: its SQL reads topic orders.by-region, which spec.sources does not declare; a pipeline reads only the sources it declares (so that owners, lineage and the replay contract know of the dependency), so add orders.by-region to spec.sources',
    at: at(files, 'orders-scratch.yaml', "'topic-pattern' = '@@orders"),
  });
});

test('contract.undeclared-output: the SQL writes a topic that has no contract', () => {
  const files = edit('orders-by-region.yaml', "'topic' = 'orders.by-region'", "'topic' = 'orders.by-zone'");
  expectOne(files, {
    rule: 'contract.undeclared-output',
    subject: 'pipeline orders-by-region',
    message: 'pipeline orders-by-region: its SQL writes topic orders.by-zone, which spec.outputs does not declare; a pipeline writes only topics it declares, each with its contract, so add orders.by-zone to spec.outputs with its role, partitions and retention',
    at: at(files, 'orders-by-region.yaml', "'topic' = '@@orders.by-zone'"),
  });
});

test('contract.unknown-source: a declared source with no contract, not on the cluster', () => {
  const files = edit('orders-scratch.yaml', 'sources: [orders]', 'sources: [orders, payments]');
  expectOne(files, {
    rule: 'contract.unknown-source',
    subject: 'pipeline orders-scratch',
    message: "pipeline orders-scratch: source topic payments has no contract in the estate and does not exist on the cluster; a source must be a known topic, so describe payments in a kind: Topic document, declare it as another pipeline's output, or correct the name",
    at: at(files, 'orders-scratch.yaml', 'payments'),
  });
  const clusterTopics = new Map([['payments', { retentionMs: -1, cleanupPolicy: 'delete' }]]);
  assert.deepEqual(check(files, { clusterTopics }), []);
});

test("contract.single-writer: writing another pipeline's output, or a source of record of another team", () => {
  const output = edit('orders-by-region.yaml', "'topic' = 'orders.by-region'", "'topic' = 'orders.enriched'");
  expectOne(output, {
    rule: 'contract.single-writer',
    subject: 'pipeline orders-by-region',
    message: "pipeline orders-by-region: its SQL writes topic orders.enriched, but orders.enriched is an output of pipeline order-enrichment; a topic has a single writer, its owner, so read orders.enriched instead of writing it, or write an output of orders-by-region's own",
    at: at(output, 'orders-by-region.yaml', "by_region (id BIGINT, cid BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = '@@orders.enriched'"),
  });
  const record = edit('orders-scratch.yaml', "'topic' = 'scratch.orders'", "'topic' = 'orders'");
  expectOne(record, {
    rule: 'contract.single-writer',
    subject: 'pipeline orders-scratch',
    message: "pipeline orders-scratch: its SQL writes topic orders, but orders is a source-of-record topic owned by team sales; a topic has a single writer, its owner, so only a pipeline of team sales may write it: write an output of orders-scratch's own instead",
    at: at(record, 'orders-scratch.yaml', "sample (id BIGINT, cid BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = '@@orders'"),
  });
  // The owning team's pipeline may write its source of record; a second one of the team may not.
  const owner = edit('orders-backfill.yaml', "'topic' = 'orders.v2'", "'topic' = 'orders'");
  assert.deepEqual(check(owner), []);
  const second = [...owner, { path: 'orders-replay.yaml', text: BACKFILL.replace('name: orders-backfill', 'name: orders-replay').replace('orders.v2, partitions', 'orders.v3, partitions').replace("'topic' = 'orders.v2'", "'topic' = 'orders'") }];
  expectOne(second, {
    rule: 'contract.single-writer',
    subject: 'pipeline orders-replay',
    message: 'pipeline orders-replay: its SQL writes topic orders, but pipeline orders-backfill already writes it; a topic has a single writer, so write orders from one pipeline only',
    at: at(second, 'orders-replay.yaml', "orders_v2 (id BIGINT, cid BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = '@@orders'"),
  });
});

test('only kind Topic documents may be sources of record: the loader refuses an output with that role', () => {
  const estate = loadEstate(edit('orders-by-region.yaml', '{ name: orders.by-region,', '{ name: orders.by-region, role: source-of-record,'));
  assert.deepEqual(estate.errors.map((e) => ({ file: e.file, line: e.line, field: e.field })), [{ file: 'orders-by-region.yaml', line: 11, field: 'spec.outputs[0].role' }]);
});

test('violations come sorted by file, line and column, each rule reported where it applies', () => {
  let files = edit('orders-scratch.yaml', "expires: '2026-05-08'", "expires: '2026-04-30'");
  files = edit('order-enrichment.yaml', 'rollback: { enabled: true }', 'rollback: { enabled: false }', files);
  files = edit('order-enrichment.yaml', 'labels: { team: checkout }', 'labels: {}', files);
  files = edit('topics.yaml', 'partitions: 3', 'partitions: 100', files);
  assert.deepEqual(check(files).map((v) => `${v.at.file}:${v.at.line} ${v.rule}`), [
    'order-enrichment.yaml:5 estate.required-labels',
    'order-enrichment.yaml:25 operational.rollback',
    'orders-scratch.yaml:18 exploratory.expiry',
    'topics.yaml:14 estate.partitions',
  ]);
});
