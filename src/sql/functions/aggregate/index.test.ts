import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAggregateFunction, resolveAggregate } from './index.ts';
import type { ResolveOptions } from './index.ts';
import * as T from '../../types/types.ts';
import type { LogicalType } from '../../types/types.ts';
import { SqlError } from '../../parse/errors.ts';

const at = { file: 'q.sql', line: 3, column: 8 };
const typeOf = (name: string, args: LogicalType[], options: ResolveOptions = {}, distinct = false) =>
  T.toSql(resolveAggregate(name, args, distinct, at, options).type);

function fails(name: string, args: LogicalType[], kind: SqlError['kind'], message: string | RegExp, distinct = false): void {
  assert.throws(() => resolveAggregate(name, args, distinct, at), (e: unknown) => {
    assert.ok(e instanceof SqlError);
    assert.equal(e.kind, kind);
    assert.equal(e.line, 3);
    assert.equal(e.column, 8);
    if (typeof message === 'string') assert.equal(e.message, `q.sql:3:8: ${message}`);
    else assert.match(e.message, message);
    return true;
  });
}

test('aggregate names, supported or not', () => {
  for (const n of ['COUNT', 'SUM', 'AVG', 'MIN', 'MAX', 'FIRST_VALUE', 'LAST_VALUE', 'LISTAGG', 'STDDEV_POP', 'VAR_SAMP', 'COLLECT']) assert.ok(isAggregateFunction(n), n);
  for (const n of ['UPPER', 'ROW_NUMBER', 'sum', 'CONSTRUCTOR', 'toString']) assert.ok(!isAggregateFunction(n), n);
});

test('COUNT is BIGINT NOT NULL', () => {
  assert.equal(typeOf('COUNT', []), 'BIGINT NOT NULL');
  assert.equal(typeOf('COUNT', [T.STRING()]), 'BIGINT NOT NULL');
  assert.equal(typeOf('COUNT', [T.INT(), T.STRING()], {}, true), 'BIGINT NOT NULL');
});

test('SUM keeps the integer type and widens DECIMAL to 38 digits (findSumAggType)', () => {
  assert.equal(typeOf('SUM', [T.TINYINT()]), 'TINYINT');
  assert.equal(typeOf('SUM', [T.INT()]), 'INT');
  assert.equal(typeOf('SUM', [T.BIGINT()]), 'BIGINT');
  assert.equal(typeOf('SUM', [T.FLOAT()]), 'FLOAT');
  assert.equal(typeOf('SUM', [T.DOUBLE()]), 'DOUBLE');
  assert.equal(typeOf('SUM', [T.DECIMAL(10, 2)]), 'DECIMAL(38, 2)');
  assert.equal(typeOf('SUM', [T.DECIMAL(38, 18)]), 'DECIMAL(38, 18)');
});

test('AVG keeps the argument type; DECIMAL(p, s) → DECIMAL(38, max(6, s)) (findAvgAggType)', () => {
  assert.equal(typeOf('AVG', [T.INT()]), 'INT');
  assert.equal(typeOf('AVG', [T.SMALLINT()]), 'SMALLINT');
  assert.equal(typeOf('AVG', [T.BIGINT()]), 'BIGINT');
  assert.equal(typeOf('AVG', [T.FLOAT()]), 'FLOAT');
  assert.equal(typeOf('AVG', [T.DECIMAL(10, 2)]), 'DECIMAL(38, 6)');
  assert.equal(typeOf('AVG', [T.DECIMAL(20, 8)]), 'DECIMAL(38, 8)');
});

test('MIN/MAX/FIRST_VALUE/LAST_VALUE keep the type; a time attribute becomes a plain timestamp', () => {
  assert.equal(typeOf('MIN', [T.VARCHAR(5)]), 'VARCHAR(5)');
  assert.equal(typeOf('MAX', [T.CHAR(2)]), 'CHAR(2)');
  assert.equal(typeOf('MAX', [T.TIMESTAMP(3, false, 'ROWTIME')]), 'TIMESTAMP(3)');
  assert.equal(typeOf('MAX', [T.TIMESTAMP_LTZ(3, true, 'PROCTIME')]), 'TIMESTAMP_LTZ(3)');
  assert.equal(typeOf('MIN', [T.DATE()]), 'DATE');
  assert.equal(typeOf('FIRST_VALUE', [T.DECIMAL(5, 1)]), 'DECIMAL(5, 1)');
  assert.equal(typeOf('LAST_VALUE', [T.STRING()]), 'STRING');
});

test('nullability as Calcite infers it: NOT NULL only when grouped over a NOT NULL argument', () => {
  for (const fn of ['SUM', 'AVG', 'MIN', 'MAX', 'FIRST_VALUE', 'LAST_VALUE']) {
    assert.equal(typeOf(fn, [T.INT(false)]), 'INT', fn);
    assert.equal(typeOf(fn, [T.INT(false)], { grouped: true }), 'INT NOT NULL', fn);
    assert.equal(typeOf(fn, [T.INT(true)], { grouped: true }), 'INT', fn);
  }
  assert.equal(typeOf('SUM', [T.DECIMAL(10, 2, false)], { grouped: true }), 'DECIMAL(38, 2) NOT NULL');
  assert.equal(typeOf('LISTAGG', [T.STRING(false)], { grouped: true }), 'STRING');
  assert.equal(typeOf('COUNT', [T.INT()], { grouped: false }), 'BIGINT NOT NULL');
});

