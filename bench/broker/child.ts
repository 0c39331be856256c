// Runs a benchmark client as a child process: its stdout handed to the caller as it arrives, its
// stderr kept for the error, killed at the timeout, rejected on a non-zero exit. Shared by the
// kcat and rdkafka-bench clients.
import { spawn } from 'node:child_process';

export interface ChildRun {
  /** Wall seconds from spawn to exit. */
  seconds: number;
  stderr: string;
}

export function runClient(command: string, args: readonly string[], timeoutMs: number, onStdout: (chunk: Buffer) => void): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', onStdout);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (t: string) => (stderr += t));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code}) after ${seconds.toFixed(1)} s:\n${stderr.slice(-2000)}`));
      else resolve({ seconds, stderr });
    });
  });
}
