// The avro-confluent format across layers: Weir's schema registry served over HTTP on 127.0.0.1:0,
// a broker in this process, SQL jobs run by a SqlSession (their kafka tables reach the broker's log
// directly), and real clients — kafkajs to produce and consume, @kafkajs/confluent-schema-registry
// to encode and decode. One job turns JSON orders into registry-framed Avro that the Confluent
// client decodes to exact values; an upsert-kafka table writes Avro keys and values under
// <topic>-key and <topic>-value; another job reads records the client encoded with its own schema
// (a field the table lacks, a column the schema lacks, an int read as BIGINT), skipping a record
// that is not Avro with ignore-parse-errors and failing on it without.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import kafkajs from 'kafkajs';
import { SchemaRegistry as Client, SchemaType } from '@kafkajs/confluent-schema-registry';
import { Broker } from '../../src/broker/broker.ts';
import { brokerConfig } from '../../src/broker/config.ts';
import { openObjectStore } from '../../src/storage/index.ts';
import { SqlSession } from '../../src/platform/jobs/session.ts';
import { SchemaRegistry } from '../../src/platform/registry/registry.ts';
import { registryRoutes } from '../../src/server/registry.ts';
import { startHttp } from '../../src/server/serve.ts';
import type { Change } from '../../src/sql/index.ts';
import { eventually } from '../compat/support.ts';

const { Kafka, logLevel } = kafkajs;

const dir = mkdtempSync(join(tmpdir(), 'weir-avro-confluent-'));
const broker = await Broker.start(brokerConfig({ 'data.dir': join(dir, 'data'), listeners: '127.0.0.1:0', 'num.partitions': '1', 'group.initial.rebalance.delay.ms': '0' }, 'test'));
const bootstrap = `127.0.0.1:${broker.address().port}`;
const db = new DatabaseSync(':memory:');
const http = await startHttp(registryRoutes(new SchemaRegistry(db)), '127.0.0.1:0');
const registry = new Client({ host: http.url, retry: { retries: 0 } });
const store = await openObjectStore(join(dir, 'engine'));
const kafka = new Kafka({ clientId: 'avro-confluent-test', brokers: [bootstrap], logLevel: logLevel.NOTHING });
const admin = kafka.admin();
const producer = kafka.producer();
await admin.connect();
await producer.connect();
await admin.createTopics({ topics: ['orders', 'orders-avro', 'payments'].map((topic) => ({ topic, numPartitions: 1 })) });

