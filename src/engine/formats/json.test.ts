// The json format: every type decoded and encoded with Flink's conventions, each option, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from '../../sql/types/decimal.ts';
import * as T from '../../sql/types/types.ts';
import type { Field } from '../../sql/plan/physical.ts';
import { WeirError } from '../../util/errors.ts';
import { json } from './json.ts';

const ctx = (fields: Field[], options: Record<string, string> = {}) => ({ fields, options: new Map(Object.entries(options)) });
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const decode = (fields: Field[], s: string, options: Record<string, string> = {}) => json.deserializer(ctx(fields, options)).decode(bytes(s));
const encode = (fields: Field[], row: unknown[], options: Record<string, string> = {}) => text(json.serializer(ctx(fields, options)).encode(row));

const ALL: Field[] = [
  { name: 'b', type: T.BOOLEAN() }, { name: 'ti', type: T.TINYINT() }, { name: 'si', type: T.SMALLINT() },
  { name: 'i', type: T.INT() }, { name: 'l', type: T.BIGINT() }, { name: 'f', type: T.FLOAT() }, { name: 'd', type: T.DOUBLE() },
  { name: 'dec', type: T.DECIMAL(20, 3) }, { name: 's', type: T.STRING() }, { name: 'bin', type: T.BYTES() },
  { name: 'day', type: T.DATE() }, { name: 't', type: T.TIME(3) }, { name: 'ts', type: T.TIMESTAMP(3) },
  { name: 'ltz', type: T.TIMESTAMP_LTZ(3) },
  { name: 'arr', type: T.ARRAY(T.INT()) }, { name: 'm', type: T.MAP(T.STRING(), T.BIGINT()) },
  { name: 'r', type: T.ROW([{ name: 'x', type: T.INT() }, { name: 'y', type: T.STRING() }]) },
];

const TS = Date.UTC(2024, 0, 1, 10, 0, 0, 123);
const ROW_VALUES = [
  true, -128, 32767, -2147483648, 9223372036854775807n, Math.fround(1.1), 0.1, new Decimal(-1234567890123456789n, 3), 'h"é\n',
  new Uint8Array([0, 1, 255]), 19723, 36_000_123, TS, TS, [1, null, 3], new Map<unknown, unknown>([['k', -9007199254740993n]]), [7, 'in'],
];

test('every type round-trips, with exact BIGINT and DECIMAL text', () => {
  const out = encode(ALL, ROW_VALUES);
  assert.equal(out, '{"b":true,"ti":-128,"si":32767,"i":-2147483648,"l":9223372036854775807,"f":1.1,"d":0.1,' +
    '"dec":-1234567890123456.789,"s":"h\\"é\\n","bin":"AAH/","day":"2024-01-01","t":"10:00:00.123",' +
    '"ts":"2024-01-01 10:00:00.123","ltz":"2024-01-01 10:00:00.123Z","arr":[1,null,3],"m":{"k":-9007199254740993},"r":{"x":7,"y":"in"}}');
  assert.deepEqual(decode(ALL, out), ROW_VALUES);
});

