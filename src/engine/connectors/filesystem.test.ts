// The filesystem connector: the source reads files in order and resumes exactly after a restore;
// bad lines name file and line; the sink publishes only committed files (exactly-once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as T from '../../sql/types/types.ts';
import type { Field } from '../../sql/plan/physical.ts';
import { filesystem } from './filesystem.ts';
import type { ConnectorContext, SourceReader } from './types.ts';

const FIELDS: Field[] = [{ name: 'id', type: T.BIGINT() }, { name: 'name', type: T.STRING() }];

function context(path: string, options: Record<string, string> = {}, restored?: unknown, skipped: (n: number) => void = () => {}): ConnectorContext {
  return { table: 'files', options: new Map(Object.entries({ path, format: 'json', ...options })), fields: FIELDS, metadata: [], timeZone: 'UTC', services: {}, restored, skipped };
}

async function drain(reader: SourceReader, max = 100): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for (;;) {
    const batch = await reader.poll(max);
    if (batch === undefined) return rows;
    rows.push(...batch.map((r) => [r.partition, ...r.row]));
  }
}

async function fixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'weir-fs-'));
  await writeFile(join(dir, 'b.json'), '{"id":3,"name":"c"}\r\n\n{"id":4,"name":"d"}');
  await writeFile(join(dir, 'a.json'), '{"id":1,"name":"a"}\n{"id":2,"name":"b"}\n');
  await writeFile(join(dir, '.hidden.json'), '{"id":99}\n');
  await writeFile(join(dir, '_SUCCESS'), '');
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'c.json'), '{"id":5,"name":"e"}\n');
  return dir;
}

test('reads visible files in name order, partition = file index', async () => {
  const dir = await fixture();
  const rows = await drain(await filesystem.createSource!(context(dir)));
  assert.deepEqual(rows, [[0, 1n, 'a'], [0, 2n, 'b'], [1, 3n, 'c'], [1, 4n, 'd'], [2, 5n, 'e']]);
});

test('a restored source continues exactly after the last record returned', async () => {
  const dir = await fixture();
  for (const cut of [1, 2, 3, 4, 5]) {
    const first = await filesystem.createSource!(context(dir));
    const head = (await first.poll(cut))!.map((r) => r.row[0]);
    // Positions go through the checkpoint as JSON.
    const position = JSON.parse(JSON.stringify(first.position()));
    await first.close();
    const rest = (await drain(await filesystem.createSource!(context(dir, {}, position)))).map((r) => r[1]);
    assert.deepEqual([...head, ...rest], [1n, 2n, 3n, 4n, 5n], `cut after ${cut}`);
  }
});

test('a single file as path', async () => {
  const dir = await fixture();
  assert.deepEqual(await drain(await filesystem.createSource!(context(join(dir, 'a.json')))), [[0, 1n, 'a'], [0, 2n, 'b']]);
});

test('a bad line fails with file and line number, or is skipped and counted', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'weir-fs-'));
  await writeFile(join(dir, 'x.json'), '{"id":1}\n{"id":"one"}\n{"id":3}\n');
  await assert.rejects(drain(await filesystem.createSource!(context(dir))), (e: Error) => e.message.includes(`file '${join(dir, 'x.json')}', line 2: Failed to deserialize JSON`));
  let skipped = 0;
  const rows = await drain(await filesystem.createSource!(context(dir, { 'json.ignore-parse-errors': 'true' }, undefined, (n) => (skipped += n))));
  assert.deepEqual(rows, [[0, 1n, null], [0, null, null], [0, 3n, null]]);
  await writeFile(join(dir, 'x.json'), '{"id":1}\n{"id":\n');
  const rows2 = await drain(await filesystem.createSource!(context(dir, { 'json.ignore-parse-errors': 'true' }, undefined, (n) => (skipped += n))));
  assert.deepEqual(rows2, [[0, 1n, null]]);
  assert.equal(skipped, 1);
});

const visible = async (dir: string) => (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
const contents = async (dir: string) => (await Promise.all((await visible(dir)).map((n) => readFile(join(dir, n), 'utf8')))).join('');

test('sink: files become visible only when their checkpoint is committed', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'weir-fs-')), 'out');
  const sink = await filesystem.createSink!(context(dir, { format: 'csv' }));
  await sink.write([{ kind: '+I', row: [1n, 'a b'] }, { kind: '+I', row: [2n, 'c'] }]);
  assert.deepEqual(await visible(dir), []);
  await sink.checkpoint(1);
  await sink.write([{ kind: '+I', row: [3n, 'd'] }]);
  assert.deepEqual(await visible(dir), []);
  await sink.committed!(1);
  assert.equal(await contents(dir), '1,"a b"\n2,c\n');
  await sink.checkpoint(2);
  await sink.committed!(2);
  assert.equal(await contents(dir), '1,"a b"\n2,c\n3,d\n');
  assert.deepEqual((await readdir(dir)).filter((n) => n.startsWith('.')), []);
  await sink.close();
  await assert.rejects(sink.write([{ kind: '-D', row: [1n, 'a'] }]), /only accepts inserts, got a -D change/);
});

test('sink restore: the restored checkpoint is published, later uncommitted data never appears', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'weir-fs-')), 'out');
  const sink = await filesystem.createSink!(context(dir));
  await sink.write([{ kind: '+I', row: [1n, 'kept'] }]);
  const state = JSON.parse(JSON.stringify(await sink.checkpoint(1)));
  // Checkpoint 1 completes but the job fails before committed(1); later rows are never checkpointed.
  await sink.write([{ kind: '+I', row: [2n, 'lost'] }]);
  await sink.checkpoint(2);
  await sink.write([{ kind: '+I', row: [3n, 'lost'] }]);
  await sink.close();
  assert.deepEqual(await visible(dir), []);
  const restored = await filesystem.createSink!(context(dir, {}, state));
  assert.equal(await contents(dir), '{"id":1,"name":"kept"}\n');
  assert.deepEqual((await readdir(dir)).filter((n) => n.startsWith('.')), []);
  await restored.write([{ kind: '+I', row: [4n, 'again'] }]);
  await restored.checkpoint(2);
  await restored.committed!(2);
  assert.equal((await contents(dir)).split('\n').filter(Boolean).length, 2);
  assert.match(await contents(dir), /"again"/);
});

test('sink rolls files at the size limit', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'weir-fs-')), 'out');
  const sink = await filesystem.createSink!(context(dir, { 'sink.rolling-policy.file-size': '10b' }));
  for (let i = 0; i < 3; i++) await sink.write([{ kind: '+I', row: [BigInt(i), 'x'] }]);
  await sink.checkpoint(1);
  await sink.committed!(1);
  assert.equal((await visible(dir)).length, 3);
  assert.deepEqual(await drain(await filesystem.createSource!(context(dir))).then((r) => r.map((x) => x[1]).sort()), [0n, 1n, 2n]);
});
