import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import { applyBatch, batchMetadata, BATCHES_RETAINED, checkSequence, inSequence, lastSequenceOf, withBatch, type ProducerEntry, type SequencedBatch } from './sequence.ts';

const MAX = 0x7fffffff;
const PID = 7n;

function batch(baseSequence: number, records = 1, producerEpoch = 0, producerId = PID): SequencedBatch {
  return { producerId, producerEpoch, baseSequence, lastOffsetDelta: records - 1 };
}

/** The entry after writing batches of `records` records each, from sequence `start`, at offsets from `offset`. */
function written(count: number, records = 2, start = 0, epoch = 0, offset = 100n): ProducerEntry {
  let entry: ProducerEntry | undefined;
  let seq = start;
  let at = offset;
  for (let i = 0; i < count; i++) {
    const b = batch(seq, records, epoch);
    entry = withBatch(entry, PID, epoch, batchMetadata(b, at, 1000n + BigInt(i)), 0);
    seq = lastSequenceOf(seq, records - 1) === MAX ? 0 : lastSequenceOf(seq, records - 1) + 1;
    at += BigInt(records);
  }
  return entry!;
}

test('lastSequenceOf and inSequence wrap from int32 max to 0', () => {
  assert.equal(lastSequenceOf(0, 0), 0);
  assert.equal(lastSequenceOf(10, 4), 14);
  assert.equal(lastSequenceOf(MAX, 0), MAX);
  assert.equal(lastSequenceOf(MAX, 1), 0);
  assert.equal(lastSequenceOf(MAX - 1, 3), 1);
  assert.ok(inSequence(4, 5));
  assert.ok(inSequence(MAX, 0));
  assert.ok(inSequence(-1, 0));
  assert.ok(!inSequence(4, 6));
  assert.ok(!inSequence(4, 4));
  assert.ok(!inSequence(MAX, 1));
});

test('a batch without a producer id is always appended', () => {
  assert.deepEqual(checkSequence(undefined, batch(-1, 1, -1, -1n)), { kind: 'append' });
  assert.deepEqual(checkSequence(written(3), batch(-1, 1, -1, -1n)), { kind: 'append' });
});

test('a producer id without a sequence is an invalid record', () => {
  const r = checkSequence(undefined, batch(-1));
  assert.equal(r.kind, 'error');
  assert.equal(r.kind === 'error' && r.errorCode, KafkaErrors.INVALID_RECORD);
});

test('an unknown producer is accepted at sequence 0 and, as in Kafka 3.x, at any other sequence', () => {
  assert.deepEqual(checkSequence(undefined, batch(0)), { kind: 'append' });
  assert.deepEqual(checkSequence(undefined, batch(42)), { kind: 'append' });
});

test('the next batch in sequence is appended', () => {
  const e = written(3, 2); // sequences 0-1, 2-3, 4-5
  assert.deepEqual(checkSequence(e, batch(6, 3)), { kind: 'append' });
});

test('a retry of each of the last 5 batches is a duplicate with its original offsets', () => {
  const e = written(7, 2); // 7 batches; the window keeps the last 5: sequences 4-5 … 12-13
  assert.equal(e.batches.length, BATCHES_RETAINED);
  for (let i = 2; i < 7; i++) {
    const r = checkSequence(e, batch(i * 2, 2));
    assert.deepEqual(r, { kind: 'duplicate', baseOffset: 100n + BigInt(i * 2), lastOffset: 101n + BigInt(i * 2), timestamp: 1000n + BigInt(i) }, `batch ${i}`);
  }
});

test('a retry of a batch older than the window is out of order (Kafka no longer answers DUPLICATE_SEQUENCE_NUMBER)', () => {
  const e = written(7, 2);
  const r = checkSequence(e, batch(2, 2)); // the second batch, evicted
  assert.equal(r.kind === 'error' && r.errorCode, KafkaErrors.OUT_OF_ORDER_SEQUENCE_NUMBER);
});

