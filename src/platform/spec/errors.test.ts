// What a user sees for a bad spec: every error, each with its file, line, column, field and what
// is allowed — wrong enum values, unknown fields (with a suggestion), bad durations, missing
// fields, YAML syntax, missing files, duplicate names, a second policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEstate } from './index.ts';
import type { SpecError } from './model.ts';

const HEAD = 'apiVersion: weir/v1\nkind: Pipeline\n';

function errors(...files: [path: string, text: string][]): SpecError[] {
  return [...loadEstate(files.map(([path, text]) => ({ path, text }))).errors];
}

function pipeline(name: string, spec: string): string {
  return `${HEAD}metadata: { name: ${name} }\nspec:\n  owner: { team: t }\n  sql: INSERT INTO a SELECT * FROM b\n${spec}`;
}

test('a wrong enum value names the allowed values', () => {
  assert.deepEqual(errors(['p.yaml', pipeline('p', '  class: realtime\n')]), [
    { file: 'p.yaml', line: 7, col: 10, field: 'spec.class', message: "must be one of operational, analytical, migration, exploratory (got 'realtime')" },
  ]);
});

test('an unknown field is an error at its key, with the closest known field suggested', () => {
  const text = pipeline('p', '  class: operational\n  outputs:\n    - name: o\n      retension: 7d\n  colour: blue\n');
  assert.deepEqual(errors(['p.yaml', text]), [
    { file: 'p.yaml', line: 10, col: 7, field: 'spec.outputs[0].retension', message: "unknown field 'retension' (did you mean 'retention'?)" },
    {
      file: 'p.yaml', line: 11, col: 3, field: 'spec.colour',
      message: "unknown field 'colour'; allowed: class, description, owner, sources, outputs, sql, sinks, acls, replay, recovery, cost, alerts, rollback, batching, classification, migration, expires",
    },
  ]);
});

test('a bad duration says which forms are allowed', () => {
  const text = pipeline('p', '  class: operational\n  replay: { window: 3 days, checkpointRestore: -5 }\n  outputs: [{ name: o, retention: forever }]\n');
  const hint = 'a duration like 30s, 15m, 12h, 7d, 2w or 3d12h (units w, d, h, m, s, ms, largest first), or a number of milliseconds';
  assert.deepEqual(errors(['p.yaml', text]), [
    { file: 'p.yaml', line: 8, col: 21, field: 'spec.replay.window', message: `must be ${hint}` },
    { file: 'p.yaml', line: 8, col: 48, field: 'spec.replay.checkpointRestore', message: 'must not be negative' },
    { file: 'p.yaml', line: 9, col: 35, field: 'spec.outputs[0].retention', message: `must be 'infinite' or ${hint}` },
  ]);
});

test('a missing required field is reported at its parent, with the values it may take', () => {
  const text = `${HEAD}metadata: { name: p }\nspec:\n  sql: INSERT INTO a SELECT 1\n  alerts:\n    - { kind: lag }\n`;
  assert.deepEqual(errors(['p.yaml', text]), [
    { file: 'p.yaml', line: 5, col: 3, field: 'spec.class', message: "missing required field 'class' (one of operational, analytical, migration, exploratory)" },
    { file: 'p.yaml', line: 5, col: 3, field: 'spec.owner', message: "missing required field 'owner'" },
    { file: 'p.yaml', line: 7, col: 7, field: 'spec.alerts[0].threshold', message: "missing required field 'threshold'" },
  ]);
});

