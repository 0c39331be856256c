// Shared helpers for the compatibility suites (test/compat/*.test.ts), which drive real Kafka
// clients over TCP against `weir broker` run as a child process: start and stop that broker (a
// fresh temporary data dir, port 0) and run client processes with a hard time limit, collecting
// their output. Every process started here is killed on timeout, by stopAll(), and when the test
// process exits. Re-exported: records.ts (what was produced against what was consumed) and wire.ts
// (what the broker stores, read straight off the wire).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { ApiKeys } from '../../src/protocol/generated/apis.ts';
import { defaultApiVersionsRequest } from '../../src/protocol/generated/index.ts';
import { wireRequest } from './wire.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PYTHON_DIR = fileURLToPath(new URL('./python/', import.meta.url));
/** Debian's interpreter, which has python3-confluent-kafka and python3-kafka (a pyenv one on PATH does not). */
export const DEBIAN_PYTHON = '/usr/bin/python3';

// ---------------------------------------------------------------------------------------------
// Processes

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly ms: number;
}

export interface RunOptions {
  /** Killed (SIGKILL) after this long. */
  readonly timeoutMs: number;
  readonly input?: string | Buffer;
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /**
   * Let the test process exit while this one still runs (it is then killed on exit): for the
   * broker, so that a hook that never finishes cannot keep a test file alive.
   */
  readonly unref?: boolean;
}

const running = new Set<ChildProcess>();
const killAll = (): void => {
  for (const child of running) child.kill('SIGKILL');
};
process.on('exit', killAll);
// Killed by a signal (a runner's timeout, Ctrl-C), the process would not run its 'exit' listeners.
for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(code);
  });
}

/** A child process whose output is collected as it runs; bounded by a hard timeout. */
export class Running {
  readonly name: string;
  readonly child: ChildProcess;
  readonly done: Promise<RunResult>;
  private out: Buffer[] = [];
  private err: Buffer[] = [];
  private listeners = new Set<() => void>();
  private timedOut = false;

  constructor(cmd: string, args: readonly string[], options: RunOptions) {
    this.name = `${cmd} ${args.join(' ')}`.slice(0, 200);
    const started = Date.now();
    const env = { ...process.env, ...options.env };
    delete env.NODE_TEST_CONTEXT;
    this.child = spawn(cmd, args, { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    running.add(this.child);
    const timer = setTimeout(() => {
      this.timedOut = true;
      this.child.kill('SIGKILL');
    }, options.timeoutMs);
    if (options.unref === true) {
      timer.unref();
      this.child.unref();
      for (const s of [this.child.stdin, this.child.stdout, this.child.stderr]) (s as unknown as { unref?: () => void } | null)?.unref?.();
    }
    this.child.stdout!.on('data', (d: Buffer) => this.add(this.out, d));
    this.child.stderr!.on('data', (d: Buffer) => this.add(this.err, d));
    this.child.stdin!.on('error', () => {});
    if (options.input !== undefined) this.child.stdin!.end(options.input);
    this.done = new Promise((resolve) => {
      const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
        clearTimeout(timer);
        running.delete(this.child);
        this.notify();
        resolve({ code, signal, stdout: this.stdout(), stderr: this.stderr(), timedOut: this.timedOut, ms: Date.now() - started });
      };
      this.child.on('error', (err) => {
        this.err.push(Buffer.from(`spawn failed: ${err.message}\n`));
        finish(null, null);
      });
      this.child.on('close', finish);
    });
  }

  stdout(): string {
    return Buffer.concat(this.out).toString('utf8');
  }

  stderr(): string {
    return Buffer.concat(this.err).toString('utf8');
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null || !running.has(this.child);
  }

  /** Resolves once `check()` returns a value other than undefined; rejects after timeoutMs or when the process ends first. */
  waitFor<T>(what: string, timeoutMs: number, check: () => T | undefined): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = (): boolean => {
        const v = check();
        if (v !== undefined) {
          cleanup();
          resolve(v);
          return true;
        }
        if (this.exited) {
          cleanup();
          reject(new Error(`${this.name} ended before ${what}\n${this.describe()}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} from ${this.name}\n${this.describe()}`));
      }, timeoutMs);
      const listener = (): void => void attempt();
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
      attempt();
    });
  }

  /** Sends `signal`, then SIGKILL if the process has not ended within graceMs. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000): Promise<RunResult> {
    if (!this.exited) {
      this.child.kill(signal);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      const r = await this.done;
      clearTimeout(timer);
      return r;
    }
    return this.done;
  }

  /** The tail of what the process printed, for assertion messages. */
  describe(max = 4000): string {
    return `--- stdout ---\n${this.stdout().slice(-max)}\n--- stderr ---\n${this.stderr().slice(-max)}`;
  }

  private add(into: Buffer[], d: Buffer): void {
    into.push(d);
    this.notify();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}

/** Starts a process in the background (stop it with .stop(); stopAll() stops it too). */
export function start(cmd: string, args: readonly string[], options: RunOptions): Running {
  const r = new Running(cmd, args, options);
  started.add(r);
  void r.done.then(() => started.delete(r));
  return r;
}

