// Avro compatibility under every level, the Confluent-style messages, normalization and parse errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Compatibility } from '../spec/model.ts';
import { avroFormat } from './avro.ts';
import { compatibilityMessages } from './compatibility.ts';
import { RegistryError } from './errors.ts';

const record = (fields: object[], name = 'R') => JSON.stringify({ type: 'record', name, namespace: 'test', fields });

/** Messages for registering `candidate` after `history` (oldest first) under `level`. */
function check(level: Compatibility, candidate: string, ...history: string[]): string[] {
  const previous = history.map((schema, i) => ({ version: i + 1, schemaType: 'AVRO' as const, schema, parsed: avroFormat.parse(schema, []) }));
  return compatibilityMessages(avroFormat, level, avroFormat.parse(candidate, []), previous);
}

const v1 = record([{ name: 'a', type: 'int' }]);
const withDefault = record([{ name: 'a', type: 'int' }, { name: 'b', type: 'string', default: 'x' }]);
const withoutDefault = record([{ name: 'a', type: 'int' }, { name: 'b', type: 'string' }]);
const empty = record([]);

test('BACKWARD: a new field needs a default; removing a field is fine', () => {
  assert.deepEqual(check('BACKWARD', withDefault, v1), []);
  assert.deepEqual(check('BACKWARD', empty, v1), []);
  const messages = check('BACKWARD', withoutDefault, v1);
  assert.equal(
    messages[0],
    "{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'b' at path '/fields/1' in the new schema has no default value and is missing in the old schema', additionalInfo:'b'}",
  );
  assert.deepEqual(messages.slice(1), ['{oldSchemaVersion: 1}', `{oldSchema: '${v1}'}`, "{compatibility: 'BACKWARD'}"]);
});

test('FORWARD: the old schema reads new data, so removing a field without default fails and adding one does not', () => {
  assert.deepEqual(check('FORWARD', withoutDefault, v1), []);
  const messages = check('FORWARD', empty, v1);
  assert.match(messages[0]!, /READER_FIELD_MISSING_DEFAULT_VALUE.*'a' at path '\/fields\/0' in the old schema/);
  assert.ok(messages.includes("{compatibility: 'FORWARD'}"));
});

test('FULL: both directions', () => {
  assert.deepEqual(check('FULL', withDefault, v1), []);
  assert.match(check('FULL', withoutDefault, v1)[0]!, /READER_FIELD_MISSING_DEFAULT_VALUE/);
  assert.match(check('FULL', empty, v1)[0]!, /READER_FIELD_MISSING_DEFAULT_VALUE/);
});

test('promotions are one way: int → long is BACKWARD, not FORWARD', () => {
  const long = record([{ name: 'a', type: 'long' }]);
  assert.deepEqual(check('BACKWARD', long, v1), []);
  assert.match(
    check('FORWARD', long, v1)[0]!,
    /errorType:'TYPE_MISMATCH', description:'The type \(path '\/fields\/0\/type'\).*additionalInfo:'reader type: INT not compatible with writer type: LONG'/,
  );
  assert.match(check('FULL', long, v1)[0]!, /TYPE_MISMATCH/);
  assert.deepEqual(check('BACKWARD', record([{ name: 'a', type: 'bytes' }]), record([{ name: 'a', type: 'string' }])), []);
});

test('enums: an added symbol is BACKWARD, and FORWARD only with an enum default', () => {
  const e = (symbols: string[], extra: object = {}) => record([{ name: 'e', type: { type: 'enum', name: 'E', symbols, ...extra } }]);
  assert.deepEqual(check('BACKWARD', e(['A', 'B', 'C']), e(['A', 'B'])), []);
  assert.match(check('FORWARD', e(['A', 'B', 'C']), e(['A', 'B']))[0]!, /MISSING_ENUM_SYMBOLS.*additionalInfo:'\[C\]'/);
  assert.deepEqual(check('FORWARD', e(['A', 'B', 'C']), e(['A', 'B'], { default: 'A' })), []);
});

test('unions: narrowing a union is refused, widening one is not', () => {
  const optional = record([{ name: 'a', type: ['null', 'int'], default: null }]);
  assert.deepEqual(check('BACKWARD', optional, v1), []);
  assert.match(check('BACKWARD', v1, optional)[0]!, /TYPE_MISMATCH.*path '\/fields\/0\/type\/0'/);
  const strings = record([{ name: 'a', type: ['null', 'string'], default: null }]);
  assert.match(check('BACKWARD', strings, v1)[0]!, /MISSING_UNION_BRANCH.*reader union lacking writer type: INT/);
});

