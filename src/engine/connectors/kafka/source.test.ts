// The kafka source against a broker in this process, read both in-process and over the wire:
// key and value formats, metadata columns, Flink's null-key and tombstone rules, every startup
// mode, bounded reads, restore from position(), and records that cannot be decoded.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Producer } from '@platformatic/kafka';
import * as T from '../../../sql/types/types.ts';
import type { Field } from '../../../sql/plan/physical.ts';
import { WeirError } from '../../../util/errors.ts';
import { kafka } from './index.ts';
import { WAYS, collect, context, kcat, startBroker, type Way } from './test-support.ts';

const b = await startBroker();
after(() => b.stop());

const FIELDS: Field[] = [{ name: 'id', type: T.INT() }, { name: 'name', type: T.STRING() }];
const json = (topic: string, extra: Record<string, string> = {}) => ({
  connector: 'kafka', topic, 'properties.bootstrap.servers': b.bootstrap, format: 'json', 'scan.startup.mode': 'earliest-offset', ...extra,
});

/** Writes `lines` ("key|value", or a value alone for a null key) to one partition with kcat. */
async function produce(topic: string, partition: number, lines: string[], headers: string[] = []): Promise<void> {
  await kcat(b.bootstrap, ['-P', '-t', topic, '-p', String(partition), '-K', '|', '-Z', ...headers.flatMap((h) => ['-H', h])], lines.join('\n') + '\n');
}

function topic(name: string, way: Way, partitions = 2): string {
  const t = `${name}-${way.name}`;
  b.broker.log.createTopic(t, partitions);
  return t;
}

const ids = (records: readonly { row: unknown[] }[]) => records.map((r) => r.row[0]).sort();

