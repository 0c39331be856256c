// Bad input never reaches other clients: while a real client produces, other connections send
// malformed frames, oversized frames, unknown APIs and versions, and disconnect mid-frame. The
// producer sees no error, every record is there afterwards, and the broker still answers.
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
import { rng } from '../../src/protocol/testing/random-message.ts';
import { mutate } from '../../src/protocol/testing/mutate.ts';
import { decodeRecords, splitBatches } from '../../src/protocol/records/index.ts';

function send(port: number, bytes: Buffer, endAfter = true): Promise<{ closedByServer: boolean; received: number }> {
  return new Promise((resolve) => {
    const s: Socket = connect(port, '127.0.0.1');
    let received = 0;
    let done = false;
    const finish = (closedByServer: boolean): void => {
      if (done) return;
      done = true;
      s.destroy();
      resolve({ closedByServer, received });
    };
    s.on('data', (d) => (received += d.length));
    s.on('close', () => finish(true));
    s.on('error', () => finish(true));
    s.on('connect', () => {
      s.write(bytes);
      if (endAfter) setTimeout(() => finish(false), 300);
      else s.destroy();
    });
  });
}

const frame = (body: Buffer): Buffer => {
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
};

test('malformed and hostile connections do not disturb a producing client', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-robust-'));
  const broker = await Broker.start(brokerConfig({ 'data.dir': dir, listeners: '127.0.0.1:0', 'socket.request.max.bytes': '1048576' }));
  t.after(async () => {
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const port = broker.address().port;
  const kafka = new Kafka({ clientId: 'steady', brokers: [`127.0.0.1:${port}`], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: true });
  await producer.connect();

  const total = 300;
  const producing = (async () => {
    for (let i = 0; i < total; i++) {
      await producer.send({ topic: 'steady', acks: -1, messages: [{ key: `k${i}`, value: `v${i}`, headers: { n: String(i) } }] });
    }
  })();

  const valid = Buffer.concat(encodeRequest(3, 9, 1, 'bad', { topics: null, allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false }));
  const next = rng(99);
  const attacks: Promise<{ closedByServer: boolean; received: number }>[] = [];
  const oversized = Buffer.alloc(8);
  oversized.writeInt32BE(64 * 1024 * 1024);
  const unknownApi = Buffer.from(valid);
  unknownApi.writeInt16BE(9999, 4);
  const unknownVersion = Buffer.from(valid);
  unknownVersion.writeInt16BE(99, 6);
  let closedOnBadInput = 0;
  for (const bad of [oversized, unknownApi, unknownVersion, frame(Buffer.from([0, 1])), frame(Buffer.alloc(64, 0xff))]) {
    const r = await send(port, bad);
    if (r.closedByServer) closedOnBadInput++;
  }
  for (let i = 0; i < 200; i++) {
    const body = mutate(valid.subarray(4), next);
    attacks.push(send(port, frame(body)));
    attacks.push(send(port, valid.subarray(0, 1 + Math.floor(next() * (valid.length - 1))), false));
  }
  await Promise.all(attacks);
  await producing;
  await producer.disconnect();
  assert.equal(closedOnBadInput, 5, 'each hostile connection is closed by the broker');

  // Every record arrived once, in order, with its key and header.
  const { highWatermark } = broker.log.offsets('steady', 0);
  assert.equal(highWatermark, BigInt(total));
  const seen: string[] = [];
  let offset = 0n;
  while (offset < highWatermark) {
    const r = await broker.log.read('steady', 0, offset, 1 << 20);
    assert.ok(r.kind === 'ok' && r.records !== null);
    for (const b of splitBatches(r.records).batches) {
      for (const rec of decodeRecords(b.bytes).records) {
        seen.push(`${rec.offset}:${rec.key}=${rec.value}:${rec.headers[0]?.value}`);
        offset = rec.offset + 1n;
      }
    }
  }
  assert.deepEqual(seen, Array.from({ length: total }, (_, i) => `${i}:k${i}=v${i}:${i}`));
  // And the broker still answers a well-formed request.
  const after = await send(port, valid);
  assert.ok(after.received > 0 && !after.closedByServer);
});

test('an ApiVersions request of an unknown version gets a v0 answer with error 35 and the served APIs', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-robust-'));
  const broker = await Broker.start(brokerConfig({ 'data.dir': dir, listeners: '127.0.0.1:0' }));
  t.after(async () => {
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const request = Buffer.concat(encodeRequest(18, 3, 42, 'future-client', { clientSoftwareName: 'x', clientSoftwareVersion: '1' }));
  request.writeInt16BE(9, 6); // a version this broker does not know
  const socket = connect(broker.address().port, '127.0.0.1');
  socket.write(request);
  let data = Buffer.alloc(0);
  for await (const chunk of socket) {
    data = Buffer.concat([data, chunk as Buffer]);
    if (data.length >= 4 && data.length >= 4 + data.readInt32BE(0)) break;
  }
  socket.destroy();
  const { correlationId, body } = decodeResponse(18, 0, data.subarray(4, 4 + data.readInt32BE(0)));
  assert.equal(correlationId, 42);
  assert.equal(body.errorCode, 35);
  assert.deepEqual(body.apiKeys.find((a) => a.apiKey === 0), { apiKey: 0, minVersion: 0, maxVersion: 11 });
  assert.deepEqual(body.apiKeys.find((a) => a.apiKey === 18), { apiKey: 18, minVersion: 0, maxVersion: 4 });
});

test('thousands of connections are served at once', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'weir-robust-'));
  const broker = await Broker.start(brokerConfig({ 'data.dir': dir, listeners: '127.0.0.1:0' }));
  t.after(async () => {
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const request = Buffer.concat(encodeRequest(18, 3, 7, 'many', { clientSoftwareName: 'x', clientSoftwareVersion: '1' }));
  const sockets: Socket[] = [];
  const count = 3000;
  await Promise.all(
    Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
      const s = connect(broker.address().port, '127.0.0.1', () => resolve());
      s.on('error', reject);
      sockets.push(s);
    })),
  );
  // Every connection, all open at once, gets its answer.
  const answers = await Promise.all(
    sockets.map((s) => new Promise<number>((resolve) => {
      let data = Buffer.alloc(0);
      s.on('data', (d: Buffer) => {
        data = Buffer.concat([data, d]);
        if (data.length >= 4 && data.length >= 4 + data.readInt32BE(0)) resolve(decodeResponse(18, 3, data.subarray(4)).body.errorCode);
      });
      s.write(request);
    })),
  );
  for (const s of sockets) s.destroy();
  assert.equal(answers.length, count);
  assert.ok(answers.every((code) => code === 0));
});
