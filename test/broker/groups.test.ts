// Consumer groups with real clients over TCP against an in-process broker: KafkaJS (non-flexible
// versions: JoinGroup v5, SyncGroup v3, OffsetCommit v5…) and @platformatic/kafka (flexible ones:
// JoinGroup v9, SyncGroup v5, OffsetFetch v9, FindCoordinator v6…). Each test checks exact data:
// which partitions each member owns, every record delivered once and in order, committed offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Kafka, logLevel, type Consumer as KConsumer, type EachMessagePayload } from 'kafkajs';
import { defaultOffsetCommitRequest } from '../../src/protocol/generated/index.ts';
import { eventually, removeDir, startBroker, Wire, withBroker } from './groups-wire.ts';

const kafkaFor = (port: number, clientId: string): Kafka => new Kafka({ clientId, brokers: [`127.0.0.1:${port}`], logLevel: logLevel.NOTHING, retry: { retries: 8, initialRetryTime: 100 } });

interface Seen {
  readonly member: string;
  readonly partition: number;
  readonly offset: bigint;
  readonly key: string;
  readonly value: string;
}

/** A KafkaJS consumer that records what it receives and which partitions it was assigned. */
async function kafkajsConsumer(port: number, groupId: string, name: string, topic: string, seen: Seen[]): Promise<{ consumer: KConsumer; assigned: () => number[]; joins: () => number }> {
  const consumer = kafkaFor(port, name).consumer({ groupId, sessionTimeout: 10_000, rebalanceTimeout: 10_000, heartbeatInterval: 200, maxWaitTimeInMs: 200 });
  let assigned: number[] = [];
  let joins = 0;
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    joins++;
    assigned = [...(e.payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b);
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommitInterval: 100,
    eachMessage: async ({ partition, message }: EachMessagePayload) => {
      seen.push({ member: name, partition, offset: BigInt(message.offset), key: message.key?.toString() ?? '', value: message.value?.toString() ?? '' });
    },
  });
  return { consumer, assigned: () => assigned, joins: () => joins };
}

function expectExactlyOnceInOrder(seen: readonly Seen[], expected: ReadonlyMap<number, string[]>): void {
  for (const [p, values] of expected) {
    const got = seen.filter((s) => s.partition === p);
    assert.deepEqual(got.map((s) => s.value), values, `partition ${p}: every record once, in order`);
    assert.deepEqual(got.map((s) => s.offset), values.map((_, i) => BigInt(i)), `partition ${p}: offsets`);
  }
}

test('KafkaJS: two consumers share the partitions, and the survivor takes them all when one leaves', { timeout: 90_000 }, async () => {
  await withBroker({}, async ({ port }) => {
    const topic = 'shared';
    const admin = kafkaFor(port, 'admin').admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 4 }] });
    const producer = kafkaFor(port, 'producer').producer();
    await producer.connect();
    const expected = new Map<number, string[]>();
    const produce = async (round: string, n: number): Promise<void> => {
      for (let p = 0; p < 4; p++) {
        const values = Array.from({ length: n }, (_, i) => `${round}-p${p}-${i}`);
        await producer.send({ topic, messages: values.map((value) => ({ partition: p, key: `k${p}`, value })) });
        expected.set(p, [...(expected.get(p) ?? []), ...values]);
      }
    };
    const seen: Seen[] = [];
    const a = await kafkajsConsumer(port, 'g-share', 'alpha', topic, seen);
    const b = await kafkajsConsumer(port, 'g-share', 'beta', topic, seen);
    // Both members end up in one generation with two partitions each (KafkaJS's round robin), disjoint.
    await eventually('both members assigned', () => (a.assigned().length === 2 && b.assigned().length === 2 ? true : undefined));
    assert.deepEqual([...a.assigned(), ...b.assigned()].sort(), [0, 1, 2, 3]);
    await produce('one', 5);
    await eventually('all 20 records', () => (seen.length >= 20 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    expectExactlyOnceInOrder(seen, expected);
    // Each record was read by the member that owns its partition.
    for (const s of seen) assert.equal(s.member, a.assigned().includes(s.partition) ? 'alpha' : 'beta', `${s.value} read by its partition's owner`);
    const described = await admin.describeGroups(['g-share']);
    const group = described.groups[0]!;
    assert.equal(group.state, 'Stable');
    assert.equal(group.protocolType, 'consumer');
    assert.equal(group.protocol, 'RoundRobinAssigner');
    assert.deepEqual(group.members.map((m) => m.clientId).sort(), ['alpha', 'beta']);
    assert.ok(group.members.every((m) => m.clientHost === '/127.0.0.1'));

    // beta leaves: alpha is given all four partitions and reads the next round alone.
    await b.consumer.disconnect();
    await eventually('alpha owns every partition', () => (a.assigned().length === 4 ? true : undefined));
    const before = seen.length;
    await produce('two', 3);
    await eventually('12 more records', () => (seen.length >= before + 12 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    expectExactlyOnceInOrder(seen, expected);
    assert.deepEqual([...new Set(seen.slice(before).map((s) => s.member))], ['alpha']);

    // Every record was committed: the group's offsets are the end of each partition.
    await eventually('offsets committed', async () => {
      const offsets = await admin.fetchOffsets({ groupId: 'g-share', topics: [topic] });
      const got = offsets[0]!.partitions.map((p) => [p.partition, p.offset] as const).sort((x, y) => x[0] - y[0]);
      return JSON.stringify(got) === JSON.stringify([[0, '8'], [1, '8'], [2, '8'], [3, '8']]) ? true : undefined;
    });
    await a.consumer.disconnect();
    const after = await admin.describeGroups(['g-share']);
    assert.equal(after.groups[0]!.state, 'Empty');
    assert.deepEqual(after.groups[0]!.members, []);
    await producer.disconnect();
    await admin.disconnect();
  });
});

