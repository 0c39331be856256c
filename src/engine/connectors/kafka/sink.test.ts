// The kafka sink against a broker in this process, written in-process and over the wire, read
// back with kcat: Kafka's key hashing (checked against librdkafka's murmur2 partitioner), the
// round-robin and fixed partitioners, headers and timestamp metadata, batching, and refusals; in
// process, topic auto-creation through the broker's hooks, and Fetch long-polls woken by appends.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../../../sql/types/types.ts';
import type { Field } from '../../../sql/plan/physical.ts';
import { batchesIn } from '../../../protocol/records/index.ts';
import { WeirError } from '../../../util/errors.ts';
import { kafka } from './index.ts';
import { LocalTransport } from './local.ts';
import { RemoteTransport } from './remote.ts';
import { WAYS, context, kcat, kcatRead, startBroker, type Way } from './test-support.ts';

const b = await startBroker();
after(() => b.stop());

const FIELDS: Field[] = [{ name: 'id', type: T.INT() }, { name: 'name', type: T.STRING() }];
const options = (topic: string, extra: Record<string, string> = {}) => ({ connector: 'kafka', topic, 'properties.bootstrap.servers': b.bootstrap, format: 'json', ...extra });
const inserts = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: '+I' as const, row: [i, `n${i}`] }));

function topic(name: string, way: Way, partitions = 3): string {
  const t = `${name}-${way.name}`;
  b.broker.log.createTopic(t, partitions);
  return t;
}

for (const way of WAYS) {
  test(`${way.name}: keyed records land where Kafka's murmur2 partitioner puts them`, async () => {
    const t = topic('keyed', way);
    const sink = await kafka.createSink!(context({ options: options(t, { 'key.format': 'json', 'key.fields': 'id' }), fields: FIELDS, services: way.services(b) }));
    await sink.write(inserts(40));
    await sink.checkpoint(1);
    await sink.close();
    const got = await kcatRead(b.bootstrap, t);
    assert.equal(got.length, 40);
    // librdkafka's murmur2_random partitioner is Java Kafka's default for keyed records.
    const oracle = topic('keyed-oracle', way);
    await kcat(b.bootstrap, ['-P', '-t', oracle, '-K', '|', '-X', 'partitioner=murmur2_random'], got.map((r) => `${r.key}|x`).join('\n') + '\n');
    const expected = new Map((await kcatRead(b.bootstrap, oracle)).map((r) => [r.key, r.partition]));
    for (const r of got) assert.equal(r.partition, expected.get(r.key), `key ${r.key}`);
    assert.equal(new Set(got.map((r) => r.partition)).size, 3, 'forty keys spread over the three partitions');
    const first = got.find((r) => r.key === '{"id":0}')!;
    assert.equal(first.payload, '{"id":0,"name":"n0"}');
  });

  test(`${way.name}: round-robin, fixed, and sticky partitioning of records without a key`, async () => {
    for (const [name, expected] of [['round-robin', [2, 2, 2]], ['fixed', [6, 0, 0]]] as const) {
      const t = topic(name, way);
      const sink = await kafka.createSink!(context({ options: options(t, { 'sink.partitioner': name }), fields: FIELDS, services: way.services(b) }));
      await sink.write(inserts(6));
      await sink.checkpoint(1);
      await sink.close();
      const got = await kcatRead(b.bootstrap, t);
      assert.deepEqual([0, 1, 2].map((p) => got.filter((r) => r.partition === p).length), expected, name);
      assert.ok(got.every((r) => r.key === null));
    }
    const t = topic('sticky', way);
    const sink = await kafka.createSink!(context({ options: options(t), fields: FIELDS, services: way.services(b) }));
    await sink.write(inserts(6));
    await sink.close();
    assert.equal(new Set((await kcatRead(b.bootstrap, t)).map((r) => r.partition)).size, 1, 'a small write sticks to one partition');
  });

  test(`${way.name}: headers and timestamp metadata are written; rows go out as few batches`, async () => {
    const t = topic('meta', way, 1);
    const fields: Field[] = [...FIELDS, { name: 'h', type: T.MAP(T.STRING(), T.BYTES()) }, { name: 'ts', type: T.TIMESTAMP_LTZ(3) }];
    const sink = await kafka.createSink!(context({ options: options(t), fields, metadata: [{ index: 2, key: 'headers' }, { index: 3, key: 'timestamp' }], services: way.services(b) }));
    await sink.write([
      { kind: '+I', row: [1, 'a', new Map([['k', new Uint8Array([104, 105])], ['n', null]]), 1_700_000_000_123] },
      { kind: '+I', row: [2, 'b', null, null] },
    ]);
    await sink.write(inserts(1000));
    await sink.checkpoint(1);
    await sink.close();
    const got = await kcatRead(b.bootstrap, t);
    assert.equal(got.length, 1002);
    assert.deepEqual(got[0]!.headers, ['k', 'hi', 'n', null]);
    assert.equal(got[0]!.ts, 1_700_000_000_123);
    assert.ok(got[1]!.headers === undefined || got[1]!.headers.length === 0);
    assert.ok(Math.abs(got[1]!.ts - Date.now()) < 60_000, 'no timestamp: the time of writing');
    const read = await b.broker.log.read(t, 0, 0n, 64 * 2 ** 20);
    const batches = read.kind === 'ok' && read.records !== null ? [...batchesIn(read.records)].length : 0;
    assert.ok(batches >= 2 && batches <= 4, `1002 rows in ${batches} batches`);
  });

  test(`${way.name}: a sink needs one topic; exactly-once is refused`, async () => {
    const t = topic('refuse', way, 1);
    const open = (extra: Record<string, string>) => kafka.createSink!(context({ options: options(t, extra), fields: FIELDS, services: way.services(b) }));
    await assert.rejects(open({ topic: `${t};other` }), /needs exactly one 'topic'/);
    await assert.rejects(open({ 'sink.delivery-guarantee': 'exactly-once', 'sink.transactional-id-prefix': 'x' }), (e: unknown) => e instanceof WeirError && e.code === 'NOT_IMPLEMENTED');
  });
}

