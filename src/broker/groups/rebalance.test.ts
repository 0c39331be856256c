// The pure group decisions with a hand-driven clock: deadlines (initial delay and its extension,
// session expiry, lapsed member ids, members that never sync), superseded requests, leader hand-over,
// static members replaced during a rebalance. The wire and real clients are in test/broker/groups*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KafkaErrors as E } from '../../protocol/generated/error-codes.ts';
import { nextDeadline, type Group, type GroupConfig, type Protocol } from './group.ts';
import { decideJoin, NEW_MEMBER_JOIN_TIMEOUT_MS, type JoinRequest } from './join.ts';
import { tick, type Answer, type JoinResult, type Outcome, type Reply, type SyncResult } from './rebalance.ts';
import { decideHeartbeat, decideLeave, decideSync } from './sync.ts';
import { subscriptionTopics } from './subscription.ts';

const config: GroupConfig = { minSessionTimeoutMs: 100, maxSessionTimeoutMs: 60_000, initialRebalanceDelayMs: 0 };
const P = (...names: string[]): Protocol[] => names.map((name) => ({ name, metadata: Buffer.from(name) }));

/** A group and the clock, driven one decision at a time; replies to waiting requests are collected. */
class World {
  group: Group | undefined;
  now = 1_000;
  replies: Reply[] = [];
  private ids = 0;
  readonly config: GroupConfig;

  constructor(c: GroupConfig = config) {
    this.config = c;
  }

  private take<T>(o: Outcome<T>): T {
    if ('group' in o) {
      this.group = o.group;
      this.replies.push(...o.replies);
    }
    return o.answer;
  }

  join(over: Partial<JoinRequest>): Answer<JoinResult> {
    const req: JoinRequest = {
      groupId: 'g',
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: P('range'),
      sessionTimeoutMs: 1000,
      rebalanceTimeoutMs: 5000,
      clientId: 'c',
      clientHost: '/h',
      requireKnownMemberId: false,
      supportsSkipAssignment: false,
      newMemberId: over.memberId === undefined || over.memberId === '' ? `m${++this.ids}` : 'unused',
      ...over,
    };
    return this.take(decideJoin(this.group, req, this.now, this.config));
  }

  sync(memberId: string, generationId: number, assignments: Record<string, string> = {}): Answer<SyncResult> {
    const map = new Map(Object.entries(assignments).map(([k, v]) => [k, Buffer.from(v)]));
    return this.take(decideSync(this.group, { groupId: 'g', generationId, memberId, groupInstanceId: null, protocolType: null, protocolName: null, assignments: map }, this.now, this.config));
  }

  heartbeat(memberId: string, generationId: number): number {
    return this.take(decideHeartbeat(this.group, { groupId: 'g', generationId, memberId, groupInstanceId: null }, this.now, this.config));
  }

  leave(memberId: string): number {
    return this.take(decideLeave(this.group, 'g', [{ memberId, groupInstanceId: null }], this.now, this.config)).members[0]!.errorCode;
  }

  /** Advances the clock to `ms` later, firing deadlines as the coordinator's timer would. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const at = this.group === undefined ? null : nextDeadline(this.group);
      if (at === null || at > until) break;
      this.now = Math.max(this.now, at);
      this.take(tick(this.group!, this.now, this.config));
    }
    this.now = until;
  }

  /** The replies addressed to `to` since the last call, by kind. */
  repliesTo(to: string, kind: 'join' | 'sync'): (JoinResult | SyncResult)[] {
    const mine = this.replies.filter((r) => r.to === to && r.kind === kind);
    this.replies = this.replies.filter((r) => !(r.to === to && r.kind === kind));
    return mine.map((r) => r.result);
  }
}

const now = <T>(a: Answer<T>): T => {
  assert.ok('now' in a, `expected an answer, got a wait as ${'wait' in a ? a.wait : ''}`);
  return a.now;
};

/** Two members, Stable at generation 2, m1 leading. */
function stableTwo(w: World): void {
  w.join({});
  w.advance(0);
  now(w.sync('m1', 1, { m1: 'a' }));
  assert.deepEqual(w.join({}), { wait: 'm2' });
  assert.equal(w.heartbeat('m1', 1), E.REBALANCE_IN_PROGRESS);
  assert.equal(now(w.join({ memberId: 'm1' })).generationId, 2);
  assert.equal((w.repliesTo('m2', 'join')[0] as JoinResult).generationId, 2);
  assert.deepEqual(w.sync('m2', 2), { wait: 'm2' });
  assert.equal(text(now(w.sync('m1', 2, { m1: 'A', m2: 'B' })).assignment), 'A');
  assert.equal(text((w.repliesTo('m2', 'sync')[0] as SyncResult).assignment), 'B');
  assert.equal(w.group!.state, 'Stable');
  w.replies = [];
}
const text = (b: Uint8Array): string => Buffer.from(b).toString();

