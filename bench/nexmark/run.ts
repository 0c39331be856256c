// The Nexmark benchmark on Weir's engine: each query of the nexmark project (queries.ts) over N
// generated events (the in-engine `nexmark` connector, the V2 mix and rate) into a `blackhole` sink,
// each in a fresh process (query.ts), then q0–q2 again reading the same events as JSON from a topic
// on a broker in that process. Printed per query: events/s per core — events over the process's CPU
// seconds (user + system, all threads) while the job ran — and wall-clock events/s, beside Flink's
// events/s per core from the project's V2 sample run. A query the engine cannot run prints the first
// line of its error instead.
//
//   node bench/nexmark/run.ts [--events N] [--queries q0,q1,…] [--kafka-queries q0,q1,q2]
//                             [--timeout S] [--profile QUERY]
//
// --events N: events per query (default 1,000,000). --timeout S: per query (default 300 s).
// --kafka-queries none (or ''): skip the runs from a topic. --profile QUERY: run that query once
// more under `node --cpu-prof` (nexmark source) and print where the time went (bench/broker/profile.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from '../machine.ts';
import { printProfile, summariseProfile } from '../broker/profile.ts';
import { ALL_QUERIES, flinkPerCore } from './queries.ts';
import type { QueryResult } from './query.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const events = Number(arg('events') ?? 1_000_000);
const queries = (arg('queries') ?? ALL_QUERIES.join(',')).split(',').filter((q) => q !== '');
const kafkaQueries = (arg('kafka-queries') ?? 'q0,q1,q2').split(',').filter((q) => q !== '' && q !== 'none');
const timeoutS = Number(arg('timeout') ?? 300);
const profile = arg('profile');

/** Runs query.ts in a child process; its JSON line, or an error result when it fails or times out. */
function runChild(q: string, source: 'nexmark' | 'kafka', nodeFlags: readonly string[] = []): Promise<QueryResult> {
  const child = spawn(process.execPath, [...nodeFlags, 'bench/nexmark/query.ts', q, '--events', String(events), '--source', source], {
    cwd: ROOT,
    env: { ...process.env, WEIR_LOG_LEVEL: 'error' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as QueryResult);
      } catch {
        const why = signal === 'SIGKILL' ? `timed out after ${timeoutS} s` : `exited with ${code ?? signal}: ${err.trim().split('\n')[0] ?? ''}`;
        resolve({ query: q, source, events, error: why });
      }
    });
  });
}

const k = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(1)}K`);

function row(label: string, r: QueryResult, flink: number | undefined): string {
  const cols = [label.padEnd(22)];
  if (r.error !== undefined || r.cpuS === undefined || r.wallS === undefined) {
    cols.push(`${''.padStart(6)}  ${''.padStart(6)}  ${''.padStart(9)}  ${''.padStart(9)}  ${(flink === undefined ? '' : k(flink)).padStart(9)}  ${''.padStart(6)}  ${r.error ?? 'no figures'}`);
    return cols.join('  ');
  }
  const perCore = r.events / r.cpuS;
  cols.push(
    r.cpuS.toFixed(2).padStart(6),
    r.wallS.toFixed(2).padStart(6),
    k(perCore).padStart(9),
    k(r.events / r.wallS).padStart(9),
    (flink === undefined ? '' : k(flink)).padStart(9),
    (flink === undefined ? '' : (perCore / flink).toFixed(2)).padStart(6),
    `${r.written} rows to the sink`,
  );
  return cols.join('  ');
}

const m = machine();
console.log(`Nexmark on Weir — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; ${new Date().toISOString().slice(0, 10)}`);
console.log(`${events.toLocaleString('en-US')} events per query (bid:auction:person 46:3:1, 100K events/s of event time), blackhole sink, one process per query; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`${'query'.padEnd(22)}  ${'CPU s'.padStart(6)}  ${'wall s'.padStart(6)}  ${'ev/s/core'.padStart(9)}  ${'ev/s wall'.padStart(9)}  ${'Flink/core'.padStart(9)}  ${'ratio'.padStart(6)}  notes`);
for (const q of queries) {
  const r = await runChild(q, 'nexmark');
  console.log(row(q, r, flinkPerCore(q)));
}
for (const q of kafkaQueries) {
  const r = await runChild(q, 'kafka');
  if (r.load !== undefined) console.log(row('load nexmark→kafka', { ...r, ...r.load, error: undefined }, undefined));
  console.log(row(`${q} from kafka JSON`, r, flinkPerCore(q)));
}
console.log('ev/s/core: events / CPU seconds of the process while the job ran; Flink/core: the nexmark V2 sample run (GUIDE_V2.md) throughput / cores; ratio: Weir / Flink per core.');
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

if (profile !== undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'weir-nexmark-prof-'));
  const r = await runChild(profile, 'nexmark', ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (file === undefined) console.log(`\nno profile written for ${profile}: ${r.error ?? ''}`);
  else printProfile(`CPU profile of ${profile} (${events.toLocaleString('en-US')} events, the whole process)`, summariseProfile(join(dir, file), 25));
  rmSync(dir, { recursive: true, force: true });
}
