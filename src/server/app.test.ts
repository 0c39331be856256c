// The HTTP API over a real Platform (in-process broker, the Kafka admin cluster, the embedded job
// runner) and real HTTP: the OpenAPI document lists exactly the routes the app serves, every
// response body matches the document's schema for its route and status, and each error has its
// status and JSON shape — malformed and misshapen bodies, unknown names, oversized bodies,
// refused applies (violations, a stale fingerprint) and a rolled-back one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Broker } from '../broker/broker.ts';
import { brokerConfig } from '../broker/config.ts';
import { Platform } from '../platform/index.ts';
import { kafkaCluster } from '../platform/cluster/kafka.ts';
import { EmbeddedJobRunner } from '../platform/jobs/embedded.ts';
import type { SpecFile } from '../platform/spec/model.ts';
import { openObjectStore } from '../storage/index.ts';
import { createApp, MAX_BODY_BYTES } from './app.ts';
import { openApiDocument } from './openapi.ts';
import { registryRoutes } from './registry.ts';
import { startHttp, type HttpServer } from './serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'weir-app-'));
let broker: Broker;
let bootstrap: string;
let platform: Platform;
let http: HttpServer;

async function openPlatform(name: string, faultAfterSteps?: number): Promise<Platform> {
  const services = { log: broker.log, localBootstrap: [bootstrap], broker: { createTopic: (t: string) => broker.autoCreate(t) } };
  return Platform.open({
    dataDir: join(dir, name),
    cluster: await kafkaCluster(bootstrap),
    jobs: new EmbeddedJobRunner({ services, store: await openObjectStore(join(dir, name, 'checkpoints')) }),
    faultAfterSteps,
  });
}

before(async () => {
  broker = await Broker.start(brokerConfig({ 'data.dir': join(dir, 'broker'), listeners: '127.0.0.1:0', 'num.partitions': '1' }, 'test'));
  bootstrap = `127.0.0.1:${broker.address().port}`;
  platform = await openPlatform('platform');
  http = await startHttp(createApp(platform), '127.0.0.1:0');
});

