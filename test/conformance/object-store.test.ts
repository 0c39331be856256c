// One suite, run against every ObjectStore implementation (Hono common.case.test.ts style): the
// folder driver on a temp dir; the S3 driver against a real S3-compatible server (s3rver on
// 127.0.0.1); and the S3 driver against s3rver behind a shim that honours If-None-Match on PUT.
// Each implementation lists the cases it skips and why. Every case gets a fresh, empty store.
// Driver-specific behaviour (ENOSPC, temp files, retries, multipart requests) is tested beside
// each driver in src/storage/object-store/*.test.ts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openObjectStore, type ObjectStore } from '../../src/storage/object-store/index.ts';
import { BUCKET, S3RVER_CREDENTIALS, startS3Proxy, startS3rver, type TestS3 } from './s3-test-server.ts';

const MiB = 1024 * 1024;

interface Implementation {
  name: string;
  /** Case name → why this implementation skips it. */
  skips: Record<string, string>;
  start(): Promise<void>;
  /** A fresh, empty store for one case. */
  open(caseId: number): Promise<ObjectStore>;
  stop(): Promise<void>;
}

function folder(): Implementation {
  let dir = '';
  return {
    name: 'folder (fs.ts) on a temp dir',
    skips: { 'a key may also be a folder of other keys': 'a folder cannot be both a file "a" and a folder "a/" (CONFIG_INVALID instead; see fs.test.ts)' },
    async start() {
      dir = await mkdtemp(join(tmpdir(), 'weir-objects-'));
    },
    open: (caseId) => openObjectStore(join(dir, `case-${caseId}`)),
    stop: () => rm(dir, { recursive: true, force: true }),
  };
}

function s3(name: string, conditionalPuts: boolean, skips: Record<string, string>): Implementation {
  const servers: TestS3[] = [];
  let endpoint = '';
  return {
    name,
    skips,
    async start() {
      const s3rver = await startS3rver();
      servers.push(s3rver);
      endpoint = s3rver.endpoint;
      if (conditionalPuts) {
        const proxy = await startS3Proxy(s3rver.endpoint, { conditionalPuts: true });
        servers.unshift(proxy);
        endpoint = proxy.endpoint;
      }
    },
    open: (caseId) =>
      openObjectStore(`s3://${BUCKET}/case-${caseId}?endpoint=${endpoint}&region=us-east-1&path-style=true`, {
        s3: { credentials: S3RVER_CREDENTIALS, multipartThreshold: 6 * MiB, partSize: 5 * MiB, baseDelayMs: 5 },
      }),
    async stop() {
      for (const server of servers) await server.stop();
    },
  };
}

const NO_IF_NONE_MATCH = 's3rver 3.7.1 ignores If-None-Match on PUT and overwrites; run in the "behind a shim" entry';
const NOT_ATOMIC =
  "s3rver writes an object in place (truncate, then stream), so concurrent writers and readers of one key see mixed or cut bytes; S3's own PUT is atomic — a limit of the test server, not of the driver";
const implementations: Implementation[] = [
  folder(),
  s3('S3 (s3.ts) against s3rver', false, {
    'putIfAbsent creates once and returns the existing object': NO_IF_NONE_MATCH,
    'putIfAbsent racers: exactly one wins': NO_IF_NONE_MATCH,
    'concurrent puts to one key: readers and the end state see one whole version': NOT_ATOMIC,
  }),
  s3('S3 (s3.ts) against s3rver behind an If-None-Match shim', true, {
    'concurrent puts to one key: readers and the end state see one whole version': NOT_ATOMIC,
  }),
];

const bytes = (text: string) => Buffer.from(text);
function pattern(size: number, seed: number): Buffer {
  const out = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + seed + (i >> 12)) & 0xff;
  return out;
}

async function rejectsWith(promise: Promise<unknown>, code: string, key: string, store: ObjectStore) {
  await assert.rejects(promise, (err: Error & { code?: string; where?: string }) => {
    assert.equal(err.code, code, err.message);
    assert.equal(err.where, key);
    assert.ok(err.message.includes(key) || err.message.includes(JSON.stringify(key)), `message names the key: ${err.message}`);
    if (code !== 'CONFIG_INVALID' || key !== '') assert.ok(err.message.includes(store.description), `message names the store: ${err.message}`);
    return true;
  });
}

