// Committed offsets and group administration on the wire: OffsetCommit (simple and member
// commits, metadata strings, leader epochs, every validation error), OffsetFetch (v1, null topics,
// multi-group v8), OffsetDelete, DeleteGroups, ListGroups filters and FindCoordinator forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KafkaErrors as E } from '../../src/protocol/generated/error-codes.ts';
import {
  defaultDeleteGroupsRequest,
  defaultFindCoordinatorRequest,
  defaultJoinGroupRequest,
  defaultListGroupsRequest,
  defaultOffsetCommitRequest,
  defaultOffsetDeleteRequest,
  defaultOffsetFetchRequest,
  defaultSyncGroupRequest,
  type OffsetCommitRequest,
} from '../../src/protocol/generated/index.ts';
import { removeDir, startBroker, subscription, Wire, type TestBroker } from './groups-wire.ts';

async function withBroker(fn: (b: TestBroker) => Promise<void>): Promise<void> {
  const b = await startBroker();
  try {
    b.broker.log.createTopic('orders', 3);
    b.broker.log.createTopic('other', 1);
    await fn(b);
  } finally {
    await b.stop();
    removeDir(b.dir);
  }
}

type Part = [partition: number, offset: number, metadata?: string | null, epoch?: number];
const commitBody = (groupId: string, topics: Record<string, Part[]>, who: Partial<OffsetCommitRequest> = {}): OffsetCommitRequest => ({
  ...defaultOffsetCommitRequest(),
  groupId,
  ...who,
  topics: Object.entries(topics).map(([name, parts]) => ({
    name,
    partitions: parts.map(([partitionIndex, offset, metadata = '', epoch = -1]) => ({ partitionIndex, committedOffset: BigInt(offset), committedLeaderEpoch: epoch, commitTimestamp: -1n, committedMetadata: metadata })),
  })),
});
const codes = (r: { topics: { name: string; partitions: { partitionIndex: number; errorCode: number }[] }[] }) => r.topics.flatMap((t) => t.partitions.map((p) => `${t.name}/${p.partitionIndex}:${p.errorCode}`));

/** A one-member group joined and synced over `w`: its member id, generation 1. */
async function oneMemberGroup(w: Wire, groupId: string, protocolType = 'consumer', groupInstanceId: string | null = null): Promise<string> {
  const join = { ...defaultJoinGroupRequest(), groupId, sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, protocolType, groupInstanceId, protocols: [{ name: 'range', metadata: subscription(['orders']) }] };
  const first = await w.request(11, 5, join);
  const memberId = first.errorCode === E.MEMBER_ID_REQUIRED ? (await w.request(11, 5, { ...join, memberId: first.memberId })).memberId : first.memberId;
  await w.request(14, 3, { ...defaultSyncGroupRequest(), groupId, generationId: 1, memberId, groupInstanceId, assignments: [] });
  return memberId;
}