test('the initial delay waits, and is extended while new members keep arriving, up to the rebalance timeout', () => {
  const w = new World({ ...config, initialRebalanceDelayMs: 300 });
  assert.deepEqual(w.join({ rebalanceTimeoutMs: 1000 }), { wait: 'm1' });
  w.advance(200);
  assert.deepEqual(w.join({ rebalanceTimeoutMs: 1000 }), { wait: 'm2' });
  w.advance(99);
  assert.equal(w.replies.length, 0, 'nothing before 300 ms');
  w.advance(1);
  assert.equal(w.replies.length, 0, 'a member arrived during the delay: it is extended by another 300 ms');
  w.advance(300);
  assert.deepEqual(w.replies.map((r) => [r.to, (r.result as JoinResult).generationId]), [['m1', 1], ['m2', 1]]);
  assert.equal(w.group!.state, 'CompletingRebalance');
});

test('a member whose session lapses is removed and the group rebalances without it', () => {
  const w = new World();
  stableTwo(w);
  w.advance(900);
  assert.equal(w.heartbeat('m1', 2), 0);
  w.advance(200);
  // m2 has been silent for 1100 ms of its 1000 ms session; m1 heartbeated 200 ms ago.
  assert.equal(w.group!.state, 'PreparingRebalance');
  assert.deepEqual([...w.group!.members.keys()], ['m1']);
  assert.equal(w.heartbeat('m2', 2), E.UNKNOWN_MEMBER_ID);
  const r = now(w.join({ memberId: 'm1' }));
  assert.deepEqual([r.generationId, r.members.map((m) => m.memberId)], [3, ['m1']]);
});

test('a member waiting in the join phase does not need to heartbeat while the others take their time', () => {
  const w = new World();
  stableTwo(w);
  assert.deepEqual(w.join({ memberId: 'm1' }), { wait: 'm1' });
  for (let i = 0; i < 6; i++) {
    w.advance(500);
    assert.equal(w.heartbeat('m2', 2), E.REBALANCE_IN_PROGRESS);
  }
  // 3 s without a heartbeat from m1, whose session is 1 s: still in the group.
  assert.equal(now(w.join({ memberId: 'm2' })).generationId, 3);
  assert.deepEqual(w.repliesTo('m1', 'join').map((r) => (r as JoinResult).generationId), [3]);
});

test('a new member that waits longer than the new-member timeout is dropped and its join answered', () => {
  const w = new World();
  stableTwo(w);
  assert.deepEqual(w.join({ rebalanceTimeoutMs: 10 * 60_000 }), { wait: 'm3' });
  // m1 and m2 never rejoin, but keep heartbeating; the rebalance timeout (10 min) is longer than 5 min.
  for (let t = 0; t < NEW_MEMBER_JOIN_TIMEOUT_MS; t += 500) {
    w.advance(500);
    w.heartbeat('m1', 2);
    w.heartbeat('m2', 2);
  }
  assert.deepEqual(w.repliesTo('m3', 'join').map((r) => r.errorCode), [E.UNKNOWN_MEMBER_ID]);
  assert.deepEqual([...w.group!.members.keys()], ['m1', 'm2']);
});

test('a member id handed out with MEMBER_ID_REQUIRED lapses after the session timeout and stops blocking the join phase', () => {
  const w = new World();
  stableTwo(w);
  const required = now(w.join({ requireKnownMemberId: true }));
  assert.deepEqual([required.errorCode, required.memberId], [E.MEMBER_ID_REQUIRED, 'm3']);
  // The leader rejoins; m2 too; the pending id (never used) holds the phase until it lapses.
  assert.deepEqual(w.join({ memberId: 'm1' }), { wait: 'm1' });
  assert.deepEqual(w.join({ memberId: 'm2' }), { wait: 'm2' });
  w.advance(999);
  assert.equal(w.replies.length, 0);
  w.advance(1);
  assert.deepEqual(w.replies.map((r) => [r.to, (r.result as JoinResult).generationId]), [['m1', 3], ['m2', 3]]);
});