after(async () => {
  await http?.close();
  await platform?.close();
  await broker?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A Topic contract, a pipeline copying it to a derived topic, and a policy on names and labels. */
function estate(output = 'clicks.copy'): SpecFile[] {
  const table = (name: string, topic: string, extra = ''): string =>
    `CREATE TABLE ${name} (user_id STRING, url STRING) WITH ('connector' = 'kafka', 'topic' = '${topic}', 'properties.bootstrap.servers' = '${bootstrap}', 'format' = 'json'${extra});`;
  return [
    { path: 'topics.yaml', text: 'apiVersion: weir/v1\nkind: Topic\nmetadata: { name: clicks }\nspec:\n  owner: { team: web }\n  partitions: 1\n  retention: 7d\n' },
    { path: 'policy.yaml', text: "apiVersion: weir/v1\nkind: Policy\nmetadata: { name: estate }\nspec:\n  estate:\n    topic-naming: { pattern: '^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*$' }\n    required-labels: [team]\n" },
    {
      path: 'pipelines/copy.yaml',
      text: [
        'apiVersion: weir/v1',
        'kind: Pipeline',
        'metadata: { name: clicks-copy, labels: { team: web } }',
        'spec:',
        '  class: operational',
        '  owner: { team: web, onCall: pager:web }',
        '  sources: [clicks]',
        '  outputs:',
        `    - { name: ${output}, partitions: 1, retention: 1d }`,
        '  sql: { file: copy.sql }',
        '',
      ].join('\n'),
    },
    { path: 'pipelines/copy.sql', text: `${table('clicks', 'clicks', ", 'scan.startup.mode' = 'earliest-offset'")}\n${table('copy', output)}\nINSERT INTO copy SELECT user_id, url FROM clicks;\n` },
  ];
}

const doc = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('date-time', true);
ajv.addSchema(doc, 'openapi');

/** Fetches `path` and checks the body against the document's schema for the route and status. */
async function call(method: string, path: string, route: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(http.url + path, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const value = await res.json();
  const op = (doc.paths as any)[route]?.[method.toLowerCase()];
  assert.ok(op, `${method} ${route} is not in the OpenAPI document`);
  assert.ok(op.responses[res.status], `${method} ${route} answered ${res.status}, which the document does not list: ${JSON.stringify(value)}`);
  const pointer = `openapi#/paths/${route.replaceAll('~', '~0').replaceAll('/', '~1')}/${method.toLowerCase()}/responses/${res.status}/content/application~1json/schema`;
  const validate = ajv.getSchema(pointer)!;
  assert.ok(validate(value), `${method} ${path} ${res.status} does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value, null, 2)}`);
  return { status: res.status, body: value };
}

test('the OpenAPI document lists exactly the routes the app serves (the registry\'s are Confluent\'s)', () => {
  const app = createApp(platform);
  const registry = new Set(registryRoutes(platform.registry).routes.map((r) => `${r.method} ${r.path}`));
  const served = new Set(app.routes.filter((r) => r.method !== 'ALL' && !registry.has(`${r.method} ${r.path}`)).map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
  const documented = new Set(Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
  assert.deepEqual([...served].sort(), [...documented].sort());
  assert.ok(registry.has('GET /subjects') && app.routes.some((r) => r.path === '/subjects'), 'the schema registry is served at the root');
});

test('plan, apply, apply again, then pipelines, applies, lineage and inventory, all as the document says', async () => {
  const plan = await call('POST', '/api/v1/plan', '/api/v1/plan', { files: estate() });
  assert.equal(plan.status, 200);
  assert.equal(plan.body.ok, true, JSON.stringify(plan.body));
  const created = plan.body.changes.map((c: { kind: string; action: string; id: string }) => `${c.action} ${c.kind} ${c.id}`);
  for (const c of ['create topic clicks', 'create topic clicks.copy', 'create job clicks-copy']) assert.ok(created.includes(c), `${c} in ${created}`);

  const applied = await call('POST', '/api/v1/apply', '/api/v1/apply', { files: estate(), expect: plan.body.fingerprint }, { 'X-Weir-User': 'ada' });
  assert.equal(applied.status, 200);
  assert.equal(applied.body.applied, true);
  assert.equal(applied.body.record.user, 'ada');
  assert.deepEqual(applied.body.record.versions, { 'clicks-copy': 1 });

  const again = await call('POST', '/api/v1/apply', '/api/v1/apply', { files: estate() });
  assert.equal(again.status, 200);
  assert.deepEqual([again.body.applied, again.body.plan.changes, again.body.record], [true, [], undefined]);

  const list = await call('GET', '/api/v1/pipelines', '/api/v1/pipelines');
  assert.deepEqual(list.body.map((p: { name: string; version: number; class: string }) => [p.name, p.version, p.class]), [['clicks-copy', 1, 'operational']]);
  const detail = await call('GET', '/api/v1/pipelines/clicks-copy', '/api/v1/pipelines/{name}');
  assert.deepEqual([detail.body.sources, detail.body.outputs, detail.body.versions.map((v: { appliedBy: string }) => v.appliedBy)], [['clicks'], ['clicks.copy'], ['ada']]);

  const applies = await call('GET', '/api/v1/applies?limit=5', '/api/v1/applies');
  assert.deepEqual(applies.body.map((a: { user: string }) => a.user), ['ada']);

  const lineage = await call('GET', `/api/v1/lineage/${encodeURIComponent('topic:clicks.copy')}`, '/api/v1/lineage/{name}');
  assert.deepEqual(lineage.body.upstream.map((n: { id: string }) => n.id).sort(), ['pipeline:clicks-copy', 'topic:clicks']);
  const graph = await call('GET', '/api/v1/lineage', '/api/v1/lineage');
  assert.ok(graph.body.edges.some((e: { from: string; to: string }) => e.from === 'pipeline:clicks-copy' && e.to === 'topic:clicks.copy'));

  const inventory = await call('GET', '/api/v1/inventory', '/api/v1/inventory');
  const clicks = inventory.body.topics.find((t: { name: string }) => t.name === 'clicks');
  assert.deepEqual([clicks.owner, clicks.readers], ['web', ['clicks-copy']]);

  const imported = await call('POST', '/api/v1/import', '/api/v1/import', { bootstrap });
  assert.ok(imported.body.topics.some((t: { name: string }) => t.name === 'clicks.copy'));
});

test('apply refuses with 409: policy violations (with file:line:col), and a plan that differs from the one confirmed', async () => {
  const bad = await call('POST', '/api/v1/apply', '/api/v1/apply', { files: estate('Clicks_Copy') });
  assert.equal(bad.status, 409);
  assert.equal(bad.body.applied, false);
  const v = bad.body.plan.violations.find((x: { rule: string }) => x.rule === 'estate.topic-naming');
  assert.ok(v, JSON.stringify(bad.body.plan.violations));
  assert.equal(v.at.file, 'pipelines/copy.yaml');

  const stale = await call('POST', '/api/v1/apply', '/api/v1/apply', { files: estate('clicks.copy2'), expect: 'not-the-fingerprint' });
  assert.equal(stale.status, 409);
  assert.equal(stale.body.applied, false);
  assert.ok(stale.body.plan.ok);
});

test('a step failing part-way is a 422 with the failure and what was rolled back', async (t) => {
  const failing = await openPlatform('failing', 1);
  const server = await startHttp(createApp(failing), '127.0.0.1:0');
  t.after(async () => {
    await server.close();
    await failing.close();
  });
  const res = await fetch(`${server.url}/api/v1/apply`, { method: 'POST', body: JSON.stringify({ files: estate('clicks.other') }) });
  const body = (await res.json()) as any;
  assert.equal(res.status, 422, JSON.stringify(body));
  assert.equal(body.applied, false);
  assert.ok(body.failure.message.length > 0);
  assert.equal(body.failure.rolledBack.length, 1);
  assert.ok(ajv.validate('openapi#/components/schemas/ApplyResult', body), ajv.errorsText());
});

test('errors are JSON with a code and message: 400 for bad bodies, 404 for unknown names and routes, 413 when too large', async () => {
  const malformed = await call('POST', '/api/v1/plan', '/api/v1/plan', '{"files": [');
  assert.equal(malformed.status, 400);
  assert.equal(malformed.body.error.code, 'BAD_REQUEST');
  assert.match(malformed.body.error.message, /not valid JSON/);
  assert.deepEqual([malformed.body.error.domain, malformed.body.error.retriable], ['user', false], 'every error says its domain and whether retrying helps');

  const misshapen = await call('POST', '/api/v1/plan', '/api/v1/plan', { files: [{ path: 'a.yaml', text: 3 }] });
  assert.equal(misshapen.status, 400);
  assert.equal(misshapen.body.error.where, 'files.0.text');

  const limit = await call('GET', '/api/v1/applies?limit=zero', '/api/v1/applies');
  assert.deepEqual([limit.status, limit.body.error.where], [400, 'limit']);

  const pipeline = await call('GET', '/api/v1/pipelines/nope', '/api/v1/pipelines/{name}');
  assert.deepEqual([pipeline.status, pipeline.body.error.code], [404, 'NOT_FOUND']);
  assert.match(pipeline.body.error.message, /no pipeline named "nope"/);
  const node = await call('GET', '/api/v1/lineage/nope', '/api/v1/lineage/{name}');
  assert.deepEqual([node.status, node.body.error.code], [404, 'NOT_FOUND']);

  const route = await fetch(`${http.url}/api/v1/nothing`);
  assert.equal(route.status, 404);
  assert.equal(((await route.json()) as any).error.code, 'NOT_FOUND');

  const big = await call('POST', '/api/v1/plan', '/api/v1/plan', JSON.stringify({ files: [{ path: 'a.yaml', text: 'x'.repeat(MAX_BODY_BYTES) }] }));
  assert.deepEqual([big.status, big.body.error.code], [413, 'PAYLOAD_TOO_LARGE']);
});

test('health, the spec JSON Schema and the OpenAPI document are served', async () => {
  assert.deepEqual((await call('GET', '/healthz', '/healthz')).body, { status: 'ok' });
  const schema = await call('GET', '/api/v1/spec-schema', '/api/v1/spec-schema');
  assert.equal(schema.body.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const openapi = await call('GET', '/openapi.json', '/openapi.json');
  assert.equal(openapi.body.openapi, '3.1.0');
});
