// The avro-confluent format's parts without a registry: Flink's table → Avro schema mapping, rows
// written and read back through avsc, Avro resolution of an evolved writer schema into the table's
// columns, decimal bytes, and the framing errors. test/sql/avro-confluent.test.ts runs it with a
// registry, a broker and real clients.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import avro from 'avsc';
import { Decimal } from '../../sql/types/decimal.ts';
import {
  ARRAY, BIGINT, BOOLEAN, BYTES, DATE, DECIMAL, DOUBLE, FLOAT, INT, INTERVAL_DAY_TIME, MAP, ROW, SMALLINT, STRING, TIME, TIMESTAMP, TIMESTAMP_LTZ, TINYINT,
} from '../../sql/types/types.ts';
import type { Field } from '../../sql/plan/physical.ts';
import { readerFor, writerFor, avroConfluent } from './avro-confluent.ts';
import { rowSchema, schemaText } from './avro-schema.ts';
import { bytesUnscaled, unscaledBytes } from './avro-values.ts';

const FIELDS: Field[] = [
  { name: 'id', type: BIGINT(false) },
  { name: 'flag', type: BOOLEAN() },
  { name: 'tiny', type: TINYINT() },
  { name: 'small', type: SMALLINT() },
  { name: 'n', type: INT() },
  { name: 'f', type: FLOAT() },
  { name: 'd', type: DOUBLE() },
  { name: 'price', type: DECIMAL(10, 2) },
  { name: 'name', type: STRING(false) },
  { name: 'raw', type: BYTES() },
  { name: 'day', type: DATE() },
  { name: 't', type: TIME(3) },
  { name: 'ts', type: TIMESTAMP(3) },
  { name: 'ts6', type: TIMESTAMP(6) },
  { name: 'ltz', type: TIMESTAMP_LTZ(3) },
  { name: 'tags', type: ARRAY(STRING()) },
  { name: 'scores', type: MAP(STRING(false), DOUBLE()) },
  { name: 'address', type: ROW([{ name: 'street', type: STRING() }, { name: 'geo', type: ROW([{ name: 'lat', type: DOUBLE(false) }]) }]) },
];

test("the table's schema is Flink's derivation: nullable unions with null first and default null, record names, logical types", () => {
  assert.deepEqual(JSON.parse(schemaText(rowSchema(FIELDS))), {
    type: 'record',
    name: 'record',
    namespace: 'org.apache.flink.avro.generated',
    fields: [
      { name: 'id', type: 'long' },
      { name: 'flag', type: ['null', 'boolean'], default: null },
      { name: 'tiny', type: ['null', 'int'], default: null },
      { name: 'small', type: ['null', 'int'], default: null },
      { name: 'n', type: ['null', 'int'], default: null },
      { name: 'f', type: ['null', 'float'], default: null },
      { name: 'd', type: ['null', 'double'], default: null },
      { name: 'price', type: ['null', { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 }], default: null },
      { name: 'name', type: 'string' },
      { name: 'raw', type: ['null', 'bytes'], default: null },
      { name: 'day', type: ['null', { type: 'int', logicalType: 'date' }], default: null },
      { name: 't', type: ['null', { type: 'int', logicalType: 'time-millis' }], default: null },
      { name: 'ts', type: ['null', { type: 'long', logicalType: 'timestamp-millis' }], default: null },
      { name: 'ts6', type: ['null', { type: 'long', logicalType: 'timestamp-micros' }], default: null },
      { name: 'ltz', type: ['null', { type: 'long', logicalType: 'timestamp-millis' }], default: null },
      { name: 'tags', type: ['null', { type: 'array', items: ['null', 'string'] }], default: null },
      { name: 'scores', type: ['null', { type: 'map', values: ['null', 'double'] }], default: null },
      {
        name: 'address',
        type: ['null', {
          type: 'record',
          name: 'record_address',
          fields: [
            { name: 'street', type: ['null', 'string'], default: null },
            { name: 'geo', type: ['null', { type: 'record', name: 'record_address_geo', fields: [{ name: 'lat', type: 'double' }] }], default: null },
          ],
        }],
        default: null,
      },
    ],
  });
});

