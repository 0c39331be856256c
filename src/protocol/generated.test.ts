// The committed codecs are exactly what the generator makes from Kafka's definitions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const specs = process.env.WEIR_KAFKA_PROTOCOL ?? `${root}../shared/kafka-protocol`;

test('regenerating src/protocol/generated from the definitions gives no diff', { skip: !existsSync(specs) && `no definitions at ${specs}` }, () => {
  const run = spawnSync(process.execPath, ['scripts/gen-protocol.ts', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  assert.match(run.stdout, /up to date/);
});
