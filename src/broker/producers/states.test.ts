// ProducerStates on the real log (WAL and folder object store in a temp directory), without the
// network: the check/append/appended cycle, producers racing on a partition, and state rebuilt
// after a clean stop or a crash from the snapshot and the log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type Storage, type StorageOptions } from '../../storage/index.ts';
import { encodeBatch, validateBatch, splitBatches, readBatchHeader } from '../../protocol/records/index.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { Broker } from '../broker.ts';
import { ProducerStates, type ProducerStatesOptions, type SequenceCheck } from './states.ts';
import { ProducerIdAllocator } from './ids.ts';
import { snapshotKey, decodeSnapshot, encodeSnapshot } from './snapshot.ts';

const quiet: Partial<StorageOptions> = { uploadIntervalMs: 3_600_000, maintenanceIntervalMs: 0 };
const TOPIC = 't';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'weir-producers-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function idempotent(producerId: bigint, baseSequence: number, records: number, producerEpoch = 0): Buffer {
  return encodeBatch({
    records: Array.from({ length: records }, (_, i) => ({ value: Buffer.from(`p${producerId}-s${baseSequence + i}`) })),
    producerId,
    producerEpoch,
    baseSequence,
  });
}

function plain(records: number): Buffer {
  return encodeBatch({ records: Array.from({ length: records }, (_, i) => ({ value: Buffer.from(`plain-${i}`) })) });
}

interface Env {
  storage: Storage;
  states: ProducerStates;
}

async function open(dir: string, options: ProducerStatesOptions = {}, create = false): Promise<Env> {
  const storage = await openStorage({ dataDir: dir, ...quiet });
  if (create) storage.log.createTopic(TOPIC, 2);
  // ProducerStates uses only the broker's log.
  const states = new ProducerStates({ log: storage.log } as unknown as Broker, { snapshotIntervalMs: 3_600_000, ...options });
  return { storage, states };
}

/** What the Produce handler does for one partition: check, append, appended (or failed). */
async function produce(env: Env, bytes: Buffer, partition = 0): Promise<SequenceCheck | { kind: 'appended'; baseOffset: bigint }> {
  const header = validateBatch(bytes);
  const c = await env.states.check(TOPIC, partition, header);
  if (c.kind !== 'append') return c;
  try {
    const r = await env.storage.log.append(TOPIC, partition, bytes);
    env.states.appended(TOPIC, partition, header, r.baseOffset);
    return { kind: 'appended', baseOffset: r.baseOffset };
  } catch (err) {
    env.states.failed(TOPIC, partition, header);
    throw err;
  }
}

/** The (producerId, baseSequence) of every batch in the partition. */
async function batchesIn(env: Env, partition = 0): Promise<string[]> {
  const r = await env.storage.log.read(TOPIC, partition, 0n, 1 << 30);
  if (r.kind !== 'ok' || r.records === null) return [];
  return splitBatches(r.records).batches.map((b) => {
    const h = readBatchHeader(b.bytes);
    return `${h.producerId}/${h.baseSequence}@${h.baseOffset}`;
  });
}