test('OffsetCommit and OffsetFetch: simple commits, metadata strings, leader epochs, unknown partitions, multi-group fetch', { timeout: 30_000 }, async () => {
  await withBroker(async ({ port }) => {
    const w = await Wire.open(port, 'offsets');
    const big = 'x'.repeat(4097);
    const c1 = await w.request(8, 2, commitBody('g-simple', { orders: [[0, 10, 'meta-0'], [1, 20, null], [7, 5]], nope: [[0, 1]], other: [[0, 3, big]] }));
    assert.deepEqual(codes(c1), ['orders/0:0', 'orders/1:0', `orders/7:${E.UNKNOWN_TOPIC_OR_PARTITION}`, `nope/0:${E.UNKNOWN_TOPIC_OR_PARTITION}`, `other/0:${E.OFFSET_METADATA_TOO_LARGE}`]);
    assert.deepEqual(codes(await w.request(8, 6, commitBody('g-simple', { orders: [[2, 30, 'epoch', 3]] }))), ['orders/2:0']);
    // A commit naming a generation for a group that does not exist comes from a stale member.
    assert.deepEqual(codes(await w.request(8, 5, commitBody('g-none', { orders: [[0, 1]] }, { generationIdOrMemberEpoch: 4, memberId: 'm' }))), [`orders/0:${E.ILLEGAL_GENERATION}`]);

    const f1 = await w.request(9, 1, { ...defaultOffsetFetchRequest(), groupId: 'g-simple', topics: [{ name: 'orders', partitionIndexes: [0, 1, 2] }, { name: 'nope', partitionIndexes: [0] }] });
    assert.deepEqual(
      f1.topics.map((t) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.metadata, p.errorCode])]),
      [
        ['orders', [[0, 10n, 'meta-0', 0], [1, 20n, '', 0], [2, 30n, 'epoch', 0]]],
        ['nope', [[0, -1n, '', 0]]],
      ],
    );
    const f5 = await w.request(9, 5, { ...defaultOffsetFetchRequest(), groupId: 'g-simple', topics: null });
    assert.deepEqual(f5.errorCode, 0);
    assert.deepEqual(
      f5.topics.map((t) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.committedLeaderEpoch])]),
      [['orders', [[0, 10n, -1], [1, 20n, -1], [2, 30n, 3]]]],
    );
    const unknownGroup = await w.request(9, 6, { ...defaultOffsetFetchRequest(), groupId: 'g-unknown', topics: [{ name: 'orders', partitionIndexes: [0] }] });
    assert.deepEqual(unknownGroup.topics[0]!.partitions.map((p) => [p.committedOffset, p.errorCode]), [[-1n, 0]]);

    const f8 = await w.request(9, 8, {
      ...defaultOffsetFetchRequest(),
      groups: [
        { groupId: 'g-simple', memberId: null, memberEpoch: -1, topics: [{ name: 'orders', partitionIndexes: [1] }] },
        { groupId: 'g-unknown', memberId: null, memberEpoch: -1, topics: null },
      ],
    });
    assert.deepEqual(
      f8.groups.map((g) => [g.groupId, g.errorCode, g.topics.map((t) => [t.name, t.partitions.map((p) => [p.partitionIndex, p.committedOffset, p.metadata])])]),
      [
        ['g-simple', 0, [['orders', [[1, 20n, '']]]]],
        ['g-unknown', 0, []],
      ],
    );
    w.close();
  });
});

test('OffsetCommit from group members: generation, member and instance checks; not while the member awaits its assignment', { timeout: 30_000 }, async () => {
  await withBroker(async ({ port }) => {
    const [a, b] = await Promise.all([Wire.open(port, 'a'), Wire.open(port, 'b')]);
    const g = 'g-members';
    const ma = await oneMemberGroup(a, g);
    const commit = (who: Partial<OffsetCommitRequest>, v = 5) => a.request(8, v, commitBody(g, { orders: [[0, 42, 'by-a']] }, who)).then(codes);
    assert.deepEqual(await commit({ generationIdOrMemberEpoch: 1, memberId: ma }), ['orders/0:0']);
    assert.deepEqual(await commit({ generationIdOrMemberEpoch: 0, memberId: ma }), [`orders/0:${E.ILLEGAL_GENERATION}`]);
    assert.deepEqual(await commit({ generationIdOrMemberEpoch: 1, memberId: 'stranger' }), [`orders/0:${E.UNKNOWN_MEMBER_ID}`]);
    // A simple commit (no generation, no member) is refused while the group has members.
    assert.deepEqual(await commit({}, 2), [`orders/0:${E.UNKNOWN_MEMBER_ID}`]);
    assert.deepEqual(await commit({ generationIdOrMemberEpoch: 1, memberId: ma, groupInstanceId: 'not-in-group' }, 7), [`orders/0:${E.UNKNOWN_MEMBER_ID}`]);

    // b joins, a rejoins: the group waits for SyncGroup, and a member's commit is REBALANCE_IN_PROGRESS.
    const join = { ...defaultJoinGroupRequest(), groupId: g, sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, protocolType: 'consumer', protocols: [{ name: 'range', metadata: subscription(['orders']) }] };
    const idB = (await b.request(11, 5, join)).memberId;
    const [ra] = await Promise.all([a.request(11, 5, { ...join, memberId: ma }), b.request(11, 5, { ...join, memberId: idB })]);
    assert.equal(ra.generationId, 2);
    assert.deepEqual(await commit({ generationIdOrMemberEpoch: 2, memberId: ma }), [`orders/0:${E.REBALANCE_IN_PROGRESS}`]);
    const fetched = await a.request(9, 5, { ...defaultOffsetFetchRequest(), groupId: g, topics: null });
    assert.deepEqual(fetched.topics.map((t) => t.partitions.map((p) => [p.committedOffset, p.metadata])), [[[42n, 'by-a']]]);

    const s = await Wire.open(port, 's');
    const ms = await oneMemberGroup(s, 'g-static-commit', 'consumer', 'inst');
    const scommit = (memberId: string) => s.request(8, 7, commitBody('g-static-commit', { orders: [[1, 5]] }, { generationIdOrMemberEpoch: 1, memberId, groupInstanceId: 'inst' })).then(codes);
    assert.deepEqual(await scommit('someone-else'), [`orders/1:${E.FENCED_INSTANCE_ID}`]);
    assert.deepEqual(await scommit(ms), ['orders/1:0']);
    for (const w of [a, b, s]) w.close();
  });
});