test('a batch with the same first sequence but another length is not a duplicate', () => {
  const e = written(2, 2); // 0-1, 2-3
  const r = checkSequence(e, batch(2, 3));
  assert.equal(r.kind === 'error' && r.errorCode, KafkaErrors.OUT_OF_ORDER_SEQUENCE_NUMBER);
});

test('a gap is out of order', () => {
  const e = written(2, 2); // next is 4
  for (const seq of [5, 100, 3, 0]) {
    const r = checkSequence(e, batch(seq));
    assert.equal(r.kind === 'error' && r.errorCode, KafkaErrors.OUT_OF_ORDER_SEQUENCE_NUMBER, `sequence ${seq}`);
  }
});

test('sequences wrap around int32 max', () => {
  const e = written(1, 2, MAX - 1); // MAX-1, MAX
  assert.equal(e.batches[0]!.lastSeq, MAX);
  assert.deepEqual(checkSequence(e, batch(0, 5)), { kind: 'append' });
  assert.equal(checkSequence(e, batch(1)).kind, 'error'); // after MAX comes 0, not 1
  const across = written(2, 3, MAX - 1); // MAX-1, MAX, 0; then 1..3
  assert.deepEqual(across.batches.map((b) => [b.firstSeq, b.lastSeq]), [[MAX - 1, 0], [1, 3]]);
  assert.equal(checkSequence(across, batch(MAX - 1, 3)).kind, 'duplicate');
  assert.deepEqual(checkSequence(across, batch(4)), { kind: 'append' });
});

test('an older epoch is INVALID_PRODUCER_EPOCH, even for a sequence that was a duplicate in it', () => {
  const e = written(2, 2, 0, 3);
  const r = checkSequence(e, batch(4, 1, 2));
  assert.equal(r.kind === 'error' && r.errorCode, KafkaErrors.INVALID_PRODUCER_EPOCH);
  assert.equal(checkSequence(e, batch(0, 2, 2)).kind, 'error');
});

test('a bumped epoch must start at sequence 0', () => {
  const e = written(3, 2, 0, 0);
  assert.deepEqual(checkSequence(e, batch(0, 4, 1)), { kind: 'append' });
  const r = checkSequence(e, batch(6, 1, 1));
  assert.equal(r.kind === 'error' && r.errorCode, KafkaErrors.OUT_OF_ORDER_SEQUENCE_NUMBER);
});

test('a bumped epoch starts a fresh window: the old epoch\'s batches are neither duplicates nor gaps', () => {
  const old = written(3, 2, 0, 0);
  const bumped = withBatch(old, PID, 1, batchMetadata(batch(0, 2, 1), 200n, 5n), 10);
  assert.deepEqual(bumped.batches.map((b) => b.baseOffset), [200n]);
  assert.equal(bumped.epoch, 1);
  assert.equal(checkSequence(bumped, batch(0, 2, 1)).kind, 'duplicate');
  assert.deepEqual(checkSequence(bumped, batch(2, 1, 1)), { kind: 'append' });
  assert.equal(checkSequence(bumped, batch(2, 2, 0)).kind, 'error'); // old epoch fenced
});

test('applyBatch skips what the entry already holds and older epochs, and otherwise appends', () => {
  const e = written(3, 2); // offsets 100-101, 102-103, 104-105
  const same = applyBatch(e, PID, 0, batchMetadata(batch(2, 2), 102n, 0n), 99);
  assert.equal(same, e);
  const older = applyBatch(written(1, 2, 0, 4), PID, 3, batchMetadata(batch(0, 2, 3), 500n, 0n), 99);
  assert.equal(older.epoch, 4);
  assert.equal(older.batches.length, 1);
  const next = applyBatch(e, PID, 0, batchMetadata(batch(6, 2), 110n, 0n), 99);
  assert.deepEqual(next.batches.map((b) => b.firstSeq), [0, 2, 4, 6]);
  assert.equal(next.lastAppendMs, 99);
});
