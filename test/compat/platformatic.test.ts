// @platformatic/kafka (in this process) against `weir broker` in a child process. The client
// speaks only flexible request versions. A producer (acks=-1, every codec it has) and an
// idempotent one, checked on the stored batches with Weir's own decoder; a consumer in a group
// that reads everything from the earliest offset and commits, then a second member that resumes
// from the committed offsets; and the admin client: createTopics (with configs, and again),
// metadata, createPartitions, describeConfigs, listConsumerGroupOffsets, listGroups,
// describeGroups, deleteTopics.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers, type Message } from '@platformatic/kafka';
import { startBroker, stopAll, assertDelivered, assertInOrder, assertIdempotentBatches, assertOffsetsFollow, storedBatches, storedRecords, unique, makeRecords, eventually, settleWithin, BASE_TS, type Got, type Rec } from './support.ts';

const PARTITIONS = 3;
const broker = await startBroker({
  set: { 'num.partitions': PARTITIONS, 'group.initial.rebalance.delay.ms': 0, 'group.min.session.timeout.ms': 1000 },
});

const clientId = 'weir-compat-platformatic';
const bootstrapBrokers = [broker.bootstrap];
const clients: { close(): Promise<void> }[] = [];
after(async () => {
  try {
    // Closing a client twice is fine; one that never settles is not waited for long.
    await settleWithin(5000, clients.map(async (c) => c.close()));
  } finally {
    await stopAll();
  }
});

type Codec = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

function producer(idempotent: boolean): Producer<string, string, string, string> {
  const p = new Producer({ clientId, bootstrapBrokers, serializers: stringSerializers, idempotent, acks: -1, retries: 3, autocreateTopics: true });
  clients.push(p);
  return p;
}

/** Sends the records in sends of `perSend`; returns them with the offsets the acknowledgements imply. */
async function send(p: Producer<string, string, string, string>, records: readonly Rec[], perSend: number, compression: Codec = 'none'): Promise<Rec[]> {
  const out: Rec[] = [];
  for (let i = 0; i < records.length; i += perSend) {
    const chunk = records.slice(i, i + perSend);
    const result = await p.send({
      compression,
      messages: chunk.map((r) => ({
        topic: r.topic,
        partition: r.partition,
        ...(r.key === null ? {} : { key: r.key }),
        value: r.value ?? '',
        headers: new Map(r.headers.map(([k, v]) => [k, v ?? ''])),
        timestamp: BigInt(r.timestamp as number),
      })),
    });
    const base = new Map((result.offsets ?? []).map((o) => [`${o.topic}/${o.partition}`, Number(o.offset)]));
    const seen = new Map<number, number>();
    for (const r of chunk) {
      const b = base.get(`${r.topic}/${r.partition}`);
      assert.ok(b !== undefined, `an acknowledgement for ${r.topic}-${r.partition}: ${JSON.stringify(result.offsets, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`);
      const k = seen.get(r.partition) ?? 0;
      seen.set(r.partition, k + 1);
      out.push({ ...r, offset: b + k });
    }
  }
  return out;
}

function fromMessage(m: Message<string, string, string, string>): Got {
  return {
    topic: m.topic,
    partition: m.partition,
    offset: Number(m.offset),
    key: m.key === undefined || m.key === null ? null : m.key,
    value: m.value ?? null,
    headers: [...m.headers].map(([k, v]) => [k, v ?? null] as const),
    timestamp: Number(m.timestamp),
  };
}

