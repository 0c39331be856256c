// Folder-driver tests beyond the conformance suite (test/conformance/object-store.test.ts): a full
// disk (real, on a tiny tmpfs in a private mount namespace when `unshare` allows it; and always
// through the documented writeChunks seam), other I/O errors, temp files left by a crash, folder
// pruning, and keys colliding with folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFsObjectStore, writeAll, type WriteChunks } from './fs.ts';

async function tempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'weir-fs-store-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const errnoError = (code: string) => Object.assign(new Error(`${code}: injected by the test, write`), { code });

/** Writes half of the bytes, then fails like a full disk (or another errno). */
const failingWrite = (code: string): WriteChunks => async (file, chunks) => {
  const all = Buffer.concat(chunks);
  await writeAll(file, [all.subarray(0, all.length >> 1)]);
  throw errnoError(code);
};

type Failure = Error & { code?: string; where?: string; retriable?: boolean };

test('a full disk (seam) gives DISK_FULL naming key and store, and nothing half-written is visible', async (t) => {
  const root = await tempDir(t);
  const good = await openFsObjectStore(root);
  await good.put('k', Buffer.from('version 1'));
  const full = await openFsObjectStore(root, { writeChunks: failingWrite('ENOSPC') });
  const check = (err: Failure, key: string) => {
    assert.equal(err.code, 'DISK_FULL');
    assert.equal(err.retriable, true);
    assert.equal(err.where, key);
    assert.ok(err.message.includes(key) && err.message.includes(full.description), err.message);
    return true;
  };
  await assert.rejects(full.put('k', Buffer.alloc(10_000, 1)), (err: Failure) => check(err, 'k'));
  await assert.rejects(full.put('new/key', Buffer.alloc(10_000, 1)), (err: Failure) => check(err, 'new/key'));
  await assert.rejects(full.putIfAbsent('created', Buffer.alloc(10_000, 1)), (err: Failure) => check(err, 'created'));
  assert.equal((await good.get('k')).toString(), 'version 1');
  assert.deepEqual((await good.list('')).map((o) => o.key), ['k']);
  assert.deepEqual(await readdir(join(root, '~tmp')), []);
});

test('other I/O errors give STORAGE_IO naming key and store', async (t) => {
  const store = await openFsObjectStore(await tempDir(t), { writeChunks: failingWrite('EIO') });
  await assert.rejects(store.put('a/b', Buffer.from('x')), (err: Failure) => {
    assert.equal(err.code, 'STORAGE_IO');
    assert.ok(err.message.includes('a/b') && err.message.includes(store.description) && err.message.includes('EIO'), err.message);
    return true;
  });
});

test('a full disk for real: a 256 KiB tmpfs in a private mount namespace', async (t) => {
  const dir = await tempDir(t);
  const child = `
    const { openFsObjectStore } = await import(process.argv[2]);
    const { readdir } = await import('node:fs/promises');
    const store = await openFsObjectStore(process.argv[1] + '/store');
    const written = [];
    let error;
    for (let i = 0; i < 64 && error === undefined; i++) {
      try { await store.put('full/' + i, Buffer.alloc(40 * 1024, i)); written.push('full/' + i); }
      catch (e) { error = { code: e.code, where: e.where, message: e.message }; }
    }
    const listed = (await store.list('')).map((o) => o.key);
    const temps = await readdir(process.argv[1] + '/store/~tmp');
    const failedHead = error && (await store.head(error.where));
    await store.delete(written.slice(0, 3));
    await store.put('after', Buffer.alloc(1000));
    console.log(JSON.stringify({ written, error, listed, temps, failedHead }));`;
  const script = 'mount -t tmpfs -o size=256k weir-enospc "$0" && exec "$1" --input-type=module -e "$2" "$0" "$3"';
  const run = spawnSync('unshare', ['-rm', 'sh', '-c', script, dir, process.execPath, child, new URL('./fs.ts', import.meta.url).href], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error !== undefined || (run.status !== 0 && /unshare|mount/.test(run.stderr))) {
    t.skip(`cannot mount a tmpfs here (${run.error?.message ?? run.stderr.trim().split('\n')[0]}); the seam test covers DISK_FULL`);
    return;
  }
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
  assert.equal(out.error?.code, 'DISK_FULL', JSON.stringify(out.error));
  assert.ok(out.written.length > 0 && out.written.length < 64);
  assert.deepEqual(out.listed, out.written, 'only whole objects are listed');
  assert.deepEqual(out.temps, [], 'the temp file was removed');
  assert.equal(out.failedHead, null);
});

