// Evaluation of operators and special forms: arithmetic overflow and exactness, division by zero,
// three-valued logic with short-circuit, predicates, IN/BETWEEN with NULLs, CASE laziness, LIKE.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../types/types.ts';
import { call } from '../plan/rex.ts';
import { WeirError } from '../../util/errors.ts';
import { typeCall, compileRex } from './index.ts';
import { at, utc, run, int, bigint, dbl, str, bool, dec, nul, col, text } from './testkit.ts';

test('INT and BIGINT arithmetic wraps like Java', () => {
  assert.equal(run('+', [int(2147483647), int(1)]), -2147483648);
  assert.equal(run('*', [int(65536), int(65536)]), 0);
  assert.equal(run('-', [int(-2147483648), int(1)]), 2147483647);
  assert.equal(run('+', [bigint(9223372036854775807n), bigint(1n)]), -9223372036854775808n);
  assert.equal(run('*', [bigint(3037000500n), bigint(3037000500n)]), -9223372036709301616n);
  assert.equal(run('NEGATE', [int(-2147483648)]), -2147483648);
  assert.equal(run('ABS', [int(-2147483648)]), -2147483648);
  const tiny = (v: number) => ({ kind: 'literal' as const, value: v, type: T.TINYINT(false) });
  assert.equal(run('+', [tiny(127), tiny(1)]), -128);
});

test('integer division truncates; MOD has the dividend’s sign; dividing by zero fails', () => {
  assert.equal(run('/', [int(7), int(2)]), 3);
  assert.equal(run('/', [int(-7), int(2)]), -3);
  assert.equal(run('%', [int(-7), int(3)]), -1);
  assert.equal(run('MOD', [int(7), int(-3)]), 1);
  assert.equal(run('/', [bigint(-7n), int(2)]), -3n);
  assert.equal(run('%', [bigint(10n), int(3)]), 1);
  assert.throws(() => run('/', [int(1), int(0)]), (e: unknown) => e instanceof WeirError && /Division by zero/.test(e.message));
  assert.throws(() => run('%', [bigint(1n), bigint(0n)]), WeirError);
  assert.equal(run('/', [dbl(1), dbl(0)]), Infinity);
  assert.ok(Number.isNaN(run('/', [dbl(0), dbl(0)])));
});

test('DECIMAL arithmetic is exact, with Flink’s result scale, and NULL on overflow', () => {
  assert.equal(text(run('+', [dec('0.1', 10, 1), dec('0.2', 10, 1)])), '0.3');
  assert.equal(text(run('*', [dec('1.10', 5, 2), dec('2.5', 3, 1)])), '2.750');
  // DECIMAL(10, 0) / DECIMAL(10, 0) → DECIMAL(21, 11): 1/3 rounded HALF_UP at 11 digits
  assert.equal(text(run('/', [dec('1', 10, 0), dec('3', 10, 0)])), '0.33333333333');
  assert.equal(text(run('+', [dec('1.5', 10, 1), int(2)])), '3.5');
  // DECIMAL(38, 0) + DECIMAL(38, 0) → DECIMAL(38, 0): overflow is NULL
  const big = '9'.repeat(38);
  assert.equal(run('+', [dec(big, 38, 0), dec('1', 38, 0)]), null);
  assert.throws(() => run('/', [dec('1', 10, 0), dec('0', 10, 0)]), WeirError);
  assert.equal(run('+', [dbl(0.5), dec('1.25', 5, 2)]), 1.75);
});

