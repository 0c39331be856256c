// The weir command as a user runs it: through bin/weir.js, in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;

function weir(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/weir.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, WEIR_LOG_LEVEL: 'silent' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('weir --version prints the package version', () => {
  const r = weir('--version');
  assert.equal(r.status, 0);
  assert.equal(r.stdout.trim(), version);
});

test('weir --help lists the commands', () => {
  const r = weir('--help');
  assert.equal(r.status, 0);
  for (const command of ['up', 'protocol']) assert.match(r.stdout, new RegExp(`^  ${command}\\b`, 'm'));
});

test('an unknown command fails with usage help and a non-zero exit', () => {
  const r = weir('no-such-command');
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /unknown command 'no-such-command'/);
});

test('weir protocol apis --json lists the generated API table', () => {
  const r = weir('protocol', 'apis', '--json');
  assert.equal(r.status, 0);
  const rows = JSON.parse(r.stdout) as { key: number; name: string; versions: string }[];
  const produce = rows.find((x) => x.key === 0);
  assert.equal(produce?.name, 'Produce');
  assert.equal(produce?.versions, '0-11');
});
