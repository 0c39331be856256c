// The example estate (examples/estate) a new user plans and applies: it loads without errors, has
// at least six pipelines across all four workload classes, every pipeline's SQL plans and touches
// only the topics its spec declares, and it satisfies its own policy (on a fixed date, since the
// exploratory pipeline's expiry is a date).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPolicy } from '../policy/index.ts';
import { pipelineIO } from '../lineage/index.ts';
import { loadEstate } from './index.ts';
import { WORKLOAD_CLASSES, type SpecFile } from './model.ts';

const root = fileURLToPath(new URL('../../../examples/estate', import.meta.url));

function readEstate(dir: string): SpecFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? readEstate(path) : [{ path: relative(root, path), text: readFileSync(path, 'utf8') }];
  });
}

const estate = loadEstate(readEstate(root));

test('the example estate loads without errors: six or more pipelines, every class, a policy', () => {
  assert.deepEqual(estate.errors, []);
  assert.ok(estate.pipelines.length >= 6, `${estate.pipelines.length} pipelines`);
  assert.deepEqual(new Set(estate.pipelines.map((p) => p.class)), new Set(WORKLOAD_CLASSES));
  assert.ok(estate.pipelines.some((p) => p.name === 'order-enrichment' && p.sources.includes('orders') && p.sources.includes('customers')));
  assert.deepEqual(estate.topics.map((t) => t.name).sort(), ['clickstream', 'customers', 'orders', 'payments']);
  assert.equal(estate.policy?.name, 'estate');
  assert.deepEqual(Object.keys(estate.policy!.classes).sort(), [...WORKLOAD_CLASSES].sort());
});

test('every example pipeline\'s SQL plans, reading its declared sources and writing its declared outputs', () => {
  for (const p of estate.pipelines) {
    const io = pipelineIO(p);
    assert.deepEqual([...io.reads].sort(), [...p.sources].sort(), p.name);
    const outputs = p.outputs.map((o) => o.name);
    for (const topic of io.writes) assert.ok(outputs.includes(topic), `${p.name} writes ${topic}, not a declared output`);
    // Every derived output is written by the SQL (a transient one may be a sink's dead-letter topic).
    for (const o of p.outputs) if (o.role === 'derived') assert.ok(io.writes.includes(o.name), `${p.name} does not write ${o.name}`);
  }
});

test('the example estate breaks none of its policy rules (on 2026-11-21)', () => {
  const io = new Map(estate.pipelines.map((p) => [p.name, pipelineIO(p)]));
  const violations = checkPolicy(estate, { now: Date.parse('2026-11-21T12:00:00Z'), io, clusterTopics: new Map() });
  assert.deepEqual(violations.map((v) => `${v.rule}: ${v.message}`), []);
});
