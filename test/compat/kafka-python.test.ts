// kafka-python (Debian's python3-kafka 2.0.2, run with /usr/bin/python3) against `weir broker` in
// a child process: a producer (acks=all, plain and gzip, explicit partitions, keys, headers and
// timestamps) read back by a group-less consumer, a consumer group that rebalances as a second
// member joins and leaves, and the admin client (create a topic with configs, describe its configs
// and the broker's, create it twice, delete it). kafka-python picks its request versions from the
// broker version it infers from ApiVersions. The scripts are in ./python/.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBroker, stopAll, runPython, assertDelivered, storedBatches, unique, makeRecords, withOffsets, placeRounds, assertGroupRounds, BASE_TS, type Delivery, type Got, type Rec } from './support.ts';

const PARTITIONS = 3;
const broker = await startBroker({
  set: { 'num.partitions': PARTITIONS, 'group.initial.rebalance.delay.ms': 0, 'group.min.session.timeout.ms': 1000 },
});
after(stopAll);

interface PyRecord extends Got {
  timestamp_type?: number;
}

async function produce(records: readonly Rec[], config: Record<string, unknown>): Promise<Rec[]> {
  const { delivered } = await runPython<{ delivered: (Delivery & { timestamp: number | null })[] }>('kafka_python_produce.py', { bootstrap: broker.bootstrap, config, records }, {
    timeoutMs: 45_000,
  });
  const placed = withOffsets(records, delivered);
  assert.deepEqual(
    delivered.map((d) => d.timestamp),
    records.map((r) => r.timestamp),
    'RecordMetadata carries each record’s CreateTime',
  );
  return placed;
}

async function read(topic: string): Promise<PyRecord[]> {
  return (await runPython<{ records: PyRecord[] }>('kafka_python_read.py', { bootstrap: broker.bootstrap, topic, partitions: PARTITIONS }, { timeoutMs: 45_000 })).records;
}

for (const compression of [null, 'gzip'] as const) {
  test(`producer (acks=all${compression ? `, ${compression}` : ''}) and a group-less consumer: every record back once, in order, exactly`, { timeout: 90_000 }, async () => {
    const topic = unique(`kafka-python-${compression ?? 'plain'}`);
    const expected = await produce(makeRecords(topic, PARTITIONS, 25, 'kp'), { acks: 'all', linger_ms: 5, compression_type: compression });
    const got = await read(topic);
    assert.ok(
      got.every((r) => r.timestamp_type === 0),
      'CreateTime (type 0) timestamps',
    );
    assertDelivered(got, expected, 'kafka-python read-back');
    for (let p = 0; p < PARTITIONS; p++) {
      const codecs = new Set((await storedBatches(broker.port, topic, p)).map((b) => b.header.compression));
      assert.deepEqual([...codecs], [compression ?? 'none'], `${topic}-${p}: codecs of the stored batches`);
    }
  });
}

const groups = broker.needs('groups');
test('a consumer group rebalances as members join and leave; every record is consumed once across them', { timeout: 90_000, todo: groups.todo }, async () => {
  if (groups.missing) return;
  const topic = unique('kafka-python-group');
  const group = unique('kafka-python-g');
  const rounds = [1, 2, 3].map((n) => makeRecords(topic, PARTITIONS, 10, `round ${n}`, BASE_TS + n * 100_000));
  const out = await runPython<{ timings: Record<string, number>; delivered: Delivery[][]; consumers: Record<'a' | 'b', { records: PyRecord[]; events: ['assign' | 'revoke', number[]][] }>; committed: Record<string, number> }>(
    'kafka_python_group.py',
    { bootstrap: broker.bootstrap, topic, group, partitions: PARTITIONS, rounds },
    { timeoutMs: 75_000 },
  );
  const { expected, next } = placeRounds(rounds, out.delivered);
  const { a, b } = out.consumers;
  assertGroupRounds(a, b, out.timings['a takes every partition back']!, PARTITIONS, expected);
  assert.deepEqual(
    out.committed,
    Object.fromEntries([0, 1, 2].map((p) => [String(p), next.get(p)])),
    'the group committed every partition to its end',
  );
});

const admin = broker.needs('createDelete', 'describeConfigs');
test('admin: create a topic with configs, describe configs (topic and broker), create again, delete', { timeout: 60_000, todo: admin.todo }, async () => {
  if (admin.missing) return;
  const topic = unique('kafka-python-admin');
  const out = await runPython<{
    create: [string, number][];
    listed_after_create: boolean;
    partitions: number[];
    create_again: [string, number, string?][];
    describe: { error_code: number; resource_type: number; resource_name: string; configs: Record<string, { value: string | null; read_only: boolean; default_or_source: number | boolean; sensitive: boolean }> }[];
    describe_broker: { error_code: number; resource_name: string; names: string[] }[];
    delete: [string, number][];
    listed_after_delete: boolean;
  }>('kafka_python_admin.py', { bootstrap: broker.bootstrap, topic, partitions: 4, configs: { 'retention.ms': '3600000', 'cleanup.policy': 'compact' } }, { timeoutMs: 45_000 });
  assert.deepEqual(out.create, [[topic, 0]], 'CreateTopics succeeds');
  assert.equal(out.listed_after_create, true);
  assert.deepEqual(out.partitions, [0, 1, 2, 3], 'the topic has the partitions asked for');
  assert.deepEqual(out.create_again.map(([name, code]) => [name, code]), [[topic, 36]], 'creating it again: TOPIC_ALREADY_EXISTS (36)');

  assert.equal(out.describe.length, 1);
  const described = out.describe[0]!;
  assert.equal(described.error_code, 0);
  assert.equal(described.resource_name, topic);
  // DescribeConfigs v1+ reports a source: 1 = topic config, 5 = default.
  const source = (name: string): number | boolean | undefined => described.configs[name]?.default_or_source;
  assert.deepEqual(described.configs['retention.ms'], { value: '3600000', read_only: false, default_or_source: 1, sensitive: false });
  assert.deepEqual(described.configs['cleanup.policy'], { value: 'compact', read_only: false, default_or_source: 1, sensitive: false });
  assert.equal(described.configs['max.message.bytes']?.value, '1048588', 'a default config is described too');
  assert.equal(source('max.message.bytes'), 5, 'with the default source');

  assert.equal(out.describe_broker[0]?.error_code, 0, 'the broker’s configs are described');
  for (const name of ['num.partitions', 'auto.create.topics.enable', 'log.retention.ms']) assert.ok(out.describe_broker[0]!.names.includes(name), `broker config ${name} is described`);

  assert.deepEqual(out.delete, [[topic, 0]], 'DeleteTopics succeeds');
  assert.equal(out.listed_after_delete, false, 'the topic is gone from Metadata');
});

test('the broker stayed up and logged no errors', (t) => {
  broker.assertHealthy(t);
});
