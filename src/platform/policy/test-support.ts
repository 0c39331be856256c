// Test support (not a test) for the policy checker's tests: a small estate written as YAML that
// passes every rule of its policy — order-enrichment (operational), orders-by-region (analytical),
// orders-backfill (migration), orders-scratch (exploratory) over the orders and customers topics —
// loaded by loadEstate, with each pipeline's reads and writes from its SQL by lineage's pipelineIO.
// Each test edits it to break exactly one rule and checks the one violation: its rule id, the
// message the user reads, the file, line and column it points at, and where the policy sets the rule.
import assert from 'node:assert/strict';
import { pipelineIO } from '../lineage/index.ts';
import { loadEstate } from '../spec/index.ts';
import type { SourcePos, SpecFile } from '../spec/model.ts';
import { checkPolicy } from './index.ts';
import type { PolicyFacts, Violation } from './types.ts';

export const NOW = Date.parse('2026-05-01T00:00:00Z');

const KAFKA = `'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json'`;
export const table = (name: string, topic: string): string =>
  `CREATE TABLE ${name} (id BIGINT, cid BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = '${topic}', ${KAFKA});`;

export const POLICY = `apiVersion: weir/v1
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

export const TOPICS = `apiVersion: weir/v1
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

export const ENRICHMENT = `apiVersion: weir/v1
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

export const BY_REGION = `apiVersion: weir/v1
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

export const BACKFILL = `apiVersion: weir/v1
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

export const SCRATCH = `apiVersion: weir/v1
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

export const ESTATE: readonly SpecFile[] = [
  { path: 'policy.yaml', text: POLICY },
  { path: 'topics.yaml', text: TOPICS },
  { path: 'order-enrichment.yaml', text: ENRICHMENT },
  { path: 'orders-by-region.yaml', text: BY_REGION },
  { path: 'orders-backfill.yaml', text: BACKFILL },
  { path: 'orders-scratch.yaml', text: SCRATCH },
];

/** The estate with `from` replaced by `to` in one file (`from` must occur there exactly once). */
export function edit(path: string, from: string, to: string, files: readonly SpecFile[] = ESTATE): SpecFile[] {
  return files.map((f) => {
    if (f.path !== path) return f;
    assert.equal(f.text.split(from).length, 2, `${path} holds ${JSON.stringify(from)} exactly once`);
    return { path, text: f.text.replace(from, to) };
  });
}

export function check(files: readonly SpecFile[], facts: Partial<PolicyFacts> = {}): Violation[] {
  const estate = loadEstate(files);
  assert.deepEqual(estate.errors, []);
  const io = new Map(estate.pipelines.map((p) => [p.name, pipelineIO(p)]));
  return checkPolicy(estate, { now: NOW, io, clusterTopics: new Map(), ...facts });
}

/** The position a violation should point at: where `snippet` (unique in the file) starts, or the
 * place marked '@@' inside it ('[@@orders]' is the o). */
export function at(files: readonly SpecFile[], path: string, snippet: string): SourcePos {
  const text = files.find((f) => f.path === path)!.text;
  const plain = snippet.replace('@@', '');
  assert.equal(text.split(plain).length, 2, `${path} holds ${JSON.stringify(plain)} exactly once`);
  const before = text.slice(0, text.indexOf(plain) + Math.max(0, snippet.indexOf('@@')));
  return { file: path, line: before.split('\n').length, col: before.length - before.lastIndexOf('\n') };
}

/** The single violation of `files`, checked against what the user should see. */
export function expectOne(files: readonly SpecFile[], expected: { rule: string; subject: string; message: string; at: SourcePos; ruleAt?: SourcePos }, facts?: Partial<PolicyFacts>): void {
  const found = check(files, facts);
  assert.equal(found.length, 1, `one violation, got:\n${found.map((v) => `${v.rule}: ${v.message}`).join('\n')}`);
  const v = found[0]!;
  assert.deepEqual({ rule: v.rule, subject: v.subject, message: v.message, at: v.at, ruleAt: v.ruleAt }, { ruleAt: undefined, ...expected });
}

/** Where the policy file sets a rule: its name in the class's or the estate's map. */
export function ruleAt(rule: string, after: string): SourcePos {
  const text = POLICY;
  const from = text.indexOf(after);
  const i = text.indexOf(rule, from);
  const before = text.slice(0, i);
  return { file: 'policy.yaml', line: before.split('\n').length, col: before.length - before.lastIndexOf('\n') };
}
