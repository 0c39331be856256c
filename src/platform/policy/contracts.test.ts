// The contract rules (contracts.ts), always on: the SQL against the spec, known sources, one writer
// per topic; and the source-of-record role, which the spec loader enforces as a spec error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEstate } from '../spec/index.ts';
import { BACKFILL, edit, check, at, expectOne } from './test-support.ts';

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
    message: "pipeline orders-scratch: source topic payments has no contract in the estate and is not on the cluster (or this plan deletes it); a source must be a known topic, so describe payments in a kind: Topic document, declare it as another pipeline's output, or correct the name",
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
