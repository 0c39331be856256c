import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WeirError, ErrorCodes, isWeirError } from './errors.ts';

test('a WeirError carries its code, domain, retriability, where and hint', () => {
  const cause = new Error('disk');
  const e = new WeirError('CONFIG_INVALID', 'num.partitions must be positive', { where: 'weir.yaml:3:5', hint: 'Set it to 1 or more', cause });
  assert.equal(e.code, 'CONFIG_INVALID');
  assert.equal(e.domain, ErrorCodes.CONFIG_INVALID.domain);
  assert.equal(e.retriable, false);
  assert.equal(e.cause, cause);
  assert.equal(e.describe(), 'num.partitions must be positive (at weir.yaml:3:5). Set it to 1 or more');
  assert.ok(isWeirError(e));
  assert.equal(e.toJSON().domain, 'user');
});

test('retriable can be overridden per error', () => {
  assert.equal(new WeirError('INTERNAL', 'x', { retriable: true }).retriable, true);
});