test('a retried batch is acknowledged with its first offsets and written once; gaps and old epochs are refused', async (t) => {
  const env = await open(tempDir(t), {}, true);
  t.after(() => env.storage.close());
  assert.deepEqual(await produce(env, plain(2)), { kind: 'appended', baseOffset: 0n });
  assert.deepEqual(await produce(env, idempotent(5n, 0, 3)), { kind: 'appended', baseOffset: 2n });
  assert.deepEqual(await produce(env, idempotent(5n, 3, 2)), { kind: 'appended', baseOffset: 5n });
  const dup = await produce(env, idempotent(5n, 0, 3));
  assert.deepEqual(dup.kind === 'duplicate' && [dup.baseOffset, dup.lastOffset], [2n, 4n]);
  assert.equal((await produce(env, idempotent(5n, 3, 2))).kind, 'duplicate');
  const gap = await produce(env, idempotent(5n, 9, 1));
  assert.equal(gap.kind === 'error' && gap.errorCode, KafkaErrors.OUT_OF_ORDER_SEQUENCE_NUMBER);
  // Epoch bump: must start at 0; afterwards epoch 0 is fenced.
  const badBump = await produce(env, idempotent(5n, 5, 1, 1));
  assert.equal(badBump.kind === 'error' && badBump.errorCode, KafkaErrors.OUT_OF_ORDER_SEQUENCE_NUMBER);
  assert.deepEqual(await produce(env, idempotent(5n, 0, 1, 1)), { kind: 'appended', baseOffset: 7n });
  const fenced = await produce(env, idempotent(5n, 5, 1, 0));
  assert.equal(fenced.kind === 'error' && fenced.errorCode, KafkaErrors.INVALID_PRODUCER_EPOCH);
  // Partitions are independent.
  assert.deepEqual(await produce(env, idempotent(5n, 0, 3), 1), { kind: 'appended', baseOffset: 0n });
  assert.deepEqual(await batchesIn(env), ['-1/-1@0', '5/0@2', '5/3@5', '5/0@7']);
  assert.equal(env.states.entry(TOPIC, 0, 5n)?.epoch, 1);
});

test('a retry racing its first copy waits for it and is then a duplicate; after a failed append it is appended', async (t) => {
  const env = await open(tempDir(t), {}, true);
  t.after(() => env.storage.close());
  const first = idempotent(9n, 0, 2);
  const header = validateBatch(first);
  assert.deepEqual(await env.states.check(TOPIC, 0, header), { kind: 'append' });
  // The same producer's retry (say, from a new connection) and another producer's batch arrive meanwhile.
  let retryResult: SequenceCheck | undefined;
  const retry = env.states.check(TOPIC, 0, validateBatch(idempotent(9n, 0, 2))).then((r) => (retryResult = r));
  const other = await env.states.check(TOPIC, 0, validateBatch(idempotent(10n, 0, 1)));
  assert.deepEqual(other, { kind: 'append' }, 'another producer does not wait');
  env.states.failed(TOPIC, 0, validateBatch(idempotent(10n, 0, 1)));
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(retryResult, undefined, 'the retry waits while the first copy is in flight');
  const r = await env.storage.log.append(TOPIC, 0, first);
  env.states.appended(TOPIC, 0, header, r.baseOffset);
  await retry;
  assert.deepEqual(retryResult, { kind: 'duplicate', baseOffset: 0n, lastOffset: 1n, timestamp: header.maxTimestamp });

  // A failed append releases the producer, and nothing is recorded: the resend is appended.
  const second = validateBatch(idempotent(9n, 2, 1));
  assert.deepEqual(await env.states.check(TOPIC, 0, second), { kind: 'append' });
  const waiting = env.states.check(TOPIC, 0, second);
  env.states.failed(TOPIC, 0, second);
  assert.deepEqual(await waiting, { kind: 'append' });
  env.states.failed(TOPIC, 0, second);
  assert.deepEqual(await batchesIn(env), ['9/0@0']);
});

test('after a crash, the state is rebuilt from the log: each of the last 5 batches is a duplicate', async (t) => {
  const dir = tempDir(t);
  let env = await open(dir, {}, true);
  const offsets: bigint[] = [];
  for (let i = 0; i < 7; i++) {
    await produce(env, plain(1));
    const r = await produce(env, idempotent(3n, i * 2, 2));
    assert.equal(r.kind, 'appended');
    if (r.kind === 'appended') offsets.push(r.baseOffset);
  }
  await env.storage.close({ upload: false }); // a crash: no snapshot was ever saved, the data is only in the WAL
  env = await open(dir);
  t.after(() => env.storage.close());
  for (let i = 2; i < 7; i++) {
    const r = await produce(env, idempotent(3n, i * 2, 2));
    assert.equal(r.kind === 'duplicate' && r.baseOffset, offsets[i], `batch ${i}`);
  }
  const old = await produce(env, idempotent(3n, 2, 2));
  assert.equal(old.kind === 'error' && old.errorCode, KafkaErrors.OUT_OF_ORDER_SEQUENCE_NUMBER);
  assert.equal((await produce(env, idempotent(3n, 14, 1))).kind, 'appended');
  assert.equal((await batchesIn(env)).filter((b) => b.startsWith('3/')).length, 8);
});

