// CAST and TRY_CAST evaluation: numeric narrowing, strings to every type, bad input (CAST fails
// naming value and type, TRY_CAST gives NULL), timestamps across time zones, CHAR/VARCHAR lengths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import type { Rex } from '../plan/rex.ts';
import { WeirError } from '../../util/errors.ts';
import { castRex, compileRex } from './index.ts';
import { at, utc, zoned, int, bigint, dbl, str, bool, dec, text } from './testkit.ts';
import type { EvalContext } from './types.ts';

const cast = (r: Rex, to: LogicalType, ctx: EvalContext = utc) => text(compileRex(castRex(r, to, false, at), ctx)([]));
const tryCast = (r: Rex, to: LogicalType) => text(compileRex(castRex(r, to, true, at), utc)([]));
const lit = (value: unknown, type: LogicalType): Rex => ({ kind: 'literal', value, type });

test('numeric casts narrow like Java and DECIMAL overflow is NULL', () => {
  assert.equal(cast(int(300), T.TINYINT()), 44);
  assert.equal(cast(bigint(4294967297n), T.INT()), 1);
  assert.equal(cast(dbl(3.99), T.INT()), 3);
  assert.equal(cast(dbl(-3.99), T.INT()), -3);
  assert.equal(cast(dbl(1e20), T.INT()), 2147483647);
  assert.equal(cast(dbl(1e20), T.BIGINT()), 9223372036854775807n);
  assert.equal(cast(dec('12.99', 5, 2), T.INT()), 12);
  assert.equal(cast(dbl(1.005), T.DECIMAL(5, 2)), '1.01'); // BigDecimal.valueOf(1.005) = 1.005, HALF_UP
  assert.equal(cast(dec('123.456', 6, 3), T.DECIMAL(3, 1)), null);
  assert.equal(cast(dec('123.456', 6, 3), T.DECIMAL(4, 1)), '123.5');
  assert.equal(cast(int(5), T.DOUBLE()), 5);
  assert.equal(cast(dbl(0.1), T.FLOAT()), Math.fround(0.1));
  assert.equal(cast(bool(true), T.INT()), 1);
  assert.equal(cast(int(0), T.BOOLEAN()), false);
  assert.equal(cast(bigint(-2n), T.BOOLEAN()), true);
});

test('strings to numbers, booleans, dates and times; bad input fails CAST and is NULL for TRY_CAST', () => {
  assert.equal(cast(str(' 42 '), T.INT()), 42);
  assert.equal(cast(str('-7'), T.BIGINT()), -7n);
  assert.equal(cast(str('1.5e3'), T.DOUBLE()), 1500);
  assert.equal(cast(str('12.345'), T.DECIMAL(5, 2)), '12.35');
  assert.equal(cast(str('yes'), T.BOOLEAN()), true);
  assert.equal(cast(str('FALSE'), T.BOOLEAN()), false);
  assert.equal(cast(str('2024-02-29'), T.DATE()), 19782);
  assert.equal(cast(str('10:15:30'), T.TIME(0)), 36_930_000);
  assert.equal(cast(str('2024-01-01 10:00:00.123'), T.TIMESTAMP(3)), Date.UTC(2024, 0, 1, 10, 0, 0, 123));
  assert.equal(cast(str('2024-01-01T10:00:00.987'), T.TIMESTAMP(0)), Date.UTC(2024, 0, 1, 10));
  assert.throws(() => cast(str('non-number'), T.INT()), (e: unknown) =>
    e instanceof WeirError && e.message === "Cannot cast 'non-number' of type STRING to INT" && /TRY_CAST/.test(e.hint ?? ''));
  assert.throws(() => cast(str('99999999999'), T.INT()), WeirError);
  assert.throws(() => cast(str('2024-02-30'), T.DATE()), WeirError);
  assert.equal(tryCast(str('non-number'), T.INT()), null);
  assert.equal(tryCast(str('maybe'), T.BOOLEAN()), null);
  assert.equal(tryCast(str('42'), T.INT()), 42);
});

test('to CHAR(n) pads, to VARCHAR(n) cuts; everything casts to STRING as Flink prints it', () => {
  assert.equal(cast(str('ab'), T.CHAR(4)), 'ab  ');
  assert.equal(cast(str('abcdef'), T.VARCHAR(3)), 'abc');
  assert.equal(cast(int(42), T.STRING()), '42');
  assert.equal(cast(bool(true), T.STRING()), 'TRUE');
  assert.equal(cast(dec('1.50', 5, 2), T.STRING()), '1.50');
  assert.equal(cast(dbl(1e10), T.STRING()), '1.0E10');
  assert.equal(cast(lit(Date.UTC(2024, 0, 1, 10), T.TIMESTAMP(3, false)), T.STRING()), '2024-01-01 10:00:00.000');
  assert.equal(cast(str('hi'), T.BYTES()) instanceof Uint8Array, true);
});

test('TIMESTAMP ↔ TIMESTAMP_LTZ, DATE and TIME use the session time zone', () => {
  const berlin = zoned('Europe/Berlin');
  const wall = Date.UTC(2024, 6, 1, 12); // 12:00 wall clock; Berlin is UTC+2 in July
  assert.equal(cast(lit(wall, T.TIMESTAMP(3, false)), T.TIMESTAMP_LTZ(3), berlin), Date.UTC(2024, 6, 1, 10));
  assert.equal(cast(lit(Date.UTC(2024, 0, 1, 23, 30), T.TIMESTAMP_LTZ(3, false)), T.TIMESTAMP(3), berlin), Date.UTC(2024, 0, 2, 0, 30));
  assert.equal(cast(lit(Date.UTC(2024, 0, 1, 23, 30), T.TIMESTAMP_LTZ(3, false)), T.DATE(), berlin), 19724); // 2024-01-02
  assert.equal(cast(lit(Date.UTC(2024, 0, 1, 23, 30), T.TIMESTAMP_LTZ(3, false)), T.STRING(), berlin), '2024-01-02 00:30:00.000');
  assert.equal(cast(str('2024-07-01 12:00:00'), T.TIMESTAMP_LTZ(3), berlin), Date.UTC(2024, 6, 1, 10));
  assert.equal(cast(lit(19724, T.DATE(false)), T.TIMESTAMP(3)), 19724 * 86_400_000);
  assert.equal(cast(lit(Date.UTC(2024, 0, 1, 10, 11, 12, 500), T.TIMESTAMP(3, false)), T.TIME(0)), 36_672_000);
  assert.equal(cast(lit(Date.UTC(2024, 0, 1, 10), T.TIMESTAMP(3, false)), T.TIMESTAMP_LTZ(3), zoned('+08:00')), Date.UTC(2024, 0, 1, 2));
});

test('collections cast element by element', () => {
  const arr = lit([1, null, 3], T.ARRAY(T.INT(), false));
  assert.deepEqual(cast(arr, T.ARRAY(T.BIGINT())), [1n, null, 3n]);
  assert.equal(cast(arr, T.STRING()), '[1, NULL, 3]');
});
