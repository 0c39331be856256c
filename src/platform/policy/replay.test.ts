// The replay contract (replay.ts), always on: a source's retention against replay window +
// checkpoint restore + delayed recovery, from a contract or from the cluster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, check, at, expectOne } from './test-support.ts';

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
