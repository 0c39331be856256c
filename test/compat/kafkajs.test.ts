// KafkaJS 2.2 (in this process) against `weir broker` in a child process. KafkaJS speaks only
// non-flexible request versions. A producer (acks=-1, plain and gzip) and an idempotent one, each
// checked on the stored batches with Weir's own decoder (KafkaJS can only consume in a group); a
// consumer group that rebalances as a second member joins and leaves, every record consumed once;
// and the admin client: createTopics (with configs, and again), fetchTopicMetadata,
// createPartitions, describeConfigs, fetchOffsets, deleteTopics. (KafkaJS 2.2.4 arms a negative
// timeout when it is not throttled, so Node 24 prints a TimeoutNegativeWarning: harmless.)
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import kafkajs from 'kafkajs';
import type { Consumer, IHeaders, KafkaMessage, Producer, RecordMetadata } from 'kafkajs';
import { startBroker, stopAll, assertDelivered, assertInOrder, assertIdempotentBatches, assertOffsetsFollow, assertRebalanced, storedBatches, storedRecords, unique, makeRecords, eventually, settleWithin, BASE_TS, type GroupEvents, type Got, type Rec } from './support.ts';

const { Kafka, logLevel, CompressionTypes, ConfigResourceTypes } = kafkajs;

const PARTITIONS = 3;
const broker = await startBroker({
  set: { 'num.partitions': PARTITIONS, 'group.initial.rebalance.delay.ms': 0, 'group.min.session.timeout.ms': 1000 },
});

const kafka = new Kafka({ clientId: 'weir-compat-kafkajs', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 3, initialRetryTime: 100 } });
const clients: { disconnect(): Promise<void> }[] = [];
after(async () => {
  try {
    await settleWithin(5000, clients.map(async (c) => c.disconnect()));
  } finally {
    await stopAll();
  }
});

/** KafkaJS headers: an object; a key given twice becomes an array. Records here have distinct keys. */
function toHeaders(r: Rec): IHeaders {
  return Object.fromEntries(r.headers.map(([k, v]) => [k, v ?? '']));
}

function fromMessage(topic: string, partition: number, m: KafkaMessage): Got {
  const headers: [string, string | null][] = [];
  for (const [k, v] of Object.entries(m.headers ?? {})) {
    for (const one of Array.isArray(v) ? v : [v]) headers.push([k, one === undefined ? null : Buffer.from(one).toString('utf8')]);
  }
  return {
    topic,
    partition,
    offset: Number(m.offset),
    key: m.key === null ? null : m.key.toString('utf8'),
    value: m.value === null ? null : m.value.toString('utf8'),
    headers,
    timestamp: Number(m.timestamp),
  };
}

/** Sends the records in sends of `perSend`, acks=-1; returns them with the offsets the acknowledgements imply. */
async function send(producer: Producer, records: readonly Rec[], perSend: number, compression = CompressionTypes.None): Promise<Rec[]> {
  const out: Rec[] = [];
  for (let i = 0; i < records.length; i += perSend) {
    const chunk = records.slice(i, i + perSend);
    const topic = chunk[0]!.topic;
    const acks: RecordMetadata[] = await producer.send({
      topic,
      acks: -1,
      compression,
      messages: chunk.map((r) => ({ partition: r.partition, key: r.key, value: r.value, headers: toHeaders(r), timestamp: String(r.timestamp) })),
    });
    const base = new Map(acks.map((a) => [a.partition, a]));
    const seen = new Map<number, number>();
    for (const r of chunk) {
      const a = base.get(r.partition);
      assert.ok(a !== undefined && a.errorCode === 0, `an acknowledgement for ${topic}-${r.partition}: ${JSON.stringify(acks)}`);
      const k = seen.get(r.partition) ?? 0;
      seen.set(r.partition, k + 1);
      out.push({ ...r, offset: Number(a.baseOffset) + k });
    }
  }
  return out;
}

