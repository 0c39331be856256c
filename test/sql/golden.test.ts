// Golden-file suite of the streaming SQL engine: every test/sql/queries/<name>.sql runs in-process
// (SqlSession) over the inputs in test/sql/data/ ('$DATA' in a script is that folder's path) and
// its last SELECT's changelog, in Flink's print form, must equal test/sql/golden/<name>.out line for
// line. Then the script runs again with checkpointing every millisecond and a failure injected after
// about half the input (failAfterRecords): the job must restart from a checkpoint (restarts ≥ 1),
// the materialized result (+I/+U add a row, -U/-D remove one) must equal the golden's, and, the
// collect sink being exactly-once, so must the changelog itself.
//
// Sources are handed one record per poll, so each record is its own batch: watermarks advance after
// every record (Flink with per-record watermark emission), two sources interleave record by record,
// and a checkpoint can fall between any two records. Late events and window firings are therefore
// deterministic. WEIR_GOLDEN_UPDATE=1 writes golden files that are missing (check them by hand!).
// Scripts that fail because of a known engine bug are listed in KNOWN_BUGS (their tests are todo).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqlSession } from '../../src/platform/jobs/session.ts';
import { printForm } from '../../src/cli/sql/output.ts';
import { openObjectStore } from '../../src/storage/index.ts';
import { connectorFor, type Connector, type SourceReader } from '../../src/engine/connectors/index.ts';
import type { Job } from '../../src/engine/index.ts';

const here = import.meta.dirname;
const queries = join(here, 'queries');
const data = join(here, 'data');
const golden = join(here, 'golden');
const update = process.env['WEIR_GOLDEN_UPDATE'] === '1';

/**
 * Connectors whose sources return at most one record per poll; counts the records read. With
 * `pause`, each poll first waits a millisecond, so that a 1 ms checkpoint interval puts a
 * checkpoint between records (the runtime checkpoints between rounds once the interval passed).
 */
function oneByOne(counter: { records: number }, pause: boolean): (name: string) => Connector {
  return (name) => {
    const c = connectorFor(name);
    const create = c.createSource;
    if (create === undefined) return c;
    return {
      ...c,
      createSource: async (ctx) => {
        const r = await create(ctx);
        const reader: SourceReader = {
          partitions: () => r.partitions(),
          poll: async () => {
            if (pause) await new Promise((resolve) => setTimeout(resolve, 1));
            const got = await r.poll(1);
            if (got !== undefined) counter.records += got.length;
            return got;
          },
          position: () => r.position(),
          close: () => r.close(),
        };
        return reader;
      },
    };
  };
}

interface Run {
  readonly lines: string[];
  readonly records: number;
  readonly restarts: number;
}

