import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript, SqlError } from '../parse/index.ts';
import { Catalog } from './index.ts';

function run(sql: string, catalog = new Catalog('t.sql')) {
  return { catalog, results: catalog.applyAll(parseScript(sql, 't.sql')) };
}

function rejects(sql: string, line: number, column: number, message: string): void {
  assert.throws(() => run(sql), (e: unknown) => {
    assert.ok(e instanceof SqlError, String(e));
    assert.equal(e.message, `t.sql:${line}:${column}: ${message}`);
    assert.deepEqual([e.line, e.column], [line, column]);
    return true;
  });
}

const PIPELINE = `
SET 'execution.checkpointing.interval' = '10 s';
SET 'table.exec.state.ttl' = '1 h';
SET 'pipeline.name' = 'orders-enrichment';
CREATE TABLE orders (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3),
  topic_offset BIGINT METADATA FROM 'offset' VIRTUAL,
  WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'properties.bootstrap.servers' = 'localhost:9092',
  'properties.group.id' = 'enrich',
  'properties.auto.offset.reset' = 'earliest',
  'scan.startup.mode' = 'timestamp',
  'scan.startup.timestamp-millis' = '1700000000000',
  'format' = 'json',
  'json.ignore-parse-errors' = 'true',
  'json.timestamp-format.standard' = 'ISO-8601'
);
CREATE TEMPORARY TABLE IF NOT EXISTS customers (
  customer_id BIGINT,
  name STRING,
  updated_at TIMESTAMP_LTZ(3),
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'customers',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'raw',
  'value.format' = 'json',
  'value.json.fail-on-missing-field' = 'false'
);
CREATE TABLE keyed (
  k_id BIGINT,
  payload STRING
) WITH (
  'connector' = 'kafka',
  'topic-pattern' = 'keyed-.*',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'csv',
  'key.csv.field-delimiter' = '|',
  'key.fields' = 'k_id',
  'key.fields-prefix' = 'k_',
  'value.format' = 'json',
  'value.fields-include' = 'EXCEPT_KEY',
  'scan.startup.mode' = 'specific-offsets',
  'scan.startup.specific-offsets' = 'partition:0,offset:42;partition:1,offset:300',
  'sink.partitioner' = 'round-robin',
  'sink.delivery-guarantee' = 'exactly-once',
  'sink.transactional-id-prefix' = 'weir'
);
CREATE TABLE gen (id BIGINT, name STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH (
  'connector' = 'datagen', 'rows-per-second' = '100', 'number-of-rows' = '1000',
  'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '1000', 'fields.name.length' = '10'
);
CREATE TABLE nexmark_src (event_type INT) WITH (
  'connector' = 'nexmark', 'first-event.rate' = '10000000', 'next-event.rate' = '10000000',
  'events.num' = '100000000', 'person.proportion' = '2', 'auction.proportion' = '6', 'bid.proportion' = '92'
);
CREATE TABLE out_print (id BIGINT) WITH ('connector' = 'print', 'print-identifier' = 'q1', 'standard-error' = 'false');
CREATE TABLE out_hole (id BIGINT) WITH ('connector' = 'blackhole');
CREATE TABLE out_files (id BIGINT, total DECIMAL(10, 2)) WITH (
  'connector' = 'filesystem', 'path' = '/tmp/out', 'format' = 'csv', 'csv.field-delimiter' = ';', 'csv.null-literal' = 'NULL'
);
CREATE VIEW big_orders AS SELECT order_id, amount FROM orders WHERE amount > 100;
CREATE TABLE IF NOT EXISTS orders (x INT) WITH ('connector' = 'blackhole');
DESCRIBE big_orders;
SHOW TABLES;
INSERT INTO out_print SELECT order_id FROM big_orders;
`;

test('a realistic Flink pipeline script is accepted', () => {
  const { catalog, results } = run(PIPELINE);
  assert.deepEqual(results.slice(0, 4).map((r) => r.kind), ['set', 'set', 'set', 'created']);
  assert.deepEqual(results[4], { kind: 'created', object: 'table', name: 'customers' });
  assert.deepEqual(results[12], { kind: 'exists', object: 'table', name: 'orders' });
  assert.equal(results[13]?.kind, 'described');
  assert.deepEqual(results[14], { kind: 'tables', names: ['big_orders', 'customers', 'gen', 'keyed', 'nexmark_src', 'orders', 'out_files', 'out_hole', 'out_print'] });
  assert.equal(results[15]?.kind, 'forPlanner');
  const orders = catalog.lookup(['orders']);
  assert.equal(orders?.kind, 'table');
  assert.equal(orders?.kind === 'table' ? orders.options.get('scan.startup.mode') : undefined, 'timestamp');
  assert.deepEqual(catalog.lookup(['default_catalog', 'default_database', 'customers'])?.path, ['default_catalog', 'default_database', 'customers']);
  const view = catalog.lookup(['big_orders']);
  assert.equal(view?.kind === 'view' ? view.query.kind : undefined, 'select');
  assert.equal(catalog.setting('pipeline.name'), 'orders-enrichment');
});