test('producer (acks=-1, plain and gzip): every record stored once, in order, with its key, headers and timestamp', { timeout: 60_000 }, async () => {
  const producer = kafka.producer({ allowAutoTopicCreation: true });
  clients.push(producer);
  await producer.connect();
  const topic = unique('kafkajs-produce');
  const records = makeRecords(topic, PARTITIONS, 20, 'kjs');
  const plain = await send(producer, records.slice(0, 30), 10);
  const gzip = await send(producer, records.slice(30), 10, CompressionTypes.GZIP);
  await producer.disconnect();
  const placed = [...plain, ...gzip];
  assertOffsetsFollow(placed);
  assertDelivered(await storedRecords(broker.port, topic, PARTITIONS), placed, 'stored records');
  const codecs = new Set<string>();
  for (let p = 0; p < PARTITIONS; p++) for (const b of await storedBatches(broker.port, topic, p)) codecs.add(b.header.compression);
  assert.deepEqual([...codecs].sort(), ['gzip', 'none']);
});

const idempotence = broker.needs('idempotence');
test('idempotent producer: one producer id, contiguous sequences, every record stored once', { timeout: 60_000, todo: idempotence.todo }, async () => {
  if (idempotence.missing) return;
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  clients.push(producer);
  await producer.connect();
  const topic = unique('kafkajs-idem');
  const records = makeRecords(topic, PARTITIONS, 20, 'idem');
  const placed = await send(producer, records, 7);
  await producer.disconnect();
  assertOffsetsFollow(placed);
  assertDelivered(await storedRecords(broker.port, topic, PARTITIONS), placed, 'stored records');
  await assertIdempotentBatches(broker.port, topic, PARTITIONS);
});

interface Member {
  readonly consumer: Consumer;
  readonly records: Got[];
  assignment: number[];
  joins: number[][];
}

async function member(groupId: string, topic: string): Promise<Member> {
  const consumer = kafka.consumer({ groupId, sessionTimeout: 6000, rebalanceTimeout: 10_000, heartbeatInterval: 300, maxWaitTimeInMs: 100, retry: { retries: 3 } });
  clients.push(consumer);
  const m: Member = { consumer, records: [], assignment: [], joins: [] };
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    m.assignment = [...(e.payload.memberAssignment[topic] ?? [])].sort();
    m.joins.push(m.assignment);
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic: t, partition, message }) => {
      m.records.push(fromMessage(t, partition, message));
    },
  });
  return m;
}

const groups = broker.needs('groups');
test('a consumer group rebalances as members join and leave; every record is consumed once across them', { timeout: 90_000, todo: groups.todo }, async () => {
  if (groups.missing) return;
  const topic = unique('kafkajs-group');
  const groupId = unique('kafkajs-g');
  const producer = kafka.producer();
  clients.push(producer);
  await producer.connect();
  const all = Array.from({ length: PARTITIONS }, (_, i) => i);
  const expected: Rec[] = [];
  const count = (ms: Member[], prefix: string): number => ms.reduce((n, m) => n + m.records.filter((r) => r.value?.startsWith(prefix)).length, 0);

  expected.push(...(await send(producer, makeRecords(topic, PARTITIONS, 10, 'round 1', BASE_TS + 100_000), 15)));
  const a = await member(groupId, topic);
  await eventually('a alone reads round 1', 20_000, () => (a.assignment.join() === all.join() && count([a], 'round 1') === 10 * PARTITIONS ? true : undefined));

  const b = await member(groupId, topic);
  await eventually('a and b split the partitions', 20_000, () => (a.assignment.length > 0 && b.assignment.length > 0 && [...a.assignment, ...b.assignment].sort().join() === all.join() ? true : undefined));
  const [onA, onB] = [a.assignment, b.assignment];
  expected.push(...(await send(producer, makeRecords(topic, PARTITIONS, 10, 'round 2', BASE_TS + 200_000), 15)));
  await eventually('a and b read round 2', 20_000, () => (count([a, b], 'round 2') === 10 * PARTITIONS ? true : undefined));
  for (const [m, owned] of [[a, onA], [b, onB]] as const) {
    const partitions = new Set(m.records.filter((r) => r.value?.startsWith('round 2')).map((r) => r.partition));
    assert.deepEqual([...partitions].sort(), owned, 'each member read round 2 from its own partitions');
  }

  const leaving = Date.now();
  await b.consumer.disconnect();
  await eventually('a takes every partition back', 20_000, () => (a.joins.length >= 3 && a.assignment.join() === all.join() ? true : undefined));
  assert.ok(Date.now() - leaving < 6000, `b left with LeaveGroup: a took its partitions back in ${Date.now() - leaving} ms, before b's session (6000 ms) could expire`);
  expected.push(...(await send(producer, makeRecords(topic, PARTITIONS, 10, 'round 3', BASE_TS + 300_000), 15)));
  await eventually('a reads round 3', 20_000, () => (count([a], 'round 3') === 10 * PARTITIONS ? true : undefined));
  await a.consumer.disconnect();
  await producer.disconnect();

  assertOffsetsFollow(expected);
  const events = (m: Member): GroupEvents => m.joins.map((ps) => ['assign', ps] as const);
  assertRebalanced(events(a), events(b), PARTITIONS);
  assertInOrder(a.records, 'member a');
  assertInOrder(b.records, 'member b');
  const consumed = [...a.records, ...b.records].sort((x, y) => x.partition - y.partition || x.offset - y.offset);
  assertDelivered(consumed, expected, 'group a+b');

  const admin = kafka.admin();
  clients.push(admin);
  await admin.connect();
  const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
  await admin.disconnect();
  assert.deepEqual(
    committed.map((t) => [t.topic, t.partitions.map((p) => [p.partition, p.offset]).sort()]),
    [[topic, all.map((p) => [p, '30'])]],
    'the group committed every partition to its end',
  );
});

