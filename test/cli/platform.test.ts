// The platform commands as a user runs them: `weir up` (a child process, Kafka and HTTP on port 0),
// an estate directory (a Topic contract, a pipeline copying it to a derived topic, a policy), then
// the CLI as child processes against the server: plan, apply (refused without a terminal or
// --yes, applied with --yes, nothing the second time), the applied pipeline running (records
// produced to its source arrive in its output), pipelines, lineage, a policy violation with its
// file:line:col and rule, apply's question on a terminal (script(1)), import of the broker, no
// server; SIGTERM stops weir up with exit 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, run, start, type RunResult } from '../compat/support.ts';

function writeEstate(dir: string, bootstrap: string, output: string): void {
  mkdirSync(join(dir, 'pipelines'), { recursive: true });
  writeFileSync(join(dir, 'topics.yaml'), 'apiVersion: weir/v1\nkind: Topic\nmetadata: { name: clicks }\nspec:\n  owner: { team: web }\n  partitions: 1\n  retention: 7d\n');
  writeFileSync(join(dir, 'policy.yaml'), "apiVersion: weir/v1\nkind: Policy\nmetadata: { name: estate }\nspec:\n  estate:\n    topic-naming: { pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*$' }\n    required-labels: [team]\n");
  writeFileSync(join(dir, 'pipelines', 'copy.yaml'), [
    'apiVersion: weir/v1',
    'kind: Pipeline',
    'metadata: { name: clicks-copy, labels: { team: web } }',
    'spec:',
    '  class: operational',
    '  owner: { team: web, onCall: pager:web }',
    '  sources: [clicks]',
    '  outputs:',
    `    - { name: ${output}, partitions: 1, retention: 1d }`,
    '  sql: { file: copy.sql }',
    '',
  ].join('\n'));
  const table = (name: string, topic: string, extra = ''): string =>
    `CREATE TABLE ${name} (user_id STRING, url STRING) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${bootstrap}', 'format' = 'json'${extra});`;
  writeFileSync(join(dir, 'pipelines', 'copy.sql'), `${table('clicks', 'clicks', ", 'scan.startup.mode' = 'earliest-offset'")}\n${table('copy', output)}\nINSERT INTO copy SELECT user_id, url FROM clicks;\n`);
}

const kcat = (args: string[], input?: string): string => execFileSync('kcat', args, { input, encoding: 'utf8', timeout: 20_000 });

