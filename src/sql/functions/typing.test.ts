// Typing of calls: result types and nullability, implicit casts, Flink-like errors with positions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../types/types.ts';
import { SqlError } from '../parse/errors.ts';
import { typeCall, castRex, isDeterministic, isScalarFunction } from './index.ts';
import { at, int, bigint, dbl, str, bool, dec, nul, col } from './testkit.ts';

const typeOf = (fn: string, args: Parameters<typeof typeCall>[1]) => T.toSql(typeCall(fn, args, at).type);

function throwsSql(f: () => unknown, kind: string, pattern: RegExp): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof SqlError, String(e));
    assert.equal(e.kind, kind);
    assert.equal(e.line, 3);
    assert.equal(e.column, 7);
    assert.match(e.message, pattern);
    return true;
  });
}

test('arithmetic result types follow Flink', () => {
  assert.equal(typeOf('+', [int(1), int(2)]), 'INT NOT NULL');
  assert.equal(typeOf('+', [int(1), bigint(2n)]), 'BIGINT NOT NULL');
  assert.equal(typeOf('/', [int(1), int(2)]), 'INT NOT NULL');
  assert.equal(typeOf('+', [int(1), dbl(2)]), 'DOUBLE NOT NULL');
  // DECIMAL(10, 2) + INT → DECIMAL(max(8, 10) + 2 + 1, 2) = DECIMAL(13, 2)
  assert.equal(typeOf('+', [dec('1.50', 10, 2), int(1)]), 'DECIMAL(13, 2) NOT NULL');
  // DECIMAL(5, 2) * DECIMAL(5, 2) → DECIMAL(11, 4); DECIMAL(10, 2) / DECIMAL(5, 1) → scale max(6, 2+5+1) = 8
  assert.equal(typeOf('*', [dec('1', 5, 2), dec('1', 5, 2)]), 'DECIMAL(11, 4) NOT NULL');
  assert.equal(typeOf('/', [dec('1', 10, 2), dec('1', 5, 1)]), 'DECIMAL(17, 8) NOT NULL');
  // MOD takes the second operand's type
  assert.equal(typeOf('%', [bigint(7n), int(2)]), 'INT NOT NULL');
  assert.equal(typeOf('+', [col(0, T.INT()), int(1)]), 'INT');
});

test('implicit casts are inserted to the computation type', () => {
  const r = typeCall('+', [int(1), bigint(2n)], at);
  assert.equal(r.kind, 'call');
  if (r.kind !== 'call') return;
  assert.equal(r.args[0]!.kind, 'call');
  assert.equal((r.args[0] as { fn: string }).fn, 'CAST');
  assert.equal(T.toSql(r.args[0]!.type), 'BIGINT NOT NULL');
  const cmp = typeCall('=', [col(0, T.TIMESTAMP(3)), col(1, T.TIMESTAMP_LTZ(3))], at);
  if (cmp.kind !== 'call') return;
  assert.equal(T.toSql(cmp.args[0]!.type), 'TIMESTAMP_LTZ(3)');
});

test('comparisons, logic and predicates are BOOLEAN with the right nullability', () => {
  assert.equal(typeOf('<', [int(1), dbl(2)]), 'BOOLEAN NOT NULL');
  assert.equal(typeOf('=', [col(0, T.STRING()), str('a')]), 'BOOLEAN');
  assert.equal(typeOf('IS NULL', [col(0, T.STRING())]), 'BOOLEAN NOT NULL');
  assert.equal(typeOf('AND', [bool(true), col(0, T.BOOLEAN())]), 'BOOLEAN');
  assert.equal(typeOf('IN', [int(1), int(2), bigint(3n)]), 'BOOLEAN NOT NULL');
});

test('conditional result types', () => {
  assert.equal(typeOf('CASE', [bool(true), int(1), nul()]), 'INT');
  assert.equal(typeOf('CASE', [bool(true), int(1), dbl(2)]), 'DOUBLE NOT NULL');
  assert.equal(typeOf('COALESCE', [col(0, T.INT()), int(0)]), 'INT NOT NULL');
  assert.equal(typeOf('COALESCE', [col(0, T.INT()), col(1, T.BIGINT())]), 'BIGINT');
  assert.equal(typeOf('IFNULL', [col(0, T.INT()), int(5)]), 'INT NOT NULL');
  assert.equal(typeOf('NULLIF', [int(5), int(5)]), 'INT');
  assert.equal(typeOf('IF', [bool(true), str('a'), str('bc')]), 'STRING NOT NULL');
});