const sessions: SqlSession[] = [];
const clients: { disconnect(): Promise<void> }[] = [admin, producer];
after(async () => {
  for (const s of sessions) await s.stopAll().catch(() => undefined);
  for (const c of clients) await c.disconnect();
  await http.close();
  db.close();
  await broker.stop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A session whose SELECT results are collected in `rows` ('+I' rows only: the queries here insert). */
function session(): { session: SqlSession; rows: unknown[][] } {
  const rows: unknown[][] = [];
  const s = new SqlSession({
    file: 'avro-confluent.sql',
    services: { log: broker.log, localBootstrap: [bootstrap], broker: { createTopic: (name) => broker.autoCreate(name) } },
    store,
    print: () => undefined,
    onResults: (_job, _fields, changes: readonly Change[]) => {
      for (const c of changes) rows.push(c.row);
    },
  });
  sessions.push(s);
  return { session: s, rows };
}

const kafkaTable = (topic: string, extra: string): string =>
  `'connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${bootstrap}', 'scan.startup.mode' = 'earliest-offset'${extra}`;

test('a job writes JSON orders as registry-framed Avro, registered under <topic>-value, that the Confluent client decodes', { timeout: 60_000 }, async () => {
  await producer.send({
    topic: 'orders',
    messages: [
      { value: '{"order_id":1,"customer":"ann","amount":10.50,"ts":"2024-01-01 00:00:00.123","tags":["a","b"]}' },
      { value: '{"order_id":2,"customer":null,"amount":-0.07,"ts":"2024-01-01 00:00:01","tags":null}' },
      { value: '{"order_id":3000000000,"customer":"bo","amount":12345678.99,"ts":"1969-12-31 23:59:59.999","tags":[]}' },
    ],
  });
  const { session: s } = session();
  await s.executeScript(`
    CREATE TABLE orders (order_id BIGINT, customer STRING, amount DECIMAL(10, 2), ts TIMESTAMP(3), tags ARRAY<STRING>)
      WITH (${kafkaTable('orders', ", 'format' = 'json'")});
    CREATE TABLE orders_avro (order_id BIGINT NOT NULL, customer STRING, amount DECIMAL(10, 2), ts TIMESTAMP(3), tags ARRAY<STRING>)
      WITH (${kafkaTable('orders-avro', `, 'value.format' = 'avro-confluent', 'value.avro-confluent.url' = '${http.url}'`)});
    INSERT INTO orders_avro SELECT COALESCE(order_id, 0), customer, amount, ts, tags FROM orders;
  `);

  const consumer = kafka.consumer({ groupId: 'avro-confluent-test' });
  clients.push(consumer);
  await consumer.connect();
  await consumer.subscribe({ topic: 'orders-avro', fromBeginning: true });
  const values: Buffer[] = [];
  await consumer.run({ eachMessage: async ({ message }) => void values.push(message.value!) });
  await eventually('3 records in orders-avro', 30_000, () => (values.length >= 3 ? true : undefined));
  await consumer.stop();

  const id = await registry.getLatestSchemaId('orders-avro-value');
  for (const v of values) {
    assert.equal(v[0], 0, 'magic byte');
    assert.equal(v.readInt32BE(1), id, 'the id of the schema registered under orders-avro-value');
  }
  // The client's avsc reads a decimal as its two's complement bytes.
  const decoded = await Promise.all(values.map(async (v) => ({ ...(await registry.decode(v)) })));
  assert.deepEqual(decoded, [
    { order_id: 1, customer: 'ann', amount: Buffer.from('041a', 'hex'), ts: Date.UTC(2024, 0, 1, 0, 0, 0, 123), tags: ['a', 'b'] },
    { order_id: 2, customer: null, amount: Buffer.from('f9', 'hex'), ts: Date.UTC(2024, 0, 1, 0, 0, 1), tags: null },
    { order_id: 3_000_000_000, customer: 'bo', amount: Buffer.from('499602db', 'hex'), ts: -1, tags: [] },
  ]);

  const latest = (await (await fetch(`${http.url}/subjects/orders-avro-value/versions/latest`)).json()) as { schema: string };
  assert.deepEqual(JSON.parse(latest.schema), {
    type: 'record',
    name: 'record',
    namespace: 'org.apache.flink.avro.generated',
    fields: [
      { name: 'order_id', type: 'long' },
      { name: 'customer', type: ['null', 'string'], default: null },
      { name: 'amount', type: ['null', { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 }], default: null },
      { name: 'ts', type: ['null', { type: 'long', logicalType: 'timestamp-millis' }], default: null },
      { name: 'tags', type: ['null', { type: 'array', items: ['null', 'string'] }], default: null },
    ],
  });
  await s.stopAll();

  // order_id as a string cannot read the longs already written: the registry (BACKWARD) refuses it.
  const { session: changed } = session();
  await changed.executeScript(`
    CREATE TABLE orders (customer STRING) WITH (${kafkaTable('orders', ", 'format' = 'json'")});
    CREATE TABLE orders_text (order_id STRING NOT NULL)
      WITH (${kafkaTable('orders-avro', `, 'value.format' = 'avro-confluent', 'value.avro-confluent.url' = '${http.url}'`)});
    INSERT INTO orders_text SELECT customer || '' FROM orders WHERE customer IS NOT NULL;
  `);
  await assert.rejects(changed.jobs()[0]!.done, /schema registry at http:\/\/127\.0\.0\.1:\d+ refused to register the schema under subject 'orders-avro-value': HTTP 409/);
});

test('upsert-kafka with avro-confluent keys and values registers <topic>-key and <topic>-value', { timeout: 60_000 }, async () => {
  await admin.createTopics({ topics: [{ topic: 'totals', numPartitions: 1 }] });
  const { session: s } = session();
  await s.executeScript(`
    CREATE TABLE orders (order_id BIGINT, customer STRING, amount DECIMAL(10, 2)) WITH (${kafkaTable('orders', ", 'format' = 'json'")});
    CREATE TABLE totals (customer STRING, orders BIGINT, PRIMARY KEY (customer) NOT ENFORCED) WITH (
      'connector' = 'upsert-kafka', 'topic' = 'totals', 'properties.bootstrap.servers' = '${bootstrap}',
      'key.format' = 'avro-confluent', 'key.avro-confluent.url' = '${http.url}',
      'value.format' = 'avro-confluent', 'value.avro-confluent.url' = '${http.url}');
    INSERT INTO totals SELECT COALESCE(customer, '?'), COUNT(*) FROM orders GROUP BY COALESCE(customer, '?');
  `);
  const consumer = kafka.consumer({ groupId: 'avro-confluent-totals' });
  clients.push(consumer);
  await consumer.connect();
  await consumer.subscribe({ topic: 'totals', fromBeginning: true });
  const got: { key: Buffer; value: Buffer }[] = [];
  await consumer.run({ eachMessage: async ({ message }) => void got.push({ key: message.key!, value: message.value! }) });
  await eventually('3 records in totals', 30_000, () => (got.length >= 3 ? true : undefined));
  await consumer.stop();
  const keyId = await registry.getLatestSchemaId('totals-key');
  const valueId = await registry.getLatestSchemaId('totals-value');
  assert.notEqual(keyId, valueId);
  assert.deepEqual(got.map((r) => [r.key.readInt32BE(1), r.value.readInt32BE(1)]), [[keyId, valueId], [keyId, valueId], [keyId, valueId]]);
  const decoded = await Promise.all(got.map(async (r) => [{ ...(await registry.decode(r.key)) }, { ...(await registry.decode(r.value)) }]));
  assert.deepEqual(decoded, [
    [{ customer: 'ann' }, { customer: 'ann', orders: 1 }],
    [{ customer: '?' }, { customer: '?', orders: 1 }],
    [{ customer: 'bo' }, { customer: 'bo', orders: 1 }],
  ]);
  await s.stopAll();
});

const PAYMENT = {
  type: 'record',
  name: 'Payment',
  namespace: 'com.acme',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'payer', type: 'string' },
    { name: 'channel', type: 'string' },
    { name: 'cents', type: 'int' },
    { name: 'paid_at', type: { type: 'long', logicalType: 'timestamp-millis' } },
  ],
};