test('SET checks known options, keeps unknown ones with a hint; RESET restores defaults', () => {
  const { catalog, results } = run(`
SET 'parallelism.default' = '4';
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '2 s';
SET 'table.exec.mini-batch.size' = '5000';
SET 'table.exec.source.idle-timeout' = '30 s';
SET 'state.backend.type' = 'rocksdb';
SET 'table.exec.state.tll' = '1 h';
RESET 'parallelism.default';`);
  assert.deepEqual(results[5], { kind: 'set', key: 'state.backend.type', value: 'rocksdb' });
  assert.deepEqual(results[6], { kind: 'set', key: 'table.exec.state.tll', value: '1 h', warning: "'table.exec.state.tll' is not an option Weir knows; did you mean 'table.exec.state.ttl'?" });
  assert.deepEqual(results[7], { kind: 'reset', key: 'parallelism.default' });
  assert.equal(catalog.setting('parallelism.default'), '1');
  assert.equal(catalog.setting('table.exec.mini-batch.enabled'), 'true');
  assert.equal(catalog.setting('table.exec.state.ttl'), '0 ms');
  catalog.apply(parseScript('RESET;')[0]!);
  assert.deepEqual([...catalog.settings()], []);
  assert.equal(catalog.setting('table.exec.mini-batch.enabled'), 'false');
  rejects("SET 'parallelism.default' = 'four';", 1, 1, "Invalid value 'four' for option 'parallelism.default': expected an integer.");
  rejects("\n  SET 'execution.checkpointing.interval' = 'often';", 2, 3, "Invalid value 'often' for option 'execution.checkpointing.interval': expected a duration such as '10 s', '1 min' or '500 ms'.");
});

const BH = "WITH ('connector' = 'blackhole')";

test('schema rules', () => {
  rejects(`CREATE TABLE a (x INT) ${BH};\nCREATE TABLE a (y INT) ${BH};`, 2, 1, 'Table (or view) default_database.a already exists in Catalog default_catalog.');
  rejects(`CREATE TABLE a (x INT) ${BH};\nCREATE VIEW a AS SELECT x FROM a;`, 2, 1, 'Table (or view) default_database.a already exists in Catalog default_catalog.');
  rejects(`CREATE TEMPORARY TABLE a (x INT) ${BH};\nCREATE TEMPORARY TABLE a (y INT) ${BH};`, 2, 1, "Temporary table '`default_catalog`.`default_database`.`a`' already exists");
  rejects('DESCRIBE nope;', 1, 1, "Tables or views with the identifier 'default_catalog.default_database.nope' doesn't exist.");
  rejects(`CREATE TABLE a (\n  x INT,\n  x STRING\n) ${BH};`, 3, 3, "Schema must not contain duplicate column names. Found duplicates: [x] (table 'a').");
  rejects(`CREATE TABLE a (\n  x INT,\n  WATERMARK FOR ts AS ts\n) ${BH};`, 3, 3, "Invalid column name 'ts' for rowtime attribute in watermark declaration. Available columns are: [x] (table 'a').");
  rejects(`CREATE TABLE a (\n  ts BIGINT,\n  WATERMARK FOR ts AS ts\n) ${BH};`, 3, 3, "Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is BIGINT (table 'a', column 'ts').");
  rejects(`CREATE TABLE a (ts TIMESTAMP(6), WATERMARK FOR ts AS ts) ${BH};`, 1, 34, "Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is TIMESTAMP(6) (table 'a', column 'ts').");
  rejects(`CREATE TABLE a (x INT, PRIMARY KEY (y) NOT ENFORCED) ${BH};`, 1, 24, "Invalid primary key 'PK_y'. Column 'y' does not exist (table 'a'; columns: [x]).");
  // PRIMARY KEY without NOT ENFORCED never reaches the catalog: the grammar requires NOT ENFORCED.
  assert.throws(() => run(`CREATE TABLE a (x INT, PRIMARY KEY (x)) ${BH};`), /t\.sql:1:39: syntax error at '\)': expected NOT/);
});