test('types Avro cannot hold are refused with the column type and the reason', () => {
  assert.throws(() => rowSchema([{ name: 'i', type: INTERVAL_DAY_TIME() }]), /Unsupported type INTERVAL DAY\(2\) TO SECOND\(6\) for the avro-confluent format: Avro has no interval type/);
  assert.throws(() => rowSchema([{ name: 'm', type: MAP(INT(), INT()) }]), /MAP<INT, INT> .*the MAP key type must be STRING, CHAR or VARCHAR/);
  assert.throws(() => rowSchema([{ name: 't', type: TIME(6) }]), /TIME\(6\) .*precision above 3/);
  assert.throws(() => rowSchema([{ name: 't', type: TIMESTAMP(9) }]), /TIMESTAMP\(9\) .*at most 6/);
});

const ROW_VALUES = [
  2n ** 62n + 1n, true, -5, 300, -7, Math.fround(1.5), 2.25, Decimal.fromString('-1234.56'), 'Zoë', new Uint8Array([0, 255, 7]),
  19_000, 45_296_789, 1_700_000_000_123, 1_700_000_000_456, 1_700_000_000_789, ['a', null], new Map<unknown, unknown>([['x', 1.5], ['y', null]]),
  ['Main St', [51.5]],
];

test('a row written with the derived schema reads back as the same row', () => {
  const { type, text, write } = writerFor(FIELDS);
  const bytes = type.toBuffer(write(ROW_VALUES));
  const { type: readerType, resolver, convert } = readerFor(FIELDS, text);
  assert.deepEqual(convert(readerType.decode(bytes, 0, resolver).value), ROW_VALUES);
  const nulls = FIELDS.map((f) => (f.type.nullable ? null : f.name === 'id' ? 1n : 's'));
  assert.deepEqual(convert(readerType.decode(type.toBuffer(write(nulls)), 0, resolver).value), nulls);
});

test('timestamps as micros, decimals as Avro bytes, and longs as all 64 bits, as another Avro writer sees them', () => {
  const { type, write } = writerFor(FIELDS);
  const plain = avro.Type.forSchema(JSON.parse(schemaText(rowSchema(FIELDS))) as avro.Schema, { wrapUnions: 'auto' });
  const v = plain.fromBuffer(type.toBuffer(write(ROW_VALUES.map((x, i) => (i === 0 ? 42n : x))))) as Record<string, unknown>;
  assert.equal(v.id, 42);
  assert.equal(v.ts, 1_700_000_000_123);
  assert.equal(v.ts6, 1_700_000_000_456_000);
  assert.deepEqual(v.price, Buffer.from([0xfe, 0x1d, 0xc0])); // -123456
  assert.deepEqual(v.scores, { x: 1.5, y: null });
});

test('decimal unscaled values as minimal two\'s complement bytes, and back', () => {
  const cases: [bigint, string][] = [[0n, '00'], [127n, '7f'], [128n, '0080'], [-1n, 'ff'], [-128n, '80'], [-129n, 'ff7f'], [2n ** 70n, '400000000000000000']];
  for (const [n, hex] of cases) {
    assert.equal(unscaledBytes(n).toString('hex'), hex);
    assert.equal(bytesUnscaled(Buffer.from(hex, 'hex')), n);
  }
  assert.equal(unscaledBytes(-2n, 4).toString('hex'), 'fffffffe');
});

