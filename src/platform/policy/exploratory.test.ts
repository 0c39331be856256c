// Exploratory rules (exploratory.ts): each breaks on a variant of the fixture estate, with the
// message and place the user sees (now is 2026-05-01).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESTATE, table, edit, check, at, expectOne, ruleAt } from './test-support.ts';

test('exploratory.expiry: none, too far ahead, already past', () => {
  const none = edit('orders-scratch.yaml', "  expires: '2026-05-08'\n", '');
  expectOne(none, {
    rule: 'exploratory.expiry',
    subject: 'pipeline orders-scratch',
    message: 'pipeline orders-scratch: no expiry is set (spec.expires); the exploratory policy requires an expiry no more than 14 days ahead, so set spec.expires to a date no later than 2026-05-15, or to a duration of at most 14d',
    at: at(none, 'orders-scratch.yaml', 'class: exploratory'),
    ruleAt: ruleAt('expiry', 'exploratory:'),
  });
  const far = edit('orders-scratch.yaml', "expires: '2026-05-08'", "expires: '2026-07-01'");
  expectOne(far, {
    rule: 'exploratory.expiry',
    subject: 'pipeline orders-scratch',
    message: 'pipeline orders-scratch: expiry 2026-07-01 is more than 14 days from now; the exploratory policy requires an expiry no more than 14 days ahead, so set spec.expires to a date no later than 2026-05-15 or promote the pipeline to another class',
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

test('exploratory.expiry: a duration counts from the first apply', () => {
  const relative = edit('orders-scratch.yaml', "expires: '2026-05-08'", 'expires: 10d');
  assert.deepEqual(check(relative), []);
  const DAY = 86_400_000;
  const now = Date.parse('2026-05-01T00:00:00Z');
  assert.deepEqual(check(relative, { firstApplied: new Map([['orders-scratch', now - 5 * DAY]]) }), []);
  expectOne(relative, {
    rule: 'exploratory.expiry',
    subject: 'pipeline orders-scratch',
    message: 'pipeline orders-scratch: it expired on 2026-04-29; the exploratory policy requires an expiry no more than 14 days ahead, so delete the pipeline, move spec.expires forward (no later than 2026-05-15) or promote it to another class',
    at: at(relative, 'orders-scratch.yaml', '10d'),
    ruleAt: ruleAt('expiry', 'exploratory:'),
  }, { firstApplied: new Map([['orders-scratch', now - 12 * DAY]]) });
  const long = edit('orders-scratch.yaml', "expires: '2026-05-08'", 'expires: 3w');
  expectOne(long, {
    rule: 'exploratory.expiry',
    subject: 'pipeline orders-scratch',
    message: 'pipeline orders-scratch: expiry 3w is more than 14 days after its first apply; the exploratory policy requires an expiry no more than 14 days ahead, so set spec.expires to a duration of at most 14d or promote the pipeline to another class',
    at: at(long, 'orders-scratch.yaml', '3w'),
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
