// The front end turns realistic Flink SQL scripts into Weir's AST, and says where and why it cannot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript, SqlError, type Statement, type Query, type Expr } from './index.ts';

function only<K extends Statement['kind']>(sql: string, kind: K): Extract<Statement, { kind: K }> {
  const [s, ...rest] = parseScript(sql, 'test.sql');
  assert.equal(rest.length, 0);
  assert.equal(s?.kind, kind);
  return s as Extract<Statement, { kind: K }>;
}
function selectOf(q: Query) {
  assert.equal(q.kind, 'select');
  return q as Extract<Query, { kind: 'select' }>;
}
function rejects(sql: string, kind: 'syntax' | 'unsupported', message: RegExp, line: number, column: number): void {
  assert.throws(() => parseScript(sql, 'orders.sql'), (e: unknown) => {
    assert.ok(e instanceof SqlError, String(e));
    assert.equal(e.kind, kind);
    assert.equal(e.code, kind === 'syntax' ? 'CONFIG_INVALID' : 'NOT_IMPLEMENTED');
    assert.match(e.message, message);
    assert.deepEqual([e.line, e.column], [line, column], e.message);
    assert.ok(e.message.startsWith(`orders.sql:${line}:${column}: `), e.message);
    return true;
  });
}

const kafkaSource = `
CREATE TEMPORARY TABLE IF NOT EXISTS orders (
  order_id BIGINT NOT NULL,
  price DECIMAL(10, 2),
  tags ARRAY<STRING>,
  attrs MAP<STRING, INT>,
  buyer ROW<name STRING, age INT>,
  order_time AS TO_TIMESTAMP(ts_string),
  kafka_ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL,
  \`partition\` INT METADATA VIRTUAL,
  WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'format' = 'json'
);`;

test('a Kafka source table with computed and metadata columns and a watermark', () => {
  const t = only(kafkaSource, 'createTable');
  assert.deepEqual([t.name, t.temporary, t.ifNotExists, t.line, t.column], [['orders'], true, true, 2, 1]);
  assert.deepEqual(t.columns.map((c) => [c.kind, c.name, c.line]), [
    ['physical', 'order_id', 3], ['physical', 'price', 4], ['physical', 'tags', 5], ['physical', 'attrs', 6], ['physical', 'buyer', 7],
    ['computed', 'order_time', 8], ['metadata', 'kafka_ts', 9], ['metadata', 'partition', 10],
  ]);
  const [id, price, tags, attrs, buyer, computed, meta, part] = t.columns;
  assert.ok(id?.kind === 'physical' && price?.kind === 'physical' && tags?.kind === 'physical' && attrs?.kind === 'physical' && buyer?.kind === 'physical');
  assert.deepEqual([id.type.name, id.type.nullable], ['BIGINT', false]);
  assert.deepEqual([price.type.name, price.type.args, price.type.nullable], ['DECIMAL', ['10', '2'], true]);
  assert.deepEqual(tags.type.elements.map((e) => e.name), ['STRING']);
  assert.deepEqual(attrs.type.elements.map((e) => e.name), ['STRING', 'INT']);
  assert.deepEqual(buyer.type.fields.map((f) => [f.name, f.type.name]), [['name', 'STRING'], ['age', 'INT']]);
  assert.ok(computed?.kind === 'computed' && computed.expr.kind === 'call');
  assert.deepEqual([computed.expr.name, computed.expr.args.map((a) => a.kind)], ['TO_TIMESTAMP', ['column']]);
  assert.ok(meta?.kind === 'metadata' && part?.kind === 'metadata');
  assert.deepEqual([meta.type.name, meta.type.args, meta.key, meta.virtual], ['TIMESTAMP_LTZ', ['3'], 'timestamp', true]);
  assert.deepEqual([part.key, part.virtual], [undefined, true]);
  assert.equal(t.watermark?.timeColumn, 'order_time');
  const wm = t.watermark?.expr;
  assert.ok(wm?.kind === 'binary' && wm.op === '-');
  assert.deepEqual(wm.right, { kind: 'interval', value: '5', from: 'SECOND', line: 11, column: 44 });
  assert.deepEqual(t.options.map((o) => [o.key, o.value]), [['connector', 'kafka'], ['topic', 'orders'], ['format', 'json']]);
});

