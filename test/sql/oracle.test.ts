// Weir's streaming results against a batch engine: windowed and grouped aggregations over 6000
// generated orders whose timestamps are out of order within the watermark bound (oracle-data.ts),
// run by Weir to the end of the bounded input, must equal what DuckDB computes over the same
// JSON lines with plain SQL (window membership from epoch arithmetic, sessions from gaps).
//
// The DuckDB side produces Flink's result types as text: SUM(DECIMAL(10,2)) is DECIMAL(38,2),
// AVG(DECIMAL(10,2)) is DECIMAL(38,6) rounded HALF_UP (exact integer arithmetic below, since
// DuckDB's AVG is a DOUBLE), AVG(INT) is INT (the sum divided by the count, truncated), SUM(INT) is
// INT. Windows: tumbling and hopping ones are aligned to the epoch; a session ends when the next
// event of its key is more than the gap later (Flink merges windows [ts, ts + gap) that touch).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { EVENTS, WATERMARK_DELAY_S, generateOrders, sessionBridges, writeOrders, type Order } from './oracle-data.ts';
import { difference, runDuck, runWeir } from './oracle-engines.ts';

let tmp = '';
let ddl = '';
let orders: Order[] = [];
let instance: DuckDBInstance | undefined;
let duck: DuckDBConnection;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'weir-oracle-'));
  const data = join(tmp, 'orders.json');
  orders = generateOrders(20240310);
  writeOrders(data, orders);
  ddl = `CREATE TABLE orders (id BIGINT, customer STRING, amount DECIMAL(10, 2), qty INT, ts TIMESTAMP(3),
    WATERMARK FOR ts AS ts - INTERVAL '${WATERMARK_DELAY_S}' SECOND)
  WITH ('connector' = 'filesystem', 'path' = '${data}', 'format' = 'json');`;
  instance = await DuckDBInstance.create(':memory:');
  duck = await instance.connect();
  await duck.run(`
    CREATE TABLE o AS SELECT *, epoch_ms(ts) AS ms FROM read_json('${data}', format = 'newline_delimited',
      columns = {id: 'BIGINT', customer: 'VARCHAR', amount: 'DECIMAL(10,2)', qty: 'INTEGER', ts: 'TIMESTAMP'},
      timestampformat = '%Y-%m-%d %H:%M:%S.%g');
    CREATE MACRO t_text(ms) AS strftime(epoch_ms(ms), '%Y-%m-%d %H:%M:%S.%g');
    -- x / n rounded HALF_UP (away from zero), n > 0, in exact integers.
    CREATE MACRO div_half_up(x, n) AS sign(x) * ((2 * abs(x) + n) // (2 * n));
    -- An integer count of millionths as DECIMAL(38,6) text.
    CREATE MACRO dec6_text(u) AS (CASE WHEN u < 0 THEN '-' ELSE '' END) || (abs(u) // 1000000)::VARCHAR
      || '.' || lpad((abs(u) % 1000000)::VARCHAR, 6, '0');
    -- Flink's AVG(DECIMAL(10,2)): DECIMAL(38,6) = sum / count rounded HALF_UP.
    CREATE MACRO avg_dec(s, n) AS CASE WHEN n = 0 THEN NULL
      ELSE dec6_text(div_half_up(CAST(s * 100 AS HUGEINT) * 10000, n)) END;
    -- Flink's AVG(INT): INT = sum / count, truncated.
    CREATE MACRO avg_int(s, n) AS CASE WHEN n = 0 THEN NULL ELSE CAST(trunc(s / n) AS BIGINT) END;
  `);
});

after(() => {
  duck?.closeSync();
  instance?.closeSync();
  rmSync(tmp, { recursive: true, force: true });
});

/** The aggregates every window case computes, in Weir's SQL and in DuckDB's. `centred` averages
 * are often negative, so HALF_UP's rounding away from zero is checked on both signs. */
const AGGS = `COUNT(*) AS n, COUNT(amount) AS priced, SUM(amount) AS total, AVG(amount) AS mean,
  MIN(amount) AS lo, MAX(amount) AS hi, COUNT(DISTINCT qty) AS sizes, SUM(qty) AS units, AVG(qty) AS per_order,
  AVG(amount - 500) AS centred`;
