import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../parse/index.ts';
import type { LogicalType } from './types.ts';
import * as T from './types.ts';
import { fromAst } from './from-ast.ts';
import { WeirError } from '../../util/errors.ts';

function columnTypes(ddl: string): LogicalType[] {
  const [s] = parseScript(ddl);
  assert.ok(s !== undefined && s.kind === 'createTable');
  return s.columns.flatMap((c) => (c.kind === 'computed' ? [] : [fromAst(c.type)]));
}

test('fromAst applies Flink defaults and toSql prints the DESCRIBE form', () => {
  const types = columnTypes(`CREATE TABLE t (
    a DECIMAL(10, 2) NOT NULL, b DECIMAL, c STRING, d VARCHAR(10), e CHAR, f TIMESTAMP, g TIMESTAMP(3),
    h TIMESTAMP_LTZ(3), i TIME, j BYTES, k BINARY(4), l ARRAY<INT>, m MAP<STRING, BIGINT>,
    n ROW<x INT, y STRING>, o INTEGER, p DATE, q BOOLEAN, r DOUBLE, s FLOAT, u TINYINT, v SMALLINT) WITH ('connector' = 'x')`);
  assert.deepEqual(types.map(T.toSql), [
    'DECIMAL(10, 2) NOT NULL', 'DECIMAL(10, 0)', 'STRING', 'VARCHAR(10)', 'CHAR(1)', 'TIMESTAMP(6)', 'TIMESTAMP(3)',
    'TIMESTAMP_LTZ(3)', 'TIME(0)', 'BYTES', 'BINARY(4)', 'ARRAY<INT>', 'MAP<STRING, BIGINT>',
    'ROW<`x` INT, `y` STRING>', 'INT', 'DATE', 'BOOLEAN', 'DOUBLE', 'FLOAT', 'TINYINT', 'SMALLINT',
  ]);
  assert.deepEqual(types[2], { kind: 'VARCHAR', length: 2147483647, nullable: true });
});

test('limits are checked with clear errors and a position', () => {
  const err = (ddl: string) => {
    try { columnTypes(ddl); } catch (e) { assert.ok(e instanceof WeirError); return `${e.code}: ${e.describe()}`; }
    assert.fail('expected an error');
  };
  assert.equal(err(`CREATE TABLE t (a DECIMAL(39, 2)) WITH ('c' = 'x')`), 'CONFIG_INVALID: Precision of DECIMAL must be between 1 and 38 (both inclusive), got 39 (at 1:19)');
  assert.match(err(`CREATE TABLE t (a DECIMAL(5, 6)) WITH ('c' = 'x')`), /Scale of DECIMAL must be between 0 and the precision 5 .*got 6/);
  assert.match(err(`CREATE TABLE t (a TIMESTAMP(10)) WITH ('c' = 'x')`), /Precision of TIMESTAMP must be between 0 and 9/);
  assert.match(err(`CREATE TABLE t (a VARCHAR(0)) WITH ('c' = 'x')`), /Length of VARCHAR must be between 1 and 2147483647/);
  assert.match(err(`CREATE TABLE t (a ROW<x INT, x INT>) WITH ('c' = 'x')`), /'x' appears twice/);
  assert.throws(() => T.DECIMAL(0, 0), /Precision of DECIMAL/);
});

test('toSql: NOT NULL, time attributes, intervals, nesting', () => {
  assert.equal(T.toSql(T.TIMESTAMP(3, true, 'ROWTIME')), 'TIMESTAMP(3) *ROWTIME*');
  assert.equal(T.toSql(T.TIMESTAMP_LTZ(3, false, 'PROCTIME')), 'TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*');
  assert.equal(T.toSql(T.INTERVAL_DAY_TIME('DAY_TO_SECOND', 2, 3)), 'INTERVAL DAY(2) TO SECOND(3)');
  assert.equal(T.toSql(T.INTERVAL_DAY_TIME('SECOND', 2, 3)), 'INTERVAL SECOND(3)');
  assert.equal(T.toSql(T.INTERVAL_YEAR_MONTH('YEAR_TO_MONTH', 2, false)), 'INTERVAL YEAR(2) TO MONTH NOT NULL');
  assert.equal(T.toSql(T.ROW([{ name: 'a`b', type: T.MAP(T.STRING(false), T.ARRAY(T.BYTES())) }], false)), 'ROW<`a``b` MAP<STRING NOT NULL, ARRAY<BYTES>>> NOT NULL');
  assert.equal(T.toSql(T.NULL()), 'NULL');
  assert.equal(T.toSql(T.withNullable(T.NULL(), false)), 'NULL');
});
