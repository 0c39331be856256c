// desiredState from YAML specs (through the spec loader): the topics' configs from their contracts,
// one ACL per principal × operation × resource, tags from cost and labels, and each pipeline's own
// document text (also when a file holds several documents) in its record and hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEstate } from '../spec/index.ts';
import type { SpecFile } from '../spec/model.ts';
import { desiredState } from './desired.ts';

const pipeline = (name: string, output: string): string => `apiVersion: weir/v1
kind: Pipeline
metadata: { name: ${name}, labels: { team: checkout } }
spec:
  class: operational
  owner: { team: checkout }
  sources: [orders]
  outputs:
    - { name: ${output}, partitions: 3, retention: 1d, cleanupPolicy: compact, configs: { max.message.bytes: "2000000" }, schema: { format: JSON, schema: '{"type":"object"}' } }
  acls: [{ principal: User:svc, operations: [read, describe], topics: [orders], groups: [${name}] }]
  cost: { domain: checkout, tags: { cost-center: cc-1 } }
  sql: |
    CREATE TABLE s (id INT) WITH ('connector' = 'kafka', 'topic' = 'orders', 'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json');
    CREATE TABLE o (id INT) WITH ('connector' = 'kafka', 'topic' = '${output}', 'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json');
    INSERT INTO o SELECT id FROM s;
`;

const TOPIC = `# the source of record
apiVersion: weir/v1
kind: Topic
metadata: { name: orders }
spec:
  owner: { team: sales }
`;

function state(files: SpecFile[]): ReturnType<typeof desiredState> {
  const estate = loadEstate(files);
  assert.deepEqual(estate.errors, []);
  return desiredState(estate, files);
}

test('topics, schemas, ACLs, jobs and tags from the specs', () => {
  const d = state([{ path: 'topics.yaml', text: TOPIC }, { path: 'a.yaml', text: pipeline('a', 'orders.a') }]);
  assert.deepEqual(d.topics.get('orders.a')?.configs, { 'max.message.bytes': '2000000', 'retention.ms': '86400000', 'cleanup.policy': 'compact' });
  assert.equal(d.topics.get('orders.a')?.partitions, 3);
  assert.deepEqual([d.topics.get('orders')?.owner, d.topics.get('orders')?.document], ['topic orders', 'Topic']);
  assert.deepEqual([d.topics.get('orders.a')?.owner, d.topics.get('orders.a')?.document], ['a', 'Pipeline']);
  assert.deepEqual(d.topics.get('orders.a')?.partitionsAt, { file: 'a.yaml', line: 9, col: 37 });
  assert.deepEqual([...d.schemas.keys()], ['orders.a-value']);
  assert.deepEqual([...d.acls.keys()].sort(), ['User:svc describe group:a', 'User:svc describe topic:orders', 'User:svc read group:a', 'User:svc read topic:orders']);
  assert.deepEqual([...d.tags.values()].map((t) => `${t.id}=${t.value}`), ['a/cost-domain=checkout', 'a/cost.cost-center=cc-1', 'a/label.team=checkout']);
  assert.match(d.jobs.get('a')!.sql, /INSERT INTO o SELECT id FROM s;/);
  assert.equal(d.pipelines.get('a')!.spec, pipeline('a', 'orders.a'));
});

test('each pipeline keeps its own document when a file holds several; moving a document is no new version', () => {
  const together = state([{ path: 'all.yaml', text: `---\n${TOPIC}---\n${pipeline('a', 'orders.a')}# between\n---\n${pipeline('b', 'orders.b')}...\n` }]);
  assert.equal(together.pipelines.get('a')!.spec, `${pipeline('a', 'orders.a')}# between\n`);
  assert.equal(together.pipelines.get('b')!.spec, `${pipeline('b', 'orders.b')}...\n`);
  const apart = state([{ path: 'b.yaml', text: `---\n${pipeline('b', 'orders.b')}` }]);
  assert.equal(apart.pipelines.get('b')!.spec, pipeline('b', 'orders.b'));
  const moved = state([{ path: 'elsewhere/b.yaml', text: pipeline('b', 'orders.b') }]);
  assert.equal(moved.pipelines.get('b')!.hash, apart.pipelines.get('b')!.hash);
  const edited = state([{ path: 'b.yaml', text: pipeline('b', 'orders.b').replace('partitions: 3', 'partitions: 4') }]);
  assert.notEqual(edited.pipelines.get('b')!.hash, apart.pipelines.get('b')!.hash);
});