test('a wrong type, apiVersion or kind; a document that is not a mapping', () => {
  const text = `apiVersion: weir/v2\nkind: Topic\nmetadata: { name: orders }\nspec:\n  owner: checkout\n  partitions: 1.5\n---\nkind: Pipelin\n---\n- a list\n`;
  assert.deepEqual(errors(['t.yaml', text]), [
    { file: 't.yaml', line: 1, col: 13, field: 'apiVersion', message: "must be weir/v1 (got 'weir/v2')" },
    { file: 't.yaml', line: 5, col: 10, field: 'spec.owner', message: "must be a mapping (field: value) (got 'checkout')" },
    { file: 't.yaml', line: 6, col: 15, field: 'spec.partitions', message: 'must be a whole number (got 1.5)' },
    { file: 't.yaml', line: 8, col: 7, field: 'kind', message: "must be one of Pipeline, Topic, Policy (got 'Pipelin')" },
    { file: 't.yaml', line: 10, col: 1, field: '', message: 'a spec document must be a mapping with apiVersion, kind, metadata and spec' },
  ]);
});

test('inside a union (sql: text or { file }) the errors of the form that was meant are reported', () => {
  assert.deepEqual(errors(['p.yaml', `${HEAD}metadata: { name: p }\nspec:\n  class: migration\n  owner: { team: t }\n  sql: { fil: x.sql }\n`]), [
    { file: 'p.yaml', line: 7, col: 8, field: 'spec.sql.file', message: "missing required field 'file'" },
    { file: 'p.yaml', line: 7, col: 10, field: 'spec.sql.fil', message: "unknown field 'fil' (did you mean 'file'?)" },
  ]);
});

test('YAML syntax errors have positions, and loading goes on with the other files', () => {
  const bad = `${HEAD}metadata: { name: p\nspec:\n  class: operational\n`;
  const list = errors(['bad.yaml', bad], ['p.yaml', pipeline('p', '  class: weekly\n')]);
  assert.deepEqual(list.map((e) => [e.file, e.line, e.col, e.field]), [
    ['bad.yaml', 4, 1, ''],
    ['p.yaml', 7, 10, 'spec.class'],
  ]);
  assert.match(list[0]!.message, /^YAML syntax error: Flow map .* must .* end with a }/);
});

test('a missing file: is an error at that field; SQL and schema files are looked up relative to the spec', () => {
  const text = `${HEAD}metadata: { name: p }\nspec:\n  class: analytical\n  owner: { team: t }\n  sql: { file: p.sql }\n  outputs:\n    - name: o\n      schema: { format: AVRO, file: ../schemas/o.avsc }\n`;
  assert.deepEqual(errors(['pipelines/p.yaml', text], ['p.sql', 'INSERT INTO a SELECT 1']), [
    { file: 'pipelines/p.yaml', line: 7, col: 16, field: 'spec.sql.file', message: "file 'p.sql' not found (looked for pipelines/p.sql, relative to this spec file's directory)" },
    { file: 'pipelines/p.yaml', line: 10, col: 37, field: 'spec.outputs[0].schema.file', message: "file '../schemas/o.avsc' not found (looked for schemas/o.avsc, relative to this spec file's directory)" },
  ]);
});

test('a schema contract needs exactly one of schema or file', () => {
  const text = `apiVersion: weir/v1\nkind: Topic\nmetadata: { name: orders }\nspec:\n  owner: { team: t }\n  schema: { format: PROTOBUF }\n`;
  assert.deepEqual(errors(['t.yaml', text]), [
    { file: 't.yaml', line: 6, col: 11, field: 'spec.schema', message: "needs exactly one of 'schema' (the schema text) or 'file' (a path relative to this spec file)" },
  ]);
});

test('duplicate pipeline names and topic contracts across files are errors at the second one', () => {
  const topic = `apiVersion: weir/v1\nkind: Topic\nmetadata: { name: orders }\nspec:\n  owner: { team: t }\n`;
  const estate = loadEstate([
    { path: 'a.yaml', text: `${pipeline('p', '  class: operational\n  outputs: [{ name: orders.enriched }]\n')}---\n${topic}` },
    { path: 'b.yaml', text: `${pipeline('p', '  class: analytical\n')}---\n${pipeline('q', '  class: analytical\n  outputs: [{ name: orders.enriched }, { name: orders }]\n')}` },
  ]);
  assert.deepEqual(estate.errors, [
    { file: 'b.yaml', line: 3, col: 19, field: 'metadata.name', message: "pipeline 'p' is already defined at a.yaml:3:19; pipeline names must be unique in the estate" },
    {
      file: 'b.yaml', line: 16, col: 21, field: 'spec.outputs[0].name',
      message: "topic 'orders.enriched' already has a contract at a.yaml:8:21; a topic is declared once in the estate (as a Topic document or one pipeline's output)",
    },
    {
      file: 'b.yaml', line: 16, col: 48, field: 'spec.outputs[1].name',
      message: "topic 'orders' already has a contract at a.yaml:12:19; a topic is declared once in the estate (as a Topic document or one pipeline's output)",
    },
  ]);
  assert.deepEqual(estate.pipelines.map((p) => [p.name, p.outputs.map((o) => o.name)]), [['p', ['orders.enriched']], ['q', []]]);
});