test('datetime ± INTERVAL', () => {
  const ts = (ms: number) => ({ kind: 'literal' as const, value: ms, type: T.TIMESTAMP(3, false) });
  const date = (d: number) => ({ kind: 'literal' as const, value: d, type: T.DATE(false) });
  const dt = (ms: number) => ({ kind: 'literal' as const, value: ms, type: T.INTERVAL_DAY_TIME('SECOND', 2, 3, false) });
  const ym = (m: number) => ({ kind: 'literal' as const, value: m, type: T.INTERVAL_YEAR_MONTH('MONTH', 2, false) });
  const jan31 = Date.UTC(2024, 0, 31, 10);
  assert.equal(run('+', [ts(jan31), dt(5000)]), jan31 + 5000);
  assert.equal(run('-', [ts(jan31), dt(5000)]), jan31 - 5000);
  assert.equal(run('+', [ts(jan31), ym(1)]), Date.UTC(2024, 1, 29, 10)); // clamped to Feb 29
  assert.equal(run('+', [ym(1), date(19753)]), 19782); // 2024-01-31 + 1 month = 2024-02-29
  assert.equal(run('+', [date(0), dt(86_400_000 * 2)]), 2);
  assert.equal(T.toSql(typeCall('+', [ts(0), dt(1)], at).type), 'TIMESTAMP(3) NOT NULL');
});

test('comparisons across numeric types and NULL', () => {
  assert.equal(run('<', [int(1), dbl(1.5)]), true);
  assert.equal(run('=', [int(1), bigint(1n)]), true);
  assert.equal(run('=', [dec('1.0', 5, 1), dec('1.00', 5, 2)]), true);
  assert.equal(run('>', [dec('2', 5, 0), int(1)]), true);
  assert.equal(run('=', [int(1), nul()]), null);
  assert.equal(run('<>', [str('a'), str('b')]), true);
  assert.equal(run('<', [str('B'), str('a')]), true);
  assert.equal(run('IS DISTINCT FROM', [int(1), nul()]), true);
  assert.equal(run('IS NOT DISTINCT FROM', [nul(T.INT()), nul(T.INT())]), true);
});

test('AND/OR are three-valued and short-circuit', () => {
  assert.equal(run('AND', [bool(true), nul(T.BOOLEAN())]), null);
  assert.equal(run('AND', [bool(false), nul(T.BOOLEAN())]), false);
  assert.equal(run('OR', [bool(true), nul(T.BOOLEAN())]), true);
  assert.equal(run('OR', [bool(false), nul(T.BOOLEAN())]), null);
  assert.equal(run('AND', [bool(true), bool(true), bool(false)]), false);
  assert.equal(run('NOT', [nul(T.BOOLEAN())]), null);
  // The right side is not evaluated when the left decides: 1/0 would fail.
  const boom = typeCall('=', [typeCall('/', [int(1), int(0)], at), int(1)], at);
  assert.equal(compileRex(typeCall('AND', [bool(false), boom], at), utc)([]), false);
  assert.equal(compileRex(typeCall('OR', [bool(true), boom], at), utc)([]), true);
});

test('IS [NOT] NULL/TRUE/FALSE never return NULL', () => {
  assert.equal(run('IS NULL', [nul(T.INT())]), true);
  assert.equal(run('IS NOT NULL', [int(1)]), true);
  assert.equal(run('IS TRUE', [nul(T.BOOLEAN())]), false);
  assert.equal(run('IS NOT TRUE', [nul(T.BOOLEAN())]), true);
  assert.equal(run('IS FALSE', [bool(false)]), true);
  assert.equal(run('IS NOT FALSE', [nul(T.BOOLEAN())]), true);
});