test('LISTAGG returns its first argument type, nullable (ARG0_NULLABLE)', () => {
  assert.equal(typeOf('LISTAGG', [T.STRING()]), 'STRING');
  assert.equal(typeOf('LISTAGG', [T.VARCHAR(10, false), T.CHAR(1, false)]), 'VARCHAR(10)');
});

test('wrong argument types fail at the call with Flink\'s messages', () => {
  fails('SUM', [T.STRING()], 'validation', "Cannot apply 'SUM' to arguments of type 'SUM(<VARCHAR(2147483647)>)'. Supported form(s): 'SUM(<NUMERIC>)'");
  fails('AVG', [T.BOOLEAN()], 'validation', "Cannot apply 'AVG' to arguments of type 'AVG(<BOOLEAN>)'. Supported form(s): 'AVG(<NUMERIC>)'");
  fails('SUM', [T.INTERVAL_DAY_TIME()], 'validation', /Cannot apply 'SUM'/);
  fails('MIN', [T.ARRAY(T.INT())], 'validation', "Cannot apply 'MIN' to arguments of type 'MIN(<ARRAY<INT>>)'. Supported form(s): 'MIN(<COMPARABLE_TYPE>)'");
  fails('MAX', [T.BYTES()], 'validation', "MAX aggregate function does not support type: 'BYTES'. Please re-check the data type.");
  fails('FIRST_VALUE', [T.TIMESTAMP(3)], 'validation', "FIRST_VALUE aggregate function does not support type: 'TIMESTAMP(3)'. Please re-check the data type.");
  fails('LISTAGG', [T.INT()], 'validation', "Cannot apply 'LISTAGG' to arguments of type 'LISTAGG(<INTEGER>)'. Supported form(s): 'LISTAGG(<CHARACTER>)'\n'LISTAGG(<CHARACTER>, <CHARACTER_LITERAL>)'");
  fails('LISTAGG', [T.STRING(), T.INT()], 'validation', /Cannot apply 'LISTAGG'/);
  fails('SUM', [T.NULL()], 'validation', /Illegal use of 'NULL' in SUM/);
});

test('wrong argument counts', () => {
  fails('SUM', [], 'validation', "Invalid number of arguments to function 'SUM'. Was expecting 1 arguments");
  fails('MIN', [T.INT(), T.INT()], 'validation', "Invalid number of arguments to function 'MIN'. Was expecting 1 arguments");
  fails('LISTAGG', [T.STRING(), T.STRING(), T.STRING()], 'validation', "Invalid number of arguments to function 'LISTAGG'. Was expecting 1 to 2 arguments");
  fails('COUNT', [T.INT(), T.INT()], 'validation', /COUNT of more than one field/);
  assert.doesNotThrow(() => resolveAggregate('COUNT', [T.INT(), T.INT()], true, at));
});

test('Flink aggregates Weir lacks are unsupported, named; unknown names are validation errors', () => {
  fails('STDDEV_POP', [T.DOUBLE()], 'unsupported', /Aggregate function STDDEV_POP is not supported by Weir yet/);
  fails('NOPE', [T.DOUBLE()], 'validation', 'No aggregate function named NOPE');
});

test('DISTINCT wraps the function; MIN/MAX ignore it (same result)', () => {
  const f = resolveAggregate('SUM', [T.INT()], true, at);
  let acc = f.create();
  for (const v of [1, 1, 2]) acc = f.add(acc, [v]);
  assert.equal(f.result(acc), 3);
  const m = resolveAggregate('MAX', [T.INT()], true, at);
  let macc = m.create();
  for (const v of [1, 5, 5]) macc = m.add(macc, [v]);
  assert.equal(m.result(macc), 5);
  // The accumulators show it: SUM's holds the seen tuples around SUM's own; MIN/MAX's is the plain one.
  const sumAcc = f.create() as { seen?: unknown; inner?: unknown };
  assert.ok(sumAcc.seen instanceof Map, 'DISTINCT SUM tracks the tuples it has seen');
  assert.deepEqual(sumAcc.inner, resolveAggregate('SUM', [T.INT()], false, at).create());
  for (const name of ['MIN', 'MAX']) {
    const plain = resolveAggregate(name, [T.INT()], false, at).create();
    const distinct = resolveAggregate(name, [T.INT()], true, at).create() as object;
    assert.ok(!('seen' in distinct), `DISTINCT ${name} is not wrapped`);
    assert.deepEqual(distinct, plain);
  }
  assert.ok(!('seen' in (macc as object)));
});