test('ISO-8601 timestamps', () => {
  const f: Field[] = [{ name: 'ts', type: T.TIMESTAMP(3) }, { name: 'ltz', type: T.TIMESTAMP_LTZ(3) }];
  const o = { 'timestamp-format.standard': 'ISO-8601' };
  assert.equal(encode(f, [TS, Date.UTC(2024, 0, 1)], o), '{"ts":"2024-01-01T10:00:00.123","ltz":"2024-01-01T00:00:00Z"}');
  assert.deepEqual(decode(f, '{"ts":"2024-01-01T10:00","ltz":"2024-01-01T10:00:00.123Z"}', o), [Date.UTC(2024, 0, 1, 10), TS]);
  assert.throws(() => decode(f, '{"ts":"2024-01-01 10:00:00"}', o), /cannot read "2024-01-01 10:00:00" as TIMESTAMP\(3\), expected 'yyyy-MM-ddTHH/);
});

test('numbers: strings accepted, INT truncates a fraction, big integers exact, out of range fails', () => {
  const f: Field[] = [{ name: 'i', type: T.INT() }, { name: 'l', type: T.BIGINT() }, { name: 'd', type: T.DOUBLE() }];
  assert.deepEqual(decode(f, '{"i":" 12 ","l":"-9223372036854775808","d":"NaN"}'), [12, -9223372036854775808n, NaN]);
  assert.deepEqual(decode(f, '{"i":2.9,"l":12345678901234567.9,"d":1e3}'), [2, 12345678901234567n, 1000]);
  assert.throws(() => decode(f, '{"i":2147483648}'), (e: unknown) => e instanceof WeirError && /at field 'i': cannot read 2147483648 as INT \(out of range\)/.test(e.message));
  assert.throws(() => decode(f, '{"l":9223372036854775808}'), /BIGINT \(out of range\)/);
  assert.throws(() => decode([{ name: 't', type: T.TINYINT() }], '{"t":1.5}'), /cannot read 1.5 as TINYINT/);
});

test('DECIMAL is exact from the text and NULL when it does not fit, as Flink', () => {
  const f: Field[] = [{ name: 'a', type: T.DECIMAL(5, 2) }, { name: 'b', type: T.DECIMAL(38, 18) }];
  const row = decode(f, '{"a":123.456,"b":12345678901234567890.123456789012345678}')!;
  assert.equal(String(row[0]), '123.46');
  assert.equal(String(row[1]), '12345678901234567890.123456789012345678');
  assert.deepEqual(decode(f, '{"a":"1234.5"}'), [null, null]);
});

test('BOOLEAN, strings from any value, nested JSON kept compact', () => {
  const f: Field[] = [{ name: 'b', type: T.BOOLEAN() }, { name: 's', type: T.STRING() }, { name: 'o', type: T.STRING() }];
  assert.deepEqual(decode(f, '{"b":"TRUE","s":12.50,"o":{ "a" : [1, "x y"] }}'), [true, '12.50', '{"a":[1,"x y"]}']);
  assert.deepEqual(decode(f, '{"b":"yes"}'), [false, null, null]);
});

test('missing fields are NULL, or fail with fail-on-missing-field', () => {
  const f: Field[] = [{ name: 'a', type: T.INT() }, { name: 'b', type: T.INT() }];
  assert.deepEqual(decode(f, '{"b":2,"extra":{"deep":[1,2]}}'), [null, 2]);
  assert.throws(() => decode(f, '{"b":2}', { 'fail-on-missing-field': 'true' }), /Could not find field with name 'a'/);
  assert.throws(() => json.deserializer(ctx(f, { 'fail-on-missing-field': 'true', 'ignore-parse-errors': 'true' })), /shouldn't both be true/);
});

test('ignore-parse-errors: malformed messages are skipped, bad fields become NULL', () => {
  const f: Field[] = [{ name: 'a', type: T.INT() }, { name: 'r', type: T.ROW([{ name: 'x', type: T.DATE() }]) }];
  const o = { 'ignore-parse-errors': 'true' };
  assert.equal(decode(f, '{"a":1,', o), undefined);
  assert.deepEqual(decode(f, '{"a":"x","r":{"x":"2024-13-01"}}', o), [null, [null]]);
  assert.throws(() => decode(f, '{"a":1,'), /Failed to deserialize JSON '\{"a":1,': expected a field name at character 8/);
  assert.throws(() => decode(f, '{"r":{"x":"2024-13-01"}}'), /at field 'r.x': cannot read "2024-13-01" as DATE, expected 'yyyy-MM-dd'/);
});

test('empty message and JSON null give no row; a non-object fails', () => {
  const f: Field[] = [{ name: 'a', type: T.INT() }];
  assert.equal(decode(f, '  '), undefined);
  assert.equal(decode(f, 'null'), undefined);
  assert.throws(() => decode(f, '[1]'), /cannot read \[1\] as ROW/);
});

test('keys with escapes and fields out of order', () => {
  const f: Field[] = [{ name: 'a"b', type: T.INT() }, { name: 'c', type: T.STRING() }];
  assert.deepEqual(decode(f, '{"c":"\\u00e9\\t","a\\"b":5}'), [5, 'é\t']);
  assert.equal(encode(f, [5, null]), '{"a\\"b":5,"c":null}');
});

test('encode options: decimal as plain number, null fields ignored, map null keys', () => {
  const f: Field[] = [{ name: 'd', type: T.DECIMAL(10, 8) }, { name: 'n', type: T.INT() }];
  assert.equal(encode(f, [new Decimal(1n, 8), null]), '{"d":1E-8,"n":null}');
  assert.equal(encode(f, [new Decimal(1n, 8), null], { 'encode.decimal-as-plain-number': 'true', 'encode.ignore-null-fields': 'true' }), '{"d":0.00000001}');
  const m: Field[] = [{ name: 'm', type: T.MAP(T.STRING(), T.INT()) }];
  const value = [new Map<unknown, unknown>([[null, 1], ['a', 2]])];
  assert.throws(() => encode(m, value), /doesn't support to serialize map data with null keys/);
  assert.equal(encode(m, value, { 'map-null-key.mode': 'DROP' }), '{"m":{"a":2}}');
  assert.equal(encode(m, value, { 'map-null-key.mode': 'LITERAL', 'map-null-key.literal': 'nil' }), '{"m":{"nil":1,"a":2}}');
});

test('NaN and infinities are strings, and read back', () => {
  const f: Field[] = [{ name: 'a', type: T.DOUBLE() }, { name: 'b', type: T.FLOAT() }];
  const out = encode(f, [NaN, -Infinity]);
  assert.equal(out, '{"a":"NaN","b":"-Infinity"}');
  assert.deepEqual(decode(f, out), [NaN, -Infinity]);
});

test('TIME keeps the fraction up to its precision', () => {
  assert.deepEqual(decode([{ name: 't', type: T.TIME(0) }], '{"t":"10:00:01.999"}'), [36_001_000]);
  assert.deepEqual(decode([{ name: 't', type: T.TIME(2) }], '{"t":"10:00:01.999"}'), [36_001_990]);
});
