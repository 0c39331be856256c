// `weir up` as the README shows it: start it, produce and consume with kcat, stop it with SIGTERM
// (a clean exit), start it again on the same data directory and read the records back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function up(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['bin/weir.js', 'up', '--data-dir', dataDir, '--kafka', '127.0.0.1:0', '--http', '127.0.0.1:0'], { cwd: root, env: { ...process.env, WEIR_LOG_LEVEL: 'warn' } });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`weir up did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Kafka: [\d.]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.on('exit', (code) => reject(new Error(`weir up exited ${code}: ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const kcat = (args: string[], input?: string): string => execFileSync('kcat', args, { input, encoding: 'utf8', timeout: 20_000 });

test('weir up serves kcat, stops cleanly on SIGTERM, and keeps the data', { timeout: 90_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-up-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  let { child, port } = await up(dir);
  kcat(['-b', `127.0.0.1:${port}`, '-P', '-t', 'greetings', '-K:', '-H', 'lang=en'], 'a:hello\nb:world\n');
  const read = (): string => kcat(['-b', `127.0.0.1:${port}`, '-C', '-t', 'greetings', '-o', 'beginning', '-e', '-q', '-f', '%k=%s %h @%o\n']);
  assert.equal(read(), 'a=hello lang=en @0\nb=world lang=en @1\n');
  assert.equal(await stop(child), 0);
  ({ child, port } = await up(dir));
  assert.equal(read(), 'a=hello lang=en @0\nb=world lang=en @1\n');
  assert.equal(await stop(child), 0);
});
