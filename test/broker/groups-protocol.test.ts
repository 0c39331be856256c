// The classic group protocol on the wire, request by request, against an in-process broker: the
// exact error codes and fields that real clients act on but hide (MEMBER_ID_REQUIRED and the
// generated id, leader election, protocol selection, generations, REBALANCE_IN_PROGRESS, fencing of
// static members, session and rebalance timeouts, the initial rebalance delay).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KafkaErrors as E } from '../../src/protocol/generated/error-codes.ts';
import {
  defaultDescribeGroupsRequest,
  defaultHeartbeatRequest,
  defaultJoinGroupRequest,
  defaultLeaveGroupRequest,
  defaultSyncGroupRequest,
  type JoinGroupRequest,
  type JoinGroupResponse,
} from '../../src/protocol/generated/index.ts';
import { subscription, Wire, withBroker } from './groups-wire.ts';

const TOPIC = 'orders';
const META = subscription([TOPIC]);

function joinRequest(groupId: string, over: Partial<JoinGroupRequest> = {}): JoinGroupRequest {
  return { ...defaultJoinGroupRequest(), groupId, sessionTimeoutMs: 10_000, rebalanceTimeoutMs: 10_000, protocolType: 'consumer', protocols: [{ name: 'range', metadata: META }], ...over };
}

/** The v4+ two-step join: MEMBER_ID_REQUIRED with an id, then the join that waits for the rebalance. */
async function joinNew(w: Wire, groupId: string, over: Partial<JoinGroupRequest> = {}, version = 5): Promise<{ memberId: string; joined: Promise<JoinGroupResponse> }> {
  const first = await w.request(11, version, joinRequest(groupId, over));
  assert.equal(first.errorCode, E.MEMBER_ID_REQUIRED);
  assert.equal(first.generationId, -1);
  return { memberId: first.memberId, joined: w.request(11, version, joinRequest(groupId, { ...over, memberId: first.memberId })) };
}

const sync = (w: Wire, groupId: string, generationId: number, memberId: string, assignments: Record<string, string> = {}, version = 3) =>
  w.request(14, version, { ...defaultSyncGroupRequest(), groupId, generationId, memberId, assignments: Object.entries(assignments).map(([m, a]) => ({ memberId: m, assignment: Buffer.from(a) })) });
const heartbeat = (w: Wire, groupId: string, generationId: number, memberId: string, groupInstanceId: string | null = null) =>
  w.request(12, 3, { ...defaultHeartbeatRequest(), groupId, generationId, memberId, groupInstanceId }).then((r) => r.errorCode);
const text = (b: Uint8Array): string => Buffer.from(b).toString();