test('a snapshot is loaded and only the log after it is scanned; batches in flight at the snapshot are found by the scan', async (t) => {
  const dir = tempDir(t);
  let env = await open(dir, {}, true);
  for (let i = 0; i < 3; i++) await produce(env, idempotent(4n, i, 1));
  // A batch is checked (in flight) when the snapshot is taken, and appended after it.
  const inFlight = idempotent(4n, 3, 1);
  const header = validateBatch(inFlight);
  assert.equal((await env.states.check(TOPIC, 0, header)).kind, 'append');
  await produce(env, idempotent(8n, 0, 1)); // another producer, appended and recorded before the snapshot
  env.states.snapshot();
  const saved = decodeSnapshot(env.storage.log.meta.getMeta(snapshotKey(env.storage.log.stream(TOPIC, 0).id))!, 'test');
  assert.equal(saved.offset, 3n, 'valid to the log end when the in-flight batch was checked');
  assert.deepEqual(saved.producers.map((p) => p.producerId).sort(), [4n, 8n]);
  const r = await env.storage.log.append(TOPIC, 0, inFlight);
  assert.equal(r.baseOffset, 4n);
  env.states.appended(TOPIC, 0, header, r.baseOffset);
  await produce(env, idempotent(4n, 4, 1));
  await produce(env, plain(1));
  await env.storage.close({ upload: false }); // crash after the snapshot

  env = await open(dir);
  t.after(() => env.storage.close());
  const reads: bigint[] = [];
  const read = env.storage.log.read.bind(env.storage.log);
  env.storage.log.read = (topic, partition, offset, maxBytes) => {
    reads.push(offset);
    return read(topic, partition, offset, maxBytes);
  };
  for (const seq of [0, 1, 2, 3, 4]) assert.equal((await produce(env, idempotent(4n, seq, 1))).kind, 'duplicate', `sequence ${seq}`);
  assert.equal((await produce(env, idempotent(8n, 0, 1))).kind, 'duplicate', 'the batch after the snapshot offset, already in the snapshot, is not added twice');
  assert.equal(env.states.entry(TOPIC, 0, 8n)?.batches.length, 1);
  assert.equal(reads[0], 3n, 'the scan starts at the snapshot offset');
  assert.equal((await produce(env, idempotent(4n, 5, 1))).kind, 'appended');
});

test('close() saves the state: after a clean restart nothing is scanned', async (t) => {
  const dir = tempDir(t);
  let env = await open(dir, {}, true);
  for (let i = 0; i < 4; i++) await produce(env, idempotent(6n, i * 3, 3));
  await produce(env, plain(5));
  env.states.close();
  await env.storage.close();
  env = await open(dir);
  t.after(() => env.storage.close());
  let reads = 0;
  const read = env.storage.log.read.bind(env.storage.log);
  env.storage.log.read = (...args) => {
    reads++;
    return read(...args);
  };
  const r = await produce(env, idempotent(6n, 9, 3));
  assert.equal(r.kind === 'duplicate' && r.baseOffset, 9n);
  assert.equal(reads, 0);
});

