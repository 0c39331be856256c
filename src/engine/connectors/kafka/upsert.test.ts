// upsert-kafka against a broker in this process, in-process and over the wire: the sink writes
// +I/+U as key and value, -D as a tombstone, drops -U; the source reads values as +I and
// tombstones as -D of their key (Flink's row kinds; a changelogNormalize follows in the plan);
// the reduce buffer keeps the last change per key.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../../../sql/types/types.ts';
import type { Field } from '../../../sql/plan/physical.ts';
import type { Change } from '../../../sql/types/values.ts';
import { upsertKafka } from './index.ts';
import { WAYS, collect, context, kcatRead, startBroker, type Way } from './test-support.ts';

const b = await startBroker();
after(() => b.stop());

const FIELDS: Field[] = [{ name: 'id', type: T.INT(false) }, { name: 'name', type: T.STRING() }];
const options = (topic: string, extra: Record<string, string> = {}) => ({
  connector: 'upsert-kafka', topic, 'properties.bootstrap.servers': b.bootstrap, 'key.format': 'json', 'value.format': 'json', ...extra,
});

function topic(name: string, way: Way, partitions = 2): string {
  const t = `${name}-${way.name}`;
  b.broker.log.createTopic(t, partitions);
  return t;
}

for (const way of WAYS) {
  test(`${way.name}: changes written as upserts and tombstones, read back as +I and -D`, async () => {
    const t = topic('upsert', way);
    const ctx = () => context({ options: options(t), fields: FIELDS, primaryKey: [0], services: way.services(b) });
    const sink = await upsertKafka.createSink!(ctx());
    const changes: Change[] = [
      { kind: '+I', row: [1, 'a'] }, { kind: '+I', row: [2, 'b'] },
      { kind: '-U', row: [1, 'a'] }, { kind: '+U', row: [1, 'a2'] },
      { kind: '-D', row: [2, 'b'] },
    ];
    await sink.write(changes);
    await sink.checkpoint(1);
    await sink.close();
    const got = (await kcatRead(b.bootstrap, t)).sort((x, y) => x.partition - y.partition || x.offset - y.offset);
    const byKey = (k: string) => got.filter((r) => r.key === k).map((r) => r.payload);
    assert.equal(got.length, 4, '-U is not written');
    assert.deepEqual(byKey('{"id":1}'), ['{"id":1,"name":"a"}', '{"id":1,"name":"a2"}']);
    assert.deepEqual(byKey('{"id":2}'), ['{"id":2,"name":"b"}', null]);

    const reader = await upsertKafka.createSource!(ctx());
    const read = await collect(reader, 4);
    const of = (id: number) => read.filter((r) => r.row[0] === id).map((r) => [r.kind, ...r.row]);
    assert.deepEqual(of(1), [['+I', 1, 'a'], ['+I', 1, 'a2']]);
    assert.deepEqual(of(2), [['+I', 2, 'b'], ['-D', 2, null]]);
    await reader.close();
  });

  test(`${way.name}: with sink.buffer-flush.* only the last change per key is written`, async () => {
    const t = topic('buffered', way);
    const sink = await upsertKafka.createSink!(context({
      options: options(t, { 'sink.buffer-flush.max-rows': '100', 'sink.buffer-flush.interval': '1 h' }), fields: FIELDS, primaryKey: [0], services: way.services(b),
    }));
    await sink.write([{ kind: '+I', row: [1, 'a'] }, { kind: '+I', row: [2, 'b'] }, { kind: '-U', row: [1, 'a'] }, { kind: '+U', row: [1, 'c'] }]);
    await sink.write([{ kind: '-D', row: [2, 'b'] }]);
    assert.equal((await kcatRead(b.bootstrap, t)).length, 0, 'nothing before the flush');
    await sink.checkpoint(1);
    await sink.close();
    const got = (await kcatRead(b.bootstrap, t)).map((r) => [r.key, r.payload]).sort();
    assert.deepEqual(got, [['{"id":1}', '{"id":1,"name":"c"}'], ['{"id":2}', null]]);
  });
}
