// Captures request frames from real Kafka clients as protocol test vectors.
//
// For each client (kcat, confluent-kafka-python, kafka-python, KafkaJS, @platformatic/kafka) it
// starts a capture listener on 127.0.0.1 (test/protocol/capture/), runs the client's session
// against it as child processes, each bounded in time and killed (its whole process group) on
// timeout, and writes what was received to test/protocol/vectors/<client>/NNN-<Api>-v<version>.bin:
// one file per request frame, without its 4-byte size prefix. Identical frames are kept once, and
// at most MAX_PER_KIND frames of one API and version (for Produce: of one compression codec). If a
// client gave nothing (not installed?), nothing is written. The sessions run in parallel; the script
// takes ten to fifteen seconds, and at most SESSION_BUDGET_MS plus a few seconds.
//
//   node scripts/capture-vectors.ts            (needs kcat, python3-confluent-kafka, python3-kafka:
//                                               scripts/install-test-deps.sh)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaptureListener, type CapturedFrame } from '../test/protocol/capture/listener.ts';
import { decodeRequest } from '../src/protocol/frames.ts';
import { API_DEFINITIONS, ApiKeys, type ApiDefinition } from '../src/protocol/generated/apis.ts';
import type { ProduceRequest } from '../src/protocol/generated/produce-request.ts';
import { recordsBytes } from '../src/protocol/writer.ts';

const ROOT = join(import.meta.dirname, '..');
const VECTORS = join(ROOT, 'test/protocol/vectors');
const SESSIONS = join(ROOT, 'test/protocol/capture/sessions');
const PYTHON = '/usr/bin/python3'; // Debian's, which has the Debian client packages
const MAX_PER_KIND = 3;
const SESSION_BUDGET_MS = 150_000;

interface Step {
  readonly command: string;
  readonly args: readonly string[];
  readonly stdin?: string;
  /** Killed (SIGTERM, then SIGKILL) after this long. */
  readonly timeoutMs: number;
  /** Asked to stop (SIGINT, a clean shutdown) after this long: for consumers that run until told. */
  readonly stopAfterMs?: number;
}

interface Session {
  readonly client: string;
  readonly steps: (bootstrap: string) => Step[];
}

const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
const LEGACY = ['-X', 'api.version.request=false', '-X', 'broker.version.fallback=0.9.0'];
const kcatLines = (codec: string): string => [0, 1, 2].map((i) => `k${i}:${`kcat ${codec} record ${i} `.repeat(8)}`).join('\n') + '\n';

const SESSIONS_BY_CLIENT: Session[] = [
  {
    client: 'kcat',
    steps: (b) => [
      { command: 'kcat', args: ['-b', b, '-L'], timeoutMs: 10_000 },
      ...CODECS.map((codec) => ({ command: 'kcat', args: ['-b', b, '-P', '-t', 'vectors', '-K:', '-H', 'k=v', '-H', `codec=${codec}`, '-z', codec], stdin: kcatLines(codec), timeoutMs: 10_000 })),
      { command: 'kcat', args: ['-b', b, '-C', '-t', 'vectors', '-o', 'beginning', '-e', '-q', '-f', '%t/%p@%o %k\n'], timeoutMs: 15_000 },
      { command: 'kcat', args: ['-b', b, '-Q', '-t', 'vectors:0:1700000000000'], timeoutMs: 10_000 },
      // As if talking to a 0.9.0 broker, without asking (no ApiVersions): old versions, message format v0.
      // (Uncompressed only: a compressed v0 message set would need its inner offsets rewritten to be fetched back.)
      { command: 'kcat', args: ['-b', b, ...LEGACY, '-P', '-t', 'legacy', '-K:'], stdin: kcatLines('legacy'), timeoutMs: 10_000 },
      { command: 'kcat', args: ['-b', b, ...LEGACY, '-C', '-t', 'legacy', '-o', 'beginning', '-e', '-q', '-f', '%t/%p@%o %k\n'], timeoutMs: 15_000 },
      {
        command: 'kcat',
        args: ['-b', b, '-G', 'grp-kcat', '-q', '-f', '%t/%p@%o %k\n', '-X', 'auto.offset.reset=earliest', '-X', 'heartbeat.interval.ms=1000', '-X', 'auto.commit.interval.ms=1000', 'vectors'],
        timeoutMs: 20_000,
        stopAfterMs: 7_000,
      },
    ],
  },
  { client: 'confluent-kafka-python', steps: () => [{ command: PYTHON, args: [join(SESSIONS, 'confluent_kafka_session.py')], timeoutMs: 40_000 }] },
  { client: 'kafka-python', steps: () => [{ command: PYTHON, args: [join(SESSIONS, 'kafka_python_session.py')], timeoutMs: 60_000 }] },
  { client: 'kafkajs', steps: () => [{ command: process.execPath, args: [join(SESSIONS, 'kafkajs.ts')], timeoutMs: 40_000 }] },
  { client: 'platformatic', steps: () => [{ command: process.execPath, args: [join(SESSIONS, 'platformatic.ts')], timeoutMs: 40_000 }] },
];

