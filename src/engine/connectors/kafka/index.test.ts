// Which bootstrap addresses mean the broker in this process, and option errors a table gets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { WeirError } from '../../../util/errors.ts';
import { isLocalAddress } from './index.ts';
import { readOptions, specificOffsets } from './options.ts';

test('a bootstrap address is local when it names a listener: same port, same or loopback host', () => {
  assert.equal(isLocalAddress('127.0.0.1:9092', ['127.0.0.1:9092']), true);
  assert.equal(isLocalAddress('localhost:9092', ['127.0.0.1:9092']), true);
  assert.equal(isLocalAddress(`${hostname()}:9092`, ['0.0.0.0:9092']), true);
  assert.equal(isLocalAddress('localhost:9093', ['127.0.0.1:9092']), false);
  assert.equal(isLocalAddress('kafka.example.com:9092', ['127.0.0.1:9092']), false);
  assert.equal(isLocalAddress('localhost:9092', []), false);
});

test('scan options: Flink defaults and errors', () => {
  const read = (o: Record<string, string>) => readOptions('t', 'kafka', new Map(Object.entries({ topic: 'a; b', 'properties.bootstrap.servers': 'h:1', ...o })), 'source');
  assert.throws(() => read({}), (e: unknown) => e instanceof WeirError && /'properties.group.id' is required for 'scan.startup.mode' = 'group-offsets'/.test(e.message));
  const o = read({ 'properties.group.id': 'g' });
  assert.deepEqual(o.topics, ['a', 'b']);
  assert.deepEqual(o.startup, { kind: 'group', reset: 'none' }, "Flink's default reset for committed offsets is none");
  assert.equal(o.bounded, undefined);
  assert.equal(o.discoveryMs, 300_000);
  assert.throws(() => read({ 'scan.startup.mode': 'earliest-offset', 'properties.auto.offset.reset': 'smallest' }), /can not be set to 'smallest'/);
  assert.deepEqual([...specificOffsets('partition:0,offset:42;partition:1,offset:300')], [[0, 42n], [1, 300n]]);
  const upsert = readOptions('t', 'upsert-kafka', new Map([['topic', 'a'], ['properties.bootstrap.servers', 'h:1']]), 'source');
  assert.deepEqual(upsert.startup, { kind: 'earliest' }, 'upsert-kafka reads from the earliest offset');
});

test('max.partition.fetch.bytes: Kafka default 1 MiB, a non-negative integer or a named error', () => {
  const read = (o: Record<string, string>) => readOptions('t', 'kafka', new Map(Object.entries({ topic: 'a', 'properties.bootstrap.servers': 'h:1', 'scan.startup.mode': 'earliest-offset', ...o })), 'source');
  assert.equal(read({}).maxFetchBytes, 1048576);
  assert.equal(read({ 'properties.max.partition.fetch.bytes': '2048' }).maxFetchBytes, 2048);
  assert.throws(() => read({ 'properties.max.partition.fetch.bytes': '1 MB' }), (e: unknown) => e instanceof WeirError && e.code === 'CONFIG_INVALID' && /'properties.max.partition.fetch.bytes' of table 't' .* must be a non-negative integer, not '1 MB'/.test(e.message));
});
