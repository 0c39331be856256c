// Helpers for the SQL end-to-end suite (e2e.test.ts): topics created with confluent-kafka's
// AdminClient, records produced and read with kcat. Processes (weir, the broker) are started and
// stopped with test/compat/support.ts.
import { execFileSync } from 'node:child_process';
import { DEBIAN_PYTHON } from '../compat/support.ts';

/** Creates topics of one partition each with confluent-kafka's AdminClient. */
export function createTopics(bootstrap: string, topics: readonly string[]): void {
  const script = [
    'import sys',
    'from confluent_kafka.admin import AdminClient, NewTopic',
    "a = AdminClient({'bootstrap.servers': sys.argv[1]})",
    'for f in a.create_topics([NewTopic(t, num_partitions=1, replication_factor=1) for t in sys.argv[2:]]).values(): f.result(20)',
  ].join('\n');
  execFileSync(DEBIAN_PYTHON, ['-c', script, bootstrap, ...topics], { timeout: 30_000 });
}

/** Produces `key:value` lines with kcat (acknowledged before it returns). */
export function produce(bootstrap: string, topic: string, records: readonly { key: string; value: string }[]): void {
  const input = records.map((r) => `${r.key}\t${r.value}\n`).join('');
  execFileSync('kcat', ['-P', '-b', bootstrap, '-t', topic, '-K\t', '-X', 'acks=all'], { input, timeout: 20_000 });
}

export interface Consumed {
  readonly offset: number;
  readonly key: string;
  /** null for a tombstone. */
  readonly value: string | null;
}

/** Reads a one-partition topic from the beginning to its end with kcat. */
export function consume(bootstrap: string, topic: string): Consumed[] {
  // %S is the value's length, -1 for a null value (a tombstone).
  const out = execFileSync('kcat', ['-C', '-b', bootstrap, '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%o\t%S\t%k\t%s\n'], { encoding: 'utf8', timeout: 20_000 });
  return out.split('\n').filter((l) => l !== '').map((line) => {
    const [offset, size, key, ...value] = line.split('\t');
    return { offset: Number(offset), key: key!, value: size === '-1' ? null : value.join('\t') };
  });
}
