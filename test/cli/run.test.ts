// `weir run` as a user runs it (a child process): a script's SELECT results on stdout, and every kind
// of bad SQL — a syntax error, an unknown connector option, a type error, an unsupported feature —
// rejected with its reason and the script's line:column, exit code 2, nothing run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'weir-run-'));

function run(name: string, sql: string): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, name);
  writeFileSync(file, sql);
  const r = spawnSync(process.execPath, ['bin/weir.js', 'run', file, '--state-dir', join(dir, `state-${name}`)], {
    cwd: root, encoding: 'utf8', env: { ...process.env, WEIR_LOG_LEVEL: 'silent' }, timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

mkdirSync(join(dir, 'orders'));
writeFileSync(join(dir, 'orders', 'a.json'), [
  '{"id": 1, "customer": "ada", "amount": 12.50, "ts": "2024-01-01 10:00:01"}',
  '{"id": 2, "customer": "bob", "amount": 3.00, "ts": "2024-01-01 10:00:30"}',
  '{"id": 3, "customer": "ada", "amount": 7.25, "ts": "2024-01-01 10:01:10"}',
].join('\n') + '\n');

const DDL = `CREATE TABLE orders (
  id BIGINT, customer STRING, amount DECIMAL(10, 2), ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'orders')}', 'format' = 'json');
`;

test('weir run prints a query\'s changelog and exits 0 when its bounded input is done', () => {
  const r = run('ok.sql', `${DDL}SELECT customer, SUM(amount) AS total FROM orders GROUP BY customer;\n`);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n'), ['+I[ada, 12.50]', '+I[bob, 3.00]', '-U[ada, 12.50]', '+U[ada, 19.75]']);
});

function rejected(name: string, sql: string, message: RegExp, at: string): void {
  const r = run(name, sql);
  assert.equal(r.status, 2, `exit ${r.status}: ${r.stderr}`);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, message);
  assert.ok(r.stderr.includes(`${name}:${at}`), `expected ${name}:${at} in: ${r.stderr}`);
}

test('invalid SQL: a syntax error names the token and line:column', () => {
  rejected('syntax.sql', `${DDL}SELECT customer FROM orders WHERE;\n`, /syntax error at ';'/, '5:34');
});

test('an unknown connector option is named, with close matches', () => {
  rejected('option.sql', `CREATE TABLE t (a INT) WITH ('connector' = 'datagen', 'rows-per-secnd' = '5');\n`, /rows-per-secnd/, '1:55');
});

test('a type error names the operator and the argument types', () => {
  rejected('types.sql', `${DDL}SELECT customer + 1 FROM orders;\n`, /Cannot apply '\+' to arguments of type/, '5:8');
});

test('an unsupported feature is named as such', () => {
  rejected('unsupported.sql', `${DDL}SELECT customer FROM orders ORDER BY customer;\n`, /ORDER BY is not supported yet/, '5:29');
});

test('a statement set into many long-named tables starts (its job id is capped) and writes each sink', () => {
  const names = [1, 2, 3, 4].map((i) => `sink_number_${i}_with_a_rather_long_table_name_for_the_job_id`);
  const ddl = names.map((n) => `CREATE TABLE ${n} (customer STRING) WITH ('connector' = 'filesystem', 'path' = '${join(dir, n)}', 'format' = 'json');`).join('\n');
  const inserts = names.map((n) => `INSERT INTO ${n} SELECT customer FROM orders;`).join('\n');
  const r = run('set.sql', `${DDL}${ddl}\nEXECUTE STATEMENT SET BEGIN\n${inserts}\nEND;\n`);
  assert.equal(r.status, 0, r.stderr);
  for (const n of names) {
    const files = readdirSync(join(dir, n)).filter((f) => !f.startsWith('.'));
    const rows = files.flatMap((f) => readFileSync(join(dir, n, f), 'utf8').trim().split('\n'));
    assert.deepEqual(rows.sort(), ['{"customer":"ada"}', '{"customer":"ada"}', '{"customer":"bob"}']);
  }
});
