// Idempotent producers against a real broker over TCP: InitProducerId, raw Produce requests that
// repeat, skip and race batches, a restart on the same data directory, and KafkaJS's idempotent
// producer. Each checks what the log holds afterwards, batch by batch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Broker } from '../../src/broker/broker.ts';
import { brokerConfig } from '../../src/broker/config.ts';
import { encodeRequest, decodeResponse } from '../../src/protocol/frames.ts';
import type { ApiKey, ApiRequests, ApiResponses } from '../../src/protocol/generated/apis.ts';
import type { ProduceResponsePartitionProduceResponse } from '../../src/protocol/generated/index.ts';
import { KafkaErrors } from '../../src/protocol/generated/error-codes.ts';
import { encodeBatch, splitBatches, readBatchHeader, decodeRecords } from '../../src/protocol/records/index.ts';

/** A Kafka connection that sends requests and reads their responses in order. */
class RawClient {
  private readonly socket: Socket;
  private buffer = Buffer.alloc(0);
  private readonly waiting: { decode: (frame: Buffer) => void; fail: (e: Error) => void }[] = [];
  private correlation = 0;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (d: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      while (this.buffer.length >= 4 && this.buffer.length >= 4 + this.buffer.readInt32BE(0)) {
        const size = this.buffer.readInt32BE(0);
        const frame = this.buffer.subarray(4, 4 + size);
        this.buffer = this.buffer.subarray(4 + size);
        this.waiting.shift()?.decode(frame);
      }
    });
    socket.on('close', () => {
      for (const w of this.waiting.splice(0)) w.fail(new Error('connection closed'));
    });
  }

  static open(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }

  send<K extends ApiKey>(apiKey: K, version: number, body: ApiRequests[K]): Promise<ApiResponses[K]> {
    const id = ++this.correlation;
    return new Promise((resolve, reject) => {
      this.waiting.push({
        decode: (frame) => {
          try {
            const r = decodeResponse(apiKey, version, frame);
            assert.equal(r.correlationId, id);
            resolve(r.body);
          } catch (err) {
            reject(err as Error);
          }
        },
        fail: reject,
      });
      for (const chunk of encodeRequest(apiKey, version, id, 'idempotence-test', body)) this.socket.write(chunk);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

const PRODUCE_VERSION = 7;

async function produce(client: RawClient, topic: string, batch: Buffer, partition = 0): Promise<ProduceResponsePartitionProduceResponse> {
  const r = await client.send(0, PRODUCE_VERSION, { transactionalId: null, acks: -1, timeoutMs: 10_000, topicData: [{ name: topic, partitionData: [{ index: partition, records: batch }] }] });
  return r.responses[0]!.partitionResponses[0]!;
}

function idempotent(producerId: bigint, baseSequence: number, records: number, producerEpoch = 0): Buffer {
  return encodeBatch({
    records: Array.from({ length: records }, (_, i) => ({ key: Buffer.from(`k${baseSequence + i}`), value: Buffer.from(`p${producerId}-s${baseSequence + i}`) })),
    producerId,
    producerEpoch,
    baseSequence,
  });
}

/** Each batch in the partition as producerId/baseSequence@baseOffset. */
async function logBatches(broker: Broker, topic: string, partition = 0): Promise<string[]> {
  const out: string[] = [];
  for (const b of await allBatches(broker, topic, partition)) {
    const h = readBatchHeader(b);
    out.push(`${h.producerId}/${h.baseSequence}@${h.baseOffset}`);
  }
  return out;
}

/** Every batch of the partition, reading cold ranges and hot batches alike. */
async function allBatches(broker: Broker, topic: string, partition: number): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  let offset = 0n;
  for (;;) {
    const r = await broker.log.read(topic, partition, offset, 1 << 20);
    if (r.kind !== 'ok' || r.records === null) return out;
    for (const b of splitBatches(r.records).batches) {
      const h = readBatchHeader(b.bytes);
      if (h.baseOffset + BigInt(h.lastOffsetDelta) < offset) continue;
      out.push(b.bytes);
      offset = h.baseOffset + BigInt(h.lastOffsetDelta) + 1n;
    }
  }
}

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'weir-idempotence-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function start(dir: string): Promise<Broker> {
  return Broker.start(brokerConfig({ 'data.dir': dir, listeners: '127.0.0.1:0' }));
}

test('InitProducerId hands out new ids with epoch 0, ignores a v3+ id, and refuses transactional ids', async (t) => {
  const broker = await start(tempDir(t));
  t.after(() => broker.stop());
  const client = await RawClient.open(broker.address().port);
  t.after(() => client.close());
  const ids = new Set<bigint>();
  for (let v = 0; v <= 5; v++) {
    const r = await client.send(22, v, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: v >= 3 ? 0n : -1n, producerEpoch: v >= 3 ? 0 : -1 });
    assert.equal(r.errorCode, 0, `v${v}`);
    assert.equal(r.producerEpoch, 0);
    ids.add(r.producerId);
  }
  assert.equal(ids.size, 6, 'every request gets a new id');
  const txn = await client.send(22, 4, { transactionalId: 'tx-1', transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 });
  assert.deepEqual([txn.errorCode, txn.producerId, txn.producerEpoch], [KafkaErrors.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, -1n, -1]);
  const empty = await client.send(22, 1, { transactionalId: '', transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 });
  assert.equal(empty.errorCode, KafkaErrors.INVALID_REQUEST);
  const versions = await client.send(18, 3, { clientSoftwareName: 'test', clientSoftwareVersion: '1' });
  const api = versions.apiKeys.find((k) => k.apiKey === 22);
  assert.deepEqual([api?.minVersion, api?.maxVersion], [0, 5]);
});

