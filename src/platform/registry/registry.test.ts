// The registry as plan/apply uses it (SchemaRegistryApi) over a real SQLite database: idempotent
// registration, the Weir error codes, nesting in a caller's transaction, the undo (deleteVersion),
// levels per subject and global, and a format change under one subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { RegistryError } from './errors.ts';
import { SchemaRegistry } from './registry.ts';

const avro = (fields: object[]) => ({ schema: JSON.stringify({ type: 'record', name: 'T', fields }) });
const v1 = avro([{ name: 'a', type: 'int' }]);
const v2 = avro([{ name: 'a', type: 'int' }, { name: 'b', type: 'int', default: 0 }]);
const bad = avro([{ name: 'a', type: 'int' }, { name: 'c', type: 'int' }]);

test('registration is idempotent and normalized; lookup and latest find it', () => {
  const registry = new SchemaRegistry(new DatabaseSync(':memory:'));
  assert.deepEqual(registry.register('t', v1), { id: 1, version: 1 });
  assert.deepEqual(registry.register('t', { schema: JSON.stringify(JSON.parse(v1.schema), null, 1) }), { id: 1, version: 1 });
  assert.deepEqual(registry.register('t', v2), { id: 2, version: 2 });
  assert.equal(registry.lookup('t', v1)?.version, 1);
  assert.equal(registry.lookup('t', bad), undefined);
  assert.equal(registry.latest('t')?.id, 2);
  assert.equal(registry.latest('other'), undefined);
});

test('an incompatible schema is CONFLICT (409), an invalid one SPEC_INVALID (42201)', () => {
  const registry = new SchemaRegistry(new DatabaseSync(':memory:'));
  registry.register('t', v1);
  assert.throws(() => registry.register('t', bad), (e: RegistryError) => e.code === 'CONFLICT' && e.errorCode === 409 && e.status === 409);
  assert.throws(() => registry.register('t', { schema: '{"type":"nope"}' }), (e: RegistryError) => e.code === 'SPEC_INVALID' && e.errorCode === 42201);
  assert.throws(
    () => registry.register('t', { schemaType: 'XML' as never, schema: '<a/>' }),
    (e: RegistryError) => e.errorCode === 42201 && /use AVRO, JSON or PROTOBUF/.test(e.message),
  );
  const result = registry.testCompatibility('t', bad);
  assert.equal(result.compatible, false);
  assert.match(result.messages[0]!, /READER_FIELD_MISSING_DEFAULT_VALUE/);
});

test('the subject level wins over the global one; transitive levels check every version', () => {
  const registry = new SchemaRegistry(new DatabaseSync(':memory:'));
  assert.equal(registry.compatibility('t'), 'BACKWARD');
  registry.setGlobalCompatibility('NONE');
  registry.register('t', v1);
  registry.register('t', avro([]));
  const v3 = avro([{ name: 'a', type: 'string', default: '' }]);
  registry.setGlobalCompatibility('BACKWARD');
  assert.equal(registry.testCompatibility('t', v3).compatible, true);
  registry.setCompatibility('t', 'BACKWARD_TRANSITIVE');
  assert.equal(registry.subjectCompatibility('t'), 'BACKWARD_TRANSITIVE');
  assert.equal(registry.testCompatibility('t', v3).compatible, false);
  assert.equal(registry.checkCompatibility('t', v3, 'latest').compatible, true, 'one version: the level\'s direction, not transitively');
  registry.setCompatibility('t', undefined);
  assert.equal(registry.compatibility('t'), 'BACKWARD');
  assert.throws(() => registry.setCompatibility('t', 'SIDEWAYS' as never), (e: RegistryError) => e.errorCode === 42203);
});

test('writes nest in the caller\'s transaction: a rollback leaves nothing behind', () => {
  const db = new DatabaseSync(':memory:');
  const registry = new SchemaRegistry(db);
  registry.register('t', v1);
  db.exec('BEGIN');
  registry.register('t', v2);
  registry.register('u', avro([{ name: 'z', type: 'string' }]));
  db.exec('ROLLBACK');
  assert.deepEqual(registry.versions('t'), [1]);
  assert.deepEqual(registry.subjects(), ['t']);
  assert.deepEqual(registry.register('t', v2), { id: 2, version: 2 });
});

test('deleteVersion (the undo) hard-deletes; the next registration takes the number again, the schema keeps its id', () => {
  const registry = new SchemaRegistry(new DatabaseSync(':memory:'));
  registry.register('t', v1);
  const { id } = registry.register('t', v2);
  registry.deleteVersion('t', 2);
  assert.deepEqual(registry.versions('t', { deleted: true }), [1]);
  assert.deepEqual(registry.register('t', v2), { id, version: 2 });
});

test('a subject may not change format unless its level is NONE', () => {
  const registry = new SchemaRegistry(new DatabaseSync(':memory:'));
  registry.register('t', v1);
  const json = { schemaType: 'JSON' as const, schema: '{"type":"object"}' };
  const result = registry.testCompatibility('t', json);
  assert.equal(result.compatible, false);
  assert.match(result.messages[0]!, /SCHEMA_TYPE_CHANGED.*AVRO to JSON/);
  registry.setCompatibility('t', 'NONE');
  assert.deepEqual(registry.register('t', json), { id: 2, version: 2 });
  assert.equal(registry.version('t', 'latest').schemaType, 'JSON');
});