test('in-process: writing to a topic the broker does not have names it', async () => {
  await assert.rejects(kafka.createSink!(context({ options: options('absent'), fields: FIELDS, services: WAYS[0]!.services(b) })), /topic 'absent' does not exist on the in-process broker/);
});

test('in-process with the broker hooks: a sink creates a missing topic; a source or fetch does not', async () => {
  const services = { ...WAYS[0]!.services(b), broker: { createTopic: (name: string) => b.broker.autoCreate(name) } };
  await assert.rejects(kafka.createSource!(context({ options: { ...options('hooked-source'), 'scan.startup.mode': 'earliest-offset' }, fields: FIELDS, services })), /topic 'hooked-source' does not exist/);
  assert.equal(b.broker.log.topic('hooked-source'), undefined, 'a source does not create its topic');
  const fetched = await new LocalTransport(b.broker.log, services.broker).fetch([{ topic: 'hooked-fetch', partition: 0, offset: 0n }], 1024);
  assert.equal(fetched[0]!.kind, 'retry');
  assert.equal(b.broker.log.topic('hooked-fetch'), undefined, 'a fetch does not create its topic');
  const sink = await kafka.createSink!(context({ options: options('hooked-sink'), fields: FIELDS, services }));
  assert.equal(b.broker.log.topic('hooked-sink')?.partitions, b.broker.config.numPartitions, 'created with the broker defaults');
  await sink.write(inserts(3));
  await sink.checkpoint(1);
  await sink.close();
  assert.deepEqual((await kcatRead(b.bootstrap, 'hooked-sink')).map((r) => r.payload).sort(), ['{"id":0,"name":"n0"}', '{"id":1,"name":"n1"}', '{"id":2,"name":"n2"}']);
});

test('in-process: an append by the sink wakes a Fetch long-poll over the wire at once', async () => {
  const t = topic('long-poll', WAYS[0]!, 1);
  const wire = new RemoteTransport({ base: { clientId: 'long-poll', bootstrapBrokers: [b.bootstrap] }, groupId: 'long-poll', isolationLevel: 0, acks: -1 });
  try {
    assert.equal(await wire.partitionCount(t), 1, 'connected and metadata known before the fetch');
    const fetching = wire.fetch([{ topic: t, partition: 0, offset: 0n }], 2 ** 20, 5000);
    await new Promise((r) => setTimeout(r, 500)); // the Fetch now waits in the broker
    const sink = await kafka.createSink!(context({ options: options(t), fields: FIELDS, services: WAYS[0]!.services(b) }));
    const written = Date.now();
    await sink.write(inserts(2));
    await sink.checkpoint(1);
    const [result] = await fetching;
    const waited = Date.now() - written;
    await sink.close();
    assert.equal(result!.kind, 'records');
    assert.equal(result!.kind === 'records' ? result!.records.length : 0, 2);
    assert.ok(waited < 2000, `the fetch answered ${waited} ms after the append, not at its 5 s max wait`);
  } finally {
    await wire.close();
  }
});

test('wire: a sink whose format cannot register its schema closes its connections when it fails to open', async () => {
  const sockets = (): number => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
  const open = (o: Record<string, string>) => kafka.createSink!(context({ options: o, fields: FIELDS, services: WAYS[1]!.services(b) }));
  const t = topic('open-fails', WAYS[1]!, 1);
  const { format: _, ...avro } = { ...options(t), 'value.format': 'avro-confluent', 'value.avro-confluent.url': 'http://127.0.0.1:1' };
  const before = sockets();
  await assert.rejects(open(avro), /schema registry at http:\/\/127\.0\.0\.1:1 cannot be reached/);
  // The open connected to the broker to read the topic's metadata; closed, both ends go.
  for (let i = 0; sockets() > before; i++) {
    assert.ok(i < 200, `${sockets() - before} connections to the broker are still open after the sink failed to open`);
    await new Promise((r) => setTimeout(r, 50));
  }
});
