// Runs one Nexmark query to the end of its input in this process and prints one JSON line: events
// read, the process's CPU seconds (user + system, all threads) and wall seconds from the first
// statement to the job's end, or the error's first line. run.ts starts one of these per query, so
// each query is measured in a fresh process.
//
//   node bench/nexmark/query.ts QUERY --events N [--source nexmark|kafka]
//
// --source nexmark: the nexmark connector generates the events (the V2 setup, datagen source).
// --source kafka: first the events are written as JSON into a one-partition topic on a broker in
// this process (INSERT INTO kafka SELECT … FROM the nexmark table; timed and printed as `load`),
// then the query reads that topic to its end (scan.bounded.mode = latest-offset) through the
// in-process log.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Broker } from '../../src/broker/broker.ts';
import { brokerConfig } from '../../src/broker/config.ts';
import { SqlSession } from '../../src/platform/jobs/session.ts';
import type { EngineServices } from '../../src/engine/index.ts';
import { openObjectStore } from '../../src/storage/index.ts';
import { kafkaTable, nexmarkTable, query, views } from './queries.ts';

export interface QueryResult {
  readonly query: string;
  readonly source: 'nexmark' | 'kafka';
  readonly events: number;
  readonly cpuS?: number;
  readonly wallS?: number;
  /** Records the scans emitted and the sinks took. */
  readonly read?: number;
  readonly written?: number;
  /** Loading the topic (kafka source). */
  readonly load?: Measured;
  readonly error?: string;
}

export interface Measured {
  readonly cpuS: number;
  readonly wallS: number;
  /** Records the scans emitted and the sinks took. */
  readonly read: number;
  readonly written: number;
}

/** Runs a script's statements and waits for its jobs; the CPU and wall time it took. */
async function timed(sql: string, services: EngineServices, dir: string, file: string): Promise<Measured> {
  const store = await openObjectStore(join(dir, `state-${file}`));
  const session = new SqlSession({ file, services, store, print: () => {} });
  await session.executeScript(sql);
  // Counted from here: the job has been planned and started, and has read nothing yet.
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(session.jobs().map((j) => j.done));
  const used = process.cpuUsage(cpu);
  const ops = session.jobs().flatMap((j) => j.metrics().operators);
  const count = (kind: string, of: 'recordsIn' | 'recordsOut'): number => ops.filter((o) => o.kind === kind).reduce((n, o) => n + o[of], 0);
  return { cpuS: (used.user + used.system) / 1e6, wallS: (performance.now() - start) / 1000, read: count('scan', 'recordsOut'), written: count('sink', 'recordsIn') };
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]!;
}

async function run(name: string, events: number, source: 'nexmark' | 'kafka'): Promise<QueryResult> {
  const dir = mkdtempSync(join(tmpdir(), 'weir-nexmark-'));
  let broker: Broker | undefined;
  try {
    const sql = query(name, dir);
    if (sql === undefined) return { query: name, source, events, error: `unknown query ${name}` };
    writeFileSync(join(dir, 'side_input.txt'), Array.from({ length: 10_000 }, (_, i) => `${i},${i}`).join('\n') + '\n');
    if (source === 'nexmark') {
      const m = await timed(nexmarkTable('datagen', events) + views('datagen') + sql, {}, dir, `${name}.sql`);
      return { query: name, source, events, ...m };
    }
    broker = await Broker.start(brokerConfig({ 'data.dir': join(dir, 'broker'), listeners: '127.0.0.1:0' }));
    const bootstrap = `127.0.0.1:${broker.address().port}`;
    const services: EngineServices = { log: broker.log, localBootstrap: [bootstrap] };
    broker.log.createTopic('nexmark', 1);
    const load = await timed(
      nexmarkTable('datagen', events) + kafkaTable('kafka', 'nexmark', bootstrap, false) + 'INSERT INTO kafka SELECT event_type, person, auction, bid FROM datagen;',
      services, dir, 'load.sql',
    );
    const m = await timed(kafkaTable('kafka', 'nexmark', bootstrap, true) + views('kafka') + sql, services, dir, `${name}.sql`);
    return { query: name, source, events, ...m, load };
  } catch (e) {
    return { query: name, source, events, error: firstLine(e) };
  } finally {
    await broker?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const [name] = process.argv.slice(2);
const arg = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const events = Number(arg('--events') ?? 1_000_000);
const source = arg('--source') === 'kafka' ? 'kafka' : 'nexmark';
if (name === undefined || !(events > 0)) {
  console.error('usage: node bench/nexmark/query.ts QUERY --events N [--source nexmark|kafka]');
  process.exit(2);
}
console.log(JSON.stringify(await run(name, events, source)));