test('an upsert-kafka sink with a primary key, a windowed INSERT and a statement set', () => {
  const script = `
CREATE TABLE revenue (
  window_start TIMESTAMP(3), window_end TIMESTAMP(3), total DECIMAL(38, 2), n BIGINT,
  PRIMARY KEY (window_start, window_end) NOT ENFORCED
) WITH ('connector' = 'upsert-kafka', 'topic' = 'revenue', 'key.format' = 'json', 'value.format' = 'json');
SET 'execution.checkpointing.interval' = '10s';
INSERT INTO revenue
SELECT window_start, window_end, SUM(price) AS total, COUNT(*) AS n
FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end
HAVING COUNT(DISTINCT order_id) > 1;
EXECUTE STATEMENT SET BEGIN
  INSERT INTO a SELECT * FROM orders;
  INSERT INTO b (x, y) SELECT o.order_id, c.name FROM orders AS o LEFT JOIN customers c ON o.cid = c.id;
END;
RESET 'execution.checkpointing.interval';
RESET;
SHOW TABLES;
DESCRIBE revenue;
EXPLAIN SELECT * FROM orders;`;
  const s = parseScript(script, 'pipeline.sql');
  assert.deepEqual(s.map((x) => [x.kind, x.line]), [
    ['createTable', 2], ['set', 6], ['insert', 7], ['statementSet', 12], ['reset', 16], ['reset', 17], ['showTables', 18], ['describe', 19], ['explain', 20],
  ]);
  const [sink, set, ins, ss, reset, resetAll, , desc, explain] = s;
  assert.ok(sink?.kind === 'createTable');
  assert.deepEqual(sink.primaryKey?.columns, ['window_start', 'window_end']);
  assert.deepEqual(set, { kind: 'set', key: 'execution.checkpointing.interval', value: '10s', line: 6, column: 1 });
  assert.ok(ins?.kind === 'insert');
  assert.deepEqual(ins.table, ['revenue']);
  const q = selectOf(ins.query);
  assert.deepEqual(q.items.map((i) => [i.expr.kind, i.alias]), [['column', undefined], ['column', undefined], ['call', 'total'], ['call', 'n']]);
  const count = q.items[3]?.expr;
  assert.ok(count?.kind === 'call');
  assert.deepEqual([count.name, count.args.map((a) => a.kind)], ['COUNT', ['star']]);
  assert.ok(q.from.kind === 'windowTvf');
  assert.deepEqual([q.from.fn, q.from.table, q.from.timeColumn, q.from.args], ['TUMBLE', ['orders'], 'order_time', [{ kind: 'interval', value: '1', from: 'MINUTE', line: 9, column: 57 }]]);
  assert.deepEqual(q.groupBy.map((g) => g.kind === 'column' && g.name), [['window_start'], ['window_end']]);
  const having = q.having;
  assert.ok(having?.kind === 'binary' && having.left.kind === 'call');
  assert.equal(having.left.distinct, true);
  assert.ok(ss?.kind === 'statementSet');
  assert.deepEqual(ss.inserts.map((i) => [i.table, i.columns]), [[['a'], undefined], [['b'], ['x', 'y']]]);
  const join = selectOf(ss.inserts[1]!.query).from;
  assert.ok(join.kind === 'join' && join.left.kind === 'table' && join.right.kind === 'table');
  assert.deepEqual([join.type, join.left.alias, join.right.alias, join.on.kind], ['left', 'o', 'c', 'binary']);
  assert.deepEqual(reset, { kind: 'reset', key: 'execution.checkpointing.interval', line: 16, column: 1 });
  assert.deepEqual(resetAll, { kind: 'reset', line: 17, column: 1 });
  assert.ok(desc?.kind === 'describe' && explain?.kind === 'explain');
  assert.deepEqual(desc.name, ['revenue']);
  assert.equal(explain.statement.kind, 'query');
});

function exprOf(sql: string): Expr {
  const q = selectOf(only(`SELECT ${sql} FROM t`, 'query').query);
  const e = q.items[0]?.expr;
  assert.ok(e !== undefined);
  return e;
}
function shape(e: Expr): unknown {
  switch (e.kind) {
    case 'binary': return [e.op, shape(e.left), shape(e.right)];
    case 'unary': return [e.op, shape(e.operand)];
    case 'column': return e.name.join('.');
    case 'number': return e.text;
    case 'string': return `'${e.value}'`;
    case 'call': return [e.name, ...e.args.map(shape)];
    default: return e.kind;
  }
}