test('weir plan, apply, pipelines, lineage and import against weir up', { timeout: 180_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-platform-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const up = start(process.execPath, ['bin/weir.js', 'up', '--kafka', '127.0.0.1:0', '--http', '127.0.0.1:0', '--data-dir', join(dir, 'data')], { timeoutMs: 170_000, env: { WEIR_LOG_LEVEL: 'warn' } });
  t.after(() => up.stop('SIGKILL'));
  const [bootstrap, server] = await up.waitFor('the startup line', 30_000, () => {
    const m = /Kafka: ([\d.]+:\d+); HTTP: (http:\/\/[\d.]+:\d+);/.exec(up.stdout());
    return m === null ? undefined : [m[1]!, m[2]!] as const;
  });
  const weir = (args: string[], env: Record<string, string> = {}): Promise<RunResult> =>
    run(process.execPath, ['bin/weir.js', ...args], { timeoutMs: 60_000, env: { WEIR_LOG_LEVEL: 'silent', WEIR_USER: 'tester', ...env } });
  const show = (r: RunResult): string => `exit ${r.code}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}\n--- weir up ---\n${up.describe()}`;

  const estate = join(dir, 'estate');
  writeEstate(estate, bootstrap, 'clicks.copy');

  const plan = await weir(['plan', estate, '--server', server]);
  assert.equal(plan.code, 0, show(plan));
  assert.match(plan.stdout, /^\+ topic clicks\b/m);
  assert.match(plan.stdout, /^\+ topic clicks\.copy\b/m);
  assert.match(plan.stdout, /^\+ job clicks-copy\b/m);

  const unconfirmed = await weir(['apply', estate, '--server', server]);
  assert.equal(unconfirmed.code, 2, show(unconfirmed));
  assert.match(unconfirmed.stderr, /stdin is not a terminal.*--yes/);

  const applied = await weir(['apply', estate, '--yes', '--server', server]);
  assert.equal(applied.code, 0, show(applied));
  assert.match(applied.stdout, /Applied \d+ changes \(apply #1 by tester/);
  assert.match(applied.stdout, /pipeline clicks-copy: version 1/);

  const again = await weir(['apply', estate, '--yes', '--server', server]);
  assert.equal(again.code, 0, show(again));
  assert.match(again.stdout, /No changes/);

  // The applied pipeline runs: what is produced to clicks arrives in clicks.copy.
  kcat(['-b', bootstrap, '-P', '-t', 'clicks'], '{"user_id":"ada","url":"/a"}\n{"user_id":"bob","url":"/b"}\n');
  const copied = await eventually('the copied records in clicks.copy', 60_000, () => {
    const out = kcat(['-b', bootstrap, '-C', '-t', 'clicks.copy', '-o', 'beginning', '-e', '-q']).trim().split('\n').filter((l) => l !== '');
    return out.length >= 2 ? out : undefined;
  });
  assert.deepEqual(copied.map((l) => JSON.parse(l)), [{ user_id: 'ada', url: '/a' }, { user_id: 'bob', url: '/b' }]);

  const pipelines = await weir(['pipelines', '--json'], { WEIR_SERVER: server });
  assert.equal(pipelines.code, 0, show(pipelines));
  assert.deepEqual(JSON.parse(pipelines.stdout).map((p: { name: string; version: number; class: string; owner: string }) => [p.name, p.version, p.class, p.owner]), [['clicks-copy', 1, 'operational', 'web']]);
  const listed = await weir(['pipelines'], { WEIR_SERVER: server });
  assert.match(listed.stdout, /^NAME\s+CLASS\s+OWNER\s+STATUS\s+VERSION\s+HEALTH$/m);
  assert.match(listed.stdout, /^clicks-copy\s+operational\s+web\s+running\s+1\s+/m);

  const lineage = await weir(['lineage', 'clicks.copy', '--server', server]);
  assert.equal(lineage.code, 0, show(lineage));
  const [upstream, downstream] = lineage.stdout.split('Downstream');
  assert.match(upstream!, /pipeline clicks-copy[\s\S]*topic clicks \(owner web\)/);
  assert.match(downstream!, /\(nothing\)/);

  const missing = await weir(['lineage', 'nope', '--server', server]);
  assert.equal(missing.code, 2, show(missing));
  assert.match(missing.stderr, /no topic or pipeline named "nope"/);

  const violating = join(dir, 'violating');
  writeEstate(violating, bootstrap, 'Clicks_Copy');
  const refused = await weir(['plan', violating, '--server', server]);
  assert.equal(refused.code, 1, show(refused));
  assert.match(refused.stdout, /pipelines\/copy\.yaml:9:\d+\s+\[estate\.topic-naming\]\s+\S/);
  const refusedApply = await weir(['apply', violating, '--yes', '--server', server]);
  assert.equal(refusedApply.code, 1, show(refusedApply));

  const planJson = await weir(['plan', violating, '--json', '--server', server]);
  assert.equal(planJson.code, 1, show(planJson));
  assert.equal(JSON.parse(planJson.stdout).ok, false);

  // On a terminal (script(1) gives the CLI a pty), apply asks: anything but 'yes' cancels.
  writeFileSync(join(estate, 'pipelines', 'copy.yaml'), readFileSync(join(estate, 'pipelines', 'copy.yaml'), 'utf8').replace('retention: 1d', 'retention: 2d'));
  const onTerminal = async (answer: string): Promise<RunResult> => {
    const cmd = [process.execPath, 'bin/weir.js', 'apply', estate, '--server', server].map((a) => `'${a}'`).join(' ');
    const r = start('script', ['-qec', cmd, '/dev/null'], { timeoutMs: 60_000, env: { WEIR_LOG_LEVEL: 'silent', WEIR_USER: 'tester' } });
    await r.waitFor('the question', 30_000, () => (r.stdout().includes("Apply these 2 changes? Only 'yes' is accepted:") ? true : undefined));
    r.child.stdin!.write(`${answer}\n`);
    const done = await r.done;
    r.child.stdin!.end();
    return done;
  };
  const cancelled = await onTerminal('y');
  assert.equal(cancelled.code, 1, show(cancelled));
  assert.match(cancelled.stdout, /Apply cancelled; nothing changed/);
  const aborted = await onTerminal('\x04'); // Ctrl-D at the question
  assert.equal(aborted.code, 1, show(aborted));
  assert.match(aborted.stdout, /Apply cancelled; nothing changed/);
  assert.doesNotMatch(aborted.stdout, /AbortError/);
  const confirmed = await onTerminal('yes');
  assert.equal(confirmed.code, 0, show(confirmed));
  assert.match(confirmed.stdout, /Applied 2 changes \(apply #2 by tester/);
  const detail = await weir(['pipelines', 'show', 'clicks-copy', '--server', server]);
  assert.equal(detail.code, 0, show(detail));
  assert.match(detail.stdout, /^Sources:\s+clicks$/m);
  assert.match(detail.stdout, /^1\s+\S+\s+tester$/m);

  // The schema registry is served beside the API.
  assert.deepEqual(await (await fetch(`${server}/subjects`)).json(), []);

  const imported = await weir(['import', '--bootstrap', bootstrap, '--server', server]);
  assert.equal(imported.code, 0, show(imported));
  assert.match(imported.stdout, /^TOPIC\s+OWNER/m);
  assert.match(imported.stdout, /^clicks\s+web\s+source-of-record\b/m);
  assert.match(imported.stdout, /^clicks\.copy\s+web\s+derived\b/m);

  const noServer = await weir(['pipelines', '--server', 'http://127.0.0.1:1']);
  assert.equal(noServer.code, 2, show(noServer));
  assert.match(noServer.stderr, /no Weir server at http:\/\/127\.0\.0\.1:1 .*start one with `weir up`, or point --server \/ WEIR_SERVER at one/);

  const stopped = await up.stop('SIGTERM', 30_000);
  assert.equal(stopped.code, 0, up.describe());
});