interface StepResult {
  readonly command: string;
  readonly exit: string;
  readonly output: string;
}

/** Runs one step in its own process group, so that a timeout kills everything it started. */
function run(step: Step, bootstrap: string, budgetMs: number): Promise<StepResult> {
  const child = spawn(step.command, step.args, { cwd: ROOT, detached: true, env: { ...process.env, BOOTSTRAP: bootstrap }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d: Buffer): void => void (output = (output + d.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.stdin.on('error', () => {});
  child.stdin.end(step.stdin ?? '');
  const signal = (s: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, s);
    } catch {
      // already gone
    }
  };
  const timers = [
    ...(step.stopAfterMs === undefined ? [] : [setTimeout(() => signal('SIGINT'), step.stopAfterMs)]),
    setTimeout(() => signal('SIGTERM'), Math.min(step.timeoutMs, budgetMs)),
    setTimeout(() => signal('SIGKILL'), Math.min(step.timeoutMs, budgetMs) + 3000),
  ];
  const command = [step.command, ...step.args].map((a) => a.replace(ROOT + '/', '').replace(/\n/g, '\\n')).join(' ');
  return new Promise((resolve) => {
    const finish = (exit: string): void => {
      timers.forEach(clearTimeout);
      resolve({ command, exit, output: output.trim() });
    };
    child.on('error', (e) => finish(`failed to start: ${e.message}`));
    child.on('close', (code, sig) => finish(sig !== null ? `signal ${sig}` : `exit ${code}`));
  });
}

interface Capture {
  readonly client: string;
  readonly frames: CapturedFrame[];
  readonly results: StepResult[];
  readonly problems: string[];
  readonly unhandled: string[];
}

async function capture(session: Session): Promise<Capture> {
  const listener = new CaptureListener();
  const port = await listener.start();
  const bootstrap = `127.0.0.1:${port}`;
  const deadline = Date.now() + SESSION_BUDGET_MS;
  const results: StepResult[] = [];
  try {
    for (const step of session.steps(bootstrap)) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      const r = await run(step, bootstrap, left);
      results.push(r);
      const last = r.output.split('\n').at(-1) ?? '';
      console.log(`[${session.client}] ${r.command.replace(bootstrap, 'BROKER')}: ${r.exit}${last === '' ? '' : ` (${last.slice(0, 120)})`}`);
    }
  } finally {
    await listener.stop();
  }
  return { client: session.client, frames: listener.frames, results, problems: listener.problems, unhandled: listener.unhandled };
}

function apiOf(key: number): ApiDefinition | undefined {
  return (API_DEFINITIONS as Record<number, ApiDefinition>)[key];
}

const inDefinitions = (f: CapturedFrame): boolean => {
  const api = apiOf(f.apiKey);
  return api !== undefined && f.version >= api.minVersion && f.version <= api.maxVersion;
};

