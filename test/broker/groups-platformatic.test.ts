// Consumer groups with @platformatic/kafka, which speaks only flexible versions (JoinGroup v9,
// SyncGroup v5, Heartbeat v4, LeaveGroup v5, OffsetCommit/OffsetFetch v9, FindCoordinator v6,
// DescribeGroups v5, ListGroups v5, DeleteGroups v2, OffsetDelete v0), against an in-process broker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Admin, Consumer, FindCoordinatorKeyTypes, Producer, stringDeserializers, stringSerializers, type GroupAssignment, type MessagesStream } from '@platformatic/kafka';
import { eventually, removeDir, startBroker, type TestBroker } from './groups-wire.ts';

type StringConsumer = Consumer<string, string, string, string>;

interface Got {
  readonly member: string;
  readonly partition: number;
  readonly offset: bigint;
  readonly value: string;
}

function consumer(port: number, groupId: string, clientId: string, groupInstanceId?: string): StringConsumer {
  return new Consumer({
    groupId,
    clientId,
    bootstrapBrokers: [`127.0.0.1:${port}`],
    sessionTimeout: 10_000,
    rebalanceTimeout: 15_000,
    heartbeatInterval: 200,
    maxWaitTime: 200,
    deserializers: stringDeserializers,
    ...(groupInstanceId === undefined ? {} : { groupInstanceId }),
  });
}

async function consume(c: StringConsumer, topic: string, got: Got[], autocommit: boolean | number = false): Promise<MessagesStream<string, string, string, string>> {
  // Partitions start at the committed offset, or at the beginning when nothing is committed.
  const stream = await c.consume({ topics: [topic], mode: 'committed', fallbackMode: 'earliest', autocommit });
  stream.on('data', (m) => got.push({ member: c.clientId, partition: m.partition, offset: m.offset, value: m.value }));
  // Fetch errors once the broker stops at the end of a test are not what is tested here.
  stream.on('error', () => {});
  // Fetch errors after the broker stops at the end of a test are not what is tested here.
  stream.on('error', () => {});
  return stream;
}

/** The Kafka error names (apiId) anywhere in a @platformatic/kafka error and the errors it aggregates. */
function kafkaErrors(err: unknown): string[] {
  const e = err as { apiId?: string; errors?: unknown[] } | null;
  if (e === null || typeof e !== 'object') return [];
  return [...(e.apiId === undefined ? [] : [e.apiId]), ...(e.errors ?? []).flatMap(kafkaErrors)];
}

/** Asserts that `p` rejects with exactly this Kafka error. */
async function rejectsWith(p: Promise<unknown>, name: string): Promise<void> {
  await assert.rejects(p, (err) => {
    assert.deepEqual([...new Set(kafkaErrors(err))], [name]);
    return true;
  });
}

const partitionsOf = (c: StringConsumer, topic: string): number[] => [...(c.assignments?.find((a: GroupAssignment) => a.topic === topic)?.partitions ?? [])].sort((x, y) => x - y);

type Client = Admin | Producer<string, string, string, string> | StringConsumer;

/** Runs `fn` against a fresh broker; clients it registers with `track` are closed before the broker stops. */
async function withBroker(fn: (b: TestBroker, bootstrap: string[], track: <T extends Client>(c: T) => T) => Promise<void>): Promise<void> {
  const b = await startBroker();
  const clients: Client[] = [];
  try {
    await fn(b, [`127.0.0.1:${b.port}`], (c) => {
      clients.push(c);
      return c;
    });
  } finally {
    for (const c of clients.reverse()) {
      const closing = (c instanceof Consumer ? c.close(true) : c instanceof Producer ? c.close(true) : c.close()) as Promise<void>;
      await closing.catch(() => {});
    }
    await b.stop();
    removeDir(b.dir);
  }
}

async function produceEach(producer: Producer<string, string, string, string>, topic: string, partitions: number, round: string, n: number): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (let p = 0; p < partitions; p++) {
    const values = Array.from({ length: n }, (_, i) => `${round}-p${p}-${i}`);
    await producer.send({ messages: values.map((value) => ({ topic, partition: p, key: `k${p}`, value })) });
    out.set(p, values);
  }
  return out;
}

