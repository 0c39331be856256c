import { test } from 'node:test';
import assert from 'node:assert/strict';
import { concatRows, hasNullAt, identityProjection, outerSides, paddedRow } from './project.ts';
import { inputRef } from '../../sql/plan/rex.ts';
import { INT } from '../../sql/types/types.ts';

test('identityProjection: $0..$n-1 over n fields only', () => {
  assert.equal(identityProjection([inputRef(0, INT()), inputRef(1, INT())], 2), true);
  assert.equal(identityProjection([inputRef(1, INT()), inputRef(0, INT())], 2), false);
  assert.equal(identityProjection([inputRef(0, INT())], 2), false);
});

test('concatRows and paddedRow build join rows', () => {
  assert.deepEqual(concatRows([1, 'a'], [2]), [1, 'a', 2]);
  assert.deepEqual(paddedRow([1, 'a'], true, 2, 3), [1, 'a', null, null, null]);
  assert.deepEqual(paddedRow([2, 'b', 'c'], false, 2, 3), [null, null, 2, 'b', 'c']);
  assert.deepEqual(paddedRow([], true, 0, 1), [null]);
});

test('outerSides: which join sides are outer', () => {
  assert.deepEqual(outerSides('inner'), [false, false]);
  assert.deepEqual(outerSides('left'), [true, false]);
  assert.deepEqual(outerSides('right'), [false, true]);
  assert.deepEqual(outerSides('full'), [true, true]);
});

test('hasNullAt: a NULL (or missing) value among the given fields', () => {
  assert.equal(hasNullAt([1, null, 3], [0, 2]), false);
  assert.equal(hasNullAt([1, null, 3], [2, 1]), true);
  assert.equal(hasNullAt([1], [1]), true);
  assert.equal(hasNullAt([1], []), false);
});
