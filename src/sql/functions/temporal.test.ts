// Temporal functions: EXTRACT and shortcuts (Flink docs examples), FLOOR/CEIL to units,
// TIMESTAMPADD/DIFF, DATE_FORMAT, TO_TIMESTAMP(_LTZ), TO_DATE, UNIX_TIMESTAMP, FROM_UNIXTIME, clocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../types/types.ts';
import type { Rex } from '../plan/rex.ts';
import { run, int, bigint, str, zoned, dbl } from './testkit.ts';

const ts = (text: string): Rex => ({ kind: 'literal', value: Date.parse(text.replace(' ', 'T') + 'Z'), type: T.TIMESTAMP(3, false) });
const ltz = (ms: number): Rex => ({ kind: 'literal', value: ms, type: T.TIMESTAMP_LTZ(3, false) });
const date = (text: string): Rex => ({ kind: 'literal', value: Date.parse(text + 'T00:00:00Z') / 86_400_000, type: T.DATE(false) });
const time = (ms: number): Rex => ({ kind: 'literal', value: ms, type: T.TIME(0, false) });
const ms = (text: string): number => Date.parse(text.replace(' ', 'T') + 'Z');

test('EXTRACT and its shortcuts (Flink docs examples)', () => {
  assert.equal(run('EXTRACT', [str('DAY'), date('2006-06-05')]), 5n);
  assert.equal(run('YEAR', [date('1994-09-27')]), 1994n);
  assert.equal(run('QUARTER', [date('1994-09-27')]), 3n);
  assert.equal(run('MONTH', [date('1994-09-27')]), 9n);
  assert.equal(run('WEEK', [date('1994-09-27')]), 39n);
  assert.equal(run('DAYOFYEAR', [date('1994-09-27')]), 270n);
  assert.equal(run('DAYOFMONTH', [date('1994-09-27')]), 27n);
  assert.equal(run('DAYOFWEEK', [date('1994-09-27')]), 3n);
  assert.equal(run('HOUR', [ts('1994-09-27 13:14:15')]), 13n);
  assert.equal(run('MINUTE', [ts('1994-09-27 13:14:15')]), 14n);
  assert.equal(run('SECOND', [ts('1994-09-27 13:14:15')]), 15n);
  assert.equal(run('EXTRACT', [str('MILLISECOND'), ts('1994-09-27 13:14:15.250')]), 15250n);
  assert.equal(run('EXTRACT', [str('EPOCH'), ts('1970-01-02 00:00:00')]), 86400n);
  assert.equal(run('EXTRACT', [str('HOUR'), ltz(ms('2024-01-01 23:30:00'))], [], zoned('Asia/Tokyo')), 8n);
  assert.equal(run('EXTRACT', [str('DAY'), { kind: 'literal', value: 122_400_000, type: T.INTERVAL_DAY_TIME('DAY_TO_SECOND', 2, 3, false) }]), 1n);
  assert.equal(run('EXTRACT', [str('MONTH'), { kind: 'literal', value: 14, type: T.INTERVAL_YEAR_MONTH('YEAR_TO_MONTH', 2, false) }]), 2n);
});

test('FLOOR and CEIL of datetimes', () => {
  assert.equal(run('FLOOR', [time(12 * 3_600_000 + 44 * 60_000 + 31_000), str('MINUTE')]), 12 * 3_600_000 + 44 * 60_000);
  assert.equal(run('CEIL', [time(12 * 3_600_000 + 44 * 60_000 + 31_000), str('MINUTE')]), 12 * 3_600_000 + 45 * 60_000);
  assert.equal(run('FLOOR', [ts('2024-05-17 10:20:30'), str('HOUR')]), ms('2024-05-17 10:00:00'));
  assert.equal(run('FLOOR', [ts('2024-05-17 10:20:30'), str('MONTH')]), ms('2024-05-01 00:00:00'));
  assert.equal(run('FLOOR', [ts('2024-05-17 10:20:30'), str('QUARTER')]), ms('2024-04-01 00:00:00'));
  assert.equal(run('FLOOR', [ts('2024-05-17 10:20:30'), str('YEAR')]), ms('2024-01-01 00:00:00'));
  assert.equal(run('CEIL', [ts('2024-05-17 10:20:30'), str('DAY')]), ms('2024-05-18 00:00:00'));
  assert.equal(run('CEIL', [ts('2024-05-17 00:00:00'), str('DAY')]), ms('2024-05-17 00:00:00'));
  assert.equal(run('CEIL', [ts('2024-12-17 10:00:00'), str('MONTH')]), ms('2025-01-01 00:00:00'));
  assert.equal(run('FLOOR', [date('2024-05-17'), str('MONTH')]), Date.parse('2024-05-01T00:00:00Z') / 86_400_000);
  // TIMESTAMP_LTZ floors in the session zone: 2024-01-01 23:30 UTC is 2024-01-02 08:30 in Tokyo
  assert.equal(run('FLOOR', [ltz(ms('2024-01-01 23:30:00')), str('DAY')], [], zoned('Asia/Tokyo')), ms('2024-01-01 15:00:00'));
});

