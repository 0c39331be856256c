// The example estate (examples/estate) as the README walks a new user through it, against a real
// `weir up` (a child process; Kafka and HTTP on port 0, so the estate's 'localhost:9092' is
// rewritten to the bound port in a copy): `weir plan` is clean and lists every topic, schema, job
// and pipeline; `weir apply --yes` creates it all; a second apply changes nothing; every pipeline
// is listed with its class and version and runs (the bounded migration finishes); the seeds'
// order enrichment joins an order produced with kcat with its customer's profile; the README's
// broken rule (128 partitions) is refused with its file:line:col and rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually, run, start, type RunResult } from '../compat/support.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/estate/', import.meta.url));

/** Every file under dir (recursively). */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kcat = (args: string[], input?: string): string => execFileSync('kcat', args, { input, encoding: 'utf8', timeout: 20_000 });

test('the example estate plans and applies cleanly against weir up, and its pipelines run', { timeout: 240_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-examples-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const up = start(process.execPath, ['bin/weir.js', 'up', '--kafka', '127.0.0.1:0', '--http', '127.0.0.1:0', '--data-dir', join(dir, 'data')], { timeoutMs: 230_000, env: { WEIR_LOG_LEVEL: 'warn' } });
  t.after(() => up.stop('SIGKILL'));
  const [bootstrap, server] = await up.waitFor('the startup line', 30_000, () => {
    const m = /Kafka: ([\d.]+:\d+); HTTP: (http:\/\/[\d.]+:\d+);/.exec(up.stdout());
    return m === null ? undefined : [m[1]!, m[2]!] as const;
  });
  const weir = (args: string[]): Promise<RunResult> =>
    run(process.execPath, ['bin/weir.js', ...args, '--server', server], { timeoutMs: 90_000, env: { WEIR_LOG_LEVEL: 'silent', WEIR_USER: 'new-user' } });
  const show = (r: RunResult): string => `exit ${r.code}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}\n--- weir up ---\n${up.describe()}`;

  const estate = join(dir, 'estate');
  cpSync(EXAMPLES, estate, { recursive: true });
  let rewritten = 0;
  for (const f of files(estate)) {
    const text = readFileSync(f, 'utf8');
    if (!text.includes('localhost:9092')) continue;
    writeFileSync(f, text.replaceAll('localhost:9092', bootstrap));
    rewritten++;
  }
  assert.ok(rewritten >= 6, `the examples name localhost:9092 in ${rewritten} files`);

  const plan = await weir(['plan', estate]);
  assert.equal(plan.code, 0, show(plan));
  for (const topic of ['orders', 'customers', 'payments', 'clickstream', 'orders.enriched', 'orders.paid', 'revenue.by-region', 'clickstream.sessions', 'customers.v2', 'search.terms-trial']) {
    assert.match(plan.stdout, new RegExp(`^\\+ topic ${topic.replaceAll('.', '\\.')}\\b`, 'm'), `topic ${topic} in the plan`);
  }
  const pipelines = ['clickstream-sessions', 'customers-v2-migration', 'order-enrichment', 'payment-matching', 'revenue-by-region', 'search-terms-trial'];
  for (const p of pipelines) {
    assert.match(plan.stdout, new RegExp(`^\\+ job ${p}\\b`, 'm'), `job ${p} in the plan`);
    assert.match(plan.stdout, new RegExp(`^\\+ pipeline ${p}\\b.*version 1`, 'm'), `pipeline ${p} in the plan`);
  }
  assert.match(plan.stdout, /^\+ schema orders-value\b/m);
  assert.match(plan.stdout, /^Plan: \d+ to create, 0 to change, 0 to destroy\.$/m);

  const applied = await weir(['apply', estate, '--yes']);
  assert.equal(applied.code, 0, show(applied));
  assert.match(applied.stdout, /Applied \d+ changes \(apply #1 by new-user/);
  const again = await weir(['apply', estate, '--yes']);
  assert.equal(again.code, 0, show(again));
  assert.match(again.stdout, /No changes/);

  const listed = await weir(['pipelines', '--json']);
  assert.equal(listed.code, 0, show(listed));
  const summaries = JSON.parse(listed.stdout) as { name: string; class: string; version: number; status: string }[];
  assert.deepEqual(summaries.map((s) => [s.name, s.class, s.version]).sort(), [
    ['clickstream-sessions', 'analytical', 1], ['customers-v2-migration', 'migration', 1], ['order-enrichment', 'operational', 1],
    ['payment-matching', 'operational', 1], ['revenue-by-region', 'analytical', 1], ['search-terms-trial', 'exploratory', 1],
  ]);
  for (const s of summaries) assert.ok(['running', 'finished'].includes(s.status), `${s.name} is ${s.status}`);

  // The README's data: a customer profile, then an order; the enrichment joins them.
  kcat(['-b', bootstrap, '-P', '-t', 'customers', '-K', '|'], '{"customer_id":7}|{"customer_id":7,"name":"Ada","email":"ada@example.com","tier":"gold","updated_at":"2026-11-21 10:00:00"}\n');
  kcat(['-b', bootstrap, '-P', '-t', 'orders'], '{"order_id":1,"customer_id":7,"region":"eu","product":"kettle","quantity":2,"price":24.50,"status":"paid","order_time":"2026-11-21 10:01:00"}\n');
  const enriched = await eventually('the enriched order with the customer', 60_000, () => {
    const lines = kcat(['-b', bootstrap, '-C', '-t', 'orders.enriched', '-o', 'beginning', '-e', '-q', '-f', '%k|%s\n']).trim().split('\n');
    return lines.map((l) => l.split('|')).find(([, v]) => v?.includes('"Ada"'));
  });
  assert.deepEqual(JSON.parse(enriched[0]!), { order_id: 1 });
  assert.deepEqual(JSON.parse(enriched[1]!), {
    order_id: 1, customer_id: 7, customer_name: 'Ada', tier: 'gold', region: 'eu', product: 'kettle', quantity: 2,
    amount: 49, status: 'paid', order_time: '2026-11-21 10:01:00',
  });

  // The README's broken rule.
  const spec = join(estate, 'pipelines', 'order-enrichment.yaml');
  const text = readFileSync(spec, 'utf8');
  writeFileSync(spec, text.replace('      partitions: 6\n', '      partitions: 128\n'));
  const refused = await weir(['plan', estate]);
  assert.equal(refused.code, 1, show(refused));
  const line = text.split('\n').findIndex((l) => l === '      partitions: 6') + 1;
  assert.match(refused.stdout, new RegExp(`pipelines/order-enrichment\\.yaml:${line}:\\d+\\s+\\[estate\\.partitions\\]\\s+topic orders\\.enriched: 128 partitions`));
});
