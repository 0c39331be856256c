// The SQL engine end to end, as a user runs it: JSON orders produced with kcat into a Kafka topic, a
// Flink SQL job computing 10-second tumbling-window totals over event time (watermark: 2 s of
// out-of-orderness) into an upsert-kafka topic, and the results read back with kcat — keys, values
// and offsets compared with totals computed here from the produced orders. Two ways to run it:
//   - in-process: `weir up --sql job.sql`, the job's kafka tables reading the broker's log directly;
//   - wire: `weir run job.sql` against a separate `weir broker`, over the Kafka protocol.
// The orders come in two rounds: the second starts only once the first window's results are out
// (so the watermark has passed 10 s), and holds a late order for that window, which must not count.
// Each process ends with SIGTERM and must exit 0.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, start, startBroker, stopAll, type Running } from '../compat/support.ts';
import { consume, createTopics, produce } from './e2e-support.ts';

after(() => stopAll());

/** Runs `weir <args>`; resolves with the process once its output matches `ready` (and the match). */
async function startWeir(args: readonly string[], ready: RegExp): Promise<{ proc: Running; match: RegExpExecArray }> {
  const proc = start(process.execPath, ['bin/weir.js', ...args], { timeoutMs: 120_000, env: { WEIR_LOG_LEVEL: 'warn' } });
  const match = await proc.waitFor(`weir ${args.join(' ')} to print ${ready}`, 20_000, () => ready.exec(proc.stdout() + proc.stderr()) ?? undefined);
  return { proc, match };
}

/** SIGTERM; the exit code (null when it had to be killed after 20 s). */
const stopWeir = async (proc: Running): Promise<number | null> => (await proc.stop('SIGTERM', 20_000)).code;

/** Polls the totals topic until it holds at least `count` records. */
const totals = (bootstrap: string, count: number, what: string) =>
  eventually(what, 20_000, () => {
    const rs = consume(bootstrap, 'totals');
    return rs.length >= count ? rs : undefined;
  });

interface Order {
  readonly id: number;
  readonly customer: string;
  readonly cents: number;
  /** Event time: seconds after 2024-01-01 00:00:00. */
  readonly at: number;
}

const WINDOW_S = 10;
const DELAY_S = 2;
const BASE = Date.UTC(2024, 0, 1);

const ROUND_1: readonly Order[] = [
  { id: 1, customer: 'a', cents: 1050, at: 1 },
  { id: 2, customer: 'b', cents: 500, at: 3.25 },
  { id: 3, customer: 'a', cents: 725, at: 7 },
  { id: 4, customer: 'a', cents: 100, at: 12 }, // watermark 10 s: closes [0 s, 10 s)
];
const ROUND_2: readonly Order[] = [
  { id: 5, customer: 'b', cents: 10000, at: 5 }, // late for [0 s, 10 s): dropped
  { id: 6, customer: 'a', cents: 200, at: 11 }, // out of order but not late
  { id: 7, customer: 'b', cents: 250, at: 14 },
  { id: 8, customer: 'c', cents: 300, at: 19.999 },
  { id: 9, customer: 'c', cents: 400, at: 31 }, // watermark 29 s: closes [10 s, 20 s), not [30 s, 40 s)
];

/** Flink's SQL timestamp text as its JSON format writes it: no fraction when it is zero. */
function sqlTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2024-01-01T00:00:03.250Z
  const [date, time] = iso.slice(0, -1).split('T') as [string, string];
  return `${date} ${time.replace(/\.000$/, '').replace(/(\.\d*?)0+$/, '$1')}`;
}

function orderRecord(o: Order): { key: string; value: string } {
  const amount = (o.cents / 100).toFixed(2);
  return { key: String(o.id), value: `{"order_id":${o.id},"customer":"${o.customer}","amount":${amount},"ts":"${sqlTimestamp(BASE + o.at * 1000)}"}` };
}

/**
 * The upsert records the job must write, worked out from the orders in the order produced: an
 * order is late (dropped) when its window's end - 1 ms is at or below the watermark of the orders
 * before it; a window is emitted once the watermark reaches its end - 1 ms. One record per
 * (customer, window), ordered by window, then customer — the order is not part of the contract,
 * so results are compared sorted.
 */
