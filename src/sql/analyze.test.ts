// analyzeScript: the tables each statement reads and writes, found by the planner through views,
// joins, subqueries, unions, window functions and statement sets; errors at the script's position
// or, with an offset, at the position in the file the script sits in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeScript } from './index.ts';
import { SqlError } from './parse/errors.ts';

const kafka = (name: string, topic: string, extra = ''): string =>
  `CREATE TABLE ${name} (id BIGINT, v STRING, ts TIMESTAMP(3)${extra}) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json');`;

const io = (sql: string): [number, string[], string[]][] =>
  analyzeScript(sql, 'p.sql').statements.map((s) => [s.line, s.sources.map((t) => t.name), s.sinks.map((t) => t.name)]);

test('tables keep their connector, options and position; views are not tables', () => {
  const a = analyzeScript(`${kafka('orders', 'orders.v1')}\nCREATE TEMPORARY TABLE archive (id BIGINT) WITH ('connector' = 'filesystem', 'path' = '/data/out', 'format' = 'json');\nCREATE VIEW v AS SELECT id FROM orders;`, 'p.sql');
  assert.deepEqual(a.tables.map((t) => [t.name, t.connector, t.options['topic'] ?? t.options['path'], t.temporary, t.line, t.col]), [
    ['orders', 'kafka', 'orders.v1', false, 1, 1],
    ['archive', 'filesystem', '/data/out', true, 2, 1],
  ]);
  assert.deepEqual(a.statements, []);
});

test('views over views resolve to the tables under them; a temporary view too', () => {
  const sql = [
    kafka('a', 'ta'), kafka('b', 'tb'), kafka('sink', 'out'),
    'CREATE VIEW v1 AS SELECT id, v, ts FROM a WHERE id > 0;',
    'CREATE VIEW v2 AS SELECT * FROM v1;',
    'CREATE TEMPORARY VIEW v3 AS SELECT * FROM v2;',
    'INSERT INTO sink SELECT * FROM v3;',
    'INSERT INTO sink SELECT id, v, ts FROM b;',
  ].join('\n');
  assert.deepEqual(io(sql), [[7, ['a'], ['sink']], [8, ['b'], ['sink']]]);
});

test('a join and a union read every table they name, once each', () => {
  const sql = [
    kafka('orders', 'orders'), kafka('customers', 'customers'), kafka('refunds', 'refunds'), kafka('enriched', 'orders.enriched'),
    'CREATE VIEW both_ AS SELECT id, v, ts FROM orders UNION ALL SELECT id, v, ts FROM refunds UNION ALL SELECT id, v, ts FROM orders;',
    'INSERT INTO enriched',
    'SELECT o.id, c.v, o.ts FROM both_ AS o JOIN customers AS c ON o.id = c.id;',
  ].join('\n');
  assert.deepEqual(io(sql), [[6, ['orders', 'refunds', 'customers'], ['enriched']]]);
});

test('a subquery and a window TVF read their tables', () => {
  const sql = [
    kafka('clicks', 'clicks', ", WATERMARK FOR ts AS ts - INTERVAL '5' SECOND"),
    "CREATE TABLE counts (window_start TIMESTAMP(3), n BIGINT) WITH ('connector' = 'print');",
    "INSERT INTO counts SELECT window_start, COUNT(*) FROM (SELECT * FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE))) GROUP BY window_start, window_end;",
  ].join('\n');
  assert.deepEqual(io(sql), [[3, ['clicks'], ['counts']]]);
});

test('each INSERT of a statement set is its own entry, in both statement set forms', () => {
  const tables = [kafka('a', 'ta'), kafka('b', 'tb'), kafka('x', 'tx'), kafka('y', 'ty')].join('\n');
  const execute = `${tables}\nEXECUTE STATEMENT SET BEGIN\n  INSERT INTO x SELECT * FROM a;\n  INSERT INTO y SELECT * FROM b UNION ALL SELECT * FROM x;\nEND;`;
  assert.deepEqual(analyzeScript(execute, 'p.sql').statements.map((s) => ({ ...s, sources: s.sources.map((t) => t.name), sinks: s.sinks.map((t) => t.name) })), [
    { line: 6, col: 3, sources: ['a'], sinks: ['x'] },
    { line: 7, col: 3, sources: ['b', 'x'], sinks: ['y'] },
  ]);
  const begin = `${tables}\nBEGIN STATEMENT SET;\nINSERT INTO x SELECT * FROM a;\nINSERT INTO x SELECT * FROM x;\nEND;`;
  assert.deepEqual(io(begin), [[6, ['a'], ['x']], [7, ['x'], ['x']]]);
});

test('a temporary table shadows a permanent one of the same name only in the statements after it', () => {
  const sql = `${kafka('t', 'ta')}\nINSERT INTO t SELECT * FROM t;\n${kafka('t', 'tb').replace('CREATE TABLE', 'CREATE TEMPORARY TABLE')}\nINSERT INTO t SELECT * FROM t;`;
  const topics = analyzeScript(sql, 'p.sql').statements.map((s) => [s.sources.map((t) => t.options['topic']), s.sinks.map((t) => t.options['topic'])]);
  assert.deepEqual(topics, [[['ta'], ['ta']], [['tb'], ['tb']]]);
});

test('a plain SELECT is listed with no sinks; SET and DDL after it are applied', () => {
  const sql = `${kafka('a', 'ta')}\nSELECT id FROM a;\nSET 'pipeline.name' = 'p';\n${kafka('b', 'tb')}\nINSERT INTO b SELECT * FROM a;`;
  assert.deepEqual(io(sql), [[2, ['a'], []], [5, ['a'], ['b']]]);
});

test('errors are the planner\'s, at the script position, or shifted by an offset', () => {
  const sql = `${kafka('a', 'ta')}\n${kafka('b', 'tb')}\nINSERT INTO b\nSELECT id, nope, ts FROM a;`;
  assert.throws(() => analyzeScript(sql, 'p.sql'), (e: unknown) => {
    assert.ok(e instanceof SqlError);
    assert.equal(e.code, 'CONFIG_INVALID');
    assert.deepEqual([e.file, e.line, e.column], ['p.sql', 4, 12]);
    assert.match(e.message, /^p\.sql:4:12: Column 'nope' not found in any table/);
    return true;
  });
  // Inline SQL of a pipeline: its first character at line 20, column 7 of the YAML (a block scalar
  // indents every line by 6).
  assert.throws(() => analyzeScript(sql, 'pipelines/orders.yaml', { line: 20, col: 7 }), (e: unknown) => {
    assert.ok(e instanceof SqlError);
    assert.deepEqual([e.file, e.line, e.column, e.where], ['pipelines/orders.yaml', 23, 18, 'pipelines/orders.yaml:23:18']);
    assert.match(e.message, /^pipelines\/orders\.yaml:23:18: Column 'nope' not found in any table/);
    return true;
  });
  assert.throws(() => analyzeScript('INSERT INTO missing SELECT * FROM a;', 'p.sql'), /p\.sql:1:1: Table default_catalog\.default_database\.missing was not found/);
  assert.throws(() => analyzeScript(`${kafka('a', 'ta')}\nINSERT INTO a SELEC * FROM a;`, 'q.yaml', { line: 3, col: 3 }), /q\.yaml:4:17: syntax error at 'SELEC'/);
});