test('join, sync, heartbeat and leave: member ids, leader, generations, assignments, rebalance on join and leave', { timeout: 30_000 }, async () => {
  await withBroker({}, async ({ port }) => {
    const a = await Wire.open(port, 'client-a');
    const b = await Wire.open(port, 'client-b');
    const admin = await Wire.open(port, 'admin');
    const g = 'g-basic';

    const ja = await joinNew(a, g);
    assert.match(ja.memberId, /^client-a-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const r1 = await ja.joined;
    assert.deepEqual(
      { errorCode: r1.errorCode, generationId: r1.generationId, protocolName: r1.protocolName, leader: r1.leader, memberId: r1.memberId },
      { errorCode: 0, generationId: 1, protocolName: 'range', leader: ja.memberId, memberId: ja.memberId },
    );
    assert.deepEqual(r1.members.map((m) => [m.memberId, Buffer.from(m.metadata).equals(META)]), [[ja.memberId, true]]);
    assert.equal(text((await sync(a, g, 1, ja.memberId, { [ja.memberId]: 'all-for-a' })).assignment), 'all-for-a');
    assert.equal(await heartbeat(a, g, 1, ja.memberId), 0);

    // b joins: the group prepares a rebalance; a learns of it from its heartbeat and rejoins.
    const jb = await joinNew(b, g);
    assert.equal(await heartbeat(a, g, 1, ja.memberId), E.REBALANCE_IN_PROGRESS);
    const [ra, rb] = await Promise.all([a.request(11, 5, joinRequest(g, { memberId: ja.memberId })), jb.joined]);
    assert.equal(ra.generationId, 2);
    assert.equal(rb.generationId, 2);
    assert.equal(ra.leader, ja.memberId);
    assert.equal(rb.leader, ja.memberId);
    assert.deepEqual(ra.members.map((m) => m.memberId), [ja.memberId, jb.memberId]);
    assert.deepEqual(rb.members, [], 'only the leader is told the members');

    // The follower's SyncGroup waits for the leader's; each gets its own assignment.
    const followerSync = sync(b, g, 2, jb.memberId);
    await new Promise((r) => setTimeout(r, 100));
    const leaderSync = await sync(a, g, 2, ja.memberId, { [ja.memberId]: 'p0,p1', [jb.memberId]: 'p2,p3' });
    assert.equal(text(leaderSync.assignment), 'p0,p1');
    assert.equal(text((await followerSync).assignment), 'p2,p3');

    assert.equal(await heartbeat(b, g, 1, jb.memberId), E.ILLEGAL_GENERATION);
    assert.equal(await heartbeat(b, g, 2, 'nobody'), E.UNKNOWN_MEMBER_ID);
    assert.equal(await heartbeat(b, 'no-such-group', 2, jb.memberId), E.UNKNOWN_MEMBER_ID);
    assert.equal((await sync(b, g, 1, jb.memberId)).errorCode, E.ILLEGAL_GENERATION);
    assert.equal((await sync(b, g, 2, 'nobody')).errorCode, E.UNKNOWN_MEMBER_ID);

    const described = (await admin.request(15, 4, { ...defaultDescribeGroupsRequest(), groups: [g] })).groups[0]!;
    assert.equal(described.groupState, 'Stable');
    assert.equal(described.protocolType, 'consumer');
    assert.equal(described.protocolData, 'range');
    assert.deepEqual(
      described.members.map((m) => [m.memberId, m.clientId, m.clientHost, Buffer.from(m.memberMetadata).equals(META), text(m.memberAssignment)]),
      [
        [ja.memberId, 'client-a', '/127.0.0.1', true, 'p0,p1'],
        [jb.memberId, 'client-b', '/127.0.0.1', true, 'p2,p3'],
      ],
    );

    // b leaves (v3 batch form); a is told to rejoin and is alone in generation 3.
    const left = await b.request(13, 3, { ...defaultLeaveGroupRequest(), groupId: g, members: [{ memberId: jb.memberId, groupInstanceId: null, reason: null }, { memberId: 'ghost', groupInstanceId: null, reason: null }] });
    assert.deepEqual(left.members.map((m) => [m.memberId, m.errorCode]), [[jb.memberId, 0], ['ghost', E.UNKNOWN_MEMBER_ID]]);
    assert.equal(left.errorCode, 0);
    assert.equal(await heartbeat(a, g, 2, ja.memberId), E.REBALANCE_IN_PROGRESS);
    const r3 = await a.request(11, 5, joinRequest(g, { memberId: ja.memberId }));
    assert.deepEqual([r3.generationId, r3.members.map((m) => m.memberId)], [3, [ja.memberId]]);
    // v0 LeaveGroup: the member's error is the response's error.
    assert.equal((await b.request(13, 0, { ...defaultLeaveGroupRequest(), groupId: g, memberId: jb.memberId })).errorCode, E.UNKNOWN_MEMBER_ID);
    assert.equal((await a.request(13, 1, { ...defaultLeaveGroupRequest(), groupId: g, memberId: ja.memberId })).errorCode, 0);
    const empty = (await admin.request(15, 0, { ...defaultDescribeGroupsRequest(), groups: [g, 'never-existed'] })).groups;
    assert.deepEqual(empty.map((x) => [x.groupId, x.errorCode, x.groupState, x.protocolType, x.members.length]), [
      [g, 0, 'Empty', 'consumer', 0],
      ['never-existed', 0, 'Dead', '', 0],
    ]);
    for (const w of [a, b, admin]) w.close();
  });
});

test('JoinGroup validation: session timeout bounds, protocol type and protocols, unknown member, v0-3 without the member-id step', { timeout: 30_000 }, async () => {
  await withBroker({ 'group.min.session.timeout.ms': '1000', 'group.max.session.timeout.ms': '20000' }, async ({ port }) => {
    const w = await Wire.open(port, 'v');
    const g = 'g-valid';
    assert.equal((await w.request(11, 5, joinRequest(g, { sessionTimeoutMs: 999 }))).errorCode, E.INVALID_SESSION_TIMEOUT);
    assert.equal((await w.request(11, 5, joinRequest(g, { sessionTimeoutMs: 20_001 }))).errorCode, E.INVALID_SESSION_TIMEOUT);
    assert.equal((await w.request(11, 5, joinRequest(g, { protocols: [] }))).errorCode, E.INCONSISTENT_GROUP_PROTOCOL);
    assert.equal((await w.request(11, 5, joinRequest(g, { protocolType: '' }))).errorCode, E.INCONSISTENT_GROUP_PROTOCOL);
    assert.equal((await w.request(11, 5, joinRequest('', {}))).errorCode, E.INVALID_GROUP_ID);
    assert.equal((await w.request(11, 5, joinRequest('g-nobody', { memberId: 'made-up' }))).errorCode, E.UNKNOWN_MEMBER_ID);

    // v3: no MEMBER_ID_REQUIRED step; the id comes with the join answer. v0 uses the session timeout as rebalance timeout.
    const old = await w.request(11, 3, joinRequest(g, { sessionTimeoutMs: 5000 }));
    assert.equal(old.errorCode, 0);
    assert.match(old.memberId, /^v-/);
    assert.equal(old.generationId, 1);
    await sync(w, g, 1, old.memberId, { [old.memberId]: 'x' }, 0);
    const other = await Wire.open(port, 'other');
    assert.equal((await other.request(11, 5, joinRequest(g, { protocolType: 'connect' }))).errorCode, E.INCONSISTENT_GROUP_PROTOCOL);
    assert.equal((await other.request(11, 5, joinRequest(g, { protocols: [{ name: 'sticky', metadata: META }] }))).errorCode, E.INCONSISTENT_GROUP_PROTOCOL);
    // SyncGroup v5 checks the protocol type and name.
    const s5 = (pt: string | null, pn: string | null) => w.request(14, 5, { ...defaultSyncGroupRequest(), groupId: g, generationId: 1, memberId: old.memberId, protocolType: pt, protocolName: pn });
    assert.equal((await s5('consumer', 'roundrobin')).errorCode, E.INCONSISTENT_GROUP_PROTOCOL);
    assert.equal((await s5('connect', 'range')).errorCode, E.INCONSISTENT_GROUP_PROTOCOL);
    const ok = await s5('consumer', 'range');
    assert.deepEqual([ok.errorCode, ok.protocolType, ok.protocolName, text(ok.assignment)], [0, 'consumer', 'range', 'x']);
    w.close();
    other.close();
  });
});

test('protocol selection: the protocol all members support, by vote, ties going to the leader’s preference', { timeout: 30_000 }, async () => {
  await withBroker({ 'group.initial.rebalance.delay.ms': '300' }, async ({ port }) => {
    const proto = (...names: string[]) => names.map((name) => ({ name, metadata: Buffer.from(`${name}-meta`) }));
    const [a, b, c] = await Promise.all([Wire.open(port, 'a'), Wire.open(port, 'b'), Wire.open(port, 'c')]);
    // a and b both support roundrobin and range, in opposite orders: one vote each, a (leader) prefers roundrobin.
    const ja = await joinNew(a, 'g-vote', { protocols: proto('roundrobin', 'range') });
    const jb = await joinNew(b, 'g-vote', { protocols: proto('range', 'roundrobin') });
    const [ra, rb] = await Promise.all([ja.joined, jb.joined]);
    assert.deepEqual([ra.protocolName, rb.protocolName, ra.leader], ['roundrobin', 'roundrobin', ja.memberId]);
    assert.deepEqual(ra.members.map((m) => text(m.metadata)), ['roundrobin-meta', 'roundrobin-meta']);
    // c supports only range: range is then the only protocol everyone supports.
    const jc = await joinNew(c, 'g-vote', { protocols: proto('range') });
    const [ra2, rb2, rc2] = await Promise.all([a.request(11, 5, joinRequest('g-vote', { memberId: ja.memberId, protocols: proto('roundrobin', 'range') })), b.request(11, 5, joinRequest('g-vote', { memberId: jb.memberId, protocols: proto('range', 'roundrobin') })), jc.joined]);
    assert.deepEqual([ra2.protocolName, rb2.protocolName, rc2.protocolName, ra2.generationId], ['range', 'range', 'range', 2]);
    assert.deepEqual(ra2.members.map((m) => text(m.metadata)), ['range-meta', 'range-meta', 'range-meta']);
    for (const w of [a, b, c]) w.close();
  });
});

test('the initial rebalance delay gathers members of a new group into its first generation', { timeout: 30_000 }, async () => {
  await withBroker({ 'group.initial.rebalance.delay.ms': '400' }, async ({ port }) => {
    const [a, b] = await Promise.all([Wire.open(port, 'a'), Wire.open(port, 'b')]);
    const started = Date.now();
    const ja = await joinNew(a, 'g-delay');
    await new Promise((r) => setTimeout(r, 150));
    const jb = await joinNew(b, 'g-delay');
    const [ra, rb] = await Promise.all([ja.joined, jb.joined]);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 400, `answered after ${elapsed} ms, not before the 400 ms delay`);
    assert.deepEqual([ra.generationId, rb.generationId, ra.members.length], [1, 1, 2]);
    a.close();
    b.close();
  });
});

