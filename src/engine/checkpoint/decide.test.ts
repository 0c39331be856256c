import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideCheckpoints } from './decide.ts';
import { checkpointCommitKey, checkpointStateKey, jobIdFromName, parseCheckpointKey } from './paths.ts';

const s = (id: number) => checkpointStateKey('j', id);
const c = (id: number) => checkpointCommitKey('j', id);

test('no checkpoints: nothing to restore, ids start at 1', () => {
  assert.deepEqual(decideCheckpoints([], 2), { latest: undefined, nextId: 1, obsolete: [] });
});

test('a state object without its commit marker is not complete', () => {
  const d = decideCheckpoints([s(1), c(1), s(2)], 2);
  assert.equal(d.latest, 1);
  assert.equal(d.nextId, 3);
  assert.deepEqual(d.obsolete, []);
});

test('a commit marker without state (state deleted) is not complete either', () => {
  assert.equal(decideCheckpoints([c(4), s(3), c(3)], 2).latest, 3);
});

test('keeps the newest complete checkpoints and removes older ones and older leftovers', () => {
  const keys = [s(1), c(1), s(2), s(3), c(3), s(4), c(4), s(5), c(5), s(6), 'jobs/j/checkpoints/junk.txt'];
  const d = decideCheckpoints(keys, 2);
  assert.equal(d.latest, 5);
  assert.equal(d.nextId, 7);
  assert.deepEqual(d.obsolete, [c(1), s(1), s(2), c(3), s(3)].sort());
});

test('keys parse back to id and part; job ids from names are safe', () => {
  assert.deepEqual(parseCheckpointKey(s(42)), { id: 42, part: 'state' });
  assert.equal(parseCheckpointKey('jobs/j/checkpoints/42.state'), undefined);
  assert.equal(jobIdFromName('INSERT INTO `x` …'), 'INSERT-INTO-x-');
  assert.equal(jobIdFromName('...'), 'job');
});
