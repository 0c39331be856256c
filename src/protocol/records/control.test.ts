// Tests for control.ts: control key/value layout, hand-made markers, and end-transaction batches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateBatch } from './batch.ts';
import { CONTROL_TYPES, decodeControlRecord, encodeControlKey, encodeEndTxnBatch, encodeEndTxnMarkerValue } from './control.ts';
import { decodeRecords } from './records.ts';

test('control key and marker value have the documented layout', () => {
  assert.deepEqual(CONTROL_TYPES, { abort: 0, commit: 1 });
  assert.deepEqual([...encodeControlKey('abort')], [0, 0, 0, 0]);
  assert.deepEqual([...encodeControlKey('commit')], [0, 0, 0, 1]);
  assert.deepEqual([...encodeEndTxnMarkerValue(0x01020304)], [0, 0, 1, 2, 3, 4]);
});

test('decodes hand-made control records', () => {
  assert.deepEqual(decodeControlRecord({ key: Buffer.from([0, 0, 0, 1]), value: Buffer.from([0, 0, 0, 0, 0, 9]) }), { version: 0, typeId: 1, type: 'commit', coordinatorEpoch: 9 });
  assert.deepEqual(decodeControlRecord({ key: Buffer.from([0, 0, 0, 0]), value: Buffer.from([0, 0, 0xff, 0xff, 0xff, 0xff]) }), { version: 0, typeId: 0, type: 'abort', coordinatorEpoch: -1 });
  // A KRaft type (2, LeaderChange) is not a transaction marker: its value is not read.
  assert.deepEqual(decodeControlRecord({ key: Buffer.from([0, 0, 0, 2]), value: Buffer.from([1]) }), { version: 0, typeId: 2, type: 'unknown', coordinatorEpoch: null });
  // Newer versions with extra bytes are accepted.
  assert.equal(decodeControlRecord({ key: Buffer.from([0, 1, 0, 1, 7]), value: Buffer.from([0, 1, 0, 0, 0, 3, 8, 8]) }).coordinatorEpoch, 3);
});

test('malformed control records are RECORD_CORRUPT', () => {
  assert.throws(() => decodeControlRecord({ key: Buffer.from([0, 0, 0]), value: null }), { code: 'RECORD_CORRUPT', message: /key\.type/ });
  assert.throws(() => decodeControlRecord({ key: null, value: null }), { code: 'RECORD_CORRUPT' });
  assert.throws(() => decodeControlRecord({ key: Buffer.from([0, 0, 0, 1]), value: null }), { code: 'RECORD_CORRUPT' });
  assert.throws(() => decodeControlRecord({ key: Buffer.from([0, 0, 0, 1]), value: Buffer.from([0, 0, 0]) }), { code: 'RECORD_CORRUPT', message: /coordinatorEpoch/ });
  assert.throws(() => decodeControlRecord({ key: Buffer.from([0xff, 0xff, 0, 1]), value: null }), { code: 'RECORD_CORRUPT', message: /version/ });
});

test('an end-transaction batch round trips', () => {
  for (const type of ['commit', 'abort'] as const) {
    const bytes = encodeEndTxnBatch({ type, coordinatorEpoch: 12, producerId: 4000n, producerEpoch: 7, baseOffset: 99n, timestamp: 5555n, partitionLeaderEpoch: 3 });
    const header = validateBatch(bytes);
    assert.ok(header.isControl && header.isTransactional);
    assert.equal(header.producerId, 4000n);
    assert.equal(header.producerEpoch, 7);
    assert.equal(header.baseSequence, -1);
    assert.equal(header.baseOffset, 99n);
    assert.equal(header.partitionLeaderEpoch, 3);
    const { records } = decodeRecords(bytes);
    assert.equal(records.length, 1);
    assert.equal(records[0]!.timestamp, 5555n);
    assert.deepEqual(decodeControlRecord(records[0]!), { version: 0, typeId: CONTROL_TYPES[type], type, coordinatorEpoch: 12 });
  }
});
