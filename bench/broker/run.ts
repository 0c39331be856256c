// Broker throughput and latency against the machine's own limits, in one run:
//   - raw loopback TCP bandwidth (Node server + client, 1 MiB writes) and fsync'd sequential disk
//     bandwidth (1 MiB writes + fdatasync, in the broker's data dir);
//   - produce throughput, 100 B and 1 KiB records, acks=all: librdkafka through rdkafka-bench (a lean
//     C client, bench/broker/rdkafka-bench.c, built on demand) and through kcat -P -l FILE, and
//     @platformatic/kafka (many sends in flight); the high watermark is checked after each;
//   - consume throughput: each client reads back, right after producing it, the topic it produced (as
//     a consumer near the end of a topic does, so the broker serves it from its cache): rdkafka-bench,
//     kcat -C -e, and @platformatic/kafka's consumer (its group stream when the broker serves groups,
//     and its fetch() loop); librdkafka's consumers use librdkafka's default fetch sizes; each checks
//     the records it counted;
//   - produce latency p50/p99/max at a fixed rate with @platformatic/kafka, one send per record;
//   - beside them the goal ratios: produce / min(loopback, disk) ≥ 0.5, consume / loopback ≥ 0.5;
//   - once, for comparison, rdkafka-bench's 1 KiB produce against a second broker in the embedded
//     default layout (below).
// The broker is `weir broker` in a child process with a fresh data dir under the OS temp dir, killed
// at the end. Its WAL is in the data dir; its object store is a fresh folder under /dev/shm (RAM),
// standing in for remote object storage such as S3, so that the WAL has the measured disk to itself,
// as in a deployment with the WAL on local disk and the objects over the network. The embedded
// default keeps the object store under the data dir, on the WAL's disk: every produced byte is then
// written and fsync'd twice on that disk (WAL, then the uploaded object), so produce is at most half
// the disk's fsync'd bandwidth by construction. So that this layout is shown too, the run ends (when
// the rdk client and 1 KiB are wanted) with one more case: the first broker stopped, a second one on
// a fresh data dir in the default layout, rdkafka-bench producing the same 1 KiB records to it.
// --objects same-disk runs every case in the default layout instead (and so skips that extra case);
// without /dev/shm the run falls back to it and says so.
// MB/s counts record values only (10^6 bytes per second); "broker CPU" is the broker process's
// user+system CPU time over the case's wall time (100 % = one core busy), "CPU s/GB" the
// broker's CPU seconds per 10^9 bytes of values, "client CPU" the same share for the client (kcat,
// or this process for @platformatic/kafka). kcat and @platformatic/kafka are timed around the whole
// call, start-up included; rdkafka-bench times itself (first produce call to last delivery report,
// assignment to last record), its rows use that time, the broker's CPU sampled when the client marks
// the start and end of it, and the client's own CPU seconds (whole run, start-up included) over it.
// Clients and broker share the machine's cores.
//
//   node bench/broker/run.ts [--records N] [--seconds S] [--rate R] [--partitions P]
//                            [--loopback-mib M] [--disk-mib M] [--dir DIR] [--profile]
//                            [--sizes 100,1024] [--clients rdk,kcat,pk] [--no-latency]
//                            [--objects same-disk]
//
// --records N: records per 100 B case (default 2,000,000); the 1 KiB cases send N/4.
// --seconds S, --rate R: the latency case (default 10 s at 1,000 records/s of 1 KiB).
// --dir DIR: where the data dir goes (default the OS temp dir).
// --profile: run the broker under `node --cpu-prof`; print its hot spots per phase at the end.
// --sizes, --clients, --no-latency: run only some cases (record sizes in bytes, 100 and/or 1024;
// clients rdk for rdkafka-bench, kcat, pk for @platformatic/kafka; the latency case uses pk).
// --objects same-disk: the object store under the data dir (the embedded default) for the whole run.
// rdkafka-bench needs cc and librdkafka-dev, kcat needs kcat: scripts/install-bench-deps.sh, which
// `npm run bench:broker` runs first, installs them.
import * as fs from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fsyncedWriteMBps } from '../disk.ts';
import { machine } from '../machine.ts';
import { startBroker, type BrokerProcess } from './broker-process.ts';
import { kcatConsume, kcatProduce, writeRecordsFile } from './kcat.ts';
import { loopbackMBps } from './loopback.ts';
import { rdkafkaBench, rdkafkaConsume, rdkafkaProduce, type OnMark, type RdkafkaResult } from './rdkafka.ts';
import { createTopics, highWatermarks, pkConsumeFetchLoop, pkConsumeStream, pkLatency, pkProduce, servesGroups } from './platformatic.ts';
import { monotonicUs, printProfile, summariseProfile, type Window } from './profile.ts';
import { printRows, type Row } from './table.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const records100 = Math.round(arg('records', 2_000_000));
const records1k = Math.max(1, Math.round(records100 / 4));
const latencySeconds = arg('seconds', 10);
const rate = arg('rate', 1000);
const partitions = Math.round(arg('partitions', 4));
const loopbackMiB = arg('loopback-mib', 1024);
const diskMiB = arg('disk-mib', 256);
const dirIndex = process.argv.indexOf('--dir');
const baseDir = dirIndex > 0 && process.argv[dirIndex + 1] !== undefined ? process.argv[dirIndex + 1]! : tmpdir();
const profile = process.argv.includes('--profile');
const list = (name: string, fallback: string): string[] => {
  const i = process.argv.indexOf(`--${name}`);
  return (i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback).split(',');
};
const sizesWanted = list('sizes', '100,1024').map(Number);
const clients = new Set(list('clients', 'rdk,kcat,pk'));
const latencyWanted = !process.argv.includes('--no-latency') && clients.has('pk');
const objectsIndex = process.argv.indexOf('--objects');
const sameDisk = objectsIndex > 0;
if (sameDisk && process.argv[objectsIndex + 1] !== 'same-disk') {
  console.error('bench/broker: --objects takes one value, same-disk');
  process.exit(2);
}
const MiB = 2 ** 20;
const CASE_TIMEOUT_MS = 120_000;
const RUN_TIMEOUT_MS = 8 * 60_000;

