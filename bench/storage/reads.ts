// Log read throughput: hot (WAL-durable, in memory), cold (ranged GETs of compacted stream objects
// from the folder object store, after a restart with an empty cache) and cached.
//
//   node bench/storage/reads.ts [--mib N] [--dir PATH]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type Storage } from '../../src/storage/index.ts';
import { encodeBatch } from '../../src/protocol/records/index.ts';
import { machine } from '../machine.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
};
const totalMiB = Number(arg('mib', '256'));
const root = mkdtempSync(join(arg('dir', tmpdir()), 'weir-read-bench-'));
const PARTITIONS = 8;
const quiet = { uploadBytes: 2 ** 40, uploadIntervalMs: 3_600_000, maintenanceIntervalMs: 0, maxHotBytes: 2 ** 40, cacheBytes: 64 * 2 ** 20 };

const value = Buffer.alloc(1000, 7);
const template = encodeBatch({ records: Array.from({ length: 64 }, (_, i) => ({ key: Buffer.from(`k${i}`), value })) });
const batches = Math.ceil((totalMiB * 2 ** 20) / template.length);

async function readEverything(s: Storage): Promise<{ bytes: number; seconds: number }> {
  const start = performance.now();
  let bytes = 0;
  for (let p = 0; p < PARTITIONS; p++) {
    let offset = 0n;
    const end = s.log.offsets('bench', p).highWatermark;
    while (offset < end) {
      const r = await s.log.read('bench', p, offset, 2 ** 20);
      if (r.kind !== 'ok' || r.records === null) throw new Error(`nothing at ${p}:${offset}`);
      bytes += r.records.length;
      // The last batch's end: base offset (bytes 0-7) + lastOffsetDelta (bytes 23-26) + 1.
      let at = 0;
      let last = offset;
      while (at < r.records.length) {
        last = r.records.readBigInt64BE(at) + BigInt(r.records.readInt32BE(at + 23)) + 1n;
        at += r.records.readInt32BE(at + 8) + 12;
      }
      offset = last;
    }
  }
  return { bytes, seconds: (performance.now() - start) / 1000 };
}

const rows: { name: string; mbps: number }[] = [];
let s = await openStorage({ dataDir: root, ...quiet });
s.log.createTopic('bench', PARTITIONS, { 'retention.ms': '-1' });
const appends: Promise<unknown>[] = [];
for (let i = 0; i < batches; i++) appends.push(s.log.append('bench', i % PARTITIONS, Buffer.from(template)));
await Promise.all(appends);

const hot = await readEverything(s);
rows.push({ name: `hot read (${PARTITIONS} partitions, 1 MiB reads, from memory)`, mbps: hot.bytes / hot.seconds / 1e6 });

let t = performance.now();
await s.log.uploader.upload();
const uploadS = (performance.now() - t) / 1000;
rows.push({ name: 'upload to stream-set objects (folder store, fsync)', mbps: hot.bytes / uploadS / 1e6 });
t = performance.now();
await s.maintenance.compact();
const compactS = (performance.now() - t) / 1000;
rows.push({ name: 'compaction into stream objects', mbps: hot.bytes / compactS / 1e6 });
await s.close();

s = await openStorage({ dataDir: root, ...quiet });
const cold = await readEverything(s);
rows.push({ name: 'cold read after restart (ranged GETs, CRC checked, read-ahead)', mbps: cold.bytes / cold.seconds / 1e6 });
await s.close();

s = await openStorage({ dataDir: root, ...quiet, cacheBytes: 2 * totalMiB * 2 ** 20 });
await readEverything(s);
const cached = await readEverything(s);
rows.push({ name: 'cached read (second pass, range cache)', mbps: cached.bytes / cached.seconds / 1e6 });
await s.close();
rmSync(root, { recursive: true, force: true });

const m = machine();
console.log(`bench/storage reads — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; ${totalMiB} MiB in 64 KiB batches under ${tmpdir()}`);
const width = Math.max(...rows.map((r) => r.name.length));
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.mbps.toFixed(0).padStart(7)} MB/s`);