test('members that never send SyncGroup are removed after the rebalance timeout; waiting followers are told to rejoin', () => {
  const w = new World();
  w.join({});
  w.join({});
  w.advance(0);
  assert.equal(w.group!.state, 'CompletingRebalance');
  assert.deepEqual(w.sync('m2', 1), { wait: 'm2' });
  // The leader m1 keeps heartbeating but never sends its SyncGroup.
  for (let i = 0; i < 10; i++) {
    w.advance(499);
    assert.equal(w.heartbeat('m1', 1), 0);
  }
  assert.deepEqual(w.repliesTo('m2', 'sync'), []);
  w.advance(10);
  // The leader m1 never synced: it is removed, the group rebalances, m2's SyncGroup gets REBALANCE_IN_PROGRESS.
  assert.deepEqual(w.repliesTo('m2', 'sync').map((r) => r.errorCode), [E.REBALANCE_IN_PROGRESS]);
  assert.deepEqual([...w.group!.members.keys()], ['m2']);
  assert.equal(w.group!.leaderId, 'm2');
  assert.equal(w.group!.state, 'PreparingRebalance');
});

test('a second JoinGroup from the same member supersedes the first, which is answered', () => {
  const w = new World();
  stableTwo(w);
  assert.deepEqual(w.join({ memberId: 'm1' }), { wait: 'm1' });
  assert.deepEqual(w.join({ memberId: 'm1' }), { wait: 'm1' });
  assert.deepEqual(w.repliesTo('m1', 'join').map((r) => r.errorCode), [E.REBALANCE_IN_PROGRESS]);
});

test('the leader leaving hands leadership to the next member; the last member leaving empties the group', () => {
  const w = new World();
  stableTwo(w);
  assert.equal(w.leave('m1'), 0);
  assert.equal(w.group!.leaderId, 'm2');
  const r = now(w.join({ memberId: 'm2' }));
  assert.deepEqual([r.generationId, r.leader, r.members.map((m) => m.memberId)], [3, 'm2', ['m2']]);
  assert.equal(w.leave('m2'), 0);
  assert.deepEqual([w.group!.state, w.group!.generationId, w.group!.members.size, w.group!.protocolType], ['Empty', 4, 0, 'consumer']);
  assert.equal(w.leave('m2'), E.UNKNOWN_MEMBER_ID);
});

test('a follower that rejoins with other metadata while Stable triggers a rebalance; with the same metadata it does not', () => {
  const w = new World();
  stableTwo(w);
  const same = now(w.join({ memberId: 'm2' }));
  assert.deepEqual([same.generationId, same.leader, same.members], [2, 'm1', []]);
  assert.equal(w.group!.state, 'Stable');
  assert.deepEqual(w.join({ memberId: 'm2', protocols: P('range', 'roundrobin') }), { wait: 'm2' });
  assert.equal(w.group!.state, 'PreparingRebalance');
});

test('a static member replaced during CompletingRebalance fences the old id’s waiting SyncGroup and rebalances', () => {
  const w = new World();
  w.join({});
  w.join({ groupInstanceId: 'i1' });
  w.advance(0);
  assert.equal(w.group!.state, 'CompletingRebalance');
  assert.deepEqual(w.sync('m2', 1), { wait: 'm2' });
  assert.deepEqual(w.join({ groupInstanceId: 'i1' }), { wait: 'm3' });
  assert.deepEqual(w.repliesTo('m2', 'sync').map((r) => r.errorCode), [E.FENCED_INSTANCE_ID]);
  assert.equal(w.group!.state, 'PreparingRebalance');
  assert.deepEqual([...w.group!.members.keys()], ['m1', 'm3'], 'the new id takes the old one’s place');
  assert.equal(w.group!.leaderId, 'm1');
});

test('subscribed topics are read from consumer metadata, including short version-1 bodies', () => {
  const v0 = Buffer.from([0, 0, 0, 0, 0, 1, 0, 1, 0x74, 0xff, 0xff, 0xff, 0xff]);
  assert.deepEqual(subscriptionTopics(v0), ['t']);
  const v1short = Buffer.from([0, 1, 0, 0, 0, 1, 0, 1, 0x74, 0xff, 0xff, 0xff, 0xff]);
  assert.deepEqual(subscriptionTopics(v1short), ['t']);
  const v9 = Buffer.concat([Buffer.from([0, 9, 0, 0, 0, 1, 0, 1, 0x74, 0xff, 0xff, 0xff, 0xff]), Buffer.from([0, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 1, 2])]);
  assert.deepEqual(subscriptionTopics(v9), ['t']);
  assert.equal(subscriptionTopics(Buffer.from([0, 0, 0, 0, 0, 1, 0, 9])), null);
});