test('temp files left by a crash are ignored and removed on open', async (t) => {
  const root = await tempDir(t);
  const store = await openFsObjectStore(root);
  await store.put('a/b', Buffer.from('whole'));
  await writeFile(join(root, '~tmp', 'crashed-1'), 'half an obj');
  await writeFile(join(root, 'a', 'b~stray'), 'not a key');
  assert.deepEqual((await store.list('')).map((o) => o.key), ['a/b']);
  await openFsObjectStore(root);
  assert.deepEqual(await readdir(join(root, '~tmp')), []);
  assert.deepEqual((await store.list('')).map((o) => o.key), ['a/b']);
  assert.equal((await store.get('a/b')).toString(), 'whole');
});

test('delete prunes folders it leaves empty, up to the root; optionally not', async (t) => {
  const root = await tempDir(t);
  const store = await openFsObjectStore(root);
  await store.put('x/y/z/1', Buffer.from('1'));
  await store.put('x/keep', Buffer.from('k'));
  await store.delete(['x/y/z/1']);
  assert.deepEqual((await readdir(join(root, 'x'))).sort(), ['keep']);
  await store.delete(['x/keep']);
  assert.deepEqual((await readdir(root)).sort(), ['~tmp']);
  const keeping = await openFsObjectStore(root, { pruneEmptyDirs: false });
  await keeping.put('p/q/1', Buffer.from('1'));
  await keeping.delete(['p/q/1']);
  assert.ok((await stat(join(root, 'p', 'q'))).isDirectory());
});

test('a key cannot also be a folder here: CONFIG_INVALID naming the key', async (t) => {
  const store = await openFsObjectStore(await tempDir(t));
  await store.put('x', Buffer.from('file'));
  await store.put('d/e', Buffer.from('nested'));
  for (const [key, op] of [
    ['x/y', () => store.put('x/y', Buffer.from('?'))],
    ['d', () => store.put('d', Buffer.from('?'))],
    ['d', () => store.putIfAbsent('d', Buffer.from('?'))],
  ] as const) {
    await assert.rejects(op(), (err: Failure) => err.code === 'CONFIG_INVALID' && err.where === key && err.message.includes(key));
  }
  assert.deepEqual((await store.list('')).map((o) => o.key), ['d/e', 'x']);
});

test('opening a folder that cannot be made gives STORAGE_IO naming it', async (t) => {
  const root = await tempDir(t);
  await writeFile(join(root, 'file'), 'x');
  await assert.rejects(openFsObjectStore(join(root, 'file', 'sub')), (err: Failure) => {
    assert.equal(err.code, 'STORAGE_IO');
    assert.ok(err.message.includes(join(root, 'file', 'sub')), err.message);
    return true;
  });
  await mkdir(join(root, 'ok'));
  await openFsObjectStore(join(root, 'ok'));
});

test('writeAll: more chunks than IOV_MAX, empty chunks, and short writes resumed mid-chunk', async (t) => {
  const root = await tempDir(t);
  const chunks = Array.from({ length: 2500 }, (_, i) => Buffer.alloc(i % 7 === 0 ? 0 : (i % 13) + 1, i & 0xff));
  const expected = Buffer.concat(chunks);
  // A file handle whose writev writes at most 1000 bytes per call, as a kernel may.
  const written = Buffer.alloc(expected.length);
  let calls = 0;
  const short = {
    async writev(buffers: Uint8Array[], position: number) {
      calls++;
      const data = Buffer.concat(buffers).subarray(0, 1000);
      data.copy(written, position);
      return { bytesWritten: data.length, buffers };
    },
  };
  await writeAll(short as never, chunks);
  assert.deepEqual(written, expected);
  assert.equal(calls, Math.ceil(expected.length / 1000));
  // And through a real file: a put of many chunks reads back whole, also by ranges past the end.
  const store = await openFsObjectStore(root);
  await store.put('many', chunks);
  assert.deepEqual(await store.get('many'), expected);
  assert.deepEqual(await store.getRange('many', 100, expected.length + 50), expected.subarray(100));
  assert.deepEqual(await store.getRange('many', 5, 5 + 2 ** 30), expected.subarray(5));
});