if (clients.has('rdk')) rdkafkaBench(); // compiled (or found) before anything is measured

const m = machine();
console.log(`bench/broker — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}`);
const load = (): string => loadavg().map((v) => v.toFixed(2)).join(' ');
console.log(`load average at start: ${load()}${loadavg()[0]! > m.cores / 2 ? ' — other work is running; expect noisy figures' : ''}`);

const root = fs.mkdtempSync(join(baseDir, 'weir-broker-bench-'));
const dataDir = join(root, 'data');
fs.mkdirSync(dataDir);
const profDir = profile ? fs.mkdtempSync(join(tmpdir(), 'weir-broker-prof-')) : undefined;
const shm = !sameDisk && fs.statSync('/dev/shm', { throwIfNoEntry: false })?.isDirectory() === true;
/** The broker's object store: a RAM folder standing in for remote object storage; undefined for the embedded default (under the data dir). */
const objectsDir = shm ? fs.mkdtempSync('/dev/shm/weir-broker-bench-objects-') : undefined;
const sameDiskLayout = `under the data dir, on the WAL's disk (the embedded default: every byte is written and fsync'd twice on one disk)${sameDisk ? '' : '; /dev/shm not found, so no RAM folder'}`;
const layout = objectsDir === undefined ? sameDiskLayout : `${objectsDir} (RAM, standing in for remote object storage such as S3, so that the WAL has the measured disk to itself)`;
console.log(`data dir: ${dataDir}; object store: ${layout}; ${partitions} partitions per topic; acks=all, WAL fsync always${profDir ? `; profiling the broker into ${profDir}` : ''}`);
const removeDirs = (): void => {
  fs.rmSync(root, { recursive: true, force: true });
  if (objectsDir !== undefined) fs.rmSync(objectsDir, { recursive: true, force: true });
};

const rows: Row[] = [];
/** When each kind of case ran, to slice the broker's CPU profile by phase. */
const windows: Record<'produce' | 'consume' | 'latency', Window[]> = { produce: [], consume: [], latency: [] };
let broker: BrokerProcess | undefined;