function expectedTotals(orders: readonly Order[]): { key: string; value: string }[] {
  let watermark = -Infinity;
  const windows = new Map<string, { customer: string; start: number; count: number; cents: number }>();
  for (const o of orders) {
    const ts = BASE + o.at * 1000;
    const start = ts - (ts % (WINDOW_S * 1000));
    const end = start + WINDOW_S * 1000;
    if (end - 1 > watermark) {
      const k = `${start}/${o.customer}`;
      const w = windows.get(k) ?? { customer: o.customer, start, count: 0, cents: 0 };
      w.count++;
      w.cents += o.cents;
      windows.set(k, w);
    }
    watermark = Math.max(watermark, ts - DELAY_S * 1000);
  }
  return [...windows.values()]
    .filter((w) => w.start + WINDOW_S * 1000 - 1 <= watermark)
    .map((w) => {
      const start = sqlTimestamp(w.start);
      const end = sqlTimestamp(w.start + WINDOW_S * 1000);
      return {
        key: `{"customer":"${w.customer}","window_start":"${start}"}`,
        value: `{"customer":"${w.customer}","window_start":"${start}","window_end":"${end}","orders":${w.count},"amount":${(w.cents / 100).toFixed(2)}}`,
      };
    });
}

function script(bootstrap: string): string {
  return `
CREATE TABLE orders (
  order_id BIGINT,
  customer STRING,
  amount DECIMAL(10, 2),
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '${DELAY_S}' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'properties.bootstrap.servers' = '${bootstrap}',
  'properties.group.id' = 'e2e',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

CREATE TABLE totals (
  customer STRING,
  window_start TIMESTAMP(3),
  window_end TIMESTAMP(3),
  orders BIGINT,
  amount DECIMAL(38, 2),
  PRIMARY KEY (customer, window_start) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'totals',
  'properties.bootstrap.servers' = '${bootstrap}',
  'key.format' = 'json',
  'value.format' = 'json'
);

INSERT INTO totals
SELECT customer, window_start, window_end, COUNT(*), SUM(amount)
FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '${WINDOW_S}' SECOND))
GROUP BY customer, window_start, window_end;
`;
}

const sortRecords = (rs: readonly { key: string; value: string | null }[]) => rs.map((r) => ({ key: r.key, value: r.value })).sort((a, b) => (a.value ?? '').localeCompare(b.value ?? ''));

/** Produces both rounds and checks the totals topic after each; `job` is the process running the job. */
async function produceAndCheck(bootstrap: string, job: Running): Promise<void> {
  produce(bootstrap, 'orders', ROUND_1.map(orderRecord));
  const first = expectedTotals(ROUND_1);
  assert.equal(first.length, 2, 'the first round closes one window with two customers');
  const after1 = await totals(bootstrap, first.length, `the first window's totals (job output:\n${job.describe()})`);
  assert.deepEqual(sortRecords(after1), sortRecords(first));

  produce(bootstrap, 'orders', ROUND_2.map(orderRecord));
  const all = expectedTotals([...ROUND_1, ...ROUND_2]);
  assert.equal(all.length, 5, 'the second window adds three customers; the late order changes nothing');
  await totals(bootstrap, all.length, `the second window's totals (job output:\n${job.describe()})`);
  // Nothing more comes: the late order updates no window, and [30 s, 40 s) is still open.
  await new Promise((r) => setTimeout(r, 1000));
  const final = consume(bootstrap, 'totals');
  assert.deepEqual(final.map((r) => r.offset), [0, 1, 2, 3, 4]);
  assert.deepEqual(sortRecords(final), sortRecords(all));
  assert.deepEqual(sortRecords(final.slice(0, 2)), sortRecords(first), 'the first window is written once, before the second');
}

test('in-process: weir up --sql runs a windowed aggregation from kafka into upsert-kafka', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-sql-e2e-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const up = (port: string) => ['up', '--kafka', `127.0.0.1:${port}`, '--http', '127.0.0.1:0', '--data-dir', join(dir, 'data')];

  // The job's tables need their topics, so create them first, then start again on that port with the script.
  const plain = await startWeir(up('0'), /Kafka: 127\.0\.0\.1:(\d+)/);
  const port = plain.match[1]!;
  const bootstrap = `127.0.0.1:${port}`;
  createTopics(bootstrap, ['orders', 'totals']);
  assert.equal(await stopWeir(plain.proc), 0);

  const file = join(dir, 'job.sql');
  writeFileSync(file, script(bootstrap));
  const job = await startWeir([...up(port), '--sql', file], /Job ID: \S+/);
  await produceAndCheck(bootstrap, job.proc);
  assert.equal(await stopWeir(job.proc), 0, job.proc.describe());
});

test('wire: weir run runs the same job against a separate weir broker', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-sql-e2e-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const broker = await startBroker();
  t.after(() => broker.stop());
  const bootstrap = broker.bootstrap;
  createTopics(bootstrap, ['orders', 'totals']);

  const file = join(dir, 'job.sql');
  writeFileSync(file, script(bootstrap));
  const job = await startWeir(['run', file, '--state-dir', join(dir, 'state')], /Job ID: \S+/);
  await produceAndCheck(bootstrap, job.proc);
  assert.equal(await stopWeir(job.proc), 0, job.proc.describe());
  assert.equal((await broker.stop()).code, 0, broker.describe());
});