const cases: Record<string, (store: ObjectStore) => Promise<void>> = {
  'put then get returns the bytes; empty objects too': async (store) => {
    await store.put('a/b/c.bin', pattern(1000, 1));
    assert.deepEqual(await store.get('a/b/c.bin'), pattern(1000, 1));
    await store.put('empty', new Uint8Array(0));
    assert.equal((await store.get('empty')).length, 0);
    assert.deepEqual(await store.head('empty'), { key: 'empty', size: 0 });
  },
  'put of several chunks stores them concatenated': async (store) => {
    await store.put('chunks', [bytes('ab'), new Uint8Array(0), bytes('cde')]);
    assert.equal((await store.get('chunks')).toString(), 'abcde');
  },
  'put overwrites': async (store) => {
    await store.put('k', bytes('first version'));
    await store.put('k', bytes('v2'));
    assert.equal((await store.get('k')).toString(), 'v2');
    assert.deepEqual(await store.head('k'), { key: 'k', size: 2 });
  },
  'getRange reads [start, end), clamps past the end': async (store) => {
    await store.put('r', bytes('0123456789'));
    assert.equal((await store.getRange('r', 2, 5)).toString(), '234');
    assert.equal((await store.getRange('r', 0, 10)).toString(), '0123456789');
    assert.equal((await store.getRange('r', 7, 100)).toString(), '789');
    assert.equal((await store.getRange('r', 10, 20)).length, 0);
    assert.equal((await store.getRange('r', 50, 60)).length, 0);
    assert.equal((await store.getRange('r', 3, 3)).length, 0);
    await rejectsWith(store.getRange('r', 5, 2), 'CONFIG_INVALID', 'r', store);
    await rejectsWith(store.getRange('nope/r', 0, 1), 'OBJECT_NOT_FOUND', 'nope/r', store);
    await rejectsWith(store.getRange('nope/r', 4, 4), 'OBJECT_NOT_FOUND', 'nope/r', store);
  },
  'missing objects: get names the key, head is null': async (store) => {
    await rejectsWith(store.get('missing/object.bin'), 'OBJECT_NOT_FOUND', 'missing/object.bin', store);
    assert.equal(await store.head('missing/object.bin'), null);
    await store.put('dir/x', bytes('x'));
    assert.equal(await store.head('dir'), null);
    await rejectsWith(store.get('dir'), 'OBJECT_NOT_FOUND', 'dir', store);
  },
  'list by prefix, sorted by key, with sizes': async (store) => {
    const keys = ['b/2', 'a/x', 'a/B', 'a/b/1', 'a/b/2', 'a/bc', 'a/a=1', 'a/a-1', 'a/a.1', 'a/a_1', 'ab'];
    for (const [i, key] of keys.entries()) await store.put(key, pattern(i, i));
    const sorted = [...keys].sort();
    assert.deepEqual(await store.list(''), sorted.map((key) => ({ key, size: keys.indexOf(key) })));
    assert.deepEqual((await store.list('a/')).map((o) => o.key), sorted.filter((k) => k.startsWith('a/')));
    assert.deepEqual((await store.list('a/b')).map((o) => o.key), ['a/b/1', 'a/b/2', 'a/bc']);
    assert.deepEqual((await store.list('a/b/')).map((o) => o.key), ['a/b/1', 'a/b/2']);
    assert.deepEqual((await store.list('a')).map((o) => o.key), sorted.filter((k) => k.startsWith('a')));
    assert.deepEqual(await store.list('zzz/'), []);
  },
  'list and delete more than 1000 keys (pagination, batches)': async (store) => {
    const keys = Array.from({ length: 1100 }, (_, i) => `many/${String(i).padStart(5, '0')}`);
    for (let i = 0; i < keys.length; i += 100) await Promise.all(keys.slice(i, i + 100).map((k) => store.put(k, bytes(k))));
    await store.put('other', bytes('o'));
    const listed = await store.list('many/');
    assert.equal(listed.length, 1100);
    assert.deepEqual(listed.map((o) => o.key), keys);
    await store.delete(keys);
    assert.deepEqual(await store.list('many/'), []);
    assert.deepEqual((await store.list('')).map((o) => o.key), ['other']);
  },
  'delete is a batch; missing keys are not an error': async (store) => {
    await store.put('d/1', bytes('1'));
    await store.put('d/2', bytes('2'));
    await store.put('d/3', bytes('3'));
    await store.delete(['d/1', 'd/missing', 'never/there', 'd/3']);
    assert.deepEqual((await store.list('d/')).map((o) => o.key), ['d/2']);
    await store.delete([]);
    await store.delete(['d/2', 'd/2']);
    assert.deepEqual(await store.list(''), []);
    await store.put('d/1', bytes('again')); // the folder may have been pruned: writing still works
    assert.equal((await store.get('d/1')).toString(), 'again');
  },
  'putIfAbsent creates once and returns the existing object': async (store) => {
    assert.deepEqual(await store.putIfAbsent('once/k', bytes('first')), { created: true });
    const second = await store.putIfAbsent('once/k', bytes('second'));
    assert.equal(second.created, false);
    assert.equal(!second.created && second.existing.toString(), 'first');
    assert.equal((await store.get('once/k')).toString(), 'first');
  },
  'putIfAbsent racers: exactly one wins': async (store) => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.putIfAbsent('race', bytes(`writer-${i}`))));
    const winners = results.flatMap((r, i) => (r.created ? [i] : []));
    assert.equal(winners.length, 1, `one winner, got ${winners.length}`);
    const stored = (await store.get('race')).toString();
    assert.equal(stored, `writer-${winners[0]}`);
    for (const r of results) if (!r.created) assert.equal(r.existing.toString(), stored);
  },
  'large objects (above the S3 multipart threshold) round-trip': async (store) => {
    const big = pattern(12 * MiB + 123, 7);
    await store.put('big/one', big);
    assert.deepEqual(await store.head('big/one'), { key: 'big/one', size: big.length });
    assert.ok((await store.get('big/one')).equals(big));
    const across = await store.getRange('big/one', 5 * MiB - 10, 5 * MiB + 10); // across a part boundary
    assert.ok(across.equals(big.subarray(5 * MiB - 10, 5 * MiB + 10)));
    const chunked = [pattern(3 * MiB, 1), pattern(4 * MiB, 2), pattern(3 * MiB, 3)];
    await store.put('big/chunked', chunked);
    assert.ok((await store.get('big/chunked')).equals(Buffer.concat(chunked)));
  },
  'invalid keys are rejected, naming the key': async (store) => {
    for (const key of ['', '/abs', 'a//b', 'a/', '../up', 'a/../b', 'a/./b', 'sp ace', 'star*', 'ünï', 'back\\slash', 'a/..']) {
      await rejectsWith(store.get(key), 'CONFIG_INVALID', key, store);
      await rejectsWith(store.put(key, bytes('x')), 'CONFIG_INVALID', key, store);
    }
    await rejectsWith(store.head('a//b'), 'CONFIG_INVALID', 'a//b', store);
    await rejectsWith(store.getRange('../x', 0, 1), 'CONFIG_INVALID', '../x', store);
    await rejectsWith(store.putIfAbsent('~tmp/x', bytes('x')), 'CONFIG_INVALID', '~tmp/x', store);
    await rejectsWith(store.delete(['ok', '../bad']), 'CONFIG_INVALID', '../bad', store);
    await rejectsWith(store.list('/abs'), 'CONFIG_INVALID', '/abs', store);
    assert.deepEqual(await store.list(''), []);
  },
  'concurrent puts to different keys all land whole': async (store) => {
    const values = Array.from({ length: 16 }, (_, i) => pattern(64 * 1024 + i, i));
    await Promise.all(values.map((v, i) => store.put(`many/${i}`, v)));
    for (const [i, v] of values.entries()) assert.ok((await store.get(`many/${i}`)).equals(v));
    assert.equal((await store.list('many/')).length, values.length);
  },
  'concurrent puts to one key: readers and the end state see one whole version': async (store) => {
    const versions = Array.from({ length: 6 }, (_, i) => pattern(256 * 1024 + i, i));
    await store.put('hot', versions[0]!);
    let writing = true;
    const reader = (async () => {
      const seen: Buffer[] = [];
      while (writing) seen.push(await store.get('hot'));
      return seen;
    })();
    await Promise.all(versions.map((v) => store.put('hot', v)));
    writing = false;
    for (const read of await reader) assert.ok(versions.some((v) => v.equals(read)), 'a read saw a partial or mixed object');
    const final = await store.get('hot');
    assert.ok(versions.some((v) => v.equals(final)), 'the end state is not one of the versions written');
  },
  'a key may also be a folder of other keys': async (store) => {
    await store.put('x', bytes('file'));
    await store.put('x/y', bytes('nested'));
    assert.deepEqual((await store.list('x')).map((o) => o.key), ['x', 'x/y']);
  },
};

let caseId = 0;
for (const impl of implementations) {
  describe(`ObjectStore conformance: ${impl.name}`, () => {
    before(() => impl.start());
    after(() => impl.stop());
    for (const [name, run] of Object.entries(cases)) {
      const skip = impl.skips[name];
      test(name, skip === undefined ? {} : { skip }, async () => {
        const store = await impl.open(++caseId);
        try {
          await run(store);
        } finally {
          await store.close();
        }
      });
    }
  });
}