test('a second Policy document is an error; the first one is kept', () => {
  const policy = (name: string) => `apiVersion: weir/v1\nkind: Policy\nmetadata: { name: ${name} }\nspec: {}\n`;
  const estate = loadEstate([{ path: 'policy.yaml', text: policy('first') }, { path: 'more/policy.yaml', text: `# again\n${policy('second')}` }]);
  assert.deepEqual(estate.errors, [
    { file: 'more/policy.yaml', line: 3, col: 7, field: 'kind', message: 'a second Policy document: an estate has one policy (the first is at policy.yaml:1:1); merge the two' },
  ]);
  assert.equal(estate.policy?.name, 'first');
});

test('policy rules are strict too: unknown rules, bad patterns, unknown classes', () => {
  const text = `apiVersion: weir/v1\nkind: Policy\nmetadata: { name: p }\nspec:\n  estate:\n    topic-naming: { pattern: '([a-z' }\n  classes:\n    operational: { oncall: true }\n    realtime: {}\n`;
  const list = errors(['policy.yaml', text]);
  assert.deepEqual(list.map((e) => [e.line, e.col, e.field]), [[6, 30, 'spec.estate.topic-naming.pattern'], [8, 20, 'spec.classes.operational.oncall'], [9, 5, 'spec.classes.realtime']]);
  assert.match(list[0]!.message, /^must be a regular expression \(Invalid regular expression/);
  assert.equal(list[1]!.message, "unknown field 'oncall' (did you mean 'on-call'?)");
  assert.equal(list[2]!.message, "unknown field 'realtime'; allowed: operational, analytical, migration, exploratory");
});

test('two alerts of one kind in a pipeline are an error at the second (an alert is kept per pipeline and kind)', () => {
  const text = pipeline('p', '  class: operational\n  alerts:\n    - { kind: lag, threshold: 1000, severity: ticket }\n    - { kind: lag, threshold: 10000 }\n');
  assert.deepEqual(errors(['p.yaml', text]), [
    { file: 'p.yaml', line: 10, col: 15, field: 'spec.alerts[1].kind', message: 'a second lag alert (the first is at p.yaml:9:15); a pipeline has one alert of each kind, so keep one' },
  ]);
});

test('a schema subject is one contract: two topics naming it with different schemas is an error at the second', () => {
  const topic = (name: string, schema: string) =>
    `apiVersion: weir/v1\nkind: Topic\nmetadata: { name: ${name} }\nspec:\n  owner: { team: t }\n  schema: { subject: shared, format: JSON, schema: '${schema}' }\n`;
  const same = loadEstate([{ path: 't.yaml', text: `${topic('a', '{}')}---\n${topic('b', '{}')}` }]);
  assert.deepEqual(same.errors, [], 'the same schema under one subject is allowed');
  assert.deepEqual(errors(['t.yaml', `${topic('a', '{}')}---\n${topic('b', '{"type":"object"}')}`]), [
    {
      file: 't.yaml', line: 13, col: 11, field: 'spec.schema',
      message: "subject 'shared' is already the schema of topic a at t.yaml:6:11 with another schema, format or compatibility; a subject has one schema contract, so give this one its own subject or make the two the same",
    },
  ]);
});