test('function result types', () => {
  assert.equal(typeOf('UPPER', [col(0, T.VARCHAR(10))]), 'VARCHAR(10)');
  assert.equal(typeOf('CHAR_LENGTH', [str('a')]), 'INT NOT NULL');
  assert.equal(typeOf('||', [col(0, T.CHAR(2)), col(1, T.CHAR(3))]), 'CHAR(5)');
  assert.equal(typeOf('REGEXP_EXTRACT', [str('a'), str('b')]), 'STRING');
  assert.equal(typeOf('ROUND', [dec('1.234', 10, 3), int(1)]), 'DECIMAL(9, 1) NOT NULL');
  assert.equal(typeOf('FLOOR', [dec('1.5', 10, 2)]), 'DECIMAL(9, 0) NOT NULL');
  assert.equal(typeOf('EXTRACT', [str('YEAR'), col(0, T.TIMESTAMP(3))]), 'BIGINT');
  assert.equal(typeOf('CURRENT_TIMESTAMP', []), 'TIMESTAMP_LTZ(3) NOT NULL');
  assert.equal(typeOf('PROCTIME', []), 'TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*');
  assert.equal(typeOf('LOCALTIMESTAMP', []), 'TIMESTAMP(3) NOT NULL');
  assert.equal(typeOf('TO_TIMESTAMP', [str('2024-01-01 00:00:00')]), 'TIMESTAMP(3)');
  assert.equal(typeOf('JSON_VALUE', [str('{}'), str('$.a')]), 'STRING');
  assert.equal(typeOf('JSON_VALUE', [str('{}'), str('$.a'), nul(T.INT())]), 'INT');
  assert.equal(typeOf('FLOOR', [col(0, T.TIMESTAMP(3)), str('HOUR')]), 'TIMESTAMP(3)');
  assert.equal(typeOf('TIMESTAMPDIFF', [str('DAY'), col(0, T.TIMESTAMP(3)), col(1, T.TIMESTAMP(3))]), 'INT');
});

test('type errors read like Flink’s, at the call’s position', () => {
  throwsSql(() => typeCall('+', [str('a'), int(1)], at), 'validation', /Cannot apply '\+' to arguments of type '<VARCHAR\(2147483647\)> \+ <INTEGER>'/);
  throwsSql(() => typeCall('=', [str('1'), int(1)], at), 'validation', /Cannot apply '=' to arguments of type '<VARCHAR\(2147483647\)> = <INTEGER>'/);
  throwsSql(() => typeCall('UPPER', [int(1)], at), 'validation', /Cannot apply 'UPPER' to arguments of type 'UPPER\(<INTEGER>\)'/);
  throwsSql(() => typeCall('UPPER', [str('a'), str('b')], at), 'validation', /Invalid number of arguments to function 'UPPER'. Was expecting 1 arguments/);
  throwsSql(() => typeCall('FOO', [int(1)], at), 'validation', /No match found for function signature FOO\(<NUMERIC>\)/);
  throwsSql(() => typeCall('%', [dbl(1), dbl(2)], at), 'validation', /Cannot apply '%'/);
  throwsSql(() => typeCall('AND', [int(1), bool(true)], at), 'validation', /Cannot apply 'AND'/);
  throwsSql(() => typeCall('ARRAY_CONTAINS', [int(1)], at), 'unsupported', /ARRAY_CONTAINS is not supported yet/);
  throwsSql(() => typeCall('COALESCE', [nul(), nul()], at), 'validation', /Illegal use of 'NULL'/);
});

test('explicit casts follow Flink’s cast matrix', () => {
  assert.equal(T.toSql(castRex(str('1'), T.INT(), false, at).type), 'INT NOT NULL');
  assert.equal(T.toSql(castRex(str('1'), T.INT(), true, at).type), 'INT');
  castRex(int(1), T.BOOLEAN(), false, at);
  castRex(col(0, T.TIMESTAMP(3)), T.DATE(), false, at);
  castRex(col(0, T.INTERVAL_DAY_TIME()), T.BIGINT(), false, at);
  throwsSql(() => castRex(int(1), T.TIMESTAMP(3), false, at), 'validation', /Cast function cannot convert value of type INTEGER NOT NULL to type TIMESTAMP\(3\)/);
  throwsSql(() => castRex(dbl(1), T.BOOLEAN(), false, at), 'validation', /cannot convert/);
  throwsSql(() => castRex(col(0, T.DATE()), T.INT(), false, at), 'validation', /cannot convert/);
  throwsSql(() => castRex(col(0, T.BYTES()), T.INT(), false, at), 'validation', /cannot convert/);
});

test('determinism and the function list', () => {
  for (const fn of ['PROCTIME', 'NOW', 'CURRENT_TIMESTAMP', 'RAND', 'UUID', 'RAND_INTEGER', 'UNIX_TIMESTAMP']) assert.equal(isDeterministic(fn), false, fn);
  assert.equal(isDeterministic('UPPER'), true);
  assert.equal(isScalarFunction('upper'), true);
  assert.equal(isScalarFunction('COUNT'), false);
});
