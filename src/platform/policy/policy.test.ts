// The policy checker as a whole: the fixture estate passes; without a policy only the always-on
// rules apply; a rule set to false is off; violations come sorted by place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESTATE, edit, check } from './test-support.ts';

test('the estate follows every rule', () => {
  assert.deepEqual(check(ESTATE), []);
});

test('without a policy only the always-on rules apply', () => {
  const files = ESTATE.filter((f) => f.path !== 'policy.yaml');
  // No on-call, 128 partitions, and a source too short for the replay window: only the last counts.
  let broken = edit('order-enrichment.yaml', 'onCall: pager:checkout', 'escalation: none', files);
  broken = edit('topics.yaml', 'partitions: 12', 'partitions: 128', broken);
  broken = edit('topics.yaml', 'retention: 30d', 'retention: 3d', broken);
  assert.deepEqual(check(broken).map((v) => `${v.subject} ${v.rule}`), ['pipeline order-enrichment replay.retention']);
});

test('a class rule set to false is off', () => {
  const files = edit('policy.yaml', 'on-call: true', 'on-call: false', edit('order-enrichment.yaml', 'onCall: pager:checkout', 'escalation: none'));
  assert.deepEqual(check(files), []);
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
