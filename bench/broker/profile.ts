// Summarises a V8 CPU profile (`node --cpu-prof`): where the busy time went — self time by function
// and by file, and inclusive time of the repo's own functions — as shares of the non-idle time.
//
//   node bench/broker/profile.ts FILE.cpuprofile [--top N]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Spot {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  wallMs: number;
  busyMs: number;
  idleMs: number;
  gcMs: number;
  selfByFunction: Spot[];
  selfByFile: Spot[];
  /** The repo's own functions (src/), time including everything they call. */
  inclusiveOwn: Spot[];
}

const repo = fileURLToPath(new URL('../../', import.meta.url));

function shortUrl(url: string): string {
  if (url === '') return '';
  let u = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (u.startsWith(repo)) u = u.slice(repo.length);
  return u.replace(/^.*node_modules\//, 'node_modules/');
}

function frameName(f: CallFrame): string {
  const where = shortUrl(f.url);
  const fn = f.functionName || '(anonymous)';
  return where === '' ? fn : `${fn} ${where}:${f.lineNumber + 1}`;
}

/** A span of CLOCK_MONOTONIC in microseconds — the clock of both `process.hrtime` and V8's profile timestamps on Linux. */
export interface Window {
  fromUs: number;
  toUs: number;
}

/** Microseconds on the monotonic clock the profiler uses, for marking windows from another process. */
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

/** Summarises the profile at `path`, counting only samples inside `windows` when given. */
export function summariseProfile(path: string, top = 20, windows?: readonly Window[]): ProfileSummary {
  const p = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const inWindow = (t: number): boolean => windows === undefined || windows.some((w) => t >= w.fromUs && t < w.toUs);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  // timeDeltas[i] is the time before sample i; attribute the interval that follows each sample to it.
  let t = p.startTime;
  let wallUs = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    if (!inWindow(t)) continue;
    const dt = p.timeDeltas[i + 1] ?? 0;
    wallUs += dt;
    selfUs.set(p.samples[i]!, (selfUs.get(p.samples[i]!) ?? 0) + dt);
  }
  let idle = 0;
  let gc = 0;
  let total = 0;
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    total += us;
    if (name === '(idle)') {
      idle += us;
      continue;
    }
    if (name === '(garbage collector)') gc += us;
    const key = frameName(node.callFrame);
    fn.set(key, (fn.get(key) ?? 0) + us);
    const f = shortUrl(node.callFrame.url) || name;
    file.set(f, (file.get(f) ?? 0) + us);
    // Inclusive: every distinct own frame on the stack gets this sample's time once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur)!.callFrame;
      if (!shortUrl(cf.url).startsWith('src/')) continue;
      const k = frameName(cf);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const busy = total - idle;
  const spots = (m: Map<string, number>): Spot[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: busy > 0 ? us / busy : 0 }));
  return { wallMs: wallUs / 1000, busyMs: busy / 1000, idleMs: idle / 1000, gcMs: gc / 1000, selfByFunction: spots(fn), selfByFile: spots(file), inclusiveOwn: spots(incl) };
}

export function printProfile(title: string, s: ProfileSummary): void {
  console.log(`\n${title}`);
  console.log(`wall ${(s.wallMs / 1000).toFixed(1)} s, busy ${(s.busyMs / 1000).toFixed(1)} s (${((s.busyMs / s.wallMs) * 100).toFixed(0)} % of one core), GC ${((s.gcMs / s.busyMs) * 100).toFixed(1)} % of busy; shares below are of busy time`);
  const section = (title: string, rows: Spot[]): void => {
    console.log(`\n${title}`);
    for (const r of rows) console.log(`${(r.share * 100).toFixed(1).padStart(6)} %  ${r.ms.toFixed(0).padStart(7)} ms  ${r.name}`);
  };
  section('self time by function', s.selfByFunction);
  section('self time by file', s.selfByFile.slice(0, Math.ceil(s.selfByFile.length / 2)));
  section("inclusive time of the repo's functions (src/)", s.inclusiveOwn);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (file === undefined) {
    console.error('usage: node bench/broker/profile.ts FILE.cpuprofile [--top N]');
    process.exit(2);
  }
  const i = process.argv.indexOf('--top');
  printProfile(`CPU profile: ${file}`, summariseProfile(file, i > 0 ? Number(process.argv[i + 1]) : 20));
}
