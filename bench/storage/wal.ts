// WAL throughput against the disk it runs on. First the disk's own fsync'd sequential write
// bandwidth, measured here (a new file, N MiB in 1 MiB chunks with fdatasync after each, then in
// 64 KiB chunks); then WAL appends of 1 KiB, 64 KiB and 1 MiB payloads from many concurrent
// appenders (group commit, fsync policy 'always'), as MB/s of payload, appends/s, and the ratio to
// raw 1 MiB runs interleaved with each case; then recovery (open + replay) of --recovery-gib GiB.
//
//   node bench/storage/wal.ts [--dir DIR] [--seconds S per WAL case] [--raw-mib N] [--recovery-gib G] [--cold]
//
// --dir: where to write (default: the OS temp dir; put it on the disk the WAL will use).
// --cold: evict the WAL's files from the page cache before recovery (GNU `dd iflag=nocache count=0`
// per file: posix_fadvise DONTNEED, nothing else on the machine is touched), as after a reboot;
// without it recovery reads a hot page cache, as after a process crash.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWal } from '../../src/storage/wal/index.ts';
import { fsyncedWriteFor, fsyncedWriteMBps } from '../disk.ts';
import { machine } from '../machine.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
};
const root = fs.mkdtempSync(join(arg('dir', tmpdir()), 'weir-wal-bench-'));
const seconds = Number(arg('seconds', '6'));
const rawMiB = Number(arg('raw-mib', '256'));
const recoveryGiB = Number(arg('recovery-gib', '1'));
const cold = process.argv.includes('--cold');
const MiB = 2 ** 20;

const m = machine();
const fsType = (() => {
  const types: Record<number, string> = { 0xef53: 'ext4', 0x58465342: 'xfs', 0x9123683e: 'btrfs', 0x01021994: 'tmpfs', 0x794c7630: 'overlay' };
  const t = fs.statfsSync(root).type;
  return types[t] ?? `0x${t.toString(16)}`;
})();
console.log(`bench/storage/wal — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}`);
console.log(`path: ${root} (${fsType})`);

/** MB/s of writing `totalBytes` to a new file in `chunk`-byte writes, fdatasync after each. */
const raw = (chunk: number, totalBytes: number): Promise<number> => fsyncedWriteMBps(root, chunk, totalBytes);

interface Row {
  name: string;
  mbs: number;
  ops: number;
  note: string;
}
const rows: Row[] = [];

const raw1m = await raw(MiB, rawMiB * MiB);
rows.push({ name: `raw: 1 MiB writes + fdatasync (${rawMiB} MiB)`, mbs: raw1m, ops: (raw1m * 1e6) / MiB, note: '' });
const raw64k = await raw(64 * 1024, (rawMiB / 4) * MiB);
rows.push({ name: `raw: 64 KiB writes + fdatasync (${rawMiB / 4} MiB)`, mbs: raw64k, ops: (raw64k * 1e6) / (64 * 1024), note: '' });

/** 1 MiB writes + fdatasync to a new file for about `ms` milliseconds. */
const rawFor = (ms: number): Promise<{ bytes: number; s: number }> => fsyncedWriteFor(root, ms);

/** The disk's speed drifts (a shared virtual disk here): each WAL case runs in three rounds, each
 * right after a raw 1 MiB run of about a second, and is compared with those raw runs together. */
async function walCase(payloadBytes: number, appenders: number): Promise<void> {
  const dir = join(root, `wal-${payloadBytes}`);
  const { wal } = await openWal({ dir });
  const payload = Buffer.alloc(payloadBytes, 0x42);
  const rawTotal = { bytes: 0, s: 0 };
  let appends = 0;
  let walSeconds = 0;
  for (let round = 0; round < 3; round++) {
    const r = await rawFor(1000);
    rawTotal.bytes += r.bytes;
    rawTotal.s += r.s;
    let stop = false;
    const start = performance.now();
    const deadline = start + (seconds * 1000) / 3;
    const appender = async (): Promise<void> => {
      while (!stop) {
        await wal.append(payload);
        appends++;
        if (performance.now() >= deadline) stop = true;
      }
    };
    await Promise.all(Array.from({ length: appenders }, appender));
    walSeconds += (performance.now() - start) / 1000;
  }
  const stats = wal.stats();
  await wal.close();
  fs.rmSync(dir, { recursive: true });
  const adjacent = rawTotal.bytes / rawTotal.s / 1e6;
  const mbs = (appends * payloadBytes) / walSeconds / 1e6;
  const label = payloadBytes >= MiB ? `${payloadBytes / MiB} MiB` : `${payloadBytes / 1024} KiB`;
  rows.push({
    name: `WAL append ${label} x ${appenders} appenders`,
    mbs,
    ops: appends / walSeconds,
    note: `ratio ${(mbs / adjacent).toFixed(2)} to raw 1 MiB interleaved (${adjacent.toFixed(0)} MB/s); ${(appends / stats.fsyncs).toFixed(0)} appends/fsync, ${(stats.bytesWritten / stats.batches / MiB).toFixed(1)} MiB/batch`,
  });
}

await walCase(1024, 4096);
await walCase(64 * 1024, 256);
await walCase(MiB, 32);

// Recovery: build a WAL of 64 KiB records (page cache, one fsync at close), then open + replay it.
{
  const dir = join(root, 'wal-recovery');
  const total = Math.round(recoveryGiB * 2 ** 30);
  const payload = Buffer.alloc(64 * 1024, 0x37);
  const { wal } = await openWal({ dir, fsync: { intervalMs: 1000 } });
  const inflight: Promise<unknown>[] = [];
  for (let bytes = 0; bytes < total; bytes += payload.length) {
    inflight.push(wal.append(payload));
    if (inflight.length >= 256) await Promise.all(inflight.splice(0));
  }
  await Promise.all(inflight);
  await wal.close();
  if (cold) {
    for (const name of fs.readdirSync(dir)) {
      const r = spawnSync('dd', [`if=${join(dir, name)}`, 'iflag=nocache', 'count=0', 'status=none']);
      if (r.status !== 0) throw new Error(`--cold: dd could not evict ${name} from the page cache: ${r.stderr}`);
    }
  }
  const start = performance.now();
  const { wal: again, recovery } = await openWal({ dir });
  const opened = performance.now();
  const { records, bytes } = await again.replay(0n, () => {});
  const done = performance.now();
  await again.close();
  fs.rmSync(dir, { recursive: true });
  const s = (done - start) / 1000;
  rows.push({
    name: `recovery: open + replay ${recoveryGiB} GiB (${records} x 64 KiB, ${cold ? 'cold' : 'hot'} cache)`,
    mbs: bytes / s / 1e6,
    ops: records / s,
    note: `${s.toFixed(2)} s (open ${((opened - start) / 1000).toFixed(2)} s verifying ${recovery.records} records, replay ${((done - opened) / 1000).toFixed(2)} s)`,
  });
}

fs.rmSync(root, { recursive: true, force: true });
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'case'.padEnd(width)}  ${'MB/s'.padStart(8)}  ${'ops/s'.padStart(9)}  notes`);
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.mbs.toFixed(1).padStart(8)}  ${r.ops.toFixed(0).padStart(9)}  ${r.note}`);
