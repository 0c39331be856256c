// The schema registry over real HTTP with real clients: Weir's registry routes served by
// @hono/node-server on 127.0.0.1:0 over a fresh SQLite database, driven by
// @kafkajs/confluent-schema-registry (register, encode, decode for Avro, JSON Schema and Protobuf;
// an incompatible change rejected with 409), by plain fetch for the endpoints the client does not
// use (compatibility with verbose, config, deletes, ids shared across subjects, mode), and by
// python confluent-kafka's SchemaRegistryClient when Debian's python has it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SchemaRegistry as Client, SchemaType } from '@kafkajs/confluent-schema-registry';
import { SchemaRegistry } from '../../src/platform/registry/registry.ts';
import { registryRoutes } from '../../src/server/registry.ts';
import { startHttp, type HttpServer } from '../../src/server/serve.ts';

const execFileAsync = promisify(execFile);

const CT = 'application/vnd.schemaregistry.v1+json';
let dir: string;
let db: DatabaseSync;
let http: HttpServer;
let client: Client;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any; type: string | null }> {
  const response = await fetch(`${http.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': CT },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : JSON.parse(text), type: response.headers.get('content-type') };
}

const orderV1 = {
  type: 'record' as const,
  name: 'Order',
  namespace: 'shop',
  fields: [
    { name: 'id', type: 'string' },
    { name: 'amount', type: 'double' },
  ],
};
const orderV2 = { ...orderV1, fields: [...orderV1.fields, { name: 'currency', type: 'string', default: 'EUR' }] };
const orderBad = { ...orderV1, fields: [...orderV1.fields, { name: 'customer', type: 'string' }] };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weir-registry-'));
  db = new DatabaseSync(join(dir, 'platform.db'));
  http = await startHttp(registryRoutes(new SchemaRegistry(db)), '127.0.0.1:0');
  client = new Client({ host: http.url, retry: { retries: 0 } });
});

after(async () => {
  await http.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('with @kafkajs/confluent-schema-registry', () => {
  test('Avro: register, encode, decode; a compatible evolution reads old data; an incompatible one is refused with 409', async () => {
    const v1 = await client.register({ type: SchemaType.AVRO, schema: JSON.stringify(orderV1) }, { subject: 'orders-value' });
    const encoded = await client.encode(v1.id, { id: 'o-1', amount: 12.5 });
    assert.equal(encoded[0], 0);
    assert.equal(encoded.readInt32BE(1), v1.id);
    assert.deepEqual({ ...(await client.decode(encoded)) }, { id: 'o-1', amount: 12.5 });

    const v2 = await client.register({ type: SchemaType.AVRO, schema: JSON.stringify(orderV2) }, { subject: 'orders-value' });
    assert.notEqual(v2.id, v1.id);
    const old = await client.decode(encoded, { [SchemaType.AVRO]: { readerSchema: orderV2 } });
    assert.deepEqual({ ...old }, { id: 'o-1', amount: 12.5, currency: 'EUR' });
    assert.equal(await client.getLatestSchemaId('orders-value'), v2.id);
    assert.equal(await client.getRegistryIdBySchema('orders-value', { type: SchemaType.AVRO, schema: JSON.stringify(orderV1) }), v1.id);

    await assert.rejects(
      client.register({ type: SchemaType.AVRO, schema: JSON.stringify(orderBad) }, { subject: 'orders-value' }),
      (error: { status?: number; message: string }) => {
        assert.equal(error.status, 409);
        assert.match(error.message, /incompatible with an earlier schema for subject "orders-value"/);
        assert.match(error.message, /READER_FIELD_MISSING_DEFAULT_VALUE/);
        return true;
      },
    );
    assert.deepEqual((await call('GET', '/subjects/orders-value/versions')).json, [1, 2]);
  });

  test('JSON Schema: register, encode, decode; an invalid payload is refused by the client', async () => {
    const schema = {
      type: 'object',
      properties: { id: { type: 'string' }, qty: { type: 'integer', minimum: 0 } },
      required: ['id'],
      additionalProperties: false,
    };
    const { id } = await client.register({ type: SchemaType.JSON, schema: JSON.stringify(schema) }, { subject: 'stock-value' });
    const encoded = await client.encode(id, { id: 'sku-1', qty: 3 });
    assert.equal(encoded.readInt32BE(1), id);
    assert.deepEqual(await client.decode(encoded), { id: 'sku-1', qty: 3 });
    await assert.rejects(client.encode(id, { qty: -1 }));
    const version = (await call('GET', '/subjects/stock-value/versions/latest')).json;
    assert.equal(version.schemaType, 'JSON');
    assert.equal(version.id, id);
  });

  test('Protobuf: register, encode, decode', async () => {
    const proto = `syntax = "proto3";
package shop;
message Payment {
  string id = 1;
  int64 cents = 2;
  repeated string tags = 3;
}`;
    const { id } = await client.register({ type: SchemaType.PROTOBUF, schema: proto }, { subject: 'payments-value' });
    const encoded = await client.encode(id, { id: 'p-1', cents: 250, tags: ['a', 'b'] });
    assert.equal(encoded.readInt32BE(1), id);
    const decoded = (await client.decode(encoded)) as { toJSON(): unknown };
    assert.deepEqual(decoded.toJSON(), { id: 'p-1', cents: '250', tags: ['a', 'b'] });
    const byId = (await call('GET', `/schemas/ids/${id}`)).json;
    assert.equal(byId.schemaType, 'PROTOBUF');
    assert.equal(byId.schema, proto);
  });
});

describe('over plain HTTP', () => {
  test('answers in Confluent\'s content type; lists types; unknown paths and bad bodies are Confluent errors', async () => {
    const types = await call('GET', '/schemas/types');
    assert.equal(types.type, CT);
    assert.deepEqual([...types.json].sort(), ['AVRO', 'JSON', 'PROTOBUF']);
    assert.deepEqual((await call('GET', '/nope')).json, { error_code: 404, message: 'HTTP 404 Not Found' });
    const invalid = await call('POST', '/subjects/bad-value/versions', { schema: '{"type":"record","name":"X","fields":[{"name":"a","type":"Nope"}]}' });
    assert.equal(invalid.status, 422);
    assert.equal(invalid.json.error_code, 42201);
    assert.match(invalid.json.message, /^Invalid schema .*Nope/);
    const badVersion = await call('GET', '/subjects/orders-value/versions/zero');
    assert.equal(badVersion.status, 422);
    assert.equal(badVersion.json.error_code, 42202);
    assert.equal((await call('GET', '/subjects/none/versions')).json.error_code, 40401);
    assert.equal((await call('GET', '/subjects/orders-value/versions/9')).json.error_code, 40402);
    assert.equal((await call('GET', '/schemas/ids/9999')).json.error_code, 40403);
  });

  test('a body sent as application/json or octet-stream is read too', async () => {
    const schema = JSON.stringify({ type: 'record', name: 'Ping', fields: [{ name: 'at', type: 'long' }] });
    for (const type of ['application/json', 'application/octet-stream']) {
      const response = await fetch(`${http.url}/subjects/ping-value/versions`, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify({ schema }) });
      assert.equal(response.status, 200);
      assert.equal(typeof ((await response.json()) as { id: number }).id, 'number');
    }
    assert.deepEqual((await call('GET', '/subjects/ping-value/versions')).json, [1]);
  });

  test('compatibility endpoint with verbose, against latest, one version and all', async () => {
    const ok = await call('POST', '/compatibility/subjects/orders-value/versions/latest?verbose=true', { schema: JSON.stringify(orderV2) });
    assert.deepEqual(ok.json, { is_compatible: true, messages: [] });
    const bad = await call('POST', '/compatibility/subjects/orders-value/versions/latest?verbose=true', { schema: JSON.stringify(orderBad) });
    assert.equal(bad.json.is_compatible, false);
    assert.match(bad.json.messages[0], /errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'.*'customer'/);
    assert.ok(bad.json.messages.includes('{oldSchemaVersion: 2}'));
    assert.ok(bad.json.messages.includes("{compatibility: 'BACKWARD'}"));
    const quiet = await call('POST', '/compatibility/subjects/orders-value/versions/1', { schema: JSON.stringify(orderBad) });
    assert.deepEqual(quiet.json, { is_compatible: false });
    const all = await call('POST', '/compatibility/subjects/orders-value/versions', { schema: JSON.stringify(orderV2) });
    assert.deepEqual(all.json, { is_compatible: true });
    const fresh = await call('POST', '/compatibility/subjects/no-such-subject/versions/latest', { schema: JSON.stringify(orderBad) });
    assert.deepEqual(fresh.json, { is_compatible: true });
  });

  test('config: global default BACKWARD, per subject, defaultToGlobal, NONE lets anything through, delete', async () => {
    assert.deepEqual((await call('GET', '/config')).json, { compatibilityLevel: 'BACKWARD' });
    const missing = await call('GET', '/config/cfg-value');
    assert.equal(missing.status, 404);
    assert.equal(missing.json.error_code, 40408);
    assert.deepEqual((await call('GET', '/config/cfg-value?defaultToGlobal=true')).json, { compatibilityLevel: 'BACKWARD' });
    assert.equal((await call('PUT', '/config/cfg-value', { compatibility: 'SIDEWAYS' })).json.error_code, 42203);

    const first = { type: 'record', name: 'C', fields: [{ name: 'a', type: 'int' }] };
    const breaking = { type: 'record', name: 'C', fields: [{ name: 'b', type: 'string' }] };
    await call('POST', '/subjects/cfg-value/versions', { schema: JSON.stringify(first) });
    assert.equal((await call('POST', '/subjects/cfg-value/versions', { schema: JSON.stringify(breaking) })).status, 409);
    assert.deepEqual((await call('PUT', '/config/cfg-value', { compatibility: 'NONE' })).json, { compatibility: 'NONE' });
    assert.deepEqual((await call('GET', '/config/cfg-value')).json, { compatibilityLevel: 'NONE' });
    assert.equal((await call('POST', '/subjects/cfg-value/versions', { schema: JSON.stringify(breaking) })).status, 200);
    assert.deepEqual((await call('DELETE', '/config/cfg-value')).json, { compatibilityLevel: 'NONE' });
    assert.equal((await call('GET', '/config/cfg-value')).json.error_code, 40408);

    assert.deepEqual((await call('PUT', '/config', { compatibility: 'FULL_TRANSITIVE' })).json, { compatibility: 'FULL_TRANSITIVE' });
    assert.deepEqual((await call('GET', '/config')).json, { compatibilityLevel: 'FULL_TRANSITIVE' });
    await call('DELETE', '/config');
    assert.deepEqual((await call('GET', '/config')).json, { compatibilityLevel: 'BACKWARD' });
  });

  test('the same schema under two subjects has one id; ids list their subjects and versions', async () => {
    const shared = JSON.stringify({ type: 'record', name: 'Shared', fields: [{ name: 'x', type: 'int' }] });
    const spaced = JSON.stringify(JSON.parse(shared), null, 2);
    const a = (await call('POST', '/subjects/a-value/versions', { schema: shared })).json.id;
    const b = (await call('POST', '/subjects/b-value/versions', { schema: spaced })).json.id;
    assert.equal(a, b);
    assert.deepEqual((await call('GET', `/schemas/ids/${a}/subjects`)).json, ['a-value', 'b-value']);
    assert.deepEqual((await call('GET', `/schemas/ids/${a}/versions`)).json, [
      { subject: 'a-value', version: 1 },
      { subject: 'b-value', version: 1 },
    ]);
    assert.equal((await call('GET', `/schemas/ids/${a}/schema`)).json.name, 'Shared');
    const again = (await call('POST', '/subjects/a-value/versions', { schema: spaced })).json.id;
    assert.equal(again, a);
    assert.deepEqual((await call('GET', '/subjects/a-value/versions')).json, [1]);
    const looked = await call('POST', '/subjects/b-value', { schema: shared });
    assert.deepEqual(looked.json, { subject: 'b-value', version: 1, id: a, schema: shared }, 'the id\'s schema, as first registered');
    assert.equal((await call('POST', '/subjects/b-value', { schema: JSON.stringify(orderV1) })).json.error_code, 40403);
    const listed = (await call('GET', '/schemas?subjectPrefix=a-')).json;
    assert.deepEqual(listed, [{ subject: 'a-value', version: 1, id: a, schema: shared }]);
    assert.ok((await call('GET', '/subjects?subjectPrefix=b-')).json.includes('b-value'));
  });

  test('soft delete, then permanent; permanent first and soft twice are refused', async () => {
    const s = (n: number) => JSON.stringify({ type: 'record', name: 'D', fields: Array.from({ length: n }, (_, i) => ({ name: `f${i}`, type: 'int', default: 0 })) });
    await call('POST', '/subjects/del-value/versions', { schema: s(1) });
    await call('POST', '/subjects/del-value/versions', { schema: s(2) });
    await call('POST', '/subjects/del-value/versions', { schema: s(3) });

    assert.equal((await call('DELETE', '/subjects/del-value/versions/2?permanent=true')).json.error_code, 40407);
    assert.equal((await call('DELETE', '/subjects/del-value/versions/2')).json, 2);
    assert.equal((await call('DELETE', '/subjects/del-value/versions/2')).json.error_code, 40406);
    assert.deepEqual((await call('GET', '/subjects/del-value/versions')).json, [1, 3]);
    assert.deepEqual((await call('GET', '/subjects/del-value/versions?deleted=true')).json, [1, 2, 3]);
    assert.equal((await call('GET', '/subjects/del-value/versions/2')).json.error_code, 40402);
    assert.equal((await call('GET', '/subjects/del-value/versions/2?deleted=true')).json.version, 2);
    assert.equal((await call('DELETE', '/subjects/del-value/versions/2?permanent=true')).json, 2);
    assert.deepEqual((await call('GET', '/subjects/del-value/versions?deleted=true')).json, [1, 3]);

    assert.equal((await call('DELETE', '/subjects/del-value?permanent=true')).json.error_code, 40405);
    assert.deepEqual((await call('DELETE', '/subjects/del-value')).json, [1, 3]);
    assert.equal((await call('DELETE', '/subjects/del-value')).json.error_code, 40404);
    assert.ok(!(await call('GET', '/subjects')).json.includes('del-value'));
    assert.ok((await call('GET', '/subjects?deleted=true')).json.includes('del-value'));
    assert.equal((await call('GET', '/subjects/del-value/versions')).json.error_code, 40401);
    assert.deepEqual((await call('DELETE', '/subjects/del-value?permanent=true')).json, [1, 3]);
    assert.ok(!(await call('GET', '/subjects?deleted=true')).json.includes('del-value'));
    assert.equal((await call('DELETE', '/subjects/del-value')).json.error_code, 40401);
  });

  test('mode: READONLY refuses registration with 42205; IMPORT keeps given ids and versions', async () => {
    assert.deepEqual((await call('GET', '/mode')).json, { mode: 'READWRITE' });
    assert.deepEqual((await call('PUT', '/mode/ro-value', { mode: 'READONLY' })).json, { mode: 'READONLY' });
    const refused = await call('POST', '/subjects/ro-value/versions', { schema: '"string"' });
    assert.equal(refused.status, 422);
    assert.equal(refused.json.error_code, 42205);
    assert.deepEqual((await call('DELETE', '/mode/ro-value')).json, { mode: 'READONLY' });
    assert.equal((await call('GET', '/mode/ro-value')).json.error_code, 40409);
    assert.deepEqual((await call('GET', '/mode/ro-value?defaultToGlobal=true')).json, { mode: 'READWRITE' });
    assert.equal((await call('PUT', '/mode/ro-value', { mode: 'SIDEWAYS' })).json.error_code, 42204);

    assert.equal((await call('PUT', '/mode', { mode: 'IMPORT' })).json.error_code, 42205);
    await call('PUT', '/mode/imported-value', { mode: 'IMPORT' });
    const imported = await call('POST', '/subjects/imported-value/versions', { schema: '"long"', id: 5000, version: 7 });
    assert.deepEqual(imported.json, { id: 5000 });
    assert.equal((await call('GET', '/subjects/imported-value/versions/7')).json.id, 5000);
    await call('DELETE', '/mode/imported-value');
    const next = await call('POST', '/subjects/imported-value/versions', { schema: '"int"' });
    assert.equal(next.status, 409, 'an int reader cannot read longs: BACKWARD refuses');
    await call('PUT', '/config/imported-value', { compatibility: 'NONE' });
    const fresh = (await call('POST', '/subjects/imported-value/versions', { schema: '"int"' })).json.id;
    assert.ok(fresh > 5000, 'ids continue after imported ones');
    assert.deepEqual((await call('GET', '/subjects/imported-value/versions')).json, [7, 8]);
  });

  test('Avro references: a schema using a named type of another subject; referencedby; a referenced version cannot be deleted', async () => {
    const customer = JSON.stringify({ type: 'record', name: 'Customer', namespace: 'shop', fields: [{ name: 'name', type: 'string' }] });
    await call('POST', '/subjects/customer-value/versions', { schema: customer });
    const order = JSON.stringify({ type: 'record', name: 'Sale', namespace: 'shop', fields: [{ name: 'customer', type: 'shop.Customer' }] });
    const unresolved = await call('POST', '/subjects/sale-value/versions', { schema: order });
    assert.equal(unresolved.json.error_code, 42201);
    const references = [{ name: 'shop.Customer', subject: 'customer-value', version: 1 }];
    const { id } = (await call('POST', '/subjects/sale-value/versions', { schema: order, references })).json;
    const got = (await call('GET', '/subjects/sale-value/versions/1')).json;
    assert.deepEqual(got.references, references);
    assert.deepEqual((await call('GET', '/subjects/customer-value/versions/1/referencedby')).json, [id]);
    assert.equal((await call('DELETE', '/subjects/customer-value/versions/1')).json.error_code, 42206);
    assert.deepEqual((await call('GET', `/schemas/ids/${id}`)).json.references, references);
    const encoded = await client.encode(id, { customer: { name: 'Ada' } });
    assert.deepEqual(JSON.parse(JSON.stringify(await client.decode(encoded))), { customer: { name: 'Ada' } });
  });
});

describe('with python confluent-kafka', () => {
  const probe = spawnSync('/usr/bin/python3', ['-c', 'from confluent_kafka.schema_registry import SchemaRegistryClient'], { encoding: 'utf8' });
  const reason = probe.status === 0 ? undefined : `confluent_kafka.schema_registry is not importable with /usr/bin/python3: ${(probe.stderr || probe.error?.message || '').trim().split('\n').at(-1)}`;
  if (reason !== undefined) console.log(`# skipping the python case: ${reason}`);

  test('SchemaRegistryClient: register, get_latest_version, test_compatibility', { skip: reason }, async () => {
    const script = `
import json, sys
from confluent_kafka.schema_registry import SchemaRegistryClient, Schema
c = SchemaRegistryClient({'url': sys.argv[1]})
v1 = Schema(json.dumps({'type': 'record', 'name': 'Py', 'fields': [{'name': 'a', 'type': 'int'}]}), 'AVRO')
sid = c.register_schema('py-value', v1)
latest = c.get_latest_version('py-value')
good = Schema(json.dumps({'type': 'record', 'name': 'Py', 'fields': [{'name': 'a', 'type': 'int'}, {'name': 'b', 'type': 'int', 'default': 1}]}), 'AVRO')
bad = Schema(json.dumps({'type': 'record', 'name': 'Py', 'fields': [{'name': 'a', 'type': 'int'}, {'name': 'b', 'type': 'int'}]}), 'AVRO')
print(json.dumps({'id': sid, 'latest': [latest.schema_id, latest.version], 'good': c.test_compatibility('py-value', good), 'bad': c.test_compatibility('py-value', bad)}))
`;
    // Not spawnSync: the registry answers from this process's event loop.
    const run = await execFileAsync('/usr/bin/python3', ['-c', script, http.url], { encoding: 'utf8', timeout: 60_000 });
    const out = JSON.parse(run.stdout) as { id: number; latest: [number, number]; good: boolean; bad: boolean };
    assert.deepEqual(out.latest, [out.id, 1]);
    assert.equal(out.good, true);
    assert.equal(out.bad, false);
  });
});
