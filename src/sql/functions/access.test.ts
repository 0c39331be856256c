import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRex, typeCall } from './index.ts';
import { inputRef, literal } from '../plan/rex.ts';
import * as T from '../types/types.ts';

const at = { file: 't.sql', line: 1, column: 1 };
const ctx = { timeZone: 'UTC', now: () => 0 };

test('FIELD reads a ROW field; a NULL row gives NULL', () => {
  const rowType = T.ROW([{ name: 'a', type: T.INT(false) }, { name: 'b', type: T.STRING() }]);
  const r = typeCall('FIELD', [inputRef(0, rowType), literal('b', T.VARCHAR(1, false))], at);
  assert.equal(T.toSql(r.type), 'STRING');
  const f = compileRex(r, ctx);
  assert.equal(f([[1, 'x']]), 'x');
  assert.equal(f([null]), null);
});

test('ITEM indexes arrays from 1 and maps by key; out of range is NULL', () => {
  const arr = typeCall('ITEM', [inputRef(0, T.ARRAY(T.INT())), literal(2, T.INT(false))], at);
  assert.equal(compileRex(arr, ctx)([[10, 20, 30]]), 20);
  const arr0 = typeCall('ITEM', [inputRef(0, T.ARRAY(T.INT())), literal(4, T.INT(false))], at);
  assert.equal(compileRex(arr0, ctx)([[10, 20, 30]]), null);
  const map = typeCall('ITEM', [inputRef(0, T.MAP(T.STRING(), T.BIGINT())), literal('k', T.CHAR(1, false))], at);
  assert.equal(compileRex(map, ctx)([new Map([['k', 5n]])]), 5n);
  assert.throws(() => typeCall('ITEM', [inputRef(0, T.INT()), literal(1, T.INT(false))], at), /Cannot apply 'ITEM'/);
});

test('CARDINALITY counts array elements and map entries', () => {
  const c = typeCall('CARDINALITY', [inputRef(0, T.ARRAY(T.INT()))], at);
  assert.equal(compileRex(c, ctx)([[1, 2, 3]]), 3);
});