test('KafkaJS: committed offsets and their metadata survive a broker restart, and a consumer resumes after them', { timeout: 90_000 }, async () => {
  let b = await startBroker();
  const dir = b.dir;
  try {
    const topic = 'durable';
    let admin = kafkaFor(b.port, 'admin').admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    let producer = kafkaFor(b.port, 'producer').producer();
    await producer.connect();
    for (let p = 0; p < 2; p++) await producer.send({ topic, messages: [0, 1, 2].map((i) => ({ partition: p, value: `before-p${p}-${i}` })) });
    const seen: Seen[] = [];
    const first = await kafkajsConsumer(b.port, 'g-durable', 'first', topic, seen);
    await eventually('the first six records', () => (seen.length >= 6 ? true : undefined));
    await eventually('offsets 3 and 3 committed', async () => {
      const o = await admin.fetchOffsets({ groupId: 'g-durable', topics: [topic] });
      return o[0]!.partitions.every((p) => p.offset === '3') ? true : undefined;
    });
    await first.consumer.disconnect();
    // A commit with a metadata string, as a stream processor stores its checkpoint.
    const wire = await Wire.open(b.port);
    const committed = await wire.request(8, 3, { ...defaultOffsetCommitRequest(), groupId: 'g-meta', topics: [{ name: topic, partitions: [{ partitionIndex: 1, committedOffset: 2n, committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: 'checkpoint-7' }] }] });
    assert.equal(committed.topics[0]!.partitions[0]!.errorCode, 0);
    wire.close();
    await producer.disconnect();
    await admin.disconnect();
    await b.stop();

    b = await startBroker({}, dir);
    admin = kafkaFor(b.port, 'admin').admin();
    await admin.connect();
    const durable = await admin.fetchOffsets({ groupId: 'g-durable', topics: [topic] });
    assert.deepEqual(durable[0]!.partitions.map((p) => [p.partition, p.offset]).sort(), [[0, '3'], [1, '3']]);
    const meta = await admin.fetchOffsets({ groupId: 'g-meta', topics: [topic] });
    assert.deepEqual(meta[0]!.partitions.map((p) => [p.partition, p.offset, p.metadata]).sort(), [[0, '-1', null], [1, '2', 'checkpoint-7']]);
    const listed = await admin.listGroups();
    assert.deepEqual(listed.groups.map((g) => g.groupId).sort(), ['g-durable', 'g-meta']);

    producer = kafkaFor(b.port, 'producer').producer();
    await producer.connect();
    for (let p = 0; p < 2; p++) await producer.send({ topic, messages: [3, 4].map((i) => ({ partition: p, value: `after-p${p}-${i}` })) });
    const resumed: Seen[] = [];
    const second = await kafkajsConsumer(b.port, 'g-durable', 'second', topic, resumed);
    await eventually('the four new records', () => (resumed.length >= 4 ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(
      resumed.map((s) => [s.partition, s.offset, s.value]).sort(),
      [[0, 3n, 'after-p0-3'], [0, 4n, 'after-p0-4'], [1, 3n, 'after-p1-3'], [1, 4n, 'after-p1-4']],
      'only what came after the committed offsets',
    );
    await second.consumer.disconnect();
    await producer.disconnect();
    await admin.disconnect();
  } finally {
    await b.stop();
    removeDir(dir);
  }
});

test('KafkaJS admin: setOffsets, resetOffsets, listGroups, describeGroups and deleteGroups', { timeout: 60_000 }, async () => {
  await withBroker({}, async ({ port }) => {
    const topic = 'admin-t';
    const admin = kafkaFor(port, 'admin').admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    const producer = kafkaFor(port, 'producer').producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ partition: 0, value: 'a' }, { partition: 0, value: 'b' }, { partition: 1, value: 'c' }] });
    await admin.setOffsets({ groupId: 'g-admin', topic, partitions: [{ partition: 0, offset: '1' }, { partition: 1, offset: '0' }] });
    const set = await admin.fetchOffsets({ groupId: 'g-admin', topics: [topic] });
    assert.deepEqual(set[0]!.partitions.map((p) => [p.partition, p.offset]).sort(), [[0, '1'], [1, '0']]);
    await admin.resetOffsets({ groupId: 'g-admin', topic, earliest: false });
    const reset = await admin.fetchOffsets({ groupId: 'g-admin', topics: [topic], resolveOffsets: true });
    assert.deepEqual(reset[0]!.partitions.map((p) => [p.partition, p.offset]).sort(), [[0, '2'], [1, '1']]);
    assert.deepEqual((await admin.listGroups()).groups, [{ groupId: 'g-admin', protocolType: 'consumer' }], 'KafkaJS sets offsets by joining the group as a consumer');
    const d = await admin.describeGroups(['g-admin', 'g-missing']);
    assert.deepEqual(d.groups.map((g) => [g.groupId, g.state, g.protocolType, g.members.length]), [['g-admin', 'Empty', 'consumer', 0], ['g-missing', 'Dead', '', 0]]);
    assert.deepEqual(await admin.deleteGroups(['g-admin']), [{ groupId: 'g-admin', errorCode: 0 }]);
    assert.deepEqual((await admin.listGroups()).groups, []);
    await assert.rejects(admin.deleteGroups(['g-missing']), (err: Error & { groups?: { groupId: string; error: { type: string } }[] }) => {
      assert.deepEqual(err.groups?.map((g) => [g.groupId, g.error.type]), [['g-missing', 'GROUP_ID_NOT_FOUND']]);
      return true;
    });
    await producer.disconnect();
    await admin.disconnect();
  });
});

