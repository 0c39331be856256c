// librdkafka through bench/broker/rdkafka-bench.c, a lean client without kcat's per-record work:
// built on demand with the system C compiler against Debian's librdkafka-dev, cached by a hash of its
// source under node_modules/.cache/weir-bench/, and run with kcat.ts's librdkafka settings (acks=all).
// It times itself (first produce call to last delivery report, or assignment to last record) and
// reports its own CPU seconds; it marks the start and the end of that window on stdout as they happen,
// so the caller can sample the broker's CPU over the same window.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runClient } from './child.ts';
import { KCAT_CONSUME_SETTINGS, KCAT_PRODUCE_SETTINGS } from './kcat.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const source = fileURLToPath(new URL('./rdkafka-bench.c', import.meta.url));
const cacheDir = `${repo}node_modules/.cache/weir-bench`;
const FLAGS = ['-O2', '-Wall', '-Wextra'];
const INSTALL = 'scripts/install-bench-deps.sh installs it (npm run bench:broker runs that first)';

export interface RdkafkaResult {
  records: number;
  /** Bytes of record values. */
  bytes: number;
  /** The client's own timing, start-up and shutdown excluded. */
  seconds: number;
  /** The client process's user+system CPU seconds, its whole run. */
  cpuSeconds: number;
}

/** Called when the client's timed window starts and when it ends. */
export type OnMark = (mark: 'start' | 'end') => void;

let built: string | undefined;

/** The path of the rdkafka-bench binary, compiled first if this source has not been yet. */
export function rdkafkaBench(): string {
  if (built !== undefined) return built;
  const text = fs.readFileSync(source);
  const hash = createHash('sha256').update(FLAGS.join(' ')).update('\0').update(text).digest('hex').slice(0, 16);
  const binary = `${cacheDir}/rdkafka-bench-${hash}`;
  if (!fs.existsSync(binary)) {
    const compiles = (args: string[], input?: string): string | undefined => {
      try {
        execFileSync('cc', args, { stdio: ['pipe', 'ignore', 'pipe'], ...(input === undefined ? {} : { input }) });
        return undefined;
      } catch (err) {
        const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
        if (e.code === 'ENOENT') throw new Error(`rdkafka-bench: no C compiler (\`cc\` is not on the PATH); ${INSTALL}`);
        return e.stderr?.toString() ?? e.message;
      }
    };
    const header = compiles(['-E', '-x', 'c', '-o', '/dev/null', '-'], '#include <librdkafka/rdkafka.h>\n');
    if (header !== undefined) {
      throw new Error(`rdkafka-bench: cc cannot include librdkafka/rdkafka.h, so Debian's librdkafka-dev is missing; ${INSTALL}. cc said:\n${header.slice(-1000)}`);
    }
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${binary}.${process.pid}.tmp`;
    const failure = compiles([...FLAGS, '-o', tmp, source, '-lrdkafka']);
    if (failure !== undefined) throw new Error(`rdkafka-bench: cc ${FLAGS.join(' ')} -o ${tmp} ${source} -lrdkafka failed:\n${failure.slice(-2000)}`);
    fs.renameSync(tmp, binary); // whole, even when two runs build at once
  }
  built = binary;
  return binary;
}

async function run(args: readonly string[], timeoutMs: number, onMark: OnMark | undefined): Promise<RdkafkaResult> {
  let stdout = '';
  let result: RdkafkaResult | undefined;
  const { stderr } = await runClient(rdkafkaBench(), args, timeoutMs, (chunk) => {
    stdout += chunk.toString('utf8');
    for (let nl = stdout.indexOf('\n'); nl >= 0; nl = stdout.indexOf('\n')) {
      const line = stdout.slice(0, nl);
      stdout = stdout.slice(nl + 1);
      if (line === 'start' || line === 'end') onMark?.(line);
      else if (line.startsWith('{')) result = JSON.parse(line) as RdkafkaResult;
    }
  });
  if (result === undefined) throw new Error(`rdkafka-bench ${args.join(' ')} printed no result:\n${stderr.slice(-2000)}`);
  return result;
}

/** Produces `records` records of `size` bytes to `topic`, until every delivery report arrived. */
export function rdkafkaProduce(bootstrap: string, topic: string, records: number, size: number, timeoutMs: number, onMark?: OnMark): Promise<RdkafkaResult> {
  return run(['produce', bootstrap, topic, String(records), String(size), ...KCAT_PRODUCE_SETTINGS], timeoutMs, onMark);
}

/** Consumes every partition of `topic` from the beginning until `records` records arrived (it waits for them, up to the timeout). */
export function rdkafkaConsume(bootstrap: string, topic: string, records: number, timeoutMs: number, onMark?: OnMark): Promise<RdkafkaResult> {
  return run(['consume', bootstrap, topic, String(records), ...KCAT_CONSUME_SETTINGS], timeoutMs, onMark);
}
