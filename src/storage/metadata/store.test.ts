import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MetadataStore } from './store.ts';

test('topics, streams, the object index and retention work in transactions', () => {
  const m = new MetadataStore(':memory:');
  const topic = m.createTopic('t', 2, { 'retention.ms': '1000' }, 5);
  assert.deepEqual(m.getTopic('t'), topic);
  assert.throws(() => m.createTopic('t', 1, {}), /already exists/);
  const [s0, s1] = m.streams();
  m.commitObject({ key: 'o1', kind: 'stream-set', size: 10, ranges: [
    { streamId: s0!.id, startOffset: 0n, endOffset: 5n, position: 0, size: 6, maxTimestamp: 100n },
    { streamId: s1!.id, startOffset: 0n, endOffset: 2n, position: 6, size: 4, maxTimestamp: 90n },
  ] }, 77n);
  assert.equal(m.walCheckpoint(), 77n);
  assert.equal(m.streamOf(topic.id, 0)!.uploadedEnd, 5n);
  // Dropping stream 0's range leaves the object referenced by stream 1.
  assert.deepEqual(m.dropRangesBefore(s0!.id, 5n), []);
  assert.equal(m.streamOf(topic.id, 0)!.logStartOffset, 5n);
  assert.deepEqual(m.dropRangesBefore(s1!.id, 2n), ['o1']);
  assert.deepEqual(m.objectKeys(), new Set());
  // A failed transaction leaves nothing behind.
  assert.throws(() => m.transaction(() => {
    m.commitOffset('g', 't', 0, 3n, -1, 'meta');
    throw new Error('boom');
  }), /boom/);
  assert.deepEqual(m.committedOffsets('g'), []);
  m.commitOffset('g', 't', 0, 3n, 4, 'meta');
  assert.deepEqual(m.committedOffsets('g'), [{ topic: 't', partition: 0, offset: 3n, leaderEpoch: 4, metadata: 'meta' }]);
  m.saveProducer({ streamId: s0!.id, producerId: 9n, epoch: 1, firstSequence: 0, lastSequence: 4, lastOffset: 4n });
  assert.equal(m.producers(s0!.id)[0]!.lastSequence, 4);
  m.commitOffset('g', 'other', 0, 9n, -1, null);
  assert.deepEqual(m.deleteTopic('t'), []);
  assert.deepEqual(m.producers(s0!.id), []);
  assert.deepEqual(m.committedOffsets('g').map((o) => o.topic), ['other'], 'offsets of the deleted topic are gone, others stay');
  m.close();
});

test('ACL bindings: stored once however often created, listed in order, deleted exactly, kept across a reopen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-meta-'));
  const path = join(dir, 'metadata.sqlite');
  const read = { resourceType: 2, resourceName: 'orders', patternType: 3, principal: 'User:alice', host: '*', operation: 3, permissionType: 3 };
  const write = { ...read, resourceName: 'ord', patternType: 4, operation: 4 };
  const group = { ...read, resourceType: 3, resourceName: 'billing' };
  let m = new MetadataStore(path);
  assert.equal(m.createAcls([read, write, read]), 2);
  assert.equal(m.createAcls([read, group]), 1);
  assert.deepEqual(m.listAcls(), [write, read, group]);
  m.close();
  m = new MetadataStore(path);
  assert.deepEqual(m.listAcls(), [write, read, group]);
  assert.equal(m.deleteAcls([read, { ...read, host: '10.0.0.1' }]), 1);
  assert.deepEqual(m.listAcls(), [write, group]);
  m.close();
  rmSync(dir, { recursive: true, force: true });
});