test('producer (acks=-1) with every codec: every record stored once, in order, with its key, headers and timestamp', { timeout: 60_000 }, async () => {
  const p = producer(false);
  const topic = unique('platformatic-produce');
  const records = makeRecords(topic, PARTITIONS, 25, 'plt');
  const codecs: Codec[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
  const placed: Rec[] = [];
  const perCodec = records.length / codecs.length;
  for (const [i, codec] of codecs.entries()) placed.push(...(await send(p, records.slice(i * perCodec, (i + 1) * perCodec), perCodec, codec)));
  await p.close();
  assertOffsetsFollow(placed);
  assertDelivered(await storedRecords(broker.port, topic, PARTITIONS), placed, 'stored records');
  const stored = new Set<string>();
  for (let q = 0; q < PARTITIONS; q++) for (const b of await storedBatches(broker.port, topic, q)) stored.add(b.header.compression);
  assert.deepEqual([...stored].sort(), [...codecs].sort(), 'a batch of each codec is stored');
});

const idempotence = broker.needs('idempotence');
test('idempotent producer: one producer id, contiguous sequences, every record stored once', { timeout: 60_000, todo: idempotence.todo }, async () => {
  if (idempotence.missing) return;
  const p = producer(true);
  const topic = unique('platformatic-idem');
  const placed = await send(p, makeRecords(topic, PARTITIONS, 20, 'idem'), 9, 'zstd');
  await p.close();
  assertOffsetsFollow(placed);
  assertDelivered(await storedRecords(broker.port, topic, PARTITIONS), placed, 'stored records');
  await assertIdempotentBatches(broker.port, topic, PARTITIONS);
});

/** Consumes in group `groupId` until `count` records arrived, then closes the stream (committing) and the consumer. */
async function consume(groupId: string, topic: string, mode: 'earliest' | 'committed', count: number): Promise<Got[]> {
  const consumer = new Consumer({ clientId, bootstrapBrokers, groupId, deserializers: stringDeserializers, maxWaitTime: 100, sessionTimeout: 6000, heartbeatInterval: 300, retries: 3 });
  clients.push(consumer);
  const got: Got[] = [];
  const stream = await consumer.consume({ topics: [topic], mode, autocommit: 100 });
  stream.on('data', (m: Message<string, string, string, string>) => void got.push(fromMessage(m)));
  try {
    await eventually(`${count} records in group ${groupId}`, 20_000, () => (got.length >= count ? true : undefined));
  } finally {
    await stream.close();
    await consumer.close();
  }
  return got;
}

const groups = broker.needs('groups', 'groupAdmin');
test('consumer: a group member reads every record from the earliest offset and commits; the next resumes from the commit', { timeout: 90_000, todo: groups.todo }, async () => {
  if (groups.missing) return;
  const topic = unique('platformatic-consume');
  const groupId = unique('platformatic-g');
  const p = producer(false);
  const first = await send(p, makeRecords(topic, PARTITIONS, 20, 'first', BASE_TS), 12, 'lz4');
  assertOffsetsFollow(first);

  const got = await consume(groupId, topic, 'earliest', first.length);
  assertInOrder(got, 'first member');
  assertDelivered(got, first, 'first member');

  const admin = new Admin({ clientId, bootstrapBrokers });
  clients.push(admin);
  const committed = await admin.listConsumerGroupOffsets({ groups: [groupId] });
  assert.deepEqual(
    committed.flatMap((g) => g.topics.flatMap((t) => t.partitions.map((q) => [g.groupId, t.name, q.partitionIndex, Number(q.committedOffset)]))).sort(),
    [0, 1, 2].map((q) => [groupId, topic, q, 20]),
    'the first member committed every partition to its end',
  );

  const second = await send(p, makeRecords(topic, PARTITIONS, 5, 'second', BASE_TS + 100_000), 15, 'gzip');
  assertOffsetsFollow(second, 20);
  await p.close();
  const resumed = await consume(groupId, topic, 'committed', second.length);
  assertInOrder(resumed, 'second member');
  assertDelivered(resumed, second, 'second member (from the committed offsets)');

  const listed = await admin.listGroups();
  assert.ok(listed.has(groupId), `listGroups has ${groupId}: ${[...listed.keys()].join(', ')}`);
  const described = await admin.describeGroups({ groups: [groupId] });
  assert.equal(described.get(groupId)?.state, 'EMPTY', 'the group is empty once both members left');
  await admin.close();
});

const adminNeeds = broker.needs('createDelete', 'describeConfigs');
test('admin: createTopics, metadata, createPartitions, describeConfigs, deleteTopics', { timeout: 60_000, todo: adminNeeds.todo }, async () => {
  if (adminNeeds.missing) return;
  const admin = new Admin({ clientId, bootstrapBrokers });
  clients.push(admin);
  const topic = unique('platformatic-admin');
  const created = await admin.createTopics({ topics: [topic], partitions: 2, replicas: 1, configs: [{ name: 'retention.ms', value: '7200000' }, { name: 'cleanup.policy', value: 'compact' }] });
  assert.deepEqual(
    created.map((c) => [c.name, c.partitions, c.replicas, c.configuration['retention.ms'], c.configuration['cleanup.policy']]),
    [[topic, 2, 1, '7200000', 'compact']],
  );
  await assert.rejects(admin.createTopics({ topics: [topic], partitions: 2, replicas: 1 }), 'creating it again fails');
  assert.ok((await admin.listTopics()).includes(topic));

  const metadata = await admin.metadata({ topics: [topic] });
  const t = metadata.topics.get(topic);
  assert.ok(t !== undefined);
  assert.deepEqual(
    t.partitions.map((q) => [q.leader, q.replicas, q.isr]),
    [
      [1, [1], [1]],
      [1, [1], [1]],
    ],
  );
  assert.deepEqual([...metadata.brokers.values()].map((b) => [b.host, b.port]), [[broker.host, broker.port]]);

  await admin.createPartitions({ topics: [{ name: topic, count: 4 }] }); // no assignments (null): the broker places them
  const grown = await admin.metadata({ topics: [topic], forceUpdate: true });
  assert.equal(grown.topics.get(topic)?.partitionsCount, 4, 'createPartitions grew it to 4');

  const described = await admin.describeConfigs({ resources: [{ resourceType: 2, resourceName: topic, configurationKeys: ['retention.ms', 'cleanup.policy', 'max.message.bytes'] }] });
  assert.equal(described.length, 1);
  assert.equal(described[0]!.resourceName, topic);
  // configSource: 1 = topic config, 5 = default.
  assert.deepEqual(
    Object.fromEntries(described[0]!.configs.map((c) => [c.name, [c.value, c.configSource, c.readOnly]])),
    { 'retention.ms': ['7200000', 1, false], 'cleanup.policy': ['compact', 1, false], 'max.message.bytes': ['1048588', 5, false] },
  );

  await admin.deleteTopics({ topics: [topic] });
  assert.ok(!(await admin.listTopics()).includes(topic), 'deleteTopics removed it');
  await admin.close();
});

test('the broker stayed up and logged no errors', (t) => {
  broker.assertHealthy(t);
});