const adminNeeds = broker.needs('createDelete', 'describeConfigs', 'groups');
test('admin: createTopics, fetchTopicMetadata, createPartitions, describeConfigs, fetchOffsets, deleteTopics', { timeout: 60_000, todo: adminNeeds.todo }, async () => {
  if (adminNeeds.missing) return;
  const admin = kafka.admin();
  clients.push(admin);
  await admin.connect();
  const topic = unique('kafkajs-admin');
  const created = await admin.createTopics({
    waitForLeaders: true,
    topics: [{ topic, numPartitions: 2, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '7200000' }, { name: 'cleanup.policy', value: 'compact' }] }],
  });
  assert.equal(created, true, 'createTopics created it');
  assert.equal(await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] }), false, 'createTopics again: already there');
  assert.ok((await admin.listTopics()).includes(topic), 'listTopics has it');

  const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
  assert.deepEqual(
    metadata.topics.map((t) => [t.name, t.partitions.map((p) => [p.partitionId, p.leader, p.replicas, p.isr]).sort()]),
    [
      [
        topic,
        [
          [0, 1, [1], [1]],
          [1, 1, [1], [1]],
        ],
      ],
    ],
  );
  await admin.createPartitions({ topicPartitions: [{ topic, count: 4 }] });
  const grown = await admin.fetchTopicMetadata({ topics: [topic] });
  assert.deepEqual(grown.topics[0]?.partitions.map((p) => p.partitionId).sort(), [0, 1, 2, 3], 'createPartitions grew it to 4');

  const described = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms', 'cleanup.policy', 'max.message.bytes'] }] });
  assert.equal(described.resources.length, 1);
  const resource = described.resources[0]!;
  assert.equal(resource.errorCode, 0);
  assert.equal(resource.resourceName, topic);
  const entries = Object.fromEntries(resource.configEntries.map((e) => [e.configName, [e.configValue, e.isDefault]]));
  assert.deepEqual(entries, { 'retention.ms': ['7200000', false], 'cleanup.policy': ['compact', false], 'max.message.bytes': ['1048588', true] });

  // (The group test reads committed offsets with fetchOffsets; setOffsets is left out: KafkaJS runs
  // a paused consumer for it and waits out a whole fetch wait, 5 s by default.)
  const offsets = await admin.fetchOffsets({ groupId: unique('kafkajs-admin-g'), topics: [topic] });
  assert.deepEqual(
    offsets.map((t) => [t.topic, t.partitions.map((p) => [p.partition, p.offset]).sort()]),
    [[topic, [0, 1, 2, 3].map((p) => [p, '-1'])]],
    'fetchOffsets of a group without commits: -1 for every partition',
  );

  await admin.deleteTopics({ topics: [topic] });
  assert.ok(!(await admin.listTopics()).includes(topic), 'deleteTopics removed it');
  await admin.disconnect();
});

test('the broker stayed up and logged no errors', (t) => {
  broker.assertHealthy(t);
});
