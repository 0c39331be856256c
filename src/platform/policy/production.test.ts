// Production rules (production.ts), used by the fixture policy's operational class: each breaks on
// a variant of the fixture estate, with the message and place the user sees.
import { test } from 'node:test';
import { edit, at, expectOne, ruleAt } from './test-support.ts';

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