const DUCK_AGGS = `count(*), count(amount), sum(amount), avg_dec(sum(amount), count(amount)),
  min(amount), max(amount), count(DISTINCT qty), sum(qty), avg_int(sum(qty), count(qty)),
  avg_dec(sum(amount - 500), count(amount))`;

async function check(weirQuery: string, duckQuery: string): Promise<void> {
  const [w, d] = [await runWeir(tmp, ddl, weirQuery), await runDuck(duck, duckQuery)];
  assert.ok(d.length > 0, 'the DuckDB side found no rows: the case tests nothing');
  const diff = difference(w, d);
  if (diff !== '') assert.fail(`Weir and DuckDB differ:\n${diff}`);
}

test('the input: every order is read by DuckDB as generated, and none is late for the watermark', async () => {
  const [row] = (await duck.runAndReadAll(`SELECT count(*)::VARCHAR, sum(amount)::VARCHAR, sum(qty)::VARCHAR,
    count(DISTINCT customer)::VARCHAR FROM o`)).getRowsJS();
  const cents = orders.reduce((s, o) => s + BigInt(o.cents ?? 0), 0n);
  const units = orders.reduce((s, o) => s + (o.qty ?? 0), 0);
  const total = `${cents < 0n ? '-' : ''}${(cents < 0n ? -cents : cents) / 100n}.${String((cents < 0n ? -cents : cents) % 100n).padStart(2, '0')}`;
  assert.deepEqual(row, [String(EVENTS), total, String(units), '25']);
  let maxTs = -Infinity;
  let late = 0;
  let outOfOrder = 0;
  for (const o of orders) {
    if (o.ts <= maxTs - WATERMARK_DELAY_S * 1000) late++;
    if (o.ts < maxTs) outOfOrder++;
    maxTs = Math.max(maxTs, o.ts);
  }
  assert.equal(late, 0);
  assert.ok(outOfOrder > EVENTS / 4, `only ${outOfOrder} events are out of order`);
  const bridges = sessionBridges(orders, 7000);
  assert.ok(bridges > 50, `only ${bridges} late-arriving events merge two 7 s sessions`);
});

test('TUMBLE window aggregate by key', () => check(
  `SELECT customer, window_start, window_end, ${AGGS}
   FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND))
   GROUP BY customer, window_start, window_end;`,
  `SELECT customer, t_text(w), t_text(w + 10000), ${DUCK_AGGS}
   FROM (SELECT *, ms // 10000 * 10000 AS w FROM o) GROUP BY customer, w`,
));

test('TUMBLE window aggregate over all keys, with window_time', () => check(
  `SELECT window_start, window_end, window_time, ${AGGS}, COUNT(DISTINCT customer) AS buyers
   FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
   GROUP BY window_start, window_end, window_time;`,
  `SELECT t_text(w), t_text(w + 60000), t_text(w + 59999), ${DUCK_AGGS}, count(DISTINCT customer)
   FROM (SELECT *, ms // 60000 * 60000 AS w FROM o) GROUP BY w`,
));

test('HOP window aggregate by key (slide 5 s, size 20 s)', () => check(
  `SELECT customer, window_start, window_end, ${AGGS}
   FROM TABLE(HOP(TABLE orders, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '20' SECOND))
   GROUP BY customer, window_start, window_end;`,
  `SELECT customer, t_text(w), t_text(w + 20000), ${DUCK_AGGS}
   FROM (SELECT *, ms // 5000 * 5000 - k * 5000 AS w FROM o, range(4) AS r(k)) GROUP BY customer, w`,
));

test('CUMULATE window aggregate by key (step 5 s, max 30 s)', () => check(
  `SELECT customer, window_start, window_end, ${AGGS}
   FROM TABLE(CUMULATE(TABLE orders, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '30' SECOND))
   GROUP BY customer, window_start, window_end;`,
  `SELECT customer, t_text(w), t_text(e), ${DUCK_AGGS}
   FROM (SELECT *, ms // 30000 * 30000 AS w, ms // 30000 * 30000 + k * 5000 AS e FROM o, range(1, 7) AS r(k))
   WHERE e > ms GROUP BY customer, w, e`,
));

