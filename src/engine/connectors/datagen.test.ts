// The datagen source: ranges, lengths, sequences, bounds, NULL rate, pacing and restore.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from '../../sql/types/decimal.ts';
import * as T from '../../sql/types/types.ts';
import type { Field } from '../../sql/plan/physical.ts';
import { datagen } from './datagen.ts';
import type { ConnectorContext, SourceRecord } from './types.ts';

const context = (fields: Field[], options: Record<string, string>, restored?: unknown): ConnectorContext =>
  ({ table: 'gen', options: new Map(Object.entries({ 'rows-per-second': '1000000', ...options })), fields, metadata: [], timeZone: 'UTC', services: {}, restored, skipped() {} });

async function readAll(fields: Field[], options: Record<string, string>, restored?: unknown): Promise<SourceRecord[]> {
  const reader = await datagen.createSource!(context(fields, options, restored));
  const out: SourceRecord[] = [];
  for (;;) {
    const batch = await reader.poll(500);
    if (batch === undefined) return out;
    out.push(...batch);
    if (batch.length === 0) await new Promise((r) => setTimeout(r, 5));
  }
}

test('random values stay within min/max and strings have the length asked for', async () => {
  const fields: Field[] = [
    { name: 'i', type: T.INT() }, { name: 'l', type: T.BIGINT() }, { name: 'd', type: T.DOUBLE() }, { name: 's', type: T.STRING() },
    { name: 'v', type: T.VARCHAR(10) }, { name: 'c', type: T.CHAR(4) }, { name: 'dec', type: T.DECIMAL(5, 2) }, { name: 'b', type: T.BYTES() },
    { name: 'a', type: T.ARRAY(T.INT()) }, { name: 'vl', type: T.STRING() },
  ];
  const rows = (await readAll(fields, {
    'number-of-rows': '2000', 'fields.i.min': '-3', 'fields.i.max': '3', 'fields.l.min': '10000000000', 'fields.l.max': '10000000002',
    'fields.d.min': '0.5', 'fields.d.max': '0.75', 'fields.s.length': '7', 'fields.dec.min': '-1.5', 'fields.dec.max': '1.5',
    'fields.b.length': '3', 'fields.a.length': '2', 'fields.vl.length': '5', 'fields.vl.var-len': 'true',
  })).map((r) => r.row);
  assert.equal(rows.length, 2000);
  const ints = new Set(rows.map((r) => r[0]));
  assert.deepEqual([...ints].sort((a, b) => (a as number) - (b as number)), [-3, -2, -1, 0, 1, 2, 3]);
  assert.deepEqual(new Set(rows.map((r) => r[1])), new Set([10000000000n, 10000000001n, 10000000002n]));
  for (const r of rows) {
    assert.ok((r[2] as number) >= 0.5 && (r[2] as number) <= 0.75);
    assert.match(r[3] as string, /^[0-9a-f]{7}$/);
    assert.equal((r[4] as string).length, 10);
    assert.equal((r[5] as string).length, 4);
    assert.ok((r[6] as Decimal).compare(Decimal.fromString('-1.5')) >= 0 && (r[6] as Decimal).compare(Decimal.fromString('1.5')) <= 0);
    assert.equal((r[7] as Uint8Array).length, 3);
    assert.equal((r[8] as unknown[]).length, 2);
    assert.ok((r[9] as string).length >= 1 && (r[9] as string).length <= 5);
  }
  assert.ok(new Set(rows.map((r) => (r[9] as string).length)).size > 1);
});

test('sequences count from start to end inclusive and end the source', async () => {
  const fields: Field[] = [{ name: 'id', type: T.BIGINT() }, { name: 's', type: T.STRING() }];
  const rows = await readAll(fields, { 'fields.id.kind': 'sequence', 'fields.id.start': '5', 'fields.id.end': '9', 'fields.s.kind': 'sequence', 'fields.s.start': '1', 'fields.s.end': '100' });
  assert.deepEqual(rows.map((r) => r.row), [[5n, '1'], [6n, '2'], [7n, '3'], [8n, '4'], [9n, '5']]);
});

test('a restored reader continues the sequence after the rows already emitted', async () => {
  const fields: Field[] = [{ name: 'id', type: T.INT() }];
  const options = { 'fields.id.kind': 'sequence', 'fields.id.start': '1', 'fields.id.end': '10' };
  const reader = await datagen.createSource!(context(fields, options));
  const first = await reader.poll(4);
  assert.deepEqual(first!.map((r) => r.row[0]), [1, 2, 3, 4]);
  const rest = await readAll(fields, options, reader.position());
  assert.deepEqual(rest.map((r) => r.row[0]), [5, 6, 7, 8, 9, 10]);
});

test('null-rate gives about that share of NULLs', async () => {
  const rows = await readAll([{ name: 'x', type: T.INT() }], { 'number-of-rows': '4000', 'fields.x.null-rate': '0.25' });
  const share = rows.filter((r) => r.row[0] === null).length / rows.length;
  assert.ok(share > 0.2 && share < 0.3, `null share ${share}`);
});

test('rows-per-second paces the output', async () => {
  const reader = await datagen.createSource!(context([{ name: 'x', type: T.INT() }], { 'rows-per-second': '10' }));
  assert.equal((await reader.poll(1000))!.length, 1);
  assert.equal((await reader.poll(1000))!.length, 0);
  await new Promise((r) => setTimeout(r, 250));
  const later = (await reader.poll(1000))!.length;
  assert.ok(later >= 2 && later <= 4, `got ${later} rows after 250 ms at 10 rows/s`);
});

test('timestamps are now minus up to max-past; errors name the column', async () => {
  const before = Date.now();
  const rows = await readAll([{ name: 't', type: T.TIMESTAMP_LTZ(3) }], { 'number-of-rows': '200', 'fields.t.max-past': '1 min' });
  for (const r of rows) assert.ok((r.row[0] as number) >= before - 60_000 && (r.row[0] as number) <= Date.now());
  await assert.rejects(datagen.createSource!(context([{ name: 'v', type: T.VARCHAR(5) }], { 'fields.v.length': '10' })), /column 'v': custom length 10 is longer than the declared VARCHAR\(5\)/);
  await assert.rejects(datagen.createSource!(context([{ name: 'b', type: T.BOOLEAN() }], { 'fields.b.kind': 'sequence', 'fields.b.start': '1', 'fields.b.end': '2' })), /sequence generator does not support BOOLEAN/);
});