/** User+system CPU seconds of process `pid` so far (Linux /proc), with those of its reaped children when `children`; undefined elsewhere. */
function cpuSeconds(pid: number | 'self', children = false): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    // utime, stime, cutime, cstime in clock ticks (USER_HZ = 100).
    return (f[11]! + f[12]! + (children ? f[13]! + f[14]! : 0)) / 100;
  } catch {
    return undefined;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

interface CaseCpu {
  /** The broker's CPU time over the case's wall time (1 = one core busy). */
  broker: number | undefined;
  /** The same for the client: this process (the @platformatic/kafka clients) and the kcat it ran and reaped. */
  client: number | undefined;
}

/** Runs one case: its wall time, the broker's and the client's CPU share meanwhile, and its window for the profile. A failure becomes a row. */
async function runCase<T>(b: BrokerProcess, phase: keyof typeof windows, name: string, fn: () => Promise<T>): Promise<{ result: T; cpu: CaseCpu } | undefined> {
  const c0 = cpuSeconds(b.pid);
  const k0 = cpuSeconds('self', true);
  const t0 = performance.now();
  const fromUs = monotonicUs();
  try {
    const result = await withTimeout(fn(), CASE_TIMEOUT_MS, name);
    const wall = (performance.now() - t0) / 1000;
    const c1 = cpuSeconds(b.pid);
    const k1 = cpuSeconds('self', true);
    const share = (x: number | undefined, y: number | undefined): number | undefined => (x === undefined || y === undefined ? undefined : (y - x) / wall);
    return { result, cpu: { broker: share(c0, c1), client: share(k0, k1) } };
  } catch (err) {
    rows.push({ section: phase, name, note: `FAILED: ${(err as Error).message.split('\n')[0]}` });
    console.error(`\n${name} failed: ${(err as Error).stack ?? err}`);
    return undefined;
  } finally {
    windows[phase].push({ fromUs, toUs: monotonicUs() });
  }
}

/**
 * Runs an rdkafka-bench case: its CPU shares over the client's own timed window — the broker's CPU
 * sampled when the client marks the window's start and end, the client's CPU seconds over its seconds.
 */
async function runRdkafkaCase(b: BrokerProcess, phase: 'produce' | 'consume', name: string, fn: (onMark: OnMark) => Promise<RdkafkaResult>): Promise<{ result: RdkafkaResult; cpu: CaseCpu } | undefined> {
  const marks: { start?: number | undefined; end?: number | undefined } = {};
  const r = await runCase(b, phase, name, () => fn((mark) => (marks[mark] = cpuSeconds(b.pid))));
  if (r === undefined) return undefined;
  const { seconds, cpuSeconds: client } = r.result;
  const broker = marks.start === undefined || marks.end === undefined ? undefined : (marks.end - marks.start) / seconds;
  return { result: r.result, cpu: { broker, client: client / seconds } };
}

let produceLimit = NaN;
let produceOf = '';
let loopback = NaN;

/** Adds a throughput row for `records` values of `size` bytes moved in `seconds`: MB/s, its goal ratio, CPU shares, notes. */
function pushRow(section: 'produce' | 'consume', name: string, records: number, size: number, seconds: number, cpu: CaseCpu, count: number, notes: (string | undefined)[]): void {
  const mbs = (records * size) / seconds / 1e6;
  const ratio = section === 'produce' ? { value: mbs / produceLimit, of: produceOf } : { value: mbs / loopback, of: 'loopback' };
  const note = notes.filter((n) => n !== undefined).join('; ');
  const broker = cpu.broker === undefined ? {} : { brokerCpu: cpu.broker, brokerCpuPerGB: (cpu.broker * seconds) / ((records * size) / 1e9) };
  const client = cpu.client === undefined ? {} : { clientCpu: cpu.client };
  rows.push({ section, name, records: count, seconds, mbs, rps: count / seconds, ratio, ...broker, ...client, ...(note === '' ? {} : { note }) });
}

/** The high watermark check of a produce row: the topic's high watermarks add up to the records produced. */
async function hwmNote(bootstrap: string, topic: string, records: number): Promise<string | undefined> {
  const hw = (await highWatermarks(bootstrap, topic)).reduce((x, y) => x + y, 0n);
  return hw === BigInt(records) ? `high watermark ${hw} ✓` : `HIGH WATERMARK ${hw} ≠ ${records}`;
}

const sizedNote = (bytes: number, records: number, size: number): string | undefined => (bytes === records * size ? undefined : `BYTES ${bytes} ≠ ${records * size}`);

function report(): void {
  printRows(rows);
  console.log(`\nproduce goal: ≥ 0.5 × min(loopback, disk) = ${(0.5 * produceLimit).toFixed(0)} MB/s; consume goal: ≥ 0.5 × loopback = ${(0.5 * loopback).toFixed(0)} MB/s; load average at end: ${load()}`);
}

const deadline = setTimeout(() => {
  console.error(`\nbench/broker: still running after ${RUN_TIMEOUT_MS / 60_000} minutes; stopping with the figures so far`);
  report();
  void (broker?.stop() ?? Promise.resolve()).finally(() => {
    removeDirs();
    process.exit(1);
  });
}, RUN_TIMEOUT_MS);
deadline.unref();

// 1. The machine's limits.
process.stdout.write('measuring disk and loopback… ');
const disk = await fsyncedWriteMBps(dataDir, MiB, diskMiB * MiB);
const loop = await loopbackMBps(loopbackMiB * MiB);
console.log('done');
rows.push({ section: 'machine', name: `disk: 1 MiB writes + fdatasync, ${diskMiB} MiB, in the data dir`, mbs: disk });
rows.push({ section: 'machine', name: `loopback TCP: 1 MiB writes, ${loopbackMiB} MiB (median of ${loop.all.map((v) => v.toFixed(0)).join(', ')})`, mbs: loop.median });
loopback = loop.median;
produceLimit = Math.min(disk, loopback);
produceOf = disk < loopback ? 'disk' : 'loopback';

// 2. The broker and the clients.
const brokerSet = ['group.initial.rebalance.delay.ms=0'];
broker = await startBroker({ dataDir, partitions, set: brokerSet, ...(objectsDir === undefined ? {} : { objectStore: objectsDir }), ...(profDir === undefined ? {} : { cpuProfDir: profDir }) });
const b = broker;
try {
  const groups = await servesGroups(b.bootstrap);
  const sizes = [
    { size: 100, records: records100, label: '100 B' },
    { size: 1024, records: records1k, label: '1 KiB' },
  ].filter((s) => sizesWanted.includes(s.size));
  await createTopics(
    b.bootstrap,
    sizes.flatMap((s) => [`rdk-${s.size}`, `kcat-${s.size}`, `pk-${s.size}`]),
  );
  for (const { size, records, label } of sizes) {
    const file = join(root, `records-${size}.txt`);
    if (clients.has('kcat')) {
      process.stdout.write(`${label}: writing ${records} records to ${file} for kcat… `);
      writeRecordsFile(file, records, size);
    } else process.stdout.write(`${label}: `);
    console.log('producing and consuming');
    const hwm = (topic: string): Promise<string | undefined> => hwmNote(b.bootstrap, topic, records);
    const push = (section: 'produce' | 'consume', name: string, seconds: number, cpu: CaseCpu, count: number, notes: (string | undefined)[]): void =>
      pushRow(section, name, records, size, seconds, cpu, count, notes);
    const counted = (n: number): string | undefined => (n === records ? undefined : `COUNTED ${n} ≠ ${records}`);
    const sized = (bytes: number): string | undefined => sizedNote(bytes, records, size);

    // Each client reads back the topic it has just produced, as a consumer near the end of a topic
    // does: the broker serves it from its cache (cache.bytes). rdkafka-bench reads only what it produced.
    let name = `librdkafka (rdkafka-bench), ${label}`;
    if (clients.has('rdk')) {
      const rp = await runRdkafkaCase(b, 'produce', name, (onMark) => rdkafkaProduce(b.bootstrap, `rdk-${size}`, records, size, CASE_TIMEOUT_MS, onMark));
      if (rp) push('produce', name, rp.result.seconds, rp.cpu, rp.result.records, [await hwm(`rdk-${size}`), sized(rp.result.bytes)]);
      if (rp) {
        const rc = await runRdkafkaCase(b, 'consume', name, (onMark) => rdkafkaConsume(b.bootstrap, `rdk-${size}`, records, CASE_TIMEOUT_MS, onMark));
        if (rc) push('consume', name, rc.result.seconds, rc.cpu, rc.result.records, [counted(rc.result.records), sized(rc.result.bytes)]);
      }
    }

    if (clients.has('kcat')) {
      name = `kcat (librdkafka), ${label}`;
      const kp = await runCase(b, 'produce', name, () => kcatProduce(b.bootstrap, `kcat-${size}`, file, CASE_TIMEOUT_MS));
      if (kp) push('produce', name, kp.result, kp.cpu, records, [await hwm(`kcat-${size}`)]);
      name = `kcat -C -e, ${label}`;
      const kc = await runCase(b, 'consume', name, () => kcatConsume(b.bootstrap, `kcat-${size}`, CASE_TIMEOUT_MS));
      if (kc) push('consume', name, kc.result.seconds, kc.cpu, kc.result.records, [counted(kc.result.records)]);
    }

    if (clients.has('pk')) {
      const perSend = Math.max(1, Math.floor((256 * 1024) / size));
      name = `@platformatic/kafka (${perSend} records/send, 16 in flight), ${label}`;
      const pp = await runCase(b, 'produce', name, () => pkProduce(b.bootstrap, `pk-${size}`, records, size, perSend, 16));
      if (pp) push('produce', name, pp.result, pp.cpu, records, [await hwm(`pk-${size}`)]);
      for (const [how, consume] of [
        ['consume() stream', pkConsumeStream],
        ['fetch() loop', pkConsumeFetchLoop],
      ] as const) {
        if (how === 'consume() stream' && !groups) continue;
        name = `@platformatic/kafka ${how}, ${label}`;
        const pc = await runCase(b, 'consume', name, () => consume(b.bootstrap, `pk-${size}`, records));
        if (pc) push('consume', name, pc.result.seconds, pc.cpu, pc.result.records, [counted(pc.result.records), pc.result.note]);
      }
    }
    fs.rmSync(file, { force: true });
  }

  if (latencyWanted) {
    process.stdout.write(`latency: ${rate} records/s of 1 KiB for ${latencySeconds} s… `);
    const name = `@platformatic/kafka, 1 KiB at ${rate}/s for ${latencySeconds} s, one send per record`;
    const lat = await runCase(b, 'latency', name, () => pkLatency(b.bootstrap, 'latency', 1024, rate, latencySeconds));
    console.log('done');
    if (lat) {
      const l = lat.result;
      const behind = l.lagMs > 50 ? ` (sender fell ${l.lagMs.toFixed(0)} ms behind schedule)` : '';
      rows.push({ section: 'latency', name, records: l.sent, ...(lat.cpu.broker === undefined ? {} : { brokerCpu: lat.cpu.broker }), note: `p50 ${l.p50.toFixed(2)} ms, p99 ${l.p99.toFixed(2)} ms, max ${l.max.toFixed(2)} ms${behind}` });
    }
  }

  // The embedded default layout, once: a second broker with its object store under its data dir.
  if (objectsDir !== undefined && clients.has('rdk') && sizesWanted.includes(1024)) {
    process.stdout.write(`1 KiB with the object store on the WAL's disk (a second broker)… `);
    await b.stop();
    const sameDiskDir = join(root, 'data-same-disk');
    fs.mkdirSync(sameDiskDir);
    const b2 = (broker = await startBroker({ dataDir: sameDiskDir, partitions, set: brokerSet }));
    try {
      const topic = 'rdk-1024-same-disk';
      await createTopics(b2.bootstrap, [topic]);
      const name = "librdkafka (rdkafka-bench), 1 KiB, object store on the WAL's disk (embedded default)";
      const rp = await runRdkafkaCase(b2, 'produce', name, (onMark) => rdkafkaProduce(b2.bootstrap, topic, records1k, 1024, CASE_TIMEOUT_MS, onMark));
      if (rp) pushRow('produce', name, records1k, 1024, rp.result.seconds, rp.cpu, rp.result.records, [await hwmNote(b2.bootstrap, topic, records1k), sizedNote(rp.result.bytes, records1k, 1024)]);
      console.log('done');
    } finally {
      await b2.stop();
    }
  }
} catch (err) {
  console.error(`\nbench/broker failed: ${(err as Error).stack ?? err}\nbroker output:\n${(broker ?? b).output().slice(-4000)}`);
  process.exitCode = 1;
} finally {
  await b.stop();
  removeDirs();
}

// 3. The figures, and where the broker spent its CPU.
report();
if (profDir !== undefined) {
  const files = fs.readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) console.log(`\nno CPU profile was written to ${profDir} (did the broker exit cleanly?)`);
  for (const f of files) {
    const path = join(profDir, f);
    const whole = summariseProfile(path, 15);
    console.log(`\nCPU profile of the broker: ${path} (Chrome DevTools opens it; or: node bench/broker/profile.ts FILE)`);
    console.log(`whole run: wall ${(whole.wallMs / 1000).toFixed(1)} s, broker main thread busy ${(whole.busyMs / 1000).toFixed(1)} s`);
    for (const phase of ['produce', 'consume', 'latency'] as const) {
      if (windows[phase].length === 0) continue;
      printProfile(`=== while the ${phase} cases ran (${windows[phase].length})`, summariseProfile(path, 15, windows[phase]));
    }
  }
}
process.exit(process.exitCode ?? 0);
