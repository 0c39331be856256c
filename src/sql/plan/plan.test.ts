// The planner over real scripts: plan shapes (operators, changelog modes, interval-join bounds,
// push-downs), EXPLAIN text, and errors with their reason and line:column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript } from '../parse/index.ts';
import { SqlError } from '../parse/errors.ts';
import { Catalog } from '../catalog/index.ts';
import { planStatement, type JobPlan, type PhysicalNode } from './index.ts';
import { inputsOf } from './physical.ts';
import { toSql } from '../types/types.ts';

const DDL = `
CREATE TABLE orders (
  id BIGINT, customer STRING, amount DECIMAL(10, 2), ts TIMESTAMP(3),
  big AS amount * 2,
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '/tmp/orders', 'format' = 'json');
CREATE TABLE customers (
  id STRING, name STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts
) WITH ('connector' = 'filesystem', 'path' = '/tmp/customers', 'format' = 'json');
CREATE TABLE totals (customer STRING, total DECIMAL(38, 2), n BIGINT, PRIMARY KEY (customer) NOT ENFORCED)
WITH ('connector' = 'upsert-kafka', 'topic' = 'totals', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');
CREATE TABLE appended (customer STRING, total DECIMAL(38, 2), n BIGINT)
WITH ('connector' = 'kafka', 'topic' = 'appended', 'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json');
`;

function session(): Catalog {
  const c = new Catalog('t.sql');
  c.applyAll(parseScript(DDL, 't.sql'));
  return c;
}

function plan(sql: string): JobPlan {
  const c = session();
  const [s] = parseScript(sql, 't.sql');
  const p = planStatement(c, s!, 't.sql');
  assert.equal(p.kind, 'job');
  return p.plan;
}

function explain(sql: string): string {
  const c = session();
  const [s] = parseScript(`EXPLAIN ${sql}`, 't.sql');
  const p = planStatement(c, s!, 't.sql');
  assert.equal(p.kind, 'explain');
  return p.text;
}

function kinds(n: PhysicalNode): string {
  const kids = inputsOf(n);
  return kids.length === 0 ? n.kind : `${n.kind}(${kids.map(kinds).join(', ')})`;
}

function rejects(sql: string, kind: SqlError['kind'], message: RegExp, line: number, column: number): void {
  const c = session();
  assert.throws(() => {
    for (const s of parseScript(sql, 't.sql')) {
      if (c.apply(s).kind === 'forPlanner') planStatement(c, s, 't.sql');
    }
  }, (e: unknown) => {
    assert.ok(e instanceof SqlError, `not a SqlError: ${String(e)}`);
    assert.equal(e.kind, kind, e.message);
    assert.match(e.message, message);
    assert.deepEqual([e.line, e.column], [line, column], e.message);
    return true;
  });
}

test('a group aggregation into upsert-kafka is a retract changelog; the filter sits under the aggregate', () => {
  const p = plan('INSERT INTO totals SELECT customer, SUM(amount), COUNT(*) FROM orders WHERE amount > 10 GROUP BY customer');
  const sink = p.sinks[0]!;
  assert.equal(kinds(sink), 'sink(groupAggregate(calc(scan)))');
  assert.equal(sink.changelog, 'retract');
  const agg = inputsOf(sink)[0]!;
  assert.equal(agg.kind, 'groupAggregate');
  const below = inputsOf(agg)[0]!;
  assert.ok(below.kind === 'calc' && below.condition !== undefined, 'the WHERE condition is in the Calc under the aggregate');
  assert.deepEqual(agg.fields.map((f) => toSql(f.type)), ['STRING', 'DECIMAL(38, 2)', 'BIGINT NOT NULL']);
});

