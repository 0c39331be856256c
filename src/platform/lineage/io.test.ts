// pipelineIO: a pipeline's topics and sinks from its SQL (through views and joins), and SQL errors
// positioned in the spec file — the YAML line and column for inline SQL, the .sql file's otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEstate } from '../spec/index.ts';
import type { Pipeline } from '../spec/model.ts';
import { pipelineIO } from './io.ts';

function pipeline(files: { path: string; text: string }[]): Pipeline {
  const estate = loadEstate(files);
  assert.deepEqual(estate.errors, []);
  return estate.pipelines[0]!;
}

const spec = (sql: string): string => `apiVersion: weir/v1
kind: Pipeline
metadata: { name: enrich }
spec:
  class: operational
  owner: { team: checkout }
  sources: [orders, customers]
  sql: ${sql}
`;

const KAFKA = `'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json'`;

test('topics read through a view and a join, topics written, and non-Kafka sinks', () => {
  const sql = `|
    CREATE TABLE orders (id BIGINT, cid BIGINT) WITH ('connector' = 'kafka', 'topic' = 'orders;orders.replayed', ${KAFKA});
    CREATE TABLE customers (id BIGINT, name STRING, PRIMARY KEY (id) NOT ENFORCED)
      WITH ('connector' = 'upsert-kafka', 'topic' = 'customers', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');
    CREATE TABLE audit (id BIGINT, cid BIGINT) WITH ('connector' = 'kafka', 'topic-pattern' = 'audit\\..*', ${KAFKA});
    CREATE TABLE ticks (id BIGINT, cid BIGINT) WITH ('connector' = 'datagen');
    CREATE TABLE enriched (id BIGINT, name STRING, PRIMARY KEY (id) NOT ENFORCED)
      WITH ('connector' = 'upsert-kafka', 'topic' = 'orders.enriched', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');
    CREATE TABLE archive (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = '/data/archive', 'format' = 'json');
    CREATE TABLE debug (id BIGINT, name STRING) WITH ('connector' = 'print');
    CREATE VIEW joined AS SELECT o.id, c.name FROM orders AS o JOIN customers AS c ON o.cid = c.id;
    EXECUTE STATEMENT SET BEGIN
      INSERT INTO enriched SELECT * FROM joined;
      INSERT INTO archive SELECT id, CAST(cid AS STRING) FROM audit UNION ALL SELECT id, CAST(cid AS STRING) FROM ticks;
      INSERT INTO debug SELECT * FROM joined;
    END;`;
  assert.deepEqual(pipelineIO(pipeline([{ path: 'enrich.yaml', text: spec(sql) }])), {
    pipeline: 'enrich',
    reads: ['orders', 'orders.replayed', 'customers', 'topic-pattern:audit\\..*'],
    writes: ['orders.enriched'],
    sinks: ['filesystem:/data/archive', 'print:debug'],
  });
});

test('a temporary table shadowing a permanent one hides nothing: each INSERT writes the topic its table had then', () => {
  const sql = `|
    CREATE TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
    CREATE TABLE t (id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'orders', ${KAFKA});
    INSERT INTO t SELECT id FROM src;
    CREATE TEMPORARY TABLE t (id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'scratch', ${KAFKA});
    INSERT INTO t SELECT id FROM src;`;
  assert.deepEqual(pipelineIO(pipeline([{ path: 'enrich.yaml', text: spec(sql) }])).writes, ['orders', 'scratch']);
});

test('an error in inline SQL names the YAML file, line and column', () => {
  // Line 9 of the YAML is the SQL's first line, indented by 4; the unknown column is on its line 3.
  const sql = `|
    CREATE TABLE orders (id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'orders', ${KAFKA});
    CREATE TABLE enriched (id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'orders.enriched', ${KAFKA});
    INSERT INTO enriched SELECT order_id FROM orders;`;
  assert.throws(() => pipelineIO(pipeline([{ path: 'pipelines/enrich.yaml', text: spec(sql) }])), (e: Error & { where?: string }) => {
    assert.equal(e.where, 'pipelines/enrich.yaml:11:33');
    assert.match(e.message, /^pipelines\/enrich\.yaml:11:33: Column 'order_id' not found in any table/);
    return true;
  });
  // A one-line plain scalar: the SQL starts at column 8 of line 8.
  assert.throws(() => pipelineIO(pipeline([{ path: 'p.yaml', text: spec('INSERT INTO nowhere SELECT * FROM orders;') }])),
    /p\.yaml:8:8: Table default_catalog\.default_database\.nowhere was not found/);
});

test('an error in a SQL file names the .sql file', () => {
  const sql = `CREATE TABLE orders (id BIGINT) WITH ('connector' = 'kafka', 'topic' = 'orders', ${KAFKA});\n\nINSERT INTO orders SELECT id FROM missing;\n`;
  assert.throws(() => pipelineIO(pipeline([{ path: 'pipelines/enrich.yaml', text: spec('{ file: enrich.sql }') }, { path: 'pipelines/enrich.sql', text: sql }])),
    (e: Error & { where?: string }) => e.where === 'pipelines/enrich.sql:3:35' && /Object 'missing' not found/.test(e.message));
});