const WRITER = JSON.stringify({
  type: 'record',
  name: 'Order',
  namespace: 'com.acme',
  fields: [
    { name: 'id', type: 'int' },
    { name: 'extra', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID'] } },
    { name: 'placed', type: { type: 'long', logicalType: 'timestamp-micros' } },
    { name: 'amount', type: { type: 'fixed', name: 'Money', size: 4, logicalType: 'decimal', precision: 8, scale: 3 } },
    { name: 'ship', type: ['null', { type: 'record', name: 'Address', fields: [{ name: 'city', type: 'string' }, { name: 'zip', type: 'int' }] }] },
    { name: 'bill', type: ['null', 'Address'] },
  ],
});

test('an evolved writer resolves into the columns: extra fields skipped, missing nullable columns null, int promoted to long, an enum as its symbol, its names, units and decimal scale', () => {
  const fields: Field[] = [
    { name: 'id', type: BIGINT(false) },
    { name: 'name', type: STRING() },
    { name: 'note', type: STRING() },
    { name: 'status', type: STRING() },
    { name: 'placed', type: TIMESTAMP(3) },
    { name: 'amount', type: DECIMAL(10, 2) },
    { name: 'ship', type: ROW([{ name: 'city', type: STRING() }]) },
    { name: 'bill', type: ROW([{ name: 'city', type: STRING() }]) },
  ];
  const writer = avro.Type.forSchema(JSON.parse(WRITER) as avro.Schema);
  const bytes = writer.toBuffer({ id: 7, extra: 'x', name: 'Ann', status: 'PAID', placed: 1_700_000_000_123_456, amount: Buffer.from('0001e23a', 'hex'), ship: { city: 'Oslo', zip: 150 }, bill: null });
  const { type, resolver, convert } = readerFor(fields, WRITER);
  assert.deepEqual(convert(type.decode(bytes, 0, resolver).value), [7n, 'Ann', null, 'PAID', 1_700_000_000_123, Decimal.fromString('123.45'), ['Oslo'], null]);
});

test('a writer without a NOT NULL column, or with a type Avro cannot promote, cannot be read', () => {
  assert.throws(() => readerFor([{ name: 'missing', type: INT(false) }], WRITER), /no matching field for default-less/);
  assert.throws(() => readerFor([{ name: 'name', type: INT() }], WRITER), /cannot read "string" as/);
});

test('a null in a NOT NULL column is a bad record, not an unreadable schema', () => {
  const writer = JSON.stringify({ type: 'record', name: 'r', fields: [{ name: 'a', type: ['null', 'string'] }] });
  const { type, resolver, convert } = readerFor([{ name: 'a', type: STRING(false) }], writer);
  const bytes = avro.Type.forSchema(JSON.parse(writer) as avro.Schema).toBuffer({ a: null });
  assert.throws(() => convert(type.decode(bytes, 0, resolver).value), /field 'a' is null, but the column is STRING NOT NULL/);
});

test("an explicit schema is checked against the columns, and its defaults fill fields the table lacks", () => {
  const fields: Field[] = [{ name: 'id', type: INT(false) }, { name: 'name', type: STRING() }];
  assert.throws(() => writerFor(fields, JSON.stringify({ type: 'record', name: 'r', fields: [{ name: 'id', type: 'string' }, { name: 'name', type: 'string' }] })), /column 'id' of type INT NOT NULL cannot be written as Avro "string"/);
  assert.throws(() => writerFor(fields, JSON.stringify({ type: 'record', name: 'r', fields: [{ name: 'id', type: 'int' }] })), /column 'name' has no field in Avro record r/);
  assert.throws(() => writerFor(fields, '{"type": "record"'), /'avro-confluent.schema' is not a valid Avro schema/);
  const schema = JSON.stringify({ type: 'record', name: 'r', fields: [{ name: 'id', type: 'long' }, { name: 'name', type: 'string' }, { name: 'v', type: 'int', default: 3 }] });
  const { type, write } = writerFor(fields, schema);
  assert.deepEqual({ ...(avro.Type.forSchema(JSON.parse(schema) as avro.Schema).fromBuffer(type.toBuffer(write([9, 'a']))) as object) }, { id: 9, name: 'a', v: 3 });
  assert.throws(() => write([9, null]), /column 'name' is NULL, but its Avro schema "string" does not allow null/);
});

test('messages without the Confluent header are bad records, skipped with ignore-parse-errors', () => {
  const fields: Field[] = [{ name: 'a', type: STRING() }];
  const strict = avroConfluent.deserializer({ options: new Map([['url', 'http://127.0.0.1:1']]), fields });
  assert.throws(() => strict.decode(Buffer.from('{"a":1}')), /not Confluent Avro: magic byte 0x7b, expected 0x00/);
  assert.throws(() => strict.decode(new Uint8Array([0, 0, 1])), /not Confluent Avro: 3 bytes, shorter than the 5-byte header/);
  assert.throws(() => strict.decode(new Uint8Array()), /not Confluent Avro: the message is empty/);
  const lenient = avroConfluent.deserializer({ options: new Map([['url', 'http://127.0.0.1:1'], ['ignore-parse-errors', 'true']]), fields });
  assert.equal(lenient.decode(Buffer.from('{"a":1}')), undefined);
});

test('the serializer needs a subject, and an unreachable registry is a named error', async () => {
  const fields: Field[] = [{ name: 'a', type: STRING() }];
  assert.throws(() => avroConfluent.serializer({ options: new Map([['url', 'http://127.0.0.1:1']]), fields }), /avro-confluent needs 'subject' to write/);
  const s = avroConfluent.serializer({ options: new Map([['url', 'http://127.0.0.1:1'], ['subject', 's']]), fields });
  await assert.rejects(s.open!(), /schema registry at http:\/\/127.0.0.1:1 cannot be reached/);
  assert.throws(() => avroConfluent.serializer({ options: new Map([['url', 'http://h:1'], ['subject', 's'], ['ssl.truststore.location', '/x']]), fields }), /'ssl.truststore.location' \(a Java keystore\) is not supported/);
});