test('OffsetDelete and DeleteGroups: subscribed topics are protected, non-empty groups are not deleted', { timeout: 30_000 }, async () => {
  await withBroker(async ({ port }) => {
    const [w, c] = await Promise.all([Wire.open(port, 'w'), Wire.open(port, 'c')]);
    const g = 'g-del';
    const m = await oneMemberGroup(w, g);
    await w.request(8, 5, commitBody(g, { orders: [[0, 1], [1, 2]], other: [[0, 3]] }, { generationIdOrMemberEpoch: 1, memberId: m }));
    await w.request(8, 2, commitBody('g-idle', { orders: [[0, 7], [1, 8]] }));
    const del = (groupId: string, topics: Record<string, number[]>) =>
      w.request(47, 0, { ...defaultOffsetDeleteRequest(), groupId, topics: Object.entries(topics).map(([name, ps]) => ({ name, partitions: ps.map((partitionIndex) => ({ partitionIndex })) })) });
    // The member subscribes to "orders" (its ConsumerProtocolSubscription), not to "other".
    const d1 = await del(g, { orders: [0], other: [0], nope: [0] });
    assert.equal(d1.errorCode, 0);
    assert.deepEqual(codes(d1), [`orders/0:${E.GROUP_SUBSCRIBED_TO_TOPIC}`, 'other/0:0', `nope/0:${E.UNKNOWN_TOPIC_OR_PARTITION}`]);
    const left = await w.request(9, 5, { ...defaultOffsetFetchRequest(), groupId: g, topics: null });
    assert.deepEqual(left.topics.map((t) => [t.name, t.partitions.map((p) => p.partitionIndex)]), [['orders', [0, 1]]]);
    assert.equal((await del('g-unknown', { orders: [0] })).errorCode, E.GROUP_ID_NOT_FOUND);
    // A group of another protocol type with members: its offsets stay.
    await oneMemberGroup(c, 'g-connect', 'connect');
    await w.request(8, 2, commitBody('g-connect-offsets', { orders: [[0, 1]] }));
    assert.equal((await del('g-connect', { orders: [0] })).errorCode, E.NON_EMPTY_GROUP);
    // An empty group: deleted.
    assert.deepEqual(codes(await del('g-idle', { orders: [1] })), ['orders/1:0']);
    const idle = await w.request(9, 1, { ...defaultOffsetFetchRequest(), groupId: 'g-idle', topics: [{ name: 'orders', partitionIndexes: [0, 1] }] });
    assert.deepEqual(idle.topics[0]!.partitions.map((p) => p.committedOffset), [7n, -1n]);

    const dg = await w.request(42, 2, { ...defaultDeleteGroupsRequest(), groupsNames: [g, 'g-idle', 'g-never'] });
    assert.deepEqual(dg.results.map((r) => [r.groupId, r.errorCode]), [[g, E.NON_EMPTY_GROUP], ['g-idle', 0], ['g-never', E.GROUP_ID_NOT_FOUND]]);
    const gone = await w.request(9, 5, { ...defaultOffsetFetchRequest(), groupId: 'g-idle', topics: null });
    assert.deepEqual(gone.topics, []);
    // Once its member leaves, the group can be deleted, offsets and all.
    await w.request(13, 3, { groupId: g, memberId: '', members: [{ memberId: m, groupInstanceId: null, reason: null }] });
    assert.deepEqual((await w.request(42, 0, { ...defaultDeleteGroupsRequest(), groupsNames: [g] })).results.map((r) => r.errorCode), [0]);
    assert.deepEqual((await w.request(9, 5, { ...defaultOffsetFetchRequest(), groupId: g, topics: null })).topics, []);
    w.close();
    c.close();
  });
});

