// Group metadata written down and read back: what is kept, what a restart gives back, and which
// changes are worth a write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MetadataStore } from '../../storage/metadata/store.ts';
import { copyGroup, emptyGroup, type Group } from './group.ts';
import { decodeGroup, encodeGroup, GroupStore, worthStoring } from './persist.ts';

function stable(): Group {
  const g = emptyGroup('g');
  g.state = 'Stable';
  g.generationId = 7;
  g.protocolType = 'consumer';
  g.protocolName = 'range';
  g.leaderId = 'm1';
  for (const [id, inst] of [['m1', null], ['m2', 'i2']] as const) {
    g.members.set(id, {
      memberId: id,
      groupInstanceId: inst,
      clientId: `c-${id}`,
      clientHost: '/10.0.0.1',
      sessionTimeoutMs: 3000,
      rebalanceTimeoutMs: 9000,
      protocolType: 'consumer',
      protocols: [
        { name: 'roundrobin', metadata: Buffer.from('rr') },
        { name: 'range', metadata: Buffer.from([0, 0, 0, 0, 0, 1, 0, 1, 0x74, 0xff, 0xff, 0xff, 0xff]) },
      ],
      assignment: Buffer.from(`assigned-${id}`),
      awaitingJoin: false,
      awaitingSync: false,
      isNew: false,
      expiresAt: 123,
    });
  }
  return g;
}

test('a stable group comes back stable, same generation, leader, members and assignments, each with a fresh session', () => {
  const back = decodeGroup(encodeGroup(stable()), 50_000);
  assert.deepEqual([back.state, back.generationId, back.protocolType, back.protocolName, back.leaderId], ['Stable', 7, 'consumer', 'range', 'm1']);
  assert.deepEqual(
    [...back.members.values()].map((m) => [m.memberId, m.groupInstanceId, m.clientId, m.sessionTimeoutMs, m.rebalanceTimeoutMs, m.protocols.map((p) => p.name), Buffer.from(m.assignment).toString(), m.expiresAt]),
    [
      ['m1', null, 'c-m1', 3000, 9000, ['range'], 'assigned-m1', 53_000],
      ['m2', 'i2', 'c-m2', 3000, 9000, ['range'], 'assigned-m2', 53_000],
    ],
  );
  assert.deepEqual([...(back.subscribedTopics ?? [])], ['t']);
});

test('an empty group comes back empty with its generation and protocol type', () => {
  const g = emptyGroup('e');
  g.generationId = 4;
  g.protocolType = 'consumer';
  const back = decodeGroup(encodeGroup(g), 0);
  assert.deepEqual([back.state, back.generationId, back.protocolType, back.members.size, back.protocolName], ['Empty', 4, 'consumer', 0, null]);
});

test('writes happen on a new stable generation, on becoming empty, and when members change while stable; not on heartbeats', () => {
  const s = stable();
  assert.equal(worthStoring(undefined, s), true);
  const beat = copyGroup(s);
  beat.members.get('m1')!.expiresAt = 999;
  assert.equal(worthStoring(s, beat), false);
  const renamed = copyGroup(s);
  renamed.members = new Map([...renamed.members].map(([id, m]) => (id === 'm2' ? ['m3', { ...m, memberId: 'm3' }] : [id, m])));
  assert.equal(worthStoring(s, renamed), true);
  const preparing = copyGroup(s);
  preparing.state = 'PreparingRebalance';
  assert.equal(worthStoring(s, preparing), false);
  const fresh = emptyGroup('x');
  assert.equal(worthStoring(undefined, fresh), false, 'a group that never had a generation');
});

test('the store keeps groups across reopening and forgets removed ones', () => {
  const meta = new MetadataStore(':memory:');
  const store = new GroupStore(meta);
  store.save(stable());
  const e = emptyGroup('e');
  e.generationId = 2;
  store.save(e);
  assert.deepEqual(new GroupStore(meta).load(0).map((g) => [g.groupId, g.state, g.generationId]), [['g', 'Stable', 7], ['e', 'Empty', 2]]);
  store.remove('g');
  assert.deepEqual(new GroupStore(meta).load(0).map((g) => g.groupId), ['e']);
  meta.close();
});
