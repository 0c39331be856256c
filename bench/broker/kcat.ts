// librdkafka through Debian's `kcat`: produce a pre-generated file of N lines (one record per line)
// with acks=all, and consume a topic from the beginning to its end. Each whole kcat run is timed,
// start-up and metadata included, as a user would time it.
import * as fs from 'node:fs';
import { runClient } from './child.ts';

/** Producer settings: big batches, a short linger, a queue that holds the whole file, acks=all. */
export const KCAT_PRODUCE_SETTINGS: readonly string[] = [
  'acks=all',
  'linger.ms=5',
  'batch.num.messages=100000',
  'batch.size=1000000',
  'queue.buffering.max.kbytes=2097151',
  'queue.buffering.max.messages=10000000',
  'compression.codec=none',
];

/**
 * Consumer settings: librdkafka's defaults (1 MiB per partition per fetch). Bigger fetches were
 * slower: librdkafka receives each response into a fresh buffer, and its one fetch in flight per
 * broker waits for the whole response (bench/broker, 8 MiB per partition: ~0.8–1.4 GB/s against
 * ~1.6–2 GB/s with the defaults).
 */
export const KCAT_CONSUME_SETTINGS: readonly string[] = [];

/** Writes `records` lines of exactly `size` bytes each (plus '\n') to `path`. */
export function writeRecordsFile(path: string, records: number, size: number): void {
  const fd = fs.openSync(path, 'w');
  const perChunk = Math.max(1, Math.floor((4 << 20) / (size + 1)));
  const filler = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(Math.ceil(size / 36) + 1);
  for (let i = 0; i < records; i += perChunk) {
    const n = Math.min(perChunk, records - i);
    const chunk = Buffer.allocUnsafe(n * (size + 1));
    for (let j = 0; j < n; j++) {
      const head = String(i + j);
      const line = (head + ' ' + filler).slice(0, size) + '\n';
      chunk.write(line, j * (size + 1), 'latin1');
    }
    fs.writeSync(fd, chunk);
  }
  fs.closeSync(fd);
}

async function run(args: readonly string[], timeoutMs: number): Promise<{ seconds: number; stdoutBytes: number; stderr: string }> {
  let stdoutBytes = 0;
  const r = await runClient('kcat', args, timeoutMs, (b) => (stdoutBytes += b.length));
  return { ...r, stdoutBytes };
}

const settings = (list: readonly string[]): string[] => list.flatMap((kv) => ['-X', kv]);

/** Produces every line of `file` to `topic`; returns the seconds the whole kcat run took. */
export async function kcatProduce(bootstrap: string, topic: string, file: string, timeoutMs: number): Promise<number> {
  const r = await run(['-P', '-b', bootstrap, '-t', topic, '-l', file, ...settings(KCAT_PRODUCE_SETTINGS)], timeoutMs);
  // kcat reports failed deliveries on stderr but may still exit 0.
  if (/Delivery failed|ERROR|Failed to produce/i.test(r.stderr)) throw new Error(`kcat produce to ${topic} reported errors:\n${r.stderr.slice(-2000)}`);
  return r.seconds;
}

/** Consumes `topic` from the beginning to its end (-e), one byte written per record; returns the seconds and the records counted. */
export async function kcatConsume(bootstrap: string, topic: string, timeoutMs: number): Promise<{ seconds: number; records: number }> {
  const r = await run(['-C', '-b', bootstrap, '-t', topic, '-e', '-o', 'beginning', '-q', '-f', '.', ...settings(KCAT_CONSUME_SETTINGS)], timeoutMs);
  return { seconds: r.seconds, records: r.stdoutBytes };
}
