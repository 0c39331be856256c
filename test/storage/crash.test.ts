// Crash safety: a writer process is killed with SIGKILL at random moments, 50 times, while appends,
// uploads, compactions and WAL trims are under way. After every kill the log is reopened and every
// acknowledged append must be there, offsets contiguous from the log start, nothing duplicated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStorage } from '../../src/storage/index.ts';
import { decodeRecords, splitBatches } from '../../src/protocol/records/index.ts';

const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const KILLS = Number(process.env.WEIR_CRASH_KILLS ?? 50);

interface Ack {
  partition: number;
  offset: bigint;
  seq: number;
  count: number;
}

function runAndKill(dir: string, start: number, aliveMs: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WEIR_LOG_LEVEL: 'error' } });
    const acks: Ack[] = [];
    let buffered = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), aliveMs);
        const m = /^ack (\d+) (\d+) (\d+) (\d+)$/.exec(line);
        if (m) acks.push({ partition: Number(m[1]), offset: BigInt(m[2]!), seq: Number(m[3]), count: Number(m[4]) });
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(acks) : reject(new Error(`writer exited ${code}: ${stderr}`))));
  });
}

test(`every acknowledged append survives ${KILLS} SIGKILLs`, { timeout: 20 * 60_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-crash-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const acked = new Map<string, Ack>();
  let seq = 0;
  let next = 42;
  const random = (): number => ((next = (next * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let kill = 0; kill < KILLS; kill++) {
    const acks = await runAndKill(dir, seq, 150 + Math.floor(random() * 600));
    for (const a of acks) acked.set(`${a.partition}:${a.offset}`, a);
    seq += 100_000;

    const s = await openStorage({ dataDir: dir, uploadIntervalMs: 3_600_000, maintenanceIntervalMs: 0 });
    try {
      for (let p = 0; p < 3; p++) {
        const { logStartOffset, highWatermark } = s.log.offsets('crash', p);
        assert.equal(logStartOffset, 0n);
        const seen = new Map<bigint, string>();
        let offset = 0n;
        while (offset < highWatermark) {
          const r = await s.log.read('crash', p, offset, 1 << 20);
          assert.ok(r.kind === 'ok' && r.records !== null, `partition ${p}: nothing at ${offset} below the high watermark ${highWatermark}`);
          for (const b of splitBatches(r.records).batches) {
            for (const rec of decodeRecords(b.bytes).records) {
              assert.equal(rec.offset, offset, `partition ${p}: offsets are contiguous`);
              seen.set(rec.offset, rec.value!.toString());
              offset++;
            }
          }
        }
        for (const a of acked.values()) {
          if (a.partition !== p) continue;
          for (let i = 0; i < a.count; i++) {
            const value = seen.get(a.offset + BigInt(i));
            assert.ok(value?.startsWith(`seq=${a.seq} part=${i} `), `kill ${kill}: acknowledged seq ${a.seq} at ${p}:${a.offset + BigInt(i)} reads back as ${value}`);
          }
        }
        const seqs = [...seen.values()].map((v) => v.split(' ').slice(0, 2).join(' '));
        assert.equal(new Set(seqs).size, seqs.length, `partition ${p}: no record appears twice`);
      }
    } finally {
      // Leave hot data in the WAL, as a crash would, for the next writer to recover.
      await s.close({ upload: false });
    }
  }
  t.diagnostic(`${acked.size} acknowledged batches verified across ${KILLS} kills`);
  assert.ok(acked.size > KILLS, 'the writer made progress between kills');
});