test('SESSION window aggregate partitioned by key (gap 7 s)', () => check(
  `SELECT customer, window_start, window_end, ${AGGS}
   FROM TABLE(SESSION(TABLE orders PARTITION BY customer, DESCRIPTOR(ts), INTERVAL '7' SECOND))
   GROUP BY customer, window_start, window_end;`,
  `WITH marked AS (
     SELECT *, CASE WHEN ms - lag(ms) OVER (PARTITION BY customer ORDER BY ms) <= 7000 THEN 0 ELSE 1 END AS starts FROM o),
   numbered AS (
     SELECT *, sum(starts) OVER (PARTITION BY customer ORDER BY ms, id ROWS UNBOUNDED PRECEDING) AS session FROM marked)
   SELECT customer, t_text(min(ms)), t_text(max(ms) + 7000), ${DUCK_AGGS} FROM numbered GROUP BY customer, session`,
));

test('legacy GROUP BY TUMBLE group window with TUMBLE_START/TUMBLE_END', () => check(
  `SELECT customer, TUMBLE_START(ts, INTERVAL '15' SECOND), TUMBLE_END(ts, INTERVAL '15' SECOND), ${AGGS}
   FROM orders GROUP BY customer, TUMBLE(ts, INTERVAL '15' SECOND);`,
  `SELECT customer, t_text(w), t_text(w + 15000), ${DUCK_AGGS}
   FROM (SELECT *, ms // 15000 * 15000 AS w FROM o) GROUP BY customer, w`,
));

test('GROUP BY aggregate (an updating result) by key, with MIN/MAX of the timestamp', () => check(
  `SELECT customer, ${AGGS}, MIN(ts) AS first_ts, MAX(ts) AS last_ts FROM orders GROUP BY customer;`,
  `SELECT customer, ${DUCK_AGGS}, t_text(min(ms)), t_text(max(ms)) FROM o GROUP BY customer`,
));

test('GROUP BY aggregate with WHERE, HAVING and COUNT(DISTINCT) of a string', () => check(
  `SELECT qty, COUNT(*) AS n, COUNT(DISTINCT customer) AS buyers, SUM(amount) AS total, AVG(amount) AS mean
   FROM orders WHERE amount > 100 GROUP BY qty HAVING COUNT(*) > 100;`,
  `SELECT qty, count(*), count(DISTINCT customer), sum(amount), avg_dec(sum(amount), count(amount))
   FROM o WHERE amount > 100 GROUP BY qty HAVING count(*) > 100`,
));

test('aggregate of an aggregate (the outer one retracts, MIN/MAX included)', () => check(
  `SELECT MOD(n, 5) AS bucket, COUNT(*) AS customers, SUM(total) AS total, MIN(total) AS lo, MAX(total) AS hi,
     SUM(n) AS orders, MAX(n) AS most
   FROM (SELECT customer, COUNT(*) AS n, SUM(amount) AS total FROM orders GROUP BY customer)
   GROUP BY MOD(n, 5);`,
  `SELECT n % 5, count(*), sum(total), min(total), max(total), sum(n), max(n)
   FROM (SELECT customer, count(*) AS n, sum(amount) AS total FROM o GROUP BY customer) GROUP BY n % 5`,
));

test('window aggregate of a window aggregate (10 s per key, then 1 min on window_time)', () => check(
  `CREATE TEMPORARY VIEW per_key AS
     SELECT customer, window_time AS wt, COUNT(*) AS n, SUM(amount) AS total
     FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND))
     GROUP BY customer, window_start, window_end, window_time;
   SELECT window_start, window_end, COUNT(*) AS windows, SUM(n) AS n, SUM(total) AS total, MAX(total) AS hi,
     COUNT(DISTINCT customer) AS buyers
   FROM TABLE(TUMBLE(TABLE per_key, DESCRIPTOR(wt), INTERVAL '1' MINUTE))
   GROUP BY window_start, window_end;`,
  `SELECT t_text(w1), t_text(w1 + 60000), count(*), sum(n), sum(total), max(total), count(DISTINCT customer)
   FROM (SELECT customer, (w + 9999) // 60000 * 60000 AS w1, count(*) AS n, sum(amount) AS total
         FROM (SELECT *, ms // 10000 * 10000 AS w FROM o) GROUP BY customer, w)
   GROUP BY w1`,
));