test('expressions keep precedence, exact numbers and their positions', () => {
  assert.deepEqual(shape(exprOf('a + b * 2 - c')), ['-', ['+', 'a', ['*', 'b', '2']], 'c']);
  assert.deepEqual(shape(exprOf('x = 1 OR y > 2 AND NOT z')), ['OR', ['=', 'x', '1'], ['AND', ['>', 'y', '2'], ['NOT', 'z']]]);
  assert.deepEqual(shape(exprOf("-a || 'x'")), ['||', ['-', 'a'], "'x'"]);
  assert.deepEqual(shape(exprOf('t.a <> 12345678901234567890.123456789012345678')), ['<>', 't.a', '12345678901234567890.123456789012345678']);
  assert.deepEqual(exprOf('123456789012345678901234567890'), { kind: 'number', text: '123456789012345678901234567890', exact: true, line: 1, column: 8 });
  assert.deepEqual(exprOf("'it''s'"), { kind: 'string', value: "it's", line: 1, column: 8 });
  assert.deepEqual(exprOf("TIMESTAMP '2024-01-01 00:00:00'"), { kind: 'typedLiteral', type: 'TIMESTAMP', value: '2024-01-01 00:00:00', line: 1, column: 8 });
  assert.deepEqual(exprOf("DATE '2024-01-01'"), { kind: 'typedLiteral', type: 'DATE', value: '2024-01-01', line: 1, column: 8 });
  assert.deepEqual(exprOf("INTERVAL '1 10:00:00' DAY TO SECOND"), { kind: 'interval', value: '1 10:00:00', from: 'DAY', to: 'SECOND', line: 1, column: 8 });
  assert.deepEqual(exprOf('NULL'), { kind: 'null', line: 1, column: 8 });
  assert.deepEqual(exprOf('TRUE'), { kind: 'boolean', value: true, line: 1, column: 8 });
  const between = exprOf('a NOT BETWEEN 1 AND 2');
  assert.ok(between.kind === 'between' && between.negated && shape(between.low) === '1');
  const inList = exprOf('a IN (1, 2, 3)');
  assert.ok(inList.kind === 'inList' && inList.list.length === 3);
  const like = exprOf("b NOT LIKE 'x%'");
  assert.ok(like.kind === 'like' && like.negated);
  const isNull = exprOf('b IS NOT NULL');
  assert.ok(isNull.kind === 'isNull' && isNull.negated);
  const c = exprOf("CASE WHEN a > 1 THEN 'big' ELSE 'small' END");
  assert.ok(c.kind === 'case' && c.whens.length === 1 && c.else?.kind === 'string');
  const cast = exprOf('CAST(a AS DECIMAL(20, 4))');
  assert.ok(cast.kind === 'cast' && !cast.try);
  assert.deepEqual([cast.type.name, cast.type.args], ['DECIMAL', ['20', '4']]);
});

test('queries: DISTINCT, stars, subqueries and UNION ALL', () => {
  const q = selectOf(only('SELECT DISTINCT s.*, x FROM (SELECT * FROM t WHERE a > 0) AS s', 'query').query);
  assert.equal(q.distinct, true);
  assert.deepEqual(q.items.map((i) => i.expr), [{ kind: 'star', qualifier: ['s'], line: 1, column: 17 }, { kind: 'column', name: ['x'], line: 1, column: 22 }]);
  assert.ok(q.from.kind === 'subquery' && q.from.alias === 's' && selectOf(q.from.query).where?.kind === 'binary');
  const u = only('SELECT a FROM t1 UNION ALL SELECT a FROM t2 UNION ALL SELECT a FROM t3', 'query').query;
  assert.ok(u.kind === 'unionAll' && u.inputs.length === 3);
});

test('syntax errors say where, with the offending text', () => {
  rejects('SELECT a\nFROM t\nWHERE a = = 1', 'syntax', /orders\.sql:3:11: syntax error at '='/, 3, 11);
  rejects("CREATE TABLE t (a INT) WITH (\n  'connector' = )", 'syntax', /orders\.sql:2:17: syntax error at '\)': expected .*STRING_LITERAL/, 2, 17);
  rejects('SELECT a\n  FORM t', 'syntax', /orders\.sql:2:8: syntax error at 't'/, 2, 8);
  rejects('SELECT a FROM', 'syntax', /syntax error at end of input/, 1, 14);
});

test('valid Flink SQL not supported yet is named, with its position', () => {
  rejects('SELECT a,\n  ROW_NUMBER() OVER (PARTITION BY a ORDER BY b) AS rn FROM t', 'unsupported', /OVER windows are not supported yet/, 2, 3);
  rejects('SELECT a FROM t ORDER BY a', 'unsupported', /ORDER BY is not supported yet/, 1, 17);
  rejects('SELECT * FROM o JOIN c FOR SYSTEM_TIME AS OF o.ts ON o.k = c.k', 'unsupported', /temporal joins \(FOR SYSTEM_TIME AS OF\) are not supported yet/, 1, 22);
  rejects('SELECT a FROM t UNION SELECT a FROM u', 'unsupported', /UNION without ALL is not supported yet/, 1, 17);
  rejects("CREATE TABLE t2 (a INT, b INT)\nPARTITIONED BY (a) WITH ('x' = 'y')", 'unsupported', /PARTITIONED BY is not supported yet/, 2, 1);
  rejects('CREATE TABLE t3 (a INT PRIMARY KEY NOT ENFORCED) WITH (\'x\' = \'y\')', 'unsupported', /inline PRIMARY KEY/, 1, 24);
  rejects('DROP TABLE t', 'unsupported', /DROP TABLE is not supported yet/, 1, 1);
  rejects('SELECT a FROM t WHERE a IN (SELECT b FROM u)', 'unsupported', /IN \(subquery\) is not supported yet/, 1, 25);
});
