// The csv format: every scalar type, quoting as Jackson's writer (Flink's), each option, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from '../../sql/types/decimal.ts';
import * as T from '../../sql/types/types.ts';
import type { Field } from '../../sql/plan/physical.ts';
import { csv } from './csv.ts';

const ctx = (fields: Field[], options: Record<string, string> = {}) => ({ fields, options: new Map(Object.entries(options)) });
const decode = (fields: Field[], s: string, options: Record<string, string> = {}) => csv.deserializer(ctx(fields, options)).decode(new TextEncoder().encode(s));
const encode = (fields: Field[], row: unknown[], options: Record<string, string> = {}) => new TextDecoder().decode(csv.serializer(ctx(fields, options)).encode(row));

const ALL: Field[] = [
  { name: 'b', type: T.BOOLEAN() }, { name: 'ti', type: T.TINYINT() }, { name: 'si', type: T.SMALLINT() },
  { name: 'i', type: T.INT() }, { name: 'l', type: T.BIGINT() }, { name: 'f', type: T.FLOAT() }, { name: 'd', type: T.DOUBLE() },
  { name: 'dec', type: T.DECIMAL(20, 3) }, { name: 's', type: T.STRING() }, { name: 'bin', type: T.BYTES() },
  { name: 'day', type: T.DATE() }, { name: 't', type: T.TIME(3) }, { name: 'ts', type: T.TIMESTAMP(3) },
  { name: 'ltz', type: T.TIMESTAMP_LTZ(3) }, { name: 'arr', type: T.ARRAY(T.BIGINT()) },
  { name: 'r', type: T.ROW([{ name: 'x', type: T.INT() }, { name: 'y', type: T.STRING() }]) },
];
const TS = Date.UTC(2024, 0, 1, 10, 0, 0, 120);

test('every scalar type round-trips; text holding characters up to "," (space, +, quotes) is quoted, as Jackson does', () => {
  const row = [false, 1, -2, 3, -9223372036854775808n, Math.fround(2.5), 1e21, new Decimal(5n, 3), 'a,b "c"', new Uint8Array([250, 1]),
    -1, 1000, TS, TS, [1n, 2n], [4, 'z']];
  const line = encode(ALL, row);
  assert.equal(line, 'false,1,-2,3,-9223372036854775808,2.5,1.0E21,0.005,"a,b ""c""","+gE=",1969-12-31,00:00:01,"2024-01-01 10:00:00.12","2024-01-01 10:00:00.12Z",1;2,4;z');
  assert.deepEqual(decode(ALL, line), row);
});

test('empty fields are NULL except for STRING; missing trailing fields are NULL; extra fields fail', () => {
  const f: Field[] = [{ name: 'a', type: T.INT() }, { name: 's', type: T.STRING() }, { name: 'c', type: T.DATE() }];
  assert.deepEqual(decode(f, ',,'), [null, '', null]);
  assert.deepEqual(decode(f, '7'), [7, null, null]);
  assert.throws(() => decode(f, '1,2,2024-01-01,4'), /Too many entries: expected at most 3, found 4/);
});

test('null-literal reads and writes NULL, also for strings', () => {
  const f: Field[] = [{ name: 'a', type: T.INT() }, { name: 's', type: T.STRING() }];
  const o = { 'null-literal': 'n/a' };
  assert.equal(encode(f, [null, null], o), 'n/a,n/a');
  assert.deepEqual(decode(f, 'n/a,n/a', o), [null, null]);
  assert.equal(encode(f, [null, null]), ',');
});

test('delimiter, quote, escape, disabled quote, array delimiter', () => {
  const f: Field[] = [{ name: 's', type: T.STRING() }, { name: 'a', type: T.ARRAY(T.INT()) }];
  assert.deepEqual(decode(f, "'x|y'|1,2", { 'field-delimiter': '|', 'quote-character': "'", 'array-element-delimiter': ',' }), ['x|y', [1, 2]]);
  assert.equal(encode(f, ['x|y', [1, 2]], { 'field-delimiter': '|', 'quote-character': "'", 'array-element-delimiter': ',' }), "'x|y'|'1,2'");
  assert.deepEqual(decode(f, 'a\\,b,3', { 'escape-character': '\\' }), ['a,b', [3]]);
  assert.deepEqual(decode(f, '"q",3', { 'disable-quote-character': 'true' }), ['"q"', [3]]);
  assert.equal(encode(f, ['x y', [3]], { 'disable-quote-character': 'true' }), 'x y,3');
  assert.deepEqual(decode(f, 'x,y\t1', { 'field-delimiter': '\\t' }), ['x,y', [1]]);
});

test('allow-comments skips # lines; a trailing line break is ignored', () => {
  const f: Field[] = [{ name: 's', type: T.STRING() }];
  assert.equal(decode(f, '# note', { 'allow-comments': 'true' }), undefined);
  assert.deepEqual(decode(f, '# note'), ['# note']);
  assert.deepEqual(decode(f, 'x\r\n'), ['x']);
});

test('errors name the field and the reason; ignore-parse-errors nulls the field or skips the record', () => {
  const f: Field[] = [{ name: 'a', type: T.INT() }, { name: 'b', type: T.BIGINT() }];
  assert.throws(() => decode(f, '1,x'), /Failed to deserialize CSV row '1,x' at field 'b': cannot read "x" as BIGINT/);
  assert.throws(() => decode(f, '"1,2'), /missing closing quote/);
  const o = { 'ignore-parse-errors': 'true' };
  assert.deepEqual(decode(f, '1,x', o), [1, null]);
  assert.equal(decode(f, '"1,2', o), undefined);
});

test('DECIMAL in plain notation when scientific notation is off; MAP is refused', () => {
  const f: Field[] = [{ name: 'd', type: T.DECIMAL(10, 9) }];
  assert.equal(encode(f, [new Decimal(12n, 9)]), '1.2E-8');
  assert.equal(encode(f, [new Decimal(12n, 9)], { 'write-bigdecimal-in-scientific-notation': 'false' }), '0.000000012');
  assert.throws(() => csv.deserializer(ctx([{ name: 'm', type: T.MAP(T.STRING(), T.INT()) }])), /csv format does not support the type MAP<STRING, INT>/);
});