test('a snapshot beyond the log end (an unsynced tail lost) forgets the batches that are gone', async (t) => {
  const dir = tempDir(t);
  let env = await open(dir, {}, true);
  await produce(env, idempotent(2n, 0, 1));
  await produce(env, idempotent(2n, 1, 1));
  const id = env.storage.log.stream(TOPIC, 0).id;
  await env.storage.close();
  env = await open(dir);
  t.after(() => env.storage.close());
  // Pretend the snapshot was taken when the log held two more batches of producer 2 (offsets 2 and 3).
  const mk = (seq: number, offset: bigint) => ({ firstSeq: seq, lastSeq: seq, baseOffset: offset, lastOffset: offset, timestamp: 0n });
  env.storage.log.meta.setMeta(
    snapshotKey(id),
    encodeSnapshot({ offset: 4n, producers: [{ producerId: 2n, epoch: 0, lastAppendMs: Date.now(), batches: [mk(0, 0n), mk(1, 1n), mk(2, 2n), mk(3, 3n)] }, { producerId: 12n, epoch: 0, lastAppendMs: Date.now(), batches: [mk(0, 3n)] }] }),
  );
  assert.equal((await produce(env, idempotent(2n, 1, 1))).kind, 'duplicate');
  assert.deepEqual(await produce(env, idempotent(2n, 2, 1)), { kind: 'appended', baseOffset: 2n }, 'the lost batch is written again');
  assert.equal(env.states.entry(TOPIC, 0, 12n), undefined);
});

test('with no snapshot, only the last maxScanBytes of the log are scanned', async (t) => {
  const dir = tempDir(t);
  let env = await open(dir, {}, true);
  await produce(env, idempotent(1n, 0, 50)); // far back
  for (let i = 0; i < 20; i++) await produce(env, plain(50));
  await env.storage.log.uploader.upload();
  await produce(env, idempotent(2n, 0, 1)); // hot
  await env.storage.close({ upload: false });
  env = await open(dir, { maxScanBytes: 2000 });
  t.after(() => env.storage.close());
  assert.equal((await produce(env, idempotent(2n, 0, 1))).kind, 'duplicate');
  assert.equal(env.states.entry(TOPIC, 0, 1n), undefined, 'the producer before the scanned tail is unknown');
  assert.equal((await produce(env, idempotent(1n, 50, 1))).kind, 'appended', 'and accepted at any sequence, as Kafka does');
});

test('idle producers expire', async (t) => {
  let now = 1_000_000;
  const env = await open(tempDir(t), { expirationMs: 60_000, now: () => now }, true);
  t.after(() => env.storage.close());
  await produce(env, idempotent(1n, 0, 1));
  now += 30_000;
  await produce(env, idempotent(2n, 0, 1));
  now += 40_000;
  env.states.snapshot();
  assert.equal(env.states.entry(TOPIC, 0, 1n), undefined);
  assert.notEqual(env.states.entry(TOPIC, 0, 2n), undefined);
});

test('a topic unknown to the log is UNKNOWN_TOPIC_OR_PARTITION; a batch without producer id needs no state', async (t) => {
  const env = await open(tempDir(t), {}, true);
  t.after(() => env.storage.close());
  const r = await env.states.check('nope', 0, validateBatch(idempotent(1n, 0, 1)));
  assert.equal(r.kind === 'error' && r.errorCode, KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION);
  assert.deepEqual(await env.states.check('nope', 0, validateBatch(plain(1))), { kind: 'append' });
});

test('producer ids are never handed out twice, across restarts included', async (t) => {
  const dir = tempDir(t);
  let storage = await openStorage({ dataDir: dir, ...quiet });
  let ids = new ProducerIdAllocator(storage.log.meta, 10n);
  const seen = new Set<bigint>();
  for (let i = 0; i < 25; i++) seen.add(ids.allocate());
  await storage.close();
  storage = await openStorage({ dataDir: dir, ...quiet });
  t.after(() => storage.close());
  ids = new ProducerIdAllocator(storage.log.meta, 10n);
  const next = ids.allocate();
  assert.equal(next, 30n, 'the rest of the last block is skipped');
  assert.ok(!seen.has(next));
  assert.equal(seen.size, 25);
});