test('BETWEEN and IN follow Flink’s documented NULL results', () => {
  assert.equal(run('BETWEEN', [int(12), int(15), int(12)]), false);
  assert.equal(run('BETWEEN', [int(12), int(10), nul(T.INT())]), null);
  assert.equal(run('BETWEEN', [int(12), nul(T.INT()), int(10)]), false);
  assert.equal(run('NOT BETWEEN', [int(12), int(15), int(12)]), true);
  assert.equal(run('NOT BETWEEN', [int(12), nul(T.INT()), int(15)]), null);
  assert.equal(run('NOT BETWEEN', [int(12), int(15), nul(T.INT())]), true);
  assert.equal(run('IN', [int(4), int(1), int(2), int(3)]), false);
  assert.equal(run('IN', [int(1), int(1), int(2), nul(T.INT())]), true);
  assert.equal(run('IN', [int(4), int(1), int(2), nul(T.INT())]), null);
  assert.equal(run('NOT IN', [int(4), int(1), int(2), int(3)]), true);
  assert.equal(run('NOT IN', [int(1), int(1), int(2), nul(T.INT())]), false);
  assert.equal(run('NOT IN', [int(4), int(1), int(2), nul(T.INT())]), null);
  assert.equal(run('IN', [nul(T.INT()), int(1)]), null);
  // column against a list that needs casts (INT column, BIGINT and DECIMAL literals)
  assert.equal(run('IN', [col(0, T.INT()), bigint(5n), dec('7', 3, 0)], [7]), true);
  assert.equal(run('IN', [col(0, T.STRING()), str('a'), col(1, T.STRING())], ['b', 'b']), true);
});

test('CASE is lazy; COALESCE, IF, NULLIF, IFNULL, GREATEST, LEAST', () => {
  const boom = typeCall('/', [int(1), int(0)], at);
  assert.equal(run('CASE', [bool(false), boom, bool(true), int(2), int(3)]), 2);
  assert.equal(run('CASE', [nul(T.BOOLEAN()), int(1), int(3)]), 3);
  assert.equal(run('CASE', [bool(false), int(1), nul()]), null);
  assert.equal(run('COALESCE', [nul(T.INT()), int(2), boom]), 2);
  assert.equal(run('COALESCE', [nul(), str('default')]), 'default');
  assert.equal(run('IF', [bool(true), int(5), int(3)]), 5);
  assert.equal(run('IF', [nul(T.BOOLEAN()), int(5), int(3)]), 3);
  assert.equal(run('NULLIF', [int(5), int(5)]), null);
  assert.equal(run('NULLIF', [int(5), int(0)]), 5);
  assert.equal(run('IFNULL', [nul(T.INT()), int(5)]), 5);
  assert.equal(run('GREATEST', [int(1), int(3), int(2)]), 3);
  assert.equal(run('LEAST', [int(1), dbl(0.5)]), 0.5);
  assert.equal(run('GREATEST', [int(1), nul(T.INT())]), null);
});

test('LIKE with %, _, the default escape \\ and ESCAPE', () => {
  assert.equal(run('LIKE', [str('hello'), str('h%o')]), true);
  assert.equal(run('LIKE', [str('hello'), str('h_llo')]), true);
  assert.equal(run('LIKE', [str('hello'), str('h_lo')]), false);
  assert.equal(run('LIKE', [str('a\nb'), str('a%b')]), true);
  assert.equal(run('LIKE', [str('50%'), str('50\\%')]), true);
  assert.equal(run('LIKE', [str('500'), str('50\\%')]), false);
  assert.equal(run('LIKE', [str('a_c'), str('a!_c'), str('!')]), true);
  assert.equal(run('LIKE', [str('abc'), str('a!_c'), str('!')]), false);
  assert.equal(run('LIKE', [str('a.c'), str('a.c')]), true);
  assert.equal(run('LIKE', [str('abc'), str('a.c')]), false);
  assert.equal(run('NOT LIKE', [str('abc'), str('%b%')]), false);
  assert.equal(run('LIKE', [nul(T.STRING()), str('%')]), null);
  assert.throws(() => run('LIKE', [str('abc'), str('a!bc'), str('!')]), /Invalid escape sequence/);
  const dynamic = compileRex(typeCall('LIKE', [col(0, T.STRING()), col(1, T.STRING())], at), utc);
  assert.equal(dynamic(['xyz', 'x%']), true);
  assert.equal(dynamic(['xyz', '%y']), false);
});

test('inputs and literals compile to plain reads', () => {
  const e = compileRex(call('+', [col(0, T.INT(false)), col(1, T.INT(false))], T.INT(false)), utc);
  assert.equal(e([2, 3]), 5);
});
