// The print and blackhole sinks: Flink's line format for each change kind and type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { Decimal } from '../../sql/types/decimal.ts';
import * as T from '../../sql/types/types.ts';
import type { Field } from '../../sql/plan/physical.ts';
import { blackhole } from './blackhole.ts';
import { printWriter } from './print.ts';
import type { ConnectorContext } from './types.ts';

const context = (fields: Field[], options: Record<string, string> = {}): ConnectorContext =>
  ({ table: 'out', options: new Map(Object.entries(options)), fields, metadata: [], timeZone: 'UTC', services: {}, skipped() {} });

function capture(): { out: Writable; text: () => string } {
  let text = '';
  const out = new Writable({ write(chunk: Buffer, _enc, done) { text += chunk.toString(); done(); } });
  return { out, text: () => text };
}

test('each change kind as Flink prints it, with the identifier prefix', async () => {
  const { out, text } = capture();
  const w = printWriter(context([{ name: 'a', type: T.INT() }, { name: 's', type: T.STRING() }], { 'print-identifier': 'sink' }), out);
  await w.write([{ kind: '+I', row: [1, 'foo'] }, { kind: '-U', row: [1, 'foo'] }, { kind: '+U', row: [2, null] }, { kind: '-D', row: [2, null] }]);
  assert.equal(text(), 'sink> +I[1, foo]\nsink> -U[1, foo]\nsink> +U[2, null]\nsink> -D[2, null]\n');
});

test('values print as Java prints Flink external types (LocalDateTime, Instant, BigDecimal, byte[], …)', async () => {
  const { out, text } = capture();
  const fields: Field[] = [
    { name: 'ts', type: T.TIMESTAMP(3) }, { name: 'ts2', type: T.TIMESTAMP(3) }, { name: 'ltz', type: T.TIMESTAMP_LTZ(3) },
    { name: 'd', type: T.DATE() }, { name: 't', type: T.TIME(0) }, { name: 'x', type: T.DOUBLE() }, { name: 'f', type: T.FLOAT() },
    { name: 'dec', type: T.DECIMAL(10, 2) }, { name: 'b', type: T.BYTES() }, { name: 'l', type: T.BIGINT() },
    { name: 'arr', type: T.ARRAY(T.INT()) }, { name: 'm', type: T.MAP(T.STRING(), T.INT()) },
    { name: 'r', type: T.ROW([{ name: 'p', type: T.BOOLEAN() }, { name: 'q', type: T.STRING() }]) },
    { name: 'ym', type: T.INTERVAL_YEAR_MONTH() }, { name: 'dt', type: T.INTERVAL_DAY_TIME() },
  ];
  const row = [Date.UTC(2020, 3, 15, 8, 5), Date.UTC(2020, 3, 15, 8, 5, 7, 120), Date.UTC(2020, 3, 15, 8, 5), 0, 3_600_000,
    1e10, Math.fround(0.1), new Decimal(1250n, 2), new Uint8Array([1, 255]), 12n, [1, null], new Map([['k', 1]]), [true, 'z'], 14, 5_400_500];
  await printWriter(context(fields), out).write([{ kind: '+I', row }]);
  assert.equal(text(), '+I[2020-04-15T08:05, 2020-04-15T08:05:07.120, 2020-04-15T08:05:00Z, 1970-01-01, 01:00, 1.0E10, 0.1, 12.50, [1, -1], 12, [1, null], {k=1}, +I[true, z], P1Y2M, PT1H30M0.5S]\n');
});

test('blackhole accepts updates and drops everything', async () => {
  assert.equal(blackhole.sinkAcceptsUpdates, true);
  const w = await blackhole.createSink!(context([]));
  await w.write([{ kind: '-D', row: [1] }]);
  assert.equal(await w.checkpoint(1), undefined);
});