test('@platformatic/kafka: two consumers share the partitions, commit, and the survivor takes over when one leaves', { timeout: 90_000 }, async () => {
  await withBroker(async ({ port }, bootstrapBrokers, track) => {
    const topic = 'plat-shared';
    const admin = track(new Admin({ clientId: 'admin', bootstrapBrokers }));
    await admin.createTopics({ topics: [topic], partitions: 4, replicas: 1 });
    const producer = track(new Producer({ clientId: 'producer', bootstrapBrokers, serializers: stringSerializers }));
    const got: Got[] = [];
    const a = track(consumer(port, 'g-plat', 'alpha'));
    const b = track(consumer(port, 'g-plat', 'beta'));
    await consume(a, topic, got, 100);
    const sb = await consume(b, topic, got, 100);
    await eventually('two partitions each, one generation', () =>
      partitionsOf(a, topic).length === 2 && partitionsOf(b, topic).length === 2 && a.generationId === b.generationId ? true : undefined,
    );
    assert.deepEqual([...partitionsOf(a, topic), ...partitionsOf(b, topic)].sort(), [0, 1, 2, 3]);
    const one = await produceEach(producer, topic, 4, 'one', 4);
    await eventually('16 records', () => (got.length >= 16 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    for (const [p, values] of one) {
      const owner = partitionsOf(a, topic).includes(p) ? 'alpha' : 'beta';
      assert.deepEqual(got.filter((g) => g.partition === p).map((g) => [g.member, g.offset, g.value]), values.map((v, i) => [owner, BigInt(i), v]));
    }
    // Autocommit reached the end of every partition (OffsetCommit v9, read back with OffsetFetch v9).
    await eventually('offsets committed', async () => {
      const [group] = await admin.listConsumerGroupOffsets({ groups: ['g-plat'] });
      const offsets = group!.topics.find((t) => t.name === topic)?.partitions.map((p) => [p.partitionIndex, p.committedOffset]).sort();
      return JSON.stringify(offsets, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) === '[[0,4],[1,4],[2,4],[3,4]]' ? true : undefined;
    });
    const described = (await admin.describeGroups({ groups: ['g-plat'] })).get('g-plat')!;
    assert.equal(described.state, 'STABLE');
    assert.equal(described.protocolType, 'consumer');
    assert.equal(described.protocol, 'roundrobin');
    assert.deepEqual([...described.members.values()].map((m) => m.clientId).sort(), ['alpha', 'beta']);

    await sb.close();
    await b.close();
    await eventually('alpha owns every partition', () => (partitionsOf(a, topic).length === 4 ? true : undefined));
    const before = got.length;
    const two = await produceEach(producer, topic, 4, 'two', 2);
    await eventually('8 more records', () => (got.length >= before + 8 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    for (const [p, values] of two) {
      assert.deepEqual(got.slice(before).filter((g) => g.partition === p).map((g) => [g.member, g.offset, g.value]), values.map((v, i) => ['alpha', BigInt(4 + i), v]));
    }
  });
});

test('@platformatic/kafka: a static member restarted under the same group.instance.id keeps its assignment, without a rebalance', { timeout: 90_000 }, async () => {
  await withBroker(async ({ port }, bootstrapBrokers, track) => {
    const topic = 'plat-static';
    const admin = track(new Admin({ clientId: 'admin', bootstrapBrokers }));
    await admin.createTopics({ topics: [topic], partitions: 4, replicas: 1 });
    const got: Got[] = [];
    const dyn = track(consumer(port, 'g-static', 'dyn'));
    let dynJoins = 0;
    dyn.on('consumer:group:join', () => dynJoins++);
    const s1 = track(consumer(port, 'g-static', 'stat-1', 'instance-1'));
    const fenced: string[] = [];
    s1.on('consumer:heartbeat:error', (e) => fenced.push(...kafkaErrors(e.error)));
    await consume(dyn, topic, got);
    const stream1 = await consume(s1, topic, got);
    await eventually('both assigned in one generation', () => (partitionsOf(dyn, topic).length === 2 && partitionsOf(s1, topic).length === 2 && dyn.generationId === s1.generationId ? true : undefined));
    const generation = dyn.generationId;
    const joinsBefore = dynJoins;
    const staticPartitions = partitionsOf(s1, topic);

    // The instance "restarts": a new client with the same group.instance.id joins.
    const s2 = track(consumer(port, 'g-static', 'stat-2', 'instance-1'));
    await consume(s2, topic, got);
    await eventually('the new instance has its assignment', () => (partitionsOf(s2, topic).length > 0 ? true : undefined));
    assert.deepEqual(partitionsOf(s2, topic), staticPartitions, 'same partitions as before the restart');
    assert.equal(s2.generationId, generation, 'same generation: no rebalance');
    assert.notEqual(s2.memberId, s1.memberId);
    assert.match(s2.memberId!, /^instance-1-/);
    // The old instance is fenced at its next heartbeat; the other member never rebalances.
    await eventually('the old instance is fenced', () => (fenced.includes('FENCED_INSTANCE_ID') ? true : undefined));
    await stream1.close();
    await s1.close();
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(dyn.generationId, generation);
    assert.equal(dynJoins, joinsBefore);

    const described = (await admin.describeGroups({ groups: ['g-static'] })).get('g-static')!;
    assert.equal(described.state, 'STABLE');
    assert.deepEqual([...described.members.values()].map((m) => [m.id, m.groupInstanceId, m.clientId]).sort(), [[dyn.memberId, null, 'dyn'], [s2.memberId, 'instance-1', 'stat-2']].sort());
    const assigned = [...described.members.values()].find((m) => m.groupInstanceId === 'instance-1')!.assignments!;
    assert.deepEqual([...assigned.values()].map((x) => [x.topic, [...x.partitions].sort()]), [[topic, staticPartitions]]);

    // Records still reach whoever owns their partition.
    const producer = track(new Producer({ clientId: 'producer', bootstrapBrokers, serializers: stringSerializers }));
    const sent = await produceEach(producer, topic, 4, 'after', 2);
    await eventually('8 records', () => (got.length >= 8 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    for (const [p, values] of sent) {
      const owner = staticPartitions.includes(p) ? 'stat-2' : 'dyn';
      assert.deepEqual(got.filter((g) => g.partition === p).map((g) => [g.member, g.value]), values.map((v) => [owner, v]));
    }
  });
});

test('@platformatic/kafka admin: batched FindCoordinator, list/describe groups, alter, list and delete offsets, remove members, delete groups', { timeout: 90_000 }, async () => {
  await withBroker(async ({ broker, port }, bootstrapBrokers, track) => {
    const topic = 'plat-admin';
    const admin = track(new Admin({ clientId: 'admin', bootstrapBrokers }));
    await admin.createTopics({ topics: [topic, 'plat-other'], partitions: 2, replicas: 1 });
    const me = broker.advertised();
    const coordinators = await admin.findCoordinator({ keyType: FindCoordinatorKeyTypes.GROUP, keys: ['g-x', 'g-y'] });
    assert.deepEqual(coordinators.map((c) => [c.key, c.nodeId, c.host, c.port]), [['g-x', 1, me.host, me.port], ['g-y', 1, me.host, me.port]]);

    await admin.alterConsumerGroupOffsets({ groupId: 'g-admin', topics: [{ name: topic, partitionOffsets: [{ partition: 0, offset: 5n }, { partition: 1, offset: 7n }] }, { name: 'plat-other', partitionOffsets: [{ partition: 0, offset: 1n }] }] });
    const listed = await admin.listConsumerGroupOffsets({ groups: ['g-admin'] });
    assert.deepEqual(
      listed.map((g) => [g.groupId, g.topics.map((t) => [t.name, t.partitions.map((p) => [p.partitionIndex, Number(p.committedOffset)])])]),
      [['g-admin', [['plat-admin', [[0, 5], [1, 7]]], ['plat-other', [[0, 1]]]]]],
    );

    // A member subscribed to plat-admin: its offsets cannot be deleted, plat-other's can.
    const c = track(consumer(port, 'g-admin', 'member'));
    const stream = await consume(c, topic, []);
    await eventually('member assigned', () => (partitionsOf(c, topic).length === 2 ? true : undefined));
    await rejectsWith(admin.deleteConsumerGroupOffsets({ groupId: 'g-admin', topics: [{ name: topic, partitionIndexes: [0] }] }), 'GROUP_SUBSCRIBED_TO_TOPIC');
    await admin.deleteConsumerGroupOffsets({ groupId: 'g-admin', topics: [{ name: 'plat-other', partitionIndexes: [0] }] });
    const after = await admin.listConsumerGroupOffsets({ groups: [{ groupId: 'g-admin', topics: null }] });
    assert.deepEqual(after[0]!.topics.map((t) => t.name), ['plat-admin']);

    const groups = await admin.listGroups({ states: ['STABLE'] });
    assert.deepEqual([...groups.values()].map((g) => [g.id, g.state, g.groupType, g.protocolType]), [['g-admin', 'STABLE', 'classic', 'consumer']]);
    assert.deepEqual([...(await admin.listGroups({ states: ['EMPTY'] })).keys()], []);
    await rejectsWith(admin.deleteGroups({ groups: ['g-admin'] }), 'NON_EMPTY_GROUP');

    // Removing the member from outside empties the group; then it can be deleted with its offsets.
    await stream.close();
    await admin.removeMembersFromConsumerGroup({ groupId: 'g-admin', members: [{ memberId: c.memberId! }] });
    await eventually('group empty', async () => ((await admin.describeGroups({ groups: ['g-admin'] })).get('g-admin')!.state === 'EMPTY' ? true : undefined));
    await c.close(true);
    await admin.deleteGroups({ groups: ['g-admin'] });
    assert.deepEqual([...(await admin.listGroups()).keys()], []);
    const gone = await admin.listConsumerGroupOffsets({ groups: [{ groupId: 'g-admin', topics: null }] });
    assert.deepEqual(gone[0]!.topics, []);
    await rejectsWith(admin.deleteGroups({ groups: ['g-admin'] }), 'GROUP_ID_NOT_FOUND');
  });
});