test('names: a renamed record is refused unless it keeps the old name as an alias; the namespace may change', () => {
  const renamed = JSON.stringify({ type: 'record', name: 'S', namespace: 'test', fields: [{ name: 'a', type: 'int' }] });
  assert.match(check('BACKWARD', renamed, v1)[0]!, /NAME_MISMATCH/);
  const aliased = JSON.stringify({ type: 'record', name: 'S', namespace: 'test', aliases: ['R'], fields: [{ name: 'a', type: 'int' }] });
  assert.deepEqual(check('BACKWARD', aliased, v1), []);
  const moved = JSON.stringify({ type: 'record', name: 'R', namespace: 'other', fields: [{ name: 'a', type: 'int' }] });
  assert.deepEqual(check('FULL', moved, v1), []);
  const fixed = (size: number) => record([{ name: 'f', type: { type: 'fixed', name: 'F', size } }]);
  assert.match(check('BACKWARD', fixed(8), fixed(16))[0]!, /FIXED_SIZE_MISMATCH.*expected: 16, found: 8/);
});

test('transitive: a change that reads the latest version but not an older one', () => {
  const v2 = empty;
  const v3 = record([{ name: 'a', type: 'string', default: '' }]);
  assert.deepEqual(check('BACKWARD', v3, v1, v2), []);
  const messages = check('BACKWARD_TRANSITIVE', v3, v1, v2);
  assert.match(messages[0]!, /TYPE_MISMATCH/);
  assert.ok(messages.includes('{oldSchemaVersion: 1}'));
  assert.deepEqual(check('FORWARD', v3, v1, v2), []);
  assert.match(check('FORWARD_TRANSITIVE', v3, v1, v2)[0]!, /TYPE_MISMATCH/);
  assert.deepEqual(check('FULL', v3, v1, v2), []);
  assert.match(check('FULL_TRANSITIVE', v3, v1, v2)[0]!, /TYPE_MISMATCH/);
});

test('NONE accepts anything', () => {
  assert.deepEqual(check('NONE', '"string"', v1), []);
});

test('recursive types are checked without looping', () => {
  const list = (extra: object[]) =>
    JSON.stringify({ type: 'record', name: 'Node', fields: [{ name: 'next', type: ['null', 'Node'], default: null }, ...extra] });
  assert.deepEqual(check('BACKWARD', list([{ name: 'v', type: 'int', default: 0 }]), list([])), []);
  assert.match(check('BACKWARD', list([{ name: 'v', type: 'int' }]), list([]))[0]!, /READER_FIELD_MISSING_DEFAULT_VALUE/);
});

test('normalized form: layout and namespace spelling do not matter; defaults and logical types do', () => {
  const canonical = (s: string) => avroFormat.canonical(avroFormat.parse(s, []));
  const a = '{"type":"record","name":"R","namespace":"n","fields":[{"name":"a","type":{"type":"string"},"doc":"x"}]}';
  const b = '{ "name": "n.R", "type": "record",\n "fields": [ { "type": "string", "name": "a" } ] }';
  assert.equal(canonical(a), canonical(b));
  assert.notEqual(canonical(a), canonical('{"type":"record","name":"n.R","fields":[{"name":"a","type":"string","default":""}]}'));
  assert.notEqual(canonical('{"type":"int"}'), canonical('{"type":"int","logicalType":"date"}'));
});

test('references: a named type from another subject', () => {
  const customer = JSON.stringify({ type: 'record', name: 'Customer', namespace: 'shop', fields: [{ name: 'n', type: 'string' }] });
  const order = JSON.stringify({ type: 'record', name: 'Order', namespace: 'shop', fields: [{ name: 'c', type: 'Customer' }] });
  const ref = { name: 'shop.Customer', subject: 'customer', version: 1, schemaType: 'AVRO' as const, schema: customer, references: [] };
  const parsed = avroFormat.parse(order, [ref]);
  assert.equal(avroFormat.canonical(parsed), '{"name":"shop.Order","type":"record","fields":[{"name":"c","type":"shop.Customer"}]}');
  assert.throws(() => avroFormat.parse(order, []), (e: RegistryError) => e.errorCode === 42201 && /undefined type name: shop\.Customer/.test(e.message));
});

test('an invalid schema is error 42201 with the parser\'s reason', () => {
  assert.throws(() => avroFormat.parse('{"type":"record","name":"R"}', []), (e: RegistryError) => e.errorCode === 42201 && e.code === 'SPEC_INVALID');
  assert.throws(() => avroFormat.parse('{not json', []), (e: RegistryError) => e.errorCode === 42201 && /is not JSON/.test(e.message));
});
