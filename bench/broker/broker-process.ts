// Runs `weir broker` as a child process for the benchmark: started on a free port with a given data
// dir, its address read from the "Weir broker listening on HOST:PORT" line, stopped with SIGTERM (a
// graceful stop, so that `--cpu-prof` writes its profile), SIGKILL if it does not exit in time. Its
// object store is the embedded default (a folder under the data dir) unless `objectStore` names another.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

export interface BrokerProcess {
  readonly host: string;
  readonly port: number;
  readonly bootstrap: string;
  readonly pid: number;
  /** Everything the broker wrote to stderr (and stdout lines that are not the banner), for error reports. */
  output(): string;
  stop(): Promise<void>;
}

export interface BrokerOptions {
  dataDir: string;
  partitions: number;
  /** Extra broker properties, `key=value`. */
  set?: readonly string[];
  /** The broker's object store (`--object-store`: a folder or an s3:// URL); default a folder under the data dir. */
  objectStore?: string;
  /** Write a V8 CPU profile of the broker into this directory (node --cpu-prof). */
  cpuProfDir?: string;
}

export async function startBroker(o: BrokerOptions): Promise<BrokerProcess> {
  const nodeArgs = o.cpuProfDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', o.cpuProfDir];
  const sets = [`num.partitions=${o.partitions}`, ...(o.set ?? [])].flatMap((kv) => ['--set', kv]);
  const objects = o.objectStore === undefined ? [] : ['--object-store', o.objectStore];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'bin/weir.js', 'broker', '--data-dir', o.dataDir, ...objects, '--kafka', '127.0.0.1:0', ...sets], {
    cwd: repo,
    env: { ...process.env, WEIR_LOG_LEVEL: process.env.WEIR_LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const address = await new Promise<{ host: string; port: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the broker did not start within 20 s:\n${out}`)), 20_000);
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (text: string) => {
      const m = /Weir broker listening on (\S+):(\d+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve({ host: m[1]!, port: Number(m[2]) });
      } else out += text;
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (text: string) => (out += text));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the broker exited (${signal ?? code}) before listening:\n${out}`));
    });
  });
  return {
    ...address,
    bootstrap: `${address.host}:${address.port}`,
    pid: child.pid!,
    output: () => out,
    async stop(): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