test('ListGroups with state and type filters; FindCoordinator in its single and batched forms', { timeout: 30_000 }, async () => {
  await withBroker(async ({ broker, port }) => {
    const [w, m] = await Promise.all([Wire.open(port, 'w'), Wire.open(port, 'm')]);
    await oneMemberGroup(m, 'g-stable');
    await w.request(8, 2, commitBody('g-offsets-only', { orders: [[0, 1]] }));
    const list = async (v: number, statesFilter: string[] = [], typesFilter: string[] = []) =>
      (await w.request(16, v, { ...defaultListGroupsRequest(), statesFilter, typesFilter })).groups.map((g) => [g.groupId, g.protocolType, g.groupState, g.groupType]);
    assert.deepEqual(await list(0), [['g-offsets-only', '', '', ''], ['g-stable', 'consumer', '', '']]);
    assert.deepEqual(await list(4), [['g-offsets-only', '', 'Empty', ''], ['g-stable', 'consumer', 'Stable', '']]);
    assert.deepEqual(await list(4, ['stable']), [['g-stable', 'consumer', 'Stable', '']]);
    assert.deepEqual(await list(4, ['Empty', 'PreparingRebalance']), [['g-offsets-only', '', 'Empty', '']]);
    assert.deepEqual(await list(5, [], ['classic']), [['g-offsets-only', '', 'Empty', 'classic'], ['g-stable', 'consumer', 'Stable', 'classic']]);
    assert.deepEqual(await list(5, [], ['consumer']), []);

    const me = broker.advertised();
    const f0 = await w.request(10, 0, { ...defaultFindCoordinatorRequest(), key: 'g-stable' });
    assert.deepEqual([f0.errorCode, f0.nodeId, f0.host, f0.port], [0, 1, me.host, me.port]);
    const f2 = await w.request(10, 2, { ...defaultFindCoordinatorRequest(), key: 'txn-1', keyType: 1 });
    assert.deepEqual([f2.errorCode, f2.nodeId, f2.port], [0, 1, me.port]);
    const f4 = await w.request(10, 4, { ...defaultFindCoordinatorRequest(), keyType: 0, coordinatorKeys: ['a', 'b'] });
    assert.deepEqual(f4.coordinators.map((c) => [c.key, c.nodeId, c.host, c.port, c.errorCode]), [['a', 1, me.host, me.port, 0], ['b', 1, me.host, me.port, 0]]);
    const bad = await w.request(10, 3, { ...defaultFindCoordinatorRequest(), key: 'x', keyType: 7 });
    assert.deepEqual([bad.errorCode, bad.nodeId], [E.INVALID_REQUEST, -1]);
    w.close();
    m.close();
  });
});