test('a member that stops heartbeating is removed after its session timeout and the group rebalances', { timeout: 30_000 }, async () => {
  await withBroker({ 'group.min.session.timeout.ms': '100' }, async ({ port }) => {
    const [a, b] = await Promise.all([Wire.open(port, 'a'), Wire.open(port, 'b')]);
    const g = 'g-expire';
    const ja = await joinNew(a, g, { sessionTimeoutMs: 600, rebalanceTimeoutMs: 5000 });
    await ja.joined;
    const jb = await joinNew(b, g, { sessionTimeoutMs: 600, rebalanceTimeoutMs: 5000 });
    const [ra] = await Promise.all([a.request(11, 5, joinRequest(g, { memberId: ja.memberId, sessionTimeoutMs: 600, rebalanceTimeoutMs: 5000 })), jb.joined]);
    assert.equal(ra.generationId, 2);
    await Promise.all([sync(a, g, 2, ja.memberId, { [ja.memberId]: 'A', [jb.memberId]: 'B' }), sync(b, g, 2, jb.memberId)]);
    // a heartbeats every 100 ms; b is silent. Within b's 600 ms session plus a bit, a is told to rejoin.
    const started = Date.now();
    let code = 0;
    while (code === 0 && Date.now() - started < 5000) {
      await new Promise((r) => setTimeout(r, 100));
      code = await heartbeat(a, g, 2, ja.memberId);
    }
    const waited = Date.now() - started;
    assert.equal(code, E.REBALANCE_IN_PROGRESS);
    assert.ok(waited >= 450 && waited < 2000, `b expired after ${waited} ms`);
    const r3 = await a.request(11, 5, joinRequest(g, { memberId: ja.memberId, sessionTimeoutMs: 600, rebalanceTimeoutMs: 5000 }));
    assert.deepEqual([r3.generationId, r3.members.map((m) => m.memberId)], [3, [ja.memberId]]);
    assert.equal(await heartbeat(b, g, 2, jb.memberId), E.UNKNOWN_MEMBER_ID);
    a.close();
    b.close();
  });
});

