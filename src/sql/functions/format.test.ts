// valueToString: Flink's CAST(x AS STRING) text for every type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../types/types.ts';
import { Decimal } from '../types/decimal.ts';
import { doubleText } from '../types/java-text.ts';
import { valueToString } from './index.ts';

test('scalars', () => {
  assert.equal(valueToString(true, T.BOOLEAN()), 'TRUE');
  assert.equal(valueToString(false, T.BOOLEAN()), 'FALSE');
  assert.equal(valueToString(-5, T.INT()), '-5');
  assert.equal(valueToString(9007199254740993n, T.BIGINT()), '9007199254740993');
  assert.equal(valueToString(Decimal.fromString('1.50'), T.DECIMAL(5, 2)), '1.50');
  assert.equal(valueToString('x', T.STRING()), 'x');
  assert.equal(valueToString(null, T.INT()), 'NULL');
});

test('doubles and floats as Java prints them', () => {
  assert.equal(doubleText(1), '1.0');
  assert.equal(doubleText(0.1), '0.1');
  assert.equal(doubleText(1234567), '1234567.0');
  assert.equal(doubleText(12345678), '1.2345678E7');
  assert.equal(doubleText(0.001), '0.001');
  assert.equal(doubleText(0.0001), '1.0E-4');
  assert.equal(doubleText(-0), '-0.0');
  assert.equal(doubleText(NaN), 'NaN');
  assert.equal(doubleText(-Infinity), '-Infinity');
  assert.equal(valueToString(Math.fround(0.1), T.FLOAT()), '0.1');
  assert.equal(valueToString(Math.fround(1.1), T.FLOAT()), '1.1');
});

test('dates, times, timestamps, intervals', () => {
  const t = Date.UTC(2024, 0, 1, 10, 0, 0, 123);
  assert.equal(valueToString(19723, T.DATE()), '2024-01-01');
  assert.equal(valueToString(-1, T.DATE()), '1969-12-31');
  assert.equal(valueToString(t, T.TIMESTAMP(3)), '2024-01-01 10:00:00.123');
  assert.equal(valueToString(Date.UTC(2024, 0, 1, 10), T.TIMESTAMP(3)), '2024-01-01 10:00:00.000');
  assert.equal(valueToString(Date.UTC(2024, 0, 1, 10), T.TIMESTAMP(0)), '2024-01-01 10:00:00');
  assert.equal(valueToString(t, T.TIMESTAMP(6)), '2024-01-01 10:00:00.123000');
  assert.equal(valueToString(t, T.TIMESTAMP_LTZ(3), { timeZone: 'Asia/Tokyo' }), '2024-01-01 19:00:00.123');
  assert.equal(valueToString(36_930_000, T.TIME(0)), '10:15:30');
  assert.equal(valueToString(14, T.INTERVAL_YEAR_MONTH()), '+1-02');
  assert.equal(valueToString(-122_400_000, T.INTERVAL_DAY_TIME()), '-1 10:00:00.000');
});

test('collections and bytes', () => {
  assert.equal(valueToString([1, 2, null], T.ARRAY(T.INT())), '[1, 2, NULL]');
  assert.equal(valueToString(new Map([['k', 1], ['j', null]]), T.MAP(T.STRING(), T.INT())), '{k=1, j=NULL}');
  assert.equal(valueToString([1, 'a', [true]], T.ROW([{ name: 'x', type: T.INT() }, { name: 'y', type: T.STRING() }, { name: 'z', type: T.ARRAY(T.BOOLEAN()) }])), '(1, a, [TRUE])');
  const bytes = new Uint8Array([104, 105]);
  assert.equal(valueToString(bytes, T.BYTES()), 'hi');
});