test('TIMESTAMPADD and TIMESTAMPDIFF', () => {
  assert.equal(run('TIMESTAMPADD', [str('HOUR'), int(5), ts('2024-01-01 22:00:00')]), ms('2024-01-02 03:00:00'));
  assert.equal(run('TIMESTAMPADD', [str('MONTH'), int(1), ts('2024-01-31 10:00:00')]), ms('2024-02-29 10:00:00'));
  assert.equal(run('TIMESTAMPADD', [str('WEEK'), int(-1), date('2024-01-08')]), Date.parse('2024-01-01T00:00:00Z') / 86_400_000);
  assert.equal(run('TIMESTAMPDIFF', [str('DAY'), ts('2024-01-01 10:00:00'), ts('2024-01-03 09:00:00')]), 1);
  assert.equal(run('TIMESTAMPDIFF', [str('HOUR'), ts('2024-01-03 09:00:00'), ts('2024-01-01 10:00:00')]), -47);
  // Calcite's subtractMonths: Jan 31 + 1 month = Feb 29 (clamped) reaches the end, so one month
  assert.equal(run('TIMESTAMPDIFF', [str('MONTH'), ts('2024-01-31 00:00:00'), ts('2024-02-29 00:00:00')]), 1);
  assert.equal(run('TIMESTAMPDIFF', [str('MONTH'), ts('2024-01-15 00:00:00'), ts('2024-02-14 23:00:00')]), 0);
  assert.equal(run('TIMESTAMPDIFF', [str('MONTH'), ts('2024-01-15 00:00:00'), ts('2024-03-15 00:00:00')]), 2);
  assert.equal(run('TIMESTAMPDIFF', [str('YEAR'), date('2020-02-29'), date('2024-02-28')]), 3);
});

test('DATE_FORMAT, FROM_UNIXTIME, UNIX_TIMESTAMP (Flink docs examples)', () => {
  assert.equal(run('DATE_FORMAT', [ts('2024-03-05 07:08:09.123'), str('yyyy-MM-dd HH:mm:ss.SSS')]), '2024-03-05 07:08:09.123');
  assert.equal(run('DATE_FORMAT', [ts('2024-03-05 17:08:09'), str("yy/M/d h:mm a, EEE MMM")]), '24/3/5 5:08 PM, Tue Mar');
  assert.equal(run('DATE_FORMAT', [str('2024-03-05 07:08:09'), str('yyyyMMdd')]), '20240305');
  assert.equal(run('DATE_FORMAT', [ltz(ms('2024-01-01 23:30:00')), str('yyyy-MM-dd HH:mm')], [], zoned('Asia/Tokyo')), '2024-01-02 08:30');
  assert.equal(run('FROM_UNIXTIME', [bigint(44n)]), '1970-01-01 00:00:44');
  assert.equal(run('FROM_UNIXTIME', [bigint(44n)], [], zoned('Asia/Tokyo')), '1970-01-01 09:00:44');
  const berlin = zoned('Europe/Berlin');
  assert.equal(run('UNIX_TIMESTAMP', [str('1970-01-01 08:00:01.001'), str('yyyy-MM-dd HH:mm:ss.SSS')], [], berlin), 25201n);
  assert.equal(run('UNIX_TIMESTAMP', [str('1970-01-01 08:00:01.001 +0800'), str('yyyy-MM-dd HH:mm:ss.SSS')], [], berlin), -9223372036854775808n);
  assert.equal(run('UNIX_TIMESTAMP', [str('1970-01-01 00:01:40')]), 100n);
  assert.equal(run('UNIX_TIMESTAMP', []), BigInt(Math.floor(Date.UTC(2024, 0, 15, 10, 30, 45) / 1000)));
});

test('TO_TIMESTAMP, TO_DATE, TO_TIMESTAMP_LTZ', () => {
  assert.equal(run('TO_TIMESTAMP', [str('2024-01-01 10:00:00')]), ms('2024-01-01 10:00:00'));
  assert.equal(run('TO_TIMESTAMP', [str('01/02/2024 10:00'), str('dd/MM/yyyy HH:mm')]), ms('2024-02-01 10:00:00'));
  assert.equal(run('TO_TIMESTAMP', [str('garbage')]), null);
  assert.equal(run('TO_DATE', [str('2024-02-29')]), Date.parse('2024-02-29T00:00:00Z') / 86_400_000);
  assert.equal(run('TO_DATE', [str('20240229'), str('yyyyMMdd')]), Date.parse('2024-02-29T00:00:00Z') / 86_400_000);
  assert.equal(run('TO_DATE', [str('2024-02-30')]), null);
  assert.equal(run('TO_TIMESTAMP_LTZ', [bigint(1700000000000n)]), 1700000000000);
  assert.equal(run('TO_TIMESTAMP_LTZ', [bigint(1700000000n), int(0)]), 1700000000000);
  assert.equal(run('TO_TIMESTAMP_LTZ', [dbl(1.5), int(0)]), 1500);
  assert.equal(run('TO_TIMESTAMP_LTZ', [str('2024-01-01 10:00:00.000'), str('yyyy-MM-dd HH:mm:ss.SSS'), str('Asia/Tokyo')]), ms('2024-01-01 01:00:00'));
  assert.throws(() => run('TO_TIMESTAMP_LTZ', [bigint(1n), int(6)]), /precision/);
});

test('clock functions read the context, in the session zone', () => {
  const tokyo = zoned('Asia/Tokyo'); // now = 2024-01-15 10:30:45.123 UTC
  assert.equal(run('CURRENT_TIMESTAMP', [], [], tokyo), Date.UTC(2024, 0, 15, 10, 30, 45, 123));
  assert.equal(run('LOCALTIMESTAMP', [], [], tokyo), Date.UTC(2024, 0, 15, 19, 30, 45, 123));
  assert.equal(run('CURRENT_DATE', [], [], tokyo), Date.UTC(2024, 0, 15) / 86_400_000);
  assert.equal(run('CURRENT_TIME', [], [], tokyo), (19 * 3600 + 30 * 60 + 45) * 1000);
});