test('members that do not rejoin within the rebalance timeout are dropped, and the others answered', { timeout: 30_000 }, async () => {
  await withBroker({}, async ({ port }) => {
    const [a, b] = await Promise.all([Wire.open(port, 'a'), Wire.open(port, 'b')]);
    const g = 'g-rebalance-timeout';
    const opts = { sessionTimeoutMs: 30_000, rebalanceTimeoutMs: 700 };
    const ja = await joinNew(a, g, opts);
    await ja.joined;
    const jb = await joinNew(b, g, opts);
    await Promise.all([a.request(11, 5, joinRequest(g, { ...opts, memberId: ja.memberId })), jb.joined]);
    await Promise.all([sync(a, g, 2, ja.memberId, {}), sync(b, g, 2, jb.memberId)]);
    // The leader rejoining forces a rebalance; b (long session, no heartbeats) never rejoins.
    const started = Date.now();
    const r = await a.request(11, 5, joinRequest(g, { ...opts, memberId: ja.memberId }));
    const waited = Date.now() - started;
    assert.ok(waited >= 650 && waited < 3000, `join answered after ${waited} ms`);
    assert.deepEqual([r.errorCode, r.generationId, r.members.map((m) => m.memberId)], [0, 3, [ja.memberId]]);
    assert.equal(await heartbeat(b, g, 2, jb.memberId), E.UNKNOWN_MEMBER_ID);
    a.close();
    b.close();
  });
});

