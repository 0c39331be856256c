// Migration rules (migration.ts): each breaks on a variant of the fixture estate's orders-backfill,
// with the message and place the user sees (now is 2026-05-01).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, check, at, expectOne, ruleAt } from './test-support.ts';

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