test('an updating query into an append-only kafka sink is refused as Flink refuses it', () => {
  rejects('INSERT INTO appended SELECT customer, SUM(amount), COUNT(*) FROM orders GROUP BY customer', 'validation',
    /Table sink 'default_catalog.default_database.appended' doesn't support consuming update changes which is produced by node GroupAggregate/, 1, 1);
});

test('a window TVF aggregation becomes one insert-only WindowAggregate with the window columns last', () => {
  const p = plan(`SELECT window_start, window_end, customer, COUNT(*) AS c, SUM(amount) FILTER (WHERE amount > 5) AS s
    FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, customer`);
  const sink = p.sinks[0]!;
  assert.equal(kinds(sink), 'collect(calc(windowAggregate(calc(scan))))');
  const w = inputsOf(inputsOf(sink)[0]!)[0]!;
  assert.ok(w.kind === 'windowAggregate');
  assert.equal(w.window.kind, 'tumble');
  assert.equal(w.window.kind === 'tumble' && w.window.size, 60_000);
  // The time attribute is carried into the aggregate's input row.
  assert.equal(toSql(inputsOf(w)[0]!.fields[w.window.time]!.type), 'TIMESTAMP(3) *ROWTIME*');
  assert.equal(w.changelog, 'insert-only');
  assert.deepEqual(sink.fields.map((f) => f.name), ['window_start', 'window_end', 'customer', 'c', 's']);
  assert.equal(w.aggs[1]!.filter !== undefined, true);
});

test('the legacy GROUP BY TUMBLE form plans the same window aggregate', () => {
  const p = plan(`SELECT customer, TUMBLE_START(ts, INTERVAL '1' MINUTE) AS ws, COUNT(*) FROM orders GROUP BY TUMBLE(ts, INTERVAL '1' MINUTE), customer`);
  assert.equal(kinds(p.sinks[0]!), 'collect(calc(windowAggregate(scan)))');
  assert.equal(toSql(p.sinks[0]!.fields[1]!.type), 'TIMESTAMP(3) NOT NULL');
});

test('a join bounding both rowtimes is an interval join with the bounds in ms; other conditions stay', () => {
  const p = plan(`SELECT o.id, c.name FROM orders o JOIN customers c
    ON o.customer = c.id AND c.ts BETWEEN o.ts - INTERVAL '1' MINUTE AND o.ts + INTERVAL '1' HOUR AND c.name <> 'x'`);
  const j = inputsOf(p.sinks[0]!)[0]!;
  const join = j.kind === 'calc' ? inputsOf(j)[0]! : j;
  assert.ok(join.kind === 'intervalJoin', kinds(p.sinks[0]!));
  assert.deepEqual([join.lower, join.upper, join.leftKeys, join.rightKeys], [-60_000, 3_600_000, [1], [0]]);
});

test('a regular left join is a retract changelog; WHERE on the preserved side is pushed below the join', () => {
  const p = plan(`SELECT o.id, c.name FROM orders o LEFT JOIN customers c ON o.customer = c.id WHERE o.amount > 10`);
  const text = kinds(p.sinks[0]!);
  assert.equal(text, 'collect(calc(join(calc(scan), scan)))');
  assert.equal(p.sinks[0]!.changelog, 'retract');
});

test('constant folding and projection push-down show in EXPLAIN', () => {
  const text = explain(`SELECT id FROM orders WHERE amount > 1 + 2`);
  assert.match(text, /== Abstract Syntax Tree ==/);
  assert.match(text, /== Optimized Physical Plan ==/);
  assert.match(text.split('== Optimized Physical Plan ==')[1]!, /where=\[>\(CAST\(amount AS DECIMAL\(12, 2\)\), 3\.00\)\]/);
  // The computed column `big` is not read, so the scan does not compute it.
  assert.match(text.split('== Optimized Physical Plan ==')[1]!, /TableSourceScan\(table=\[\[default_catalog, default_database, orders\]\], fields=\[id, amount, ts\]/);
});

test('errors name the reason and the line:column', () => {
  rejects('SELECT nope FROM orders', 'validation', /Column 'nope' not found/, 1, 8);
  rejects('SELECT id\nFROM orders\nWHERE customer + 1 > 2', 'validation', /Cannot apply '\+' to arguments of type/, 3, 7);
  rejects('SELECT customer, COUNT(*) FROM orders GROUP BY id', 'validation', /Expression 'customer' is not being grouped/, 1, 8);
  rejects('SELECT * FROM missing', 'validation', /Object 'missing' not found/, 1, 15);
  rejects(`SELECT * FROM TABLE(TUMBLE(TABLE customers, DESCRIPTOR(name), INTERVAL '1' MINUTE))`, 'validation', /requires the timecol to be a time attribute/, 1, 15);
  rejects('INSERT INTO totals SELECT customer FROM orders', 'validation', /Different number of columns/, 1, 1);
  // Refusals made while choosing operators point at their statement.
  rejects("\n  SELECT * FROM TABLE(SESSION(TABLE orders, DESCRIPTOR(ts), INTERVAL '1' MINUTE))", 'unsupported', /SESSION window TVF is only supported with a window aggregation/, 2, 3);
});

test('FROM a, b WHERE a.k = b.k is an inner join on the key; backquoted names in expressions are columns', () => {
  const p = plan("SELECT o.id, c.name, `customer` || '!' FROM orders o, customers c WHERE o.customer = c.id AND o.amount > 1");
  const join = inputsOf(inputsOf(p.sinks[0]!)[0]!)[0]!;
  assert.ok(join.kind === 'join', kinds(p.sinks[0]!));
  assert.deepEqual([join.leftKeys, join.rightKeys], [[1], [0]]);
  assert.equal(kinds(p.sinks[0]!), 'collect(calc(join(calc(scan), scan)))');
});

test("an unknown 'table.local-time-zone' fails at planning, naming the setting", () => {
  const c = session();
  c.applyAll(parseScript("SET 'table.local-time-zone' = 'Mars/Olympus_Mons';", 't.sql'));
  const [s] = parseScript('SELECT id FROM orders', 't.sql');
  assert.throws(() => planStatement(c, s!, 't.sql'), (e: Error) => {
    assert.match(e.message, /'table\.local-time-zone' is 'Mars\/Olympus_Mons', which is not a time zone/);
    return true;
  });
  c.applyAll(parseScript("SET 'table.local-time-zone' = 'Asia/Shanghai';", 't.sql'));
  assert.equal(planStatement(c, s!, 't.sql').kind, 'job');
});
