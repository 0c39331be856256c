// Fan-out rules (analytical.ts), used by the fixture policy's analytical class: each breaks on a
// variant of the fixture estate, with the message and place the user sees.
import { test } from 'node:test';
import { edit, at, expectOne, ruleAt } from './test-support.ts';

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