test('static membership: a restarted instance takes over its member without a rebalance, the old id is fenced', { timeout: 30_000 }, async () => {
  await withBroker({}, async ({ port }) => {
    const [d, s1, s2, admin] = await Promise.all([Wire.open(port, 'dyn'), Wire.open(port, 'stat'), Wire.open(port, 'stat'), Wire.open(port, 'admin')]);
    const g = 'g-static';
    const jd = await joinNew(d, g);
    await jd.joined;
    // A static member joins without the MEMBER_ID_REQUIRED step; its id starts with its instance id.
    const js = s1.request(11, 5, joinRequest(g, { groupInstanceId: 'inst-1' }));
    const [rd, rs] = await Promise.all([d.request(11, 5, joinRequest(g, { memberId: jd.memberId })), js]);
    assert.match(rs.memberId, /^inst-1-/);
    assert.deepEqual([rd.generationId, rs.generationId, rd.leader], [2, 2, jd.memberId]);
    const oldId = rs.memberId;
    await Promise.all([sync(d, g, 2, jd.memberId, { [jd.memberId]: 'for-dyn', [oldId]: 'for-static' }), sync(s1, g, 2, oldId, {}, 3)]);

    // The instance restarts: same instance id, no member id, same protocols.
    const again = await s2.request(11, 5, joinRequest(g, { groupInstanceId: 'inst-1' }));
    assert.equal(again.errorCode, 0);
    assert.notEqual(again.memberId, oldId);
    assert.match(again.memberId, /^inst-1-/);
    assert.deepEqual([again.generationId, again.leader, again.members], [2, jd.memberId, []]);
    const got = await s2.request(14, 3, { ...defaultSyncGroupRequest(), groupId: g, generationId: 2, memberId: again.memberId, groupInstanceId: 'inst-1' });
    assert.equal(text(got.assignment), 'for-static', 'the restarted instance keeps its assignment');
    assert.equal(await heartbeat(d, g, 2, jd.memberId), 0, 'no rebalance');
    assert.equal(await heartbeat(s1, g, 2, oldId, 'inst-1'), E.FENCED_INSTANCE_ID);
    assert.equal((await s1.request(11, 5, joinRequest(g, { memberId: oldId, groupInstanceId: 'inst-1' }))).errorCode, E.FENCED_INSTANCE_ID);
    assert.equal(await heartbeat(s2, g, 2, again.memberId, 'inst-1'), 0);
    const desc = (await admin.request(15, 4, { ...defaultDescribeGroupsRequest(), groups: [g] })).groups[0]!;
    assert.deepEqual(desc.members.map((m) => [m.memberId, m.groupInstanceId, text(m.memberAssignment)]), [
      [jd.memberId, null, 'for-dyn'],
      [again.memberId, 'inst-1', 'for-static'],
    ]);

    // An administrator removes the static member by instance id alone; the group rebalances.
    const left = await admin.request(13, 4, { ...defaultLeaveGroupRequest(), groupId: g, members: [{ memberId: '', groupInstanceId: 'inst-1', reason: 'admin' }, { memberId: '', groupInstanceId: 'inst-9', reason: null }] });
    assert.deepEqual(left.members.map((m) => [m.groupInstanceId, m.errorCode]), [['inst-1', 0], ['inst-9', E.UNKNOWN_MEMBER_ID]]);
    assert.equal(await heartbeat(d, g, 2, jd.memberId), E.REBALANCE_IN_PROGRESS);
    for (const w of [d, s1, s2, admin]) w.close();
  });
});

test('a static leader that restarts in a stable group is told to skip the assignment (v9), or not told it leads (older versions)', { timeout: 30_000 }, async () => {
  await withBroker({}, async ({ port }) => {
    const [s1, s2, s3] = await Promise.all([Wire.open(port, 's'), Wire.open(port, 's'), Wire.open(port, 's')]);
    const g = 'g-static-leader';
    const r1 = await s1.request(11, 9, joinRequest(g, { groupInstanceId: 'lead' }));
    await s1.request(14, 5, { ...defaultSyncGroupRequest(), groupId: g, generationId: 1, memberId: r1.memberId, groupInstanceId: 'lead', protocolType: 'consumer', protocolName: 'range', assignments: [{ memberId: r1.memberId, assignment: Buffer.from('mine') }] });
    const r2 = await s2.request(11, 9, joinRequest(g, { groupInstanceId: 'lead' }));
    assert.deepEqual([r2.errorCode, r2.generationId, r2.leader, r2.skipAssignment, r2.members.map((m) => m.groupInstanceId)], [0, 1, r2.memberId, true, ['lead']]);
    const r3 = await s3.request(11, 7, joinRequest(g, { groupInstanceId: 'lead' }));
    assert.deepEqual([r3.errorCode, r3.generationId, r3.leader, r3.members], [0, 1, r2.memberId, []]);
    const got = await s3.request(14, 5, { ...defaultSyncGroupRequest(), groupId: g, generationId: 1, memberId: r3.memberId, groupInstanceId: 'lead', protocolType: 'consumer', protocolName: 'range', assignments: [] });
    assert.equal(text(got.assignment), 'mine');
    for (const w of [s1, s2, s3]) w.close();
  });
});