const started = new Set<Running>();

/** Runs a process to its end (or its timeout) and returns what it printed. */
export function run(cmd: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return start(cmd, args, options).done;
}

/**
 * Runs test/compat/python/<script> with Debian's python3, `arg` as JSON on its stdin; its stdout
 * must end with one JSON line, which is returned.
 */
export async function runPython<T>(script: string, arg: unknown, options: Omit<RunOptions, 'input'>): Promise<T> {
  const r = await run(DEBIAN_PYTHON, ['-B', '-u', join(PYTHON_DIR, script)], { ...options, input: JSON.stringify(arg) });
  assert.ok(!r.timedOut, `${script} timed out after ${options.timeoutMs} ms\n${format(r)}`);
  assert.equal(r.code, 0, `${script} failed (exit ${r.code})\n${format(r)}`);
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`${script} did not end with a JSON line\n${format(r)}`);
  }
}

export function format(r: RunResult, max = 4000): string {
  return `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}${r.timedOut ? ', timed out' : ''} after ${r.ms} ms\n--- stdout ---\n${r.stdout.slice(-max)}\n--- stderr ---\n${r.stderr.slice(-max)}`;
}

/** Parses every line of `text` that is a JSON object. */
export function jsonLines<T>(text: string): T[] {
  const out: T[] = [];
  for (const line of text.split('\n')) {
    const s = line.trim();
    if (!s.startsWith('{')) continue;
    try {
      out.push(JSON.parse(s) as T);
    } catch {
      // a partial line while the process is still writing
    }
  }
  return out;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits for every promise to settle, but for no longer than `ms` (the timer does not outlive it). */
export async function settleWithin(ms: number, promises: readonly Promise<unknown>[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled(promises), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** Polls `check` every 50 ms until it returns something other than undefined, or fails after timeoutMs. */
export async function eventually<T>(what: string, timeoutMs: number, check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------
// The broker

export interface BrokerLogLine {
  level: string;
  msg?: string;
  component?: string;
  [key: string]: unknown;
}

export interface StartBrokerOptions {
  /** Broker properties passed as --set key=value. */
  readonly set?: Readonly<Record<string, string | number | boolean>>;
  readonly timeoutMs?: number;
  /** An existing data dir (a restart over what an earlier broker left); kept by stop(). Default: a fresh one, removed by stop(). */
  readonly dataDir?: string;
}

/** What the features still being written need, by API key (and a version that must be served, where it matters). */
export const FEATURES = {
  groups: {
    what: 'the group coordinator',
    apis: [[ApiKeys.FindCoordinator], [ApiKeys.JoinGroup], [ApiKeys.SyncGroup], [ApiKeys.Heartbeat], [ApiKeys.LeaveGroup], [ApiKeys.OffsetCommit], [ApiKeys.OffsetFetch]],
  },
  groupAdmin: { what: 'the group admin APIs', apis: [[ApiKeys.DescribeGroups], [ApiKeys.ListGroups], [ApiKeys.DeleteGroups]] },
  idempotence: { what: 'idempotent producers', apis: [[ApiKeys.InitProducerId]] },
  createDelete: { what: 'the admin APIs', apis: [[ApiKeys.CreateTopics], [ApiKeys.DeleteTopics]] },
  describeConfigs: { what: 'the admin APIs', apis: [[ApiKeys.DescribeConfigs]] },
  // librdkafka enables LZ4 only when the broker serves FindCoordinator v0 (rdkafka_feature.c: LZ4
  // came with Kafka 0.8.2, whose marker is the group coordinator); without it, it sends lz4 uncompressed.
  librdkafkaLz4: { what: 'FindCoordinator v0 (librdkafka enables lz4 only then)', apis: [[ApiKeys.FindCoordinator, 0]] },
} as const satisfies Record<string, { what: string; apis: readonly (readonly [number] | readonly [number, number])[] }>;

export type Feature = keyof typeof FEATURES;

export class BrokerProcess {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** API key → [min, max] versions, as the broker's ApiVersions advertises them. */
  readonly apis: ReadonlyMap<number, readonly [number, number]>;
  /** The `weir broker` process. */
  readonly proc: Running;
  /** Whether stop() removes the data dir (it does for the fresh one startBroker made). */
  readonly ownsDataDir: boolean;

  constructor(proc: Running, host: string, port: number, dataDir: string, apis: ReadonlyMap<number, readonly [number, number]>, ownsDataDir = true) {
    this.proc = proc;
    this.ownsDataDir = ownsDataDir;
    this.host = host;
    this.port = port;
    this.dataDir = dataDir;
    this.apis = apis;
  }

  get bootstrap(): string {
    return `${this.host}:${this.port}`;
  }

  /**
   * `{ todo }` naming what is missing when the broker does not advertise every API the features
   * need, else `{}`: spread into a test's options, and return early from its body when `missing`.
   */
  needs(...features: Feature[]): { todo?: string; missing: boolean } {
    const absent: string[] = [];
    const whats = new Set<string>();
    for (const f of features) {
      for (const api of FEATURES[f].apis as readonly (readonly number[])[]) {
        const [key, version] = api as [number, number | undefined];
        const served = this.apis.get(key);
        const ok = served !== undefined && (version === undefined || (version >= served[0] && version <= served[1]));
        if (!ok) {
          absent.push(`${apiName(key)}(${key})${version === undefined ? '' : ` v${version}`}`);
          whats.add(FEATURES[f].what);
        }
      }
    }
    if (absent.length === 0) return { missing: false };
    return { todo: `waiting for ${[...whats].join(' and ')}: the broker does not advertise ${absent.join(', ')}`, missing: true };
  }

  /** The broker's log lines (pino JSON). */
  logLines(): BrokerLogLine[] {
    return jsonLines<BrokerLogLine>(this.proc.stdout()).filter((l) => typeof l.level === 'string');
  }

  /** Log lines at `error` or `fatal`, each as one JSON string. */
  errors(): string[] {
    return this.logLines()
      .filter((l) => l.level === 'error' || l.level === 'fatal')
      .map((l) => JSON.stringify(l));
  }

  /** Log lines at `warn` and above, each as one JSON string. */
  warnings(): string[] {
    return this.logLines()
      .filter((l) => l.level === 'warn' || l.level === 'error' || l.level === 'fatal')
      .map((l) => JSON.stringify(l));
  }

  get exited(): boolean {
    return this.proc.exited;
  }

  describe(): string {
    return this.proc.describe(8000);
  }

  /**
   * The broker's health at the end of a suite: fails listing every error line it logged, and
   * reports its warnings (a connection it closed, say) as test diagnostics.
   */
  assertHealthy(t: { diagnostic(message: string): void }): void {
    for (const w of this.warnings()) t.diagnostic(`broker: ${w}`);
    assert.ok(!this.exited, `the broker is still running\n${this.describe()}`);
    assert.deepEqual(this.errors(), [], 'the broker logged no errors');
  }

  /**
   * SIGTERM (a graceful stop), SIGKILL after 10 s; removes the data dir startBroker made. With WEIR_COMPAT_LOGS set
   * to a folder, the broker's output is kept there as weir-broker-<port>.log.
   */
  async stop(): Promise<RunResult> {
    brokers.delete(this);
    const r = await this.proc.stop('SIGTERM', 10_000);
    if (this.ownsDataDir) rmSync(this.dataDir, { recursive: true, force: true });
    const keep = process.env.WEIR_COMPAT_LOGS;
    if (keep !== undefined && keep !== '') {
      mkdirSync(keep, { recursive: true });
      writeFileSync(join(keep, `weir-broker-${this.port}.log`), `${r.stdout}${r.stderr}`);
    }
    return r;
  }
}

const brokers = new Set<BrokerProcess>();

/** Starts `weir broker` on 127.0.0.1, port 0, with a fresh data dir; resolves once it listens. */
export async function startBroker(options: StartBrokerOptions = {}): Promise<BrokerProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'weir-compat-'));
  const args = ['bin/weir.js', 'broker', '--data-dir', dataDir, '--kafka', '127.0.0.1:0'];
  for (const [k, v] of Object.entries(options.set ?? {})) args.push('--set', `${k}=${v}`);
  // Kept running until stop(); the timeout only guards against a broker left behind.
  const proc = start(process.execPath, args, { timeoutMs: 30 * 60_000, env: { WEIR_LOG_LEVEL: 'info' }, unref: true });
  let hostPort: { host: string; port: number };
  try {
    hostPort = await proc.waitFor('"Weir broker listening on"', options.timeoutMs ?? 20_000, () => {
      const m = /Weir broker listening on (\S+):(\d+)/.exec(proc.stdout());
      return m ? { host: m[1]!, port: Number(m[2]) } : undefined;
    });
  } catch (err) {
    await proc.stop('SIGKILL');
    if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  // What it serves, asked the way clients ask (ApiVersions v3).
  const versions = await wireRequest(hostPort.port, ApiKeys.ApiVersions, 3, { ...defaultApiVersionsRequest(), clientSoftwareName: 'weir-compat', clientSoftwareVersion: '0' });
  const apis = new Map(versions.apiKeys.map((a) => [a.apiKey, [a.minVersion, a.maxVersion] as const]));
  const broker = new BrokerProcess(proc, hostPort.host, hostPort.port, dataDir, apis, options.dataDir === undefined);
  brokers.add(broker);
  return broker;
}

/** Stops every broker and kills every process this module started and that still runs. */
export async function stopAll(): Promise<void> {
  const brokerProcs = new Set([...brokers].map((b) => b.proc));
  await Promise.all([...started].filter((r) => !brokerProcs.has(r)).map((r) => r.stop('SIGKILL')));
  await Promise.all([...brokers].map((b) => b.stop()));
}

function apiName(key: number): string {
  return Object.entries(ApiKeys).find(([, k]) => k === key)?.[0] ?? `API ${key}`;
}

export * from './records.ts';
export * from './wire.ts';