for (const way of WAYS) {
  test(`${way.name}: key and value formats, metadata columns, null keys and tombstones skipped`, async () => {
    const t = topic('layout', way);
    await produce(t, 0, ['{"id":1}|{"name":"a"}', '{"id":2}|{"name":"b"}', '{"name":"no key"}']);
    await produce(t, 1, ['{"id":3}|{"name":"c"}', '{"id":4}|'], ['h=v', 'empty']);
    const started = Date.now();
    const fields: Field[] = [
      ...FIELDS,
      { name: 'topic', type: T.STRING() }, { name: 'partition', type: T.INT() }, { name: 'offset', type: T.BIGINT() },
      { name: 'headers', type: T.MAP(T.STRING(), T.BYTES()) }, { name: 'ts', type: T.TIMESTAMP_LTZ(3) },
      { name: 'tstype', type: T.STRING() }, { name: 'epoch', type: T.INT() },
    ];
    const metadata = ['topic', 'partition', 'offset', 'headers', 'timestamp', 'timestamp-type', 'leader-epoch'].map((key, i) => ({ index: 2 + i, key }));
    const ctx = context({
      options: json(t, { 'key.format': 'json', 'key.fields': 'id', 'value.fields-include': 'EXCEPT_KEY' }),
      fields, metadata, services: way.services(b),
    });
    const reader = await kafka.createSource!(ctx);
    assert.deepEqual(reader.partitions(), [0, 1]);
    const got = await collect(reader, 3);
    assert.equal((await reader.poll(10))?.length, 0, 'the null-key record and the tombstone yield nothing');
    const byId = new Map(got.map((r) => [r.row[0], r]));
    assert.deepEqual([...byId.keys()].sort(), [1, 2, 3]);
    const [r1, r3] = [byId.get(1)!, byId.get(3)!];
    assert.equal(r1.kind, '+I');
    assert.deepEqual(r1.row.slice(0, 4), [1, 'a', t, 0]);
    assert.equal(r1.row[4], 0n);
    assert.equal(r1.partition, 0);
    assert.deepEqual(r3.row.slice(0, 5), [3, 'c', t, 1, 0n]);
    assert.equal(r3.partition, 1);
    assert.deepEqual(r3.row[5], new Map([['h', Buffer.from('v')], ['empty', null]]));
    assert.ok(typeof r3.row[6] === 'number' && r3.row[6] >= started - 60_000 && r3.row[6] <= Date.now(), `timestamp ${r3.row[6]}`);
    assert.equal(r3.row[7], 'CreateTime');
    assert.deepEqual(reader.position(), { partitions: [{ topic: t, partition: 0, offset: '3' }, { topic: t, partition: 1, offset: '2' }] });
    await reader.close();
  });

  test(`${way.name}: startup modes earliest, latest, group-offsets, specific-offsets`, async () => {
    const t = topic('modes', way);
    await produce(t, 0, ['{"id":1}', '{"id":2}', '{"id":3}']);
    await produce(t, 1, ['{"id":10}', '{"id":11}']);
    const open = (extra: Record<string, string>) => kafka.createSource!(context({ options: json(t, extra), fields: FIELDS, services: way.services(b) }));

    const earliest = await open({});
    assert.deepEqual(ids(await collect(earliest, 5)), [1, 10, 11, 2, 3]);
    await earliest.close();

    const latest = await open({ 'scan.startup.mode': 'latest-offset' });
    assert.deepEqual(await latest.poll(10), []);
    await produce(t, 1, ['{"id":12}']);
    assert.deepEqual(ids(await collect(latest, 1)), [12]);
    await latest.close();

    b.broker.log.meta.commitOffset(`g-${way.name}`, t, 0, 2n, -1, null);
    const group = { 'scan.startup.mode': 'group-offsets', 'properties.group.id': `g-${way.name}` };
    const committed = await open({ ...group, 'properties.auto.offset.reset': 'latest' });
    assert.deepEqual(ids(await collect(committed, 1)), [3], 'partition 0 from its committed offset 2, partition 1 (none committed) from the end');
    assert.deepEqual(await committed.poll(10), []);
    await committed.close();
    await assert.rejects(open(group), (e: unknown) => e instanceof WeirError && /no valid offset for topic modes-\S+ partition 1 \(consumer group 'g-/.test(e.message) && /auto\.offset\.reset/.test(e.hint ?? ''));

    const specific = await open({ 'scan.startup.mode': 'specific-offsets', 'scan.startup.specific-offsets': 'partition:0,offset:1' });
    assert.deepEqual(ids(await collect(specific, 5)), [10, 11, 12, 2, 3], 'partition 1 is not listed: earliest');
    await specific.close();
  });

  test(`${way.name}: timestamp startup and bounded modes`, async () => {
    const t = topic('times', way, 1);
    const producer = new Producer({ clientId: 'test', bootstrapBrokers: [b.bootstrap] });
    await producer.send({ messages: [1000n, 2000n, 3000n].map((ts, i) => ({ topic: t, partition: 0, value: Buffer.from(`{"id":${i}}`), timestamp: ts })) });
    await producer.close();
    const open = (extra: Record<string, string>) => kafka.createSource!(context({ options: json(t, extra), fields: FIELDS, services: way.services(b) }));

    const from2000 = await open({ 'scan.startup.mode': 'timestamp', 'scan.startup.timestamp-millis': '2000' });
    assert.deepEqual(ids(await collect(from2000, 2)), [1, 2]);
    await from2000.close();
    const future = await open({ 'scan.startup.mode': 'timestamp', 'scan.startup.timestamp-millis': '9000' });
    assert.deepEqual(await future.poll(10), [], 'no record that late: starts at the end');
    await future.close();

    const bounded = await open({ 'scan.bounded.mode': 'timestamp', 'scan.bounded.timestamp-millis': '3000' });
    assert.deepEqual(ids(await collect(bounded, 10)), [0, 1]);
    assert.equal(await bounded.poll(10), undefined, 'a bounded source ends');
    await bounded.close();
    const toLatest = await open({ 'scan.bounded.mode': 'latest-offset' });
    assert.deepEqual(ids(await collect(toLatest, 10)), [0, 1, 2]);
    await toLatest.close();
    const toSpecific = await open({ 'scan.bounded.mode': 'specific-offsets', 'scan.bounded.specific-offsets': 'partition:0,offset:1' });
    assert.deepEqual(ids(await collect(toSpecific, 10)), [0]);
    await toSpecific.close();
  });

  test(`${way.name}: a restored reader continues exactly at position()`, async () => {
    const t = topic('restore', way);
    await produce(t, 0, ['{"id":1}', '{"id":2}', '{"id":3}']);
    await produce(t, 1, ['{"id":4}', '{"id":5}']);
    const first = await kafka.createSource!(context({ options: json(t), fields: FIELDS, services: way.services(b) }));
    const seen = ids(await collect(first, 3));
    const saved = JSON.parse(JSON.stringify(first.position()));
    await first.close();
    await produce(t, 1, ['{"id":6}']);
    // The startup mode no longer matters: the restored position does.
    const second = await kafka.createSource!(context({ options: json(t, { 'scan.startup.mode': 'latest-offset' }), fields: FIELDS, services: way.services(b), restored: saved }));
    const rest = ids(await collect(second, 3));
    assert.equal(seen.length, 3);
    assert.deepEqual([...seen, ...rest].sort(), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(await second.poll(10), []);
    await second.close();
  });

  test(`${way.name}: a record that cannot be decoded names topic, partition and offset; ignore-parse-errors skips and counts it`, async () => {
    const t = topic('bad', way, 1);
    await produce(t, 0, ['{"id":1}', '{"id":', '{"id":3}']);
    const strict = await kafka.createSource!(context({ options: json(t), fields: FIELDS, services: way.services(b) }));
    await assert.rejects(collect(strict, 3), (e: unknown) => e instanceof WeirError && e.code === 'RECORD_CORRUPT' && e.message.includes(`topic ${t}, partition 0, offset 1:`));
    await strict.close();
    const lenient = context({ options: json(t, { 'json.ignore-parse-errors': 'true' }), fields: FIELDS, services: way.services(b) });
    const reader = await kafka.createSource!(lenient);
    assert.deepEqual(ids(await collect(reader, 2)), [1, 3]);
    assert.equal(lenient.skippedCount, 1);
    await reader.close();
  });

  test(`${way.name}: topic-pattern reads every matching topic; a missing topic is an error`, async () => {
    const a = topic('pat-a', way, 1);
    const c = topic('pat-c', way, 1);
    await produce(a, 0, ['{"id":1}']);
    await produce(c, 0, ['{"id":2}']);
    const options: Record<string, string> = { ...json(''), 'topic-pattern': `pat-[ac]-${way.name}` };
    delete options.topic;
    const reader = await kafka.createSource!(context({ options, fields: FIELDS, services: way.services(b) }));
    assert.deepEqual(reader.partitions(), [0, 1]);
    assert.deepEqual(ids(await collect(reader, 2)), [1, 2]);
    await reader.close();
    await assert.rejects(kafka.createSource!(context({ options: json('no-such-topic'), fields: FIELDS, services: way.services(b) })), /topic 'no-such-topic' does not exist/);
  });

  test(`${way.name}: partitions added later are found and read from their earliest offset`, async () => {
    const t = topic('grow', way, 1);
    const reader = await kafka.createSource!(context({
      options: json(t, { 'scan.startup.mode': 'latest-offset', 'scan.topic-partition-discovery.interval': '1 ms' }), fields: FIELDS, services: way.services(b),
    }));
    assert.deepEqual(reader.partitions(), [0]);
    b.broker.log.addPartitions(t, 2);
    await produce(t, 1, ['{"id":7}']);
    assert.deepEqual(ids(await collect(reader, 1)), [7]);
    assert.deepEqual(reader.partitions(), [0, 1]);
    await reader.close();
  });
}
