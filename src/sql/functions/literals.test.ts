// Typed literals and INTERVAL literals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../types/types.ts';
import { SqlError } from '../parse/errors.ts';
import { parseLiteral, typedLiteral, intervalValue } from './index.ts';
import { at } from './testkit.ts';

test('DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ literals', () => {
  assert.equal(parseLiteral('2024-01-01', T.DATE()), 19723);
  assert.equal(parseLiteral('10:00:00', T.TIME()), 36_000_000);
  assert.equal(parseLiteral('2024-01-01 10:00:00.123', T.TIMESTAMP(3)), Date.UTC(2024, 0, 1, 10, 0, 0, 123));
  assert.equal(parseLiteral('2024-01-01 10:00:00', T.TIMESTAMP_LTZ(3), { timeZone: 'Europe/Berlin' }), Date.UTC(2024, 0, 1, 9));
  const r = typedLiteral('TIMESTAMP', '2024-01-01 10:00:00.12', at);
  assert.equal(T.toSql(r.type), 'TIMESTAMP(2) NOT NULL');
  assert.equal(T.toSql(typedLiteral('DATE', '2024-01-01', at).type), 'DATE NOT NULL');
  assert.throws(() => typedLiteral('DATE', '2024-13-01', at), (e: unknown) =>
    e instanceof SqlError && e.kind === 'validation' && e.line === 3 && /Illegal DATE literal '2024-13-01'/.test(e.message));
  assert.throws(() => parseLiteral('yesterday', T.TIMESTAMP(3)), /Illegal TIMESTAMP literal/);
});

test('INTERVAL literals', () => {
  assert.equal(intervalValue('5', 'SECOND', undefined, at).value, 5000);
  assert.equal(intervalValue('1.5', 'SECOND', undefined, at).value, 1500);
  assert.equal(intervalValue('1-2', 'YEAR', 'MONTH', at).value, 14);
  assert.equal(intervalValue('1 10:00:00', 'DAY', 'SECOND', at).value, 122_400_000);
  assert.equal(intervalValue('10 00:00:00.004', 'DAY', 'SECOND', at).value, 864_000_004);
  assert.equal(intervalValue('-3', 'DAY', undefined, at).value, -259_200_000);
  assert.equal(intervalValue('2', 'HOURS', undefined, at).value, 7_200_000);
  assert.equal(intervalValue('1:30', 'HOUR', 'MINUTE', at).value, 5_400_000);
  assert.equal(T.toSql(intervalValue('1-2', 'YEAR', 'MONTH', at).type), 'INTERVAL YEAR(2) TO MONTH NOT NULL');
  assert.equal(T.toSql(intervalValue('5', 'SECOND', undefined, at).type), 'INTERVAL SECOND(3) NOT NULL');
  assert.throws(() => intervalValue('1-12', 'YEAR', 'MONTH', at), /months must be between 0 and 11/);
  assert.throws(() => intervalValue('1 25:00:00', 'DAY', 'SECOND', at), /hour must be less than 24/);
  assert.throws(() => intervalValue('abc', 'DAY', undefined, at), (e: unknown) => e instanceof SqlError && e.column === 7);
});
