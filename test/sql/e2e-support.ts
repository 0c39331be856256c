// Helpers for the SQL end-to-end suite (e2e.test.ts): `weir` commands as child processes (started,
// waited for by a line they print, stopped with SIGTERM), topics created with confluent-kafka's
// AdminClient, records produced and read with kcat. Every child still running when the test
// process exits is killed.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Debian's interpreter, which has python3-confluent-kafka. */
const PYTHON = '/usr/bin/python3';

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of running) c.kill('SIGKILL');
});

export interface WeirProcess {
  readonly child: ChildProcess;
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string;
  /** The first match of `ready` in the output. */
  readonly match: RegExpExecArray;
}

/** Runs `weir <args>` and resolves once its output matches `ready`. */
export function startWeir(args: readonly string[], ready: RegExp, timeoutMs = 20_000): Promise<WeirProcess> {
  const child = spawn(process.execPath, ['bin/weir.js', ...args], { cwd: ROOT, env: { ...process.env, WEIR_LOG_LEVEL: 'warn' } });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`weir ${args.join(' ')} did not print ${ready} within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (d: Buffer): void => {
      out += d.toString();
      const match = ready.exec(out);
      if (match !== null) {
        clearTimeout(timer);
        child.off('exit', onEarlyExit);
        resolve({ child, output: () => out, match });
      }
    };
    const onEarlyExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`weir ${args.join(' ')} exited with ${code} before printing ${ready}:\n${out}`));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', onEarlyExit);
  });
}

/** Sends SIGTERM and resolves with the exit code (null if killed by a signal). */
export function stopWeir(p: WeirProcess, timeoutMs = 20_000): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (p.child.exitCode !== null) return resolve(p.child.exitCode);
    const timer = setTimeout(() => reject(new Error(`weir did not exit within ${timeoutMs} ms of SIGTERM:\n${p.output()}`)), timeoutMs);
    p.child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    p.child.kill('SIGTERM');
  });
}

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Creates topics of one partition each with confluent-kafka's AdminClient. */
export function createTopics(bootstrap: string, topics: readonly string[]): void {
  const script = [
    'import sys',
    'from confluent_kafka.admin import AdminClient, NewTopic',
    "a = AdminClient({'bootstrap.servers': sys.argv[1]})",
    'for f in a.create_topics([NewTopic(t, num_partitions=1, replication_factor=1) for t in sys.argv[2:]]).values(): f.result(20)',
  ].join('\n');
  execFileSync(PYTHON, ['-c', script, bootstrap, ...topics], { timeout: 30_000 });
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

/** Polls `read` until `done` holds for its result; throws with the last result after `timeoutMs`. */
export async function waitFor<T>(read: () => T, done: (v: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = read();
    if (done(v)) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last read: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
