// What every benchmark shares: a note of the machine, a timing loop, and the printed table.
import { cpus, totalmem, platform, arch, release } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
  };
}

export interface Row {
  name: string;
  opsPerSec: number;
  mbPerSec: number;
}

/** Runs `fn` repeatedly for about `seconds` (after a short warm-up) on one core; `bytes` is the payload per call. */
export function measure(name: string, bytes: number, seconds: number, fn: () => unknown): Row {
  const warmUntil = performance.now() + Math.min(500, seconds * 250);
  while (performance.now() < warmUntil) fn();
  let ops = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 8; i++) fn();
    ops += 8;
    now = performance.now();
  }
  const elapsed = (now - start) / 1000;
  return { name, opsPerSec: ops / elapsed, mbPerSec: (ops * bytes) / elapsed / 1e6 };
}

export function printTable(title: string, m: Machine, rows: readonly Row[]): void {
  console.log(`${title} — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'case'.padEnd(width)}  ${'MB/s'.padStart(10)}  ${'ops/s'.padStart(10)}`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(width)}  ${r.mbPerSec.toFixed(0).padStart(10)}  ${r.opsPerSec.toFixed(0).padStart(10)}`);
  }
}
