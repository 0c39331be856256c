// The published JSON Schema (docs/weir-v1.schema.json): it is what spec/schema.ts generates today
// (`npm run gen:spec-schema` rewrites it), and an editor's validator accepts a good document and
// rejects a misspelt field; every document of the example estate passes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse, parseAllDocuments } from 'yaml';
import { specJsonSchema } from './index.ts';
import { specJsonSchemaText } from './schema.ts';

const committed = new URL('../../../docs/weir-v1.schema.json', import.meta.url);

test('docs/weir-v1.schema.json is up to date (run npm run gen:spec-schema)', () => {
  assert.equal(readFileSync(committed, 'utf8'), specJsonSchemaText());
});

test('the JSON Schema accepts a valid Pipeline and rejects an unknown field and a wrong class', () => {
  const validate = new Ajv2020({ strict: false }).compile(specJsonSchema());
  const doc = parse(`apiVersion: weir/v1
kind: Pipeline
metadata: { name: p, labels: { team: t } }
spec:
  class: operational
  owner: { team: t, onCall: pager:t }
  outputs: [{ name: o, retention: 7d, schema: { format: AVRO, file: o.avsc } }]
  sql: { file: p.sql }
  replay: { window: 2w }
`);
  assert.equal(validate(doc), true, JSON.stringify(validate.errors));
  assert.equal(validate({ ...doc, spec: { ...doc.spec, retension: '7d' } }), false);
  assert.equal(validate({ ...doc, spec: { ...doc.spec, class: 'realtime' } }), false);
  assert.equal(validate({ ...doc, spec: { ...doc.spec, replay: { window: '3 days' } } }), false);
});

test('every document of the example estate passes the JSON Schema', () => {
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(committed, 'utf8')));
  const dir = new URL('../../../examples/estate/', import.meta.url);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
  assert.ok(files.length >= 8, files.join(', '));
  for (const f of files) {
    for (const doc of parseAllDocuments(readFileSync(new URL(f, dir), 'utf8'))) {
      assert.equal(validate(doc.toJS()), true, `${f}: ${JSON.stringify(validate.errors)}`);
    }
  }
});