/** For Produce, the compression codec of the first batch (attributes bits 0-2 of a magic-2 batch). */
function codecOf(f: CapturedFrame): string {
  if (f.apiKey !== ApiKeys.Produce) return '';
  try {
    const field = (decodeRequest(f.bytes).body as ProduceRequest).topicData[0]?.partitionData[0]?.records;
    const records = field === undefined || field === null ? field : recordsBytes(field);
    if (records === undefined || records === null || records.length < 23 || records[16] !== 2) return ':legacy';
    return `:${CODECS[(records[22] ?? 0) & 7] ?? 'unknown'}`;
  } catch {
    return ':undecodable';
  }
}

/** The frames to keep: no duplicates; per kind, the first two and the last. */
function select(frames: readonly CapturedFrame[]): CapturedFrame[] {
  const seen = new Set<string>();
  const byKind = new Map<string, CapturedFrame[]>();
  for (const f of frames) {
    const id = f.bytes.toString('base64');
    if (!inDefinitions(f) || seen.has(id)) continue;
    seen.add(id);
    const kind = `${f.apiKey}:${f.version}${codecOf(f)}`;
    byKind.set(kind, [...(byKind.get(kind) ?? []), f]);
  }
  const kept = new Set<CapturedFrame>();
  for (const list of byKind.values()) {
    for (const f of list.length <= MAX_PER_KIND ? list : [...list.slice(0, MAX_PER_KIND - 1), list[list.length - 1]!]) kept.add(f);
  }
  return frames.filter((f) => kept.has(f));
}

function fileName(f: CapturedFrame, i: number): string {
  return `${String(i + 1).padStart(3, '0')}-${apiOf(f.apiKey)?.name ?? `Api${f.apiKey}`}-v${f.version}.bin`;
}

/** API/version pairs in API-key order, e.g. "Produce v7 (2), Fetch v11". */
function pairs(frames: readonly CapturedFrame[]): string {
  const counts = new Map<string, { key: number; version: number; n: number }>();
  for (const f of frames) {
    const k = `${f.apiKey}:${f.version}`;
    counts.set(k, { key: f.apiKey, version: f.version, n: (counts.get(k)?.n ?? 0) + 1 });
  }
  return [...counts.values()]
    .sort((a, b) => a.key - b.key || a.version - b.version)
    .map((c) => `${apiOf(c.key)?.name ?? `Api${c.key}`} v${c.version}${c.n > 1 ? ` (${c.n})` : ''}`)
    .join(', ');
}

function clientVersions(): string[] {
  const out = (cmd: string, args: string[]): string => spawnSync(cmd, args, { encoding: 'utf8', timeout: 10_000 }).stdout?.trim() ?? '';
  const pkg = (name: string): string => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const kcat = /Version (\S+) .*librdkafka (\S+)/.exec(out('kcat', ['-V']));
  const py = out(PYTHON, ['-c', 'import sys, confluent_kafka, kafka; print(sys.version.split()[0], confluent_kafka.version()[0], confluent_kafka.libversion()[0], kafka.__version__)']).split(' ');
  return [
    `kcat ${kcat?.[1] ?? '?'} (librdkafka ${kcat?.[2] ?? '?'}), Debian package`,
    `confluent-kafka-python ${py[1] ?? '?'} (librdkafka ${py[2] ?? '?'}), Debian package, Python ${py[0] ?? '?'}`,
    `kafka-python ${py[3] ?? '?'}, Debian package`,
    `kafkajs ${pkg('kafkajs')}, npm`,
    `@platformatic/kafka ${pkg('@platformatic/kafka')}, npm`,
    `Node.js ${process.version}`,
  ];
}

