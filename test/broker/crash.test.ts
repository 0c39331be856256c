// The broker is killed with SIGKILL while an idempotent acks=all producer (librdkafka) runs, and
// restarted on the same data directory and port, 20 times. Afterwards every acknowledged record is
// in the log exactly once, at the offset it was acknowledged with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStorage } from '../../src/storage/index.ts';
import { decodeRecords, splitBatches } from '../../src/protocol/records/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const producerScript = fileURLToPath(new URL('./python/idempotent_producer.py', import.meta.url));
const RESTARTS = Number(process.env.WEIR_BROKER_CRASHES ?? 20);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function startBroker(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/weir.js', 'broker', '--data-dir', dir, '--kafka', `127.0.0.1:${port}`, '--set', 'num.partitions=3'], {
    cwd: root,
    env: { ...process.env, WEIR_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('listening on')) resolve(child);
    });
    child.on('exit', (code, signal) => reject(new Error(`broker exited ${code ?? signal} before listening: ${out}`)));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

test(`every acknowledged record survives ${RESTARTS} broker SIGKILLs exactly once`, { timeout: 15 * 60_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-broker-crash-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const port = await freePort();
  let broker = await startBroker(dir, port);
  const producer = spawn('/usr/bin/python3', [producerScript, `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  t.after(() => {
    producer.kill('SIGKILL');
    broker.kill('SIGKILL');
  });
  const acked = new Map<number, { partition: number; offset: bigint }>();
  const failures: string[] = [];
  let finished = '';
  let buffered = '';
  producer.stdout!.on('data', (d: Buffer) => {
    buffered += d.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const [kind, a, b, c] = line.split(' ');
      if (kind === 'ack') acked.set(Number(a), { partition: Number(b), offset: BigInt(c!) });
      else if (kind === 'err') failures.push(line);
      else if (kind === 'done') finished = line;
    }
  });
  const producerExit = new Promise<number | null>((r) => producer.on('exit', (code) => r(code)));

  let seed = 7;
  const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < RESTARTS; i++) {
    await sleep(300 + random() * 700);
    broker.kill('SIGKILL');
    await new Promise((r) => broker.once('exit', r));
    await sleep(random() * 300);
    broker = await startBroker(dir, port);
  }
  await sleep(1000);
  producer.kill('SIGTERM');
  assert.equal(await producerExit, 0);
  broker.kill('SIGTERM');
  await new Promise((r) => broker.once('exit', r));

  assert.deepEqual(failures, [], 'no record failed to deliver');
  assert.match(finished, / 0$/, 'the producer flushed everything');
  assert.ok(acked.size > RESTARTS * 10, `the producer made progress (${acked.size} acknowledged)`);

  const s = await openStorage({ dataDir: dir, uploadIntervalMs: 3_600_000, maintenanceIntervalMs: 0 });
  const seen = new Map<number, { partition: number; offset: bigint }[]>();
  try {
    for (let p = 0; p < 3; p++) {
      let offset = 0n;
      const end = s.log.offsets('crash', p).highWatermark;
      while (offset < end) {
        const r = await s.log.read('crash', p, offset, 1 << 20);
        assert.ok(r.kind === 'ok' && r.records !== null);
        for (const b of splitBatches(r.records).batches) {
          for (const rec of decodeRecords(b.bytes).records) {
            const seq = Number(rec.value!.toString());
            seen.set(seq, [...(seen.get(seq) ?? []), { partition: p, offset: rec.offset }]);
            offset = rec.offset + 1n;
          }
        }
      }
    }
  } finally {
    await s.close();
  }
  const duplicated = [...seen].filter(([, at]) => at.length > 1).map(([seq]) => seq);
  assert.deepEqual(duplicated, [], 'no record is in the log twice');
  for (const [seq, at] of acked) assert.deepEqual(seen.get(seq), [at], `acknowledged record ${seq} is in the log once, where it was acknowledged`);
  t.diagnostic(`${acked.size} acknowledged records, ${seen.size} in the log, ${RESTARTS} broker kills`);
});