async function run(sql: string, name: string, failAfterRecords?: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'weir-golden-'));
  try {
    const store = await openObjectStore(dir);
    const counter = { records: 0 };
    const results = new Map<Job, string[]>();
    const session = new SqlSession({
      file: `${name}.sql`,
      services: {},
      store,
      print: () => {},
      onResults: (job, fields, changes) => {
        const out = results.get(job) ?? [];
        for (const c of changes) out.push(printForm(fields, c));
        results.set(job, out);
      },
      jobOptions: { connectorFor: oneByOne(counter, failAfterRecords !== undefined), ...(failAfterRecords === undefined ? {} : { failAfterRecords }) },
    });
    await session.executeScript(sql.replaceAll('$DATA', data));
    const jobs = session.jobs();
    for (const j of jobs) await j.done;
    const last = jobs.at(-1);
    assert.ok(last !== undefined, `${name}.sql started no job`);
    return { lines: results.get(last) ?? [], records: counter.records, restarts: jobs.reduce((n, j) => n + j.metrics().restarts, 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table a changelog leaves: rows with their multiplicity, sorted. Fails on removing a missing row. */
function materialize(lines: readonly string[]): string[] {
  const rows = new Map<string, number>();
  for (const l of lines) {
    const m = /^([+-][IUD])(\[.*\])$/.exec(l);
    assert.ok(m !== null, `not a change: ${l}`);
    const row = m[2]!;
    const n = rows.get(row) ?? 0;
    if (m[1] === '+I' || m[1] === '+U') rows.set(row, n + 1);
    else {
      assert.ok(n > 0, `${l} retracts a row that is not there`);
      if (n === 1) rows.delete(row);
      else rows.set(row, n - 1);
    }
  }
  return [...rows].flatMap(([r, n]) => Array<string>(n).fill(r)).sort();
}

/** Scripts whose golden output is right but the engine does not produce it yet. */
const KNOWN_BUGS: Readonly<Record<string, string>> = {
};

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const stamp = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/**
 * Independent computations of the larger scripts' final results (too long to check by hand), in
 * print form: the golden's materialized changelog must equal them.
 */
const ORACLES: Readonly<Record<string, () => string[]>> = {
  big_group_restart: () => {
    const groups = new Map<number, { n: number; cents: number; sq: bigint; max: number }>();
    for (const id of range(1, 600)) {
      const g = groups.get(id % 7) ?? { n: 0, cents: 0, sq: 0n, max: 0 };
      g.n++;
      g.cents += (id * 37) % 1000;
      g.sq += BigInt(id) * BigInt(id);
      g.max = Math.max(g.max, id);
      groups.set(id % 7, g);
    }
    return [...groups].map(([c, g]) => `[${c}, ${g.n}, ${g.cents}, ${g.sq}, ${g.max}]`);
  },
  big_window_restart: () => {
    // Per-record watermark max(ts) - 1 min; a row whose window already fired (end - 1 <= watermark) is dropped.
    const base = Date.UTC(2024, 2, 1);
    const windows = new Map<number, { n: number; sum: number }>();
    let watermark = -Infinity;
    for (const id of range(1, 600)) {
      const ts = base + (id * 10 - (id % 3) * 25) * 1000;
      const start = Math.floor(ts / 60_000) * 60_000;
      if (start + 60_000 - 1 > watermark) {
        const w = windows.get(start) ?? { n: 0, sum: 0 };
        w.n++;
        w.sum += id;
        windows.set(start, w);
      }
      watermark = Math.max(watermark, ts - 60_000);
    }
    return [...windows].map(([start, w]) => `[${stamp(start)}, ${w.n}, ${w.sum}]`);
  },
  big_join_restart: () => {
    const tiers = ['gold', 'silver', 'bronze'];
    const agg = new Map<string, { n: number; quarters: number }>();
    for (const id of range(1, 400)) {
      const customer = (id % 60) + 1;
      if (customer > 50) continue;
      const tier = tiers[customer % 3]!;
      const a = agg.get(tier) ?? { n: 0, quarters: 0 };
      a.n++;
      a.quarters += (id * 13) % 100;
      agg.set(tier, a);
    }
    // SUM of DECIMAL(10, 2) / INT has Flink's division scale 13.
    return [...agg].map(([tier, a]) => `[${tier}, ${a.n}, ${(a.quarters / 4).toFixed(13)}]`);
  },
};

const restartSettings = [
  "SET 'execution.checkpointing.interval' = '1 ms';",
  "SET 'restart-strategy.type' = 'fixed-delay';",
  "SET 'restart-strategy.fixed-delay.attempts' = '1';",
  "SET 'restart-strategy.fixed-delay.delay' = '1 ms';",
].join('\n');

for (const file of readdirSync(queries).filter((f) => f.endsWith('.sql')).sort()) {
  const name = file.slice(0, -'.sql'.length);
  const sql = readFileSync(join(queries, file), 'utf8');
  const todo = KNOWN_BUGS[name];
  test(name, todo === undefined ? {} : { todo }, async () => {
    const goldenFile = join(golden, `${name}.out`);
    const normal = await run(sql, name);
    const text = normal.lines.map((l) => l + '\n').join('');
    if (!existsSync(goldenFile) && update) writeFileSync(goldenFile, text);
    const expected = readFileSync(goldenFile, 'utf8');
    assert.equal(text, expected, `${name}: output differs from golden/${name}.out`);
    const oracle = ORACLES[name];
    if (oracle !== undefined) assert.deepEqual(materialize(expected.split('\n').filter((l) => l !== '')), oracle().sort(), `${name}: golden/${name}.out disagrees with its independent computation`);

    const failAt = Math.max(1, Math.floor(normal.records / 2));
    const restarted = await run(`${restartSettings}\n${sql}`, name, failAt);
    assert.ok(restarted.restarts >= 1, `${name}: no failure happened (input ${normal.records} records, failAfterRecords ${failAt})`);
    assert.deepEqual(materialize(restarted.lines), materialize(expected.split('\n').filter((l) => l !== '')), `${name}: result after a restart differs`);
    // The collect sink is exactly-once (changes held until their checkpoint completes), so even the
    // changelog itself comes out the same.
    assert.deepEqual(restarted.lines, normal.lines, `${name}: changelog after a restart differs`);
  });
}