function readme(captures: readonly Capture[], kept: ReadonlyMap<string, CapturedFrame[]>): string {
  const lines = [
    '# Request vectors captured from real Kafka clients',
    '',
    'Each `<client>/NNN-<Api>-v<version>.bin` is one request frame exactly as the client sent it, without',
    'its 4-byte size prefix: request header, then body. `test/protocol/vectors.test.ts` decodes every file',
    'and checks that re-encoding the decoded header and body gives back the same bytes.',
    '',
    '## How they were captured',
    '',
    '`node scripts/capture-vectors.ts` (the clients are installed by `scripts/install-test-deps.sh`) starts,',
    'for each client, a capture listener on 127.0.0.1 (`test/protocol/capture/`): it speaks just enough Kafka',
    'to lead the client through a session (one broker, a topic `vectors` with two partitions, topics',
    'auto-created, produced batches fetched back, one-member consumer groups, transactions that always',
    'commit) and records every request frame. The sessions:',
    '',
    '- kcat: `-L`; `-P -K: -H k=v` once per `-z` codec (none, gzip, snappy, lz4, zstd); `-C -o beginning -e`;',
    '  `-Q` (offset for a timestamp); `-P` and `-C` again as if to a 0.9.0 broker (`api.version.request=false`,',
    '  `broker.version.fallback=0.9.0`: Metadata v0, Produce v1 with a v0 message set, ListOffsets v0, Fetch',
    '  v1); then `-G` for seven seconds (heartbeats, commits, leave).',
    '- The scripts in `test/protocol/capture/sessions/`: admin (create, describe configs, delete; kafka-python,',
    '  KafkaJS and platformatic also list and describe groups), producers (idempotent where the client can),',
    '  a consumer in a group (platformatic also in a KIP-848 group), and a transaction (confluent, KafkaJS,',
    '  platformatic).',
    '',
    'Identical frames are kept once, and at most three of one API and version (for Produce, of one',
    'compression codec): the first two and the last. Rerunning gives new files (client ids, member ids,',
    'timestamps and CRCs differ); commit them together with any codec change they exercise.',
    '',
    `Captured ${new Date().toISOString().slice(0, 10)} with:`,
    '',
    ...clientVersions().map((v) => `- ${v}`),
    '',
    '## What is here',
    '',
  ];
  for (const c of captures) {
    const frames = kept.get(c.client) ?? [];
    const skipped = c.frames.filter((f) => !inDefinitions(f));
    lines.push(`- **${c.client}**: ${frames.length} of ${c.frames.length} frames received: ${pairs(frames)}.`);
    if (skipped.length > 0) lines.push(`  Not kept (versions outside Kafka 3.9's definitions): ${pairs(skipped)}.`);
  }
  return lines.join('\n') + '\n';
}

const captures = await Promise.all(SESSIONS_BY_CLIENT.map(capture));
const kept = new Map(captures.map((c) => [c.client, select(c.frames)] as const));
for (const c of captures) {
  const frames = kept.get(c.client)!;
  console.log(`\n${c.client}: kept ${frames.length} of ${c.frames.length} frames: ${pairs(frames)}`);
  for (const r of c.results) if (r.exit !== 'exit 0') console.log(`  ${r.command}: ${r.exit}\n    ${r.output.split('\n').slice(-5).join('\n    ')}`);
  for (const p of c.problems) console.log(`  PROBLEM: ${p}`);
  if (c.unhandled.length > 0) console.log(`  answered with defaults: ${c.unhandled.join(', ')}`);
}
const empty = captures.filter((c) => kept.get(c.client)!.length === 0).map((c) => c.client);
if (empty.length > 0) {
  // All or nothing: a client that is missing here must not wipe the vectors it gave last time.
  console.error(`\nnothing captured from ${empty.join(', ')}: no vectors written (are the clients installed? scripts/install-test-deps.sh)`);
  process.exitCode = 1;
} else {
  for (const [client, frames] of kept) {
    const dir = join(VECTORS, client);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    frames.forEach((f, i) => writeFileSync(join(dir, fileName(f, i)), f.bytes));
  }
  writeFileSync(join(VECTORS, 'README.md'), readme(captures, kept));
  const all = [...kept.values()].flat();
  console.log(`\nwrote ${all.length} vectors, ${all.reduce((n, f) => n + f.bytes.length, 0)} bytes, to ${VECTORS}`);
  if (captures.some((c) => c.problems.length > 0)) process.exitCode = 1;
}
