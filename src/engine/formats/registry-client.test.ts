// The avro-confluent format's registry client over real HTTP: a node:http server on 127.0.0.1:0
// answers as a Confluent registry would and records what it was sent — credentials from each
// option, the request bodies, URLs tried in turn, and the registry's errors as Weir errors.
// (test/sql/avro-confluent.test.ts runs the client against Weir's own registry.)
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistryClient } from './registry-client.ts';

const seen: { method: string; url: string; authorization: string | undefined; body: string }[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    seen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body });
    const answer = (status: number, json: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/vnd.schemaregistry.v1+json' });
      res.end(JSON.stringify(json));
    };
    if (req.url === '/schemas/ids/1') answer(200, { schema: '"string"' });
    else if (req.url === '/schemas/ids/3') answer(200, { schema: 'syntax = "proto3";', schemaType: 'PROTOBUF' });
    else if (req.url === '/subjects/orders-value/versions') answer(200, { id: 7 });
    else if (req.url === '/subjects/old/versions') answer(409, { error_code: 409, message: 'Schema being registered is incompatible with an earlier schema' });
    else answer(404, { error_code: 40403, message: 'Schema not found' });
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = (options: Record<string, string>): RegistryClient => new RegistryClient(new Map(Object.entries(options)));

test('schemas by id: the text and type, undefined for an id the registry does not have', async () => {
  const c = client({ url: base });
  assert.deepEqual(await c.schemaById(1), { schema: '"string"', schemaType: 'AVRO' });
  assert.deepEqual(await c.schemaById(3), { schema: 'syntax = "proto3";', schemaType: 'PROTOBUF' });
  assert.equal(await c.schemaById(2), undefined);
  assert.equal(seen.at(-1)!.authorization, undefined);
});

test('register posts the schema under the subject and returns its id; a refusal names the subject and the reason', async () => {
  const c = client({ url: `${base}/` });
  assert.equal(await c.register('orders-value', '"long"'), 7);
  assert.deepEqual({ ...seen.at(-1)!, authorization: undefined }, { method: 'POST', url: '/subjects/orders-value/versions', authorization: undefined, body: '{"schema":"\\"long\\""}' });
  await assert.rejects(c.register('old', '"long"'), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'CONFLICT');
    assert.match(e.message, /refused to register the schema under subject 'old': HTTP 409: Schema being registered is incompatible with an earlier schema/);
    return true;
  });
});

test("credentials: basic from 'basic-auth.user-info', from the URL, or from Confluent's properties; a bearer token", async () => {
  const basic = (userInfo: string): string => `Basic ${Buffer.from(userInfo).toString('base64')}`;
  const cases: [Record<string, string>, string][] = [
    [{ url: base, 'basic-auth.credentials-source': 'USER_INFO', 'basic-auth.user-info': 'ann:s3cret' }, basic('ann:s3cret')],
    [{ url: base.replace('http://', 'http://bo:p%40ss@') }, basic('bo:p@ss')],
    [{ url: base, 'properties.basic.auth.user.info': 'cy:x' }, basic('cy:x')],
    [{ url: base, 'bearer-auth.credentials-source': 'STATIC_TOKEN', 'bearer-auth.token': 'tok' }, 'Bearer tok'],
  ];
  for (const [options, expected] of cases) {
    await client(options).schemaById(1);
    assert.equal(seen.at(-1)!.authorization, expected, JSON.stringify(options));
  }
  assert.throws(() => client({ url: base, 'basic-auth.credentials-source': 'SASL_INHERIT' }), /'SASL_INHERIT' is not supported/);
});

test('URLs are tried in turn while they cannot be reached; none reachable is a named error', async () => {
  assert.equal(await client({ url: `http://127.0.0.1:1, ${base}` }).register('orders-value', '"int"'), 7);
  await assert.rejects(client({ url: 'http://127.0.0.1:1' }).schemaById(1), /schema registry at http:\/\/127\.0\.0\.1:1 cannot be reached/);
  assert.throws(() => client({ url: 'not a url' }), /avro-confluent 'url' 'not a url' is not a URL/);
});