test('raw Produce: duplicates are acknowledged with the first offsets and written once; gaps are refused; a restart keeps the state', async (t) => {
  const dir = tempDir(t);
  let broker = await start(dir);
  t.after(() => broker.stop());
  broker.log.createTopic('idem', 1);
  let client = await RawClient.open(broker.address().port);
  const init = await client.send(22, 4, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 });
  const pid = init.producerId;

  const first = await produce(client, 'idem', idempotent(pid, 0, 3));
  assert.deepEqual([first.errorCode, first.baseOffset], [0, 0n]);
  const again = await produce(client, 'idem', idempotent(pid, 0, 3));
  assert.deepEqual([again.errorCode, again.baseOffset], [0, 0n], 'the duplicate is acknowledged with its first offset');

  // Five batches pipelined on one connection, then all five again.
  const sent = await Promise.all([3, 5, 7, 9, 11].map((seq) => produce(client, 'idem', idempotent(pid, seq, 2))));
  assert.deepEqual(sent.map((r) => [r.errorCode, r.baseOffset]), [[0, 3n], [0, 5n], [0, 7n], [0, 9n], [0, 11n]]);
  const resent = await Promise.all([3, 5, 7, 9, 11].map((seq) => produce(client, 'idem', idempotent(pid, seq, 2))));
  assert.deepEqual(resent.map((r) => [r.errorCode, r.baseOffset]), [[0, 3n], [0, 5n], [0, 7n], [0, 9n], [0, 11n]]);

  const gap = await produce(client, 'idem', idempotent(pid, 20, 1));
  assert.equal(gap.errorCode, KafkaErrors.OUT_OF_ORDER_SEQUENCE_NUMBER);
  const oldEpoch = await produce(client, 'idem', idempotent(pid, 13, 1, -1));
  assert.equal(oldEpoch.errorCode, KafkaErrors.INVALID_PRODUCER_EPOCH, 'an epoch older than the current one');

  // The same batch from a second connection at the same time as the first: written once.
  const other = await RawClient.open(broker.address().port);
  const [a, b] = await Promise.all([produce(client, 'idem', idempotent(pid, 13, 4)), produce(other, 'idem', idempotent(pid, 13, 4))]);
  assert.deepEqual([a.errorCode, a.baseOffset, b.errorCode, b.baseOffset], [0, 13n, 0, 13n]);
  other.close();

  const expected = [`${pid}/0@0`, `${pid}/3@3`, `${pid}/5@5`, `${pid}/7@7`, `${pid}/9@9`, `${pid}/11@11`, `${pid}/13@13`];
  assert.deepEqual(await logBatches(broker, 'idem'), expected);

  // Restart on the same data directory; the last batch is resent.
  client.close();
  await broker.stop();
  broker = await start(dir);
  client = await RawClient.open(broker.address().port);
  t.after(() => client.close());
  const afterRestart = await produce(client, 'idem', idempotent(pid, 13, 4));
  assert.deepEqual([afterRestart.errorCode, afterRestart.baseOffset], [0, 13n], 'the duplicate is detected after the restart');
  const older = await produce(client, 'idem', idempotent(pid, 9, 2));
  assert.deepEqual([older.errorCode, older.baseOffset], [0, 9n]);
  const next = await produce(client, 'idem', idempotent(pid, 17, 1));
  assert.deepEqual([next.errorCode, next.baseOffset], [0, 17n]);
  assert.deepEqual(await logBatches(broker, 'idem'), [...expected, `${pid}/17@17`]);
  const fresh = await client.send(22, 4, { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1n, producerEpoch: -1 });
  assert.ok(fresh.producerId > pid, 'producer ids are not reused after a restart');
});

test('KafkaJS idempotent producer: every record once, written by an idempotent producer', { timeout: 60_000 }, async (t) => {
  const broker = await start(tempDir(t));
  t.after(() => broker.stop());
  broker.log.createTopic('kjs', 2);
  const kafka = new Kafka({ clientId: 'idem', brokers: [`127.0.0.1:${broker.address().port}`], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  t.after(() => producer.disconnect());
  const total = 200;
  for (let i = 0; i < total; i += 10) {
    await producer.send({ topic: 'kjs', acks: -1, messages: Array.from({ length: 10 }, (_, j) => ({ key: `k${(i + j) % 7}`, value: `v${i + j}` })) });
  }
  const values: string[] = [];
  const producerIds = new Set<bigint>();
  for (const p of [0, 1]) {
    for (const b of await allBatches(broker, 'kjs', p)) {
      const decoded = decodeRecords(b);
      producerIds.add(decoded.header.producerId);
      for (const rec of decoded.records) values.push(rec.value!.toString());
    }
  }
  assert.equal(values.length, total);
  assert.equal(new Set(values).size, total);
  assert.equal(producerIds.size, 1);
  assert.ok([...producerIds][0]! >= 0n, 'batches carry the producer id from InitProducerId');
});

test('a transactional client fails at once with TRANSACTIONAL_ID_AUTHORIZATION_FAILED rather than retrying', { timeout: 60_000 }, async (t) => {
  const broker = await start(tempDir(t));
  t.after(() => broker.stop());
  const kafka = new Kafka({ clientId: 'txn', brokers: [`127.0.0.1:${broker.address().port}`], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ transactionalId: 'tx-app', maxInFlightRequests: 1, idempotent: true });
  await producer.connect();
  t.after(() => producer.disconnect());
  const began = Date.now();
  await assert.rejects(producer.transaction(), (err: Error & { type?: string }) => err.type === 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED');
  assert.ok(Date.now() - began < 5000, 'no retry loop');
});