test('a job reads records the Confluent client encoded: writer fields the table lacks skipped, a nullable column the writer lacks NULL, int read as BIGINT', { timeout: 60_000 }, async () => {
  const { id } = await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(PAYMENT) }, { subject: 'payments-value' });
  const at = Date.UTC(2024, 2, 1, 12, 0, 0, 250);
  await producer.send({
    topic: 'payments',
    messages: [
      { value: await registry.encode(id, { id: 1, payer: 'ann', channel: 'web', cents: 250, paid_at: at }) },
      { value: '{"id":2}' },
      { value: await registry.encode(id, { id: 3, payer: 'bo', channel: 'pos', cents: -1, paid_at: at + 1 }) },
    ],
  });
  const columns = 'id BIGINT, payer STRING, cents BIGINT, paid_at TIMESTAMP_LTZ(3), note STRING';
  const avro = `, 'format' = 'avro-confluent', 'avro-confluent.url' = '${http.url}', 'scan.bounded.mode' = 'latest-offset'`;

  const lenient = session();
  await lenient.session.executeScript(`
    CREATE TABLE payments (${columns}) WITH (${kafkaTable('payments', `${avro}, 'avro-confluent.ignore-parse-errors' = 'true'`)});
    SELECT * FROM payments;
  `);
  await lenient.session.jobs()[0]!.done;
  assert.deepEqual(lenient.rows, [
    [1n, 'ann', 250n, at, null],
    [3n, 'bo', -1n, at + 1, null],
  ]);

  const strict = session();
  await strict.session.executeScript(`
    CREATE TABLE payments (${columns}) WITH (${kafkaTable('payments', avro)});
    SELECT * FROM payments;
  `);
  await assert.rejects(strict.session.jobs()[0]!.done, /cannot decode the value of the record at topic payments, partition 0, offset 1: not Confluent Avro: magic byte 0x7b, expected 0x00/);
});
