// Test support (not a test): a small estate for the lineage and inventory tests, loaded from YAML by loadEstate, with each
// pipeline's PipelineIO from its SQL:
//   orders, customers (kind Topic) → enrich → orders.enriched → fanout → orders.by-region
//                                                                    → filesystem:/data/warehouse
//   topic-pattern 'orders\..*' → audit → print:debug;   'audit' is also a Topic (no schema)
import assert from 'node:assert/strict';
import { loadEstate } from '../spec/index.ts';
import type { Estate } from '../spec/model.ts';
import { pipelineIO } from './io.ts';
import type { PipelineIO } from './types.ts';

const KAFKA = `'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json'`;
const table = (name: string, topic: string): string =>
  `CREATE TABLE ${name} (id BIGINT, region STRING) WITH ('connector' = 'kafka', 'topic' = '${topic}', ${KAFKA});`;

const topic = (name: string, team: string, schema: boolean): string => `apiVersion: weir/v1
kind: Topic
metadata: { name: ${name} }
spec:
  owner: { team: ${team} }
  partitions: 3
  retention: 7d
${schema ? `  schema: { format: JSON, schema: '{"type":"object"}' }\n` : ''}`;

const pipeline = (name: string, team: string, body: { sources: string[]; outputs: string[]; sql: string[]; sinks?: string }): string => `apiVersion: weir/v1
kind: Pipeline
metadata: { name: ${name} }
spec:
  class: operational
  owner: { team: ${team} }
  sources: [${body.sources.join(', ')}]
  outputs: [${body.outputs.map((o) => `{ name: ${o}, partitions: 6, retention: 1d, schema: { format: JSON, schema: '{"type":"object"}' } }`).join(', ')}]
${body.sinks !== undefined ? `  sinks: ${body.sinks}\n` : ''}  sql: |
${body.sql.map((l) => `    ${l}`).join('\n')}
`;

export const ESTATE_FILES = [
  { path: 'topics.yaml', text: [topic('orders', 'sales', true), topic('customers', 'crm', true), topic('audit', 'security', false)].join('---\n') },
  {
    path: 'enrich.yaml', text: pipeline('enrich', 'checkout', {
      sources: ['orders', 'customers'], outputs: ['orders.enriched'],
      sql: [table('orders', 'orders'), table('customers', 'customers'), table('enriched', 'orders.enriched'),
        'CREATE VIEW joined AS SELECT o.id, c.region FROM orders AS o, customers AS c WHERE o.id = c.id;',
        'INSERT INTO enriched SELECT * FROM joined;'],
    }),
  },
  {
    path: 'fanout.yaml', text: pipeline('fanout', 'analytics', {
      sources: ['orders.enriched'], outputs: ['orders.by-region'],
      sinks: '[{ name: warehouse, connector: filesystem, owner: bi }]',
      sql: [table('enriched', 'orders.enriched'), table('by_region', 'orders.by-region'),
        "CREATE TABLE warehouse (id BIGINT, region STRING) WITH ('connector' = 'filesystem', 'path' = '/data/warehouse', 'format' = 'json');",
        'CREATE VIEW v1 AS SELECT * FROM enriched WHERE id > 0;',
        'CREATE TEMPORARY VIEW v2 AS SELECT id, UPPER(region) AS region FROM v1;',
        'EXECUTE STATEMENT SET BEGIN INSERT INTO by_region SELECT * FROM v2; INSERT INTO warehouse SELECT * FROM v2; END;'],
    }),
  },
  {
    path: 'audit.yaml', text: pipeline('audit', 'security', {
      sources: [], outputs: [],
      sql: [`CREATE TABLE everything (id BIGINT, region STRING) WITH ('connector' = 'kafka', 'topic-pattern' = 'orders\\..*', ${KAFKA});`,
        "CREATE TABLE debug (id BIGINT, region STRING) WITH ('connector' = 'print');",
        'INSERT INTO debug SELECT * FROM everything;'],
    }),
  },
];

export function fixture(): { estate: Estate; ios: PipelineIO[] } {
  const estate = loadEstate(ESTATE_FILES);
  assert.deepEqual(estate.errors, []);
  return { estate, ios: estate.pipelines.map(pipelineIO) };
}
