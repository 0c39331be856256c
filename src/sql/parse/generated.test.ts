// The committed parser bundle is exactly what scripts/bundle-sql-parser.ts makes from node_modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('re-bundling src/sql/parse/generated/flinksql.js gives no diff', { skip: !existsSync(`${root}node_modules/dt-sql-parser`) && 'dt-sql-parser is not installed' }, () => {
  const run = spawnSync(process.execPath, ['scripts/bundle-sql-parser.ts', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  assert.match(run.stdout, /up to date/);
});
