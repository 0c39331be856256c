// Estate-wide rules (estate.ts): each breaks on a variant of the fixture estate, with the message
// and place the user sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, check, at, expectOne, ruleAt } from './test-support.ts';

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