test('KafkaJS: a running consumer group keeps its generation across a broker restart: no rebalance, every record once', { timeout: 120_000 }, async () => {
  let b = await startBroker();
  const dir = b.dir;
  const port = b.port;
  const topic = 'restart';
  const seen: Seen[] = [];
  let consumer: KConsumer | undefined;
  try {
    const admin = kafkaFor(port, 'admin').admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    await admin.disconnect();
    const producer = kafkaFor(port, 'producer').producer();
    await producer.connect();
    for (let p = 0; p < 2; p++) await producer.send({ topic, messages: [0, 1].map((i) => ({ partition: p, value: `one-p${p}-${i}` })) });
    const c = await kafkajsConsumer(port, 'g-restart', 'steady', topic, seen);
    consumer = c.consumer;
    await eventually('four records', () => (seen.length >= 4 ? true : undefined));
    const offsetsAt = async (admin2: ReturnType<Kafka['admin']>): Promise<string> => JSON.stringify((await admin2.fetchOffsets({ groupId: 'g-restart', topics: [topic] }))[0]!.partitions.map((p) => [p.partition, p.offset]).sort());
    const check = kafkaFor(port, 'check').admin();
    await check.connect();
    await eventually('offsets committed', async () => ((await offsetsAt(check)) === '[[0,"2"],[1,"2"]]' ? true : undefined));
    await check.disconnect();
    await producer.disconnect();

    // Same port, same data dir: the consumer's connections drop and come back. The group was loaded
    // as it was (generation, member, assignment), so the consumer's heartbeats and commits are
    // accepted and it carries on without rejoining; nothing is delivered twice.
    await b.stop();
    b = await startBroker({ listeners: `127.0.0.1:${port}` }, dir);
    const producer2 = kafkaFor(port, 'producer-2').producer();
    await producer2.connect();
    for (let p = 0; p < 2; p++) await producer2.send({ topic, messages: [2, 3].map((i) => ({ partition: p, value: `two-p${p}-${i}` })) });
    await eventually('four more records', () => (seen.length >= 8 ? true : undefined), 60_000);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(
      seen.map((s) => [s.partition, s.offset, s.value]).sort(),
      [0, 1].flatMap((p) => [[p, 0n, `one-p${p}-0`], [p, 1n, `one-p${p}-1`], [p, 2n, `two-p${p}-2`], [p, 3n, `two-p${p}-3`]]).sort(),
      'every record once',
    );
    const desc = kafkaFor(port, 'desc').admin();
    await desc.connect();
    const g = (await desc.describeGroups(['g-restart'])).groups[0]!;
    assert.deepEqual([g.state, g.members.map((m) => m.clientId)], ['Stable', ['steady']]);
    assert.equal(c.joins(), 1, 'joined once, before the restart');
    await desc.disconnect();
    await producer2.disconnect();
  } finally {
    await consumer?.disconnect().catch(() => {});
    await b.stop();
    removeDir(dir);
  }
});