test('GROUP BY aggregate over window results (per key, over its 10 s windows)', () => check(
  `SELECT customer, COUNT(*) AS windows, MAX(n) AS busiest, SUM(total) AS total, MIN(lo) AS lo
   FROM (SELECT customer, window_start, COUNT(*) AS n, SUM(amount) AS total, MIN(amount) AS lo
         FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND))
         GROUP BY customer, window_start, window_end)
   GROUP BY customer;`,
  `SELECT customer, count(*), max(n), sum(total), min(lo)
   FROM (SELECT customer, count(*) AS n, sum(amount) AS total, min(amount) AS lo
         FROM (SELECT *, ms // 10000 * 10000 AS w FROM o) GROUP BY customer, w)
   GROUP BY customer`,
));

test('TUMBLE window with an offset (size 10 s, offset 3 s), with FILTER clauses', () => check(
  `SELECT customer, window_start, window_end, COUNT(*) AS n, COUNT(*) FILTER (WHERE amount > 500) AS big,
     SUM(amount) FILTER (WHERE qty > 10) AS bulk, COUNT(DISTINCT qty) FILTER (WHERE amount < 100) AS small_sizes
   FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND, INTERVAL '3' SECOND))
   GROUP BY customer, window_start, window_end;`,
  `SELECT customer, t_text(w), t_text(w + 10000), count(*), count(*) FILTER (WHERE amount > 500),
     sum(amount) FILTER (WHERE qty > 10), count(DISTINCT qty) FILTER (WHERE amount < 100)
   FROM (SELECT *, (ms - 3000) // 10000 * 10000 + 3000 AS w FROM o) GROUP BY customer, w`,
));

test('legacy GROUP BY HOP and SESSION group windows', async () => {
  await check(
    `SELECT customer, HOP_START(ts, INTERVAL '5' SECOND, INTERVAL '15' SECOND), HOP_END(ts, INTERVAL '5' SECOND, INTERVAL '15' SECOND), ${AGGS}
     FROM orders GROUP BY customer, HOP(ts, INTERVAL '5' SECOND, INTERVAL '15' SECOND);`,
    `SELECT customer, t_text(w), t_text(w + 15000), ${DUCK_AGGS}
     FROM (SELECT *, ms // 5000 * 5000 - k * 5000 AS w FROM o, range(3) AS r(k)) GROUP BY customer, w`,
  );
  await check(
    `SELECT customer, SESSION_START(ts, INTERVAL '7' SECOND), SESSION_END(ts, INTERVAL '7' SECOND), ${AGGS}
     FROM orders GROUP BY customer, SESSION(ts, INTERVAL '7' SECOND);`,
    `WITH marked AS (
       SELECT *, CASE WHEN ms - lag(ms) OVER (PARTITION BY customer ORDER BY ms) <= 7000 THEN 0 ELSE 1 END AS starts FROM o),
     numbered AS (
       SELECT *, sum(starts) OVER (PARTITION BY customer ORDER BY ms, id ROWS UNBOUNDED PRECEDING) AS session FROM marked)
     SELECT customer, t_text(min(ms)), t_text(max(ms) + 7000), ${DUCK_AGGS} FROM numbered GROUP BY customer, session`,
  );
});

test('GROUP BY aggregate with FILTER clauses and a string MIN/MAX, by two keys', () => check(
  `SELECT qty, amount > 500 AS big, COUNT(*) AS n, MIN(customer) AS first_name, MAX(customer) AS last_name,
     COUNT(DISTINCT customer) FILTER (WHERE amount < 0) AS refunders, SUM(amount) FILTER (WHERE customer IS NULL) AS anonymous
   FROM orders GROUP BY qty, amount > 500;`,
  `SELECT qty, amount > 500, count(*), min(customer), max(customer),
     count(DISTINCT customer) FILTER (WHERE amount < 0), sum(amount) FILTER (WHERE customer IS NULL)
   FROM o GROUP BY qty, amount > 500`,
));
