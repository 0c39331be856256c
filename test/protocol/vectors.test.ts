// Request frames captured from real clients (test/protocol/vectors/, written by
// scripts/capture-vectors.ts) decode, and re-encode byte-identically: the header and body the
// codecs read are all there is to the bytes, down to tagged fields, nulls and compact lengths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeRequest, encodeRequest } from '../../src/protocol/frames.ts';
import { ApiKeys, type ApiKey } from '../../src/protocol/generated/apis.ts';
import type { ProduceRequest } from '../../src/protocol/generated/produce-request.ts';
import { recordsBytes } from '../../src/protocol/writer.ts';

const VECTORS = join(import.meta.dirname, 'vectors');
const FILE = /^\d{3}-([A-Za-z]+)-v(\d+)\.bin$/;

interface Vector {
  readonly client: string;
  readonly file: string;
  readonly api: string;
  readonly version: number;
  readonly bytes: Buffer;
}

const vectors: Vector[] = readdirSync(VECTORS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(VECTORS, d.name))
      .filter((file) => file.endsWith('.bin'))
      .sort()
      .map((file) => {
        const m = FILE.exec(file);
        assert.ok(m, `${d.name}/${file} is not named NNN-<Api>-v<version>.bin`);
        return { client: d.name, file, api: m[1]!, version: Number(m[2]), bytes: readFileSync(join(VECTORS, d.name, file)) };
      }),
  );

for (const v of vectors) {
  test(`${v.client}/${v.file} decodes and re-encodes byte-identically`, () => {
    const { api, header, body } = decodeRequest(v.bytes);
    assert.equal(api.name, v.api);
    assert.equal(header.requestApiVersion, v.version);
    const frame = Buffer.concat(encodeRequest(api.key as ApiKey, header.requestApiVersion, header.correlationId, header.clientId, body));
    assert.equal(frame.readInt32BE(0), frame.length - 4, 'size prefix');
    assert.deepEqual(frame.subarray(4), v.bytes);
  });
}

test('the vectors cover the required clients, APIs and both encodings', () => {
  const clients = new Set(vectors.map((v) => v.client));
  for (const c of ['kcat', 'kafkajs', 'kafka-python', 'platformatic']) assert.ok(clients.has(c), `no vectors from ${c}`);
  const apis = new Set(vectors.map((v) => v.api));
  for (const a of ['Produce', 'Fetch', 'Metadata', 'ApiVersions', 'JoinGroup', 'SyncGroup']) assert.ok(apis.has(a), `no ${a} vector`);
  assert.ok(apis.has('OffsetCommit') || apis.has('Heartbeat'), 'no OffsetCommit or Heartbeat vector');
  const flexible = vectors.map((v) => decodeRequest(v.bytes)).map(({ api, header }) => api.flexibleMin !== null && header.requestApiVersion >= api.flexibleMin);
  assert.ok(flexible.includes(true), 'no flexible-version vector');
  assert.ok(flexible.includes(false), 'no non-flexible-version vector');
  const produce = vectors.filter((v) => v.client === 'kcat' && v.api === 'Produce').map((v) => decodeRequest(v.bytes));
  const codecs = new Set(
    produce.flatMap(({ api, body }) => {
      assert.equal(api.key, ApiKeys.Produce);
      const field = (body as ProduceRequest).topicData[0]?.partitionData[0]?.records;
      const records = field === undefined || field === null ? field : recordsBytes(field);
      // A record batch (magic 2, byte 16) keeps its codec in the low bits of the attributes (bytes 21-22).
      return records !== null && records !== undefined && records[16] === 2 ? [records[22]! & 7] : [];
    }),
  );
  assert.deepEqual([...codecs].sort(), [0, 1, 2, 3, 4], 'kcat produce vectors: one per codec (none, gzip, snappy, lz4, zstd)');
});
