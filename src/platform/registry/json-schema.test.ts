// JSON Schema compatibility under every level (content models, required, types, enums, bounds,
// items, combined types, $ref), normalization, references and parse errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Compatibility } from '../spec/model.ts';
import { compatibilityMessages } from './compatibility.ts';
import { RegistryError } from './errors.ts';
import { jsonSchemaFormat } from './json-schema.ts';

const s = (schema: object): string => JSON.stringify(schema);

/** Messages for registering `candidate` after `history` (oldest first) under `level`. */
function check(level: Compatibility, candidate: object, ...history: object[]): string[] {
  const previous = history.map((h, i) => ({ version: i + 1, schemaType: 'JSON' as const, schema: s(h), parsed: jsonSchemaFormat.parse(s(h), []) }));
  return compatibilityMessages(jsonSchemaFormat, level, jsonSchemaFormat.parse(s(candidate), []), previous);
}

/** The error types in the messages. */
function types(messages: string[]): string[] {
  return messages.flatMap((m) => /errorType:'([A-Z_]+)'/.exec(m)?.[1] ?? []);
}

const obj = (properties: object, extra: object = {}) => ({ type: 'object', properties, ...extra });
const id = { id: { type: 'string' } };
const closed = { additionalProperties: false };

test('open content model: an added property is refused BACKWARD (old data may carry it with any type), a removed one is fine', () => {
  assert.deepEqual(types(check('BACKWARD', obj({ ...id, n: { type: 'integer' } }), obj(id))), ['PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL']);
  assert.deepEqual(check('BACKWARD', obj({ ...id, n: {} }), obj(id)), []);
  assert.deepEqual(check('BACKWARD', obj({}), obj(id)), []);
});

test('closed content model: an optional property may be added BACKWARD, not FORWARD; a required one neither', () => {
  assert.deepEqual(check('BACKWARD', obj({ ...id, n: { type: 'integer' } }, closed), obj(id, closed)), []);
  assert.deepEqual(types(check('FORWARD', obj({ ...id, n: { type: 'integer' } }, closed), obj(id, closed))), ['PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL']);
  assert.deepEqual(
    types(check('BACKWARD', obj({ ...id, n: { type: 'integer' } }, { ...closed, required: ['n'] }), obj(id, closed))),
    ['REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL'],
  );
  assert.deepEqual(types(check('BACKWARD', obj({}, closed), obj(id, closed))), ['PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL']);
  assert.deepEqual(types(check('BACKWARD', obj(id, closed), obj(id))), ['ADDITIONAL_PROPERTIES_REMOVED']);
  assert.deepEqual(check('BACKWARD', obj(id), obj(id, closed)), []);
});

test('partially open content model: an added property must fit additionalProperties', () => {
  const partial = { additionalProperties: { type: 'string' } };
  assert.deepEqual(check('BACKWARD', obj({ ...id, note: { type: 'string' } }, partial), obj(id, partial)), []);
  assert.deepEqual(
    types(check('BACKWARD', obj({ ...id, n: { type: 'integer' } }, partial), obj(id, partial))),
    ['PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL'],
  );
});

test('required: adding is refused BACKWARD and allowed FORWARD; FULL refuses it', () => {
  const required = obj(id, { required: ['id'] });
  assert.deepEqual(types(check('BACKWARD', required, obj(id))), ['REQUIRED_ATTRIBUTE_ADDED']);
  assert.deepEqual(check('FORWARD', required, obj(id)), []);
  assert.deepEqual(types(check('FULL', required, obj(id))), ['REQUIRED_ATTRIBUTE_ADDED']);
  assert.deepEqual(check('BACKWARD', obj(id), required), []);
});

test('types: widening is BACKWARD, narrowing FORWARD, a change neither', () => {
  const n = (type: unknown) => obj({ n: { type } });
  assert.deepEqual(check('BACKWARD', n('number'), n('integer')), []);
  assert.deepEqual(check('BACKWARD', n(['string', 'null']), n('string')), []);
  assert.deepEqual(types(check('FORWARD', n('number'), n('integer'))), ['TYPE_NARROWED']);
  assert.deepEqual(types(check('BACKWARD', n('string'), n('integer'))), ['TYPE_CHANGED']);
  assert.match(check('BACKWARD', n('string'), n('integer'))[0]!, /path '#\/properties\/n\/type'/);
  assert.deepEqual(types(check('FULL', n(['string', 'null']), n('string'))), ['TYPE_NARROWED']);
});

test('enums, numeric and string bounds', () => {
  const e = (values: string[]) => obj({ c: { type: 'string', enum: values } });
  assert.deepEqual(check('BACKWARD', e(['a', 'b', 'c']), e(['a', 'b'])), []);
  assert.deepEqual(types(check('FORWARD', e(['a', 'b', 'c']), e(['a', 'b']))), ['ENUM_ARRAY_NARROWED']);
  assert.deepEqual(types(check('BACKWARD', e(['a', 'x']), e(['a', 'b']))), ['ENUM_ARRAY_CHANGED']);
  const num = (extra: object) => obj({ q: { type: 'number', ...extra } });
  assert.deepEqual(check('BACKWARD', num({ maximum: 100 }), num({ maximum: 10 })), []);
  assert.deepEqual(types(check('BACKWARD', num({ maximum: 10 }), num({ maximum: 100 }))), ['MAXIMUM_DECREASED']);
  assert.deepEqual(types(check('BACKWARD', num({ minimum: 0 }), num({}))), ['MINIMUM_ADDED']);
  assert.deepEqual(types(check('BACKWARD', num({ multipleOf: 4 }), num({ multipleOf: 2 }))), ['MULTIPLE_OF_EXPANDED']);
  assert.deepEqual(check('BACKWARD', num({ multipleOf: 2 }), num({ multipleOf: 4 })), []);
  const str = (extra: object) => obj({ t: { type: 'string', ...extra } });
  assert.deepEqual(types(check('BACKWARD', str({ maxLength: 5 }), str({ maxLength: 10 }))), ['MAX_LENGTH_DECREASED']);
  assert.deepEqual(types(check('BACKWARD', str({ pattern: '^a' }), str({}))), ['PATTERN_ADDED']);
  assert.deepEqual(check('FORWARD', str({ pattern: '^a' }), str({})), []);
});

test('arrays: items are checked like any schema', () => {
  const arr = (items: object, extra: object = {}) => obj({ xs: { type: 'array', items, ...extra } });
  assert.deepEqual(check('BACKWARD', arr({ type: 'number' }), arr({ type: 'integer' })), []);
  assert.deepEqual(types(check('BACKWARD', arr({ type: 'string' }), arr({ type: 'integer' }))), ['TYPE_CHANGED']);
  assert.match(check('BACKWARD', arr({ type: 'string' }), arr({ type: 'integer' }))[0]!, /#\/properties\/xs\/items\/type/);
  assert.deepEqual(types(check('BACKWARD', arr({}, { maxItems: 3 }), arr({}))), ['MAX_ITEMS_ADDED']);
});

test('combined types: a oneOf may gain branches BACKWARD, not lose them; allOf and $ref are followed', () => {
  const one = (...branches: object[]) => obj({ v: { oneOf: branches } });
  assert.deepEqual(check('BACKWARD', one({ type: 'string' }, { type: 'integer' }), one({ type: 'string' })), []);
  assert.deepEqual(check('BACKWARD', one({ type: 'string' }, { type: 'integer' }), obj({ v: { type: 'string' } })), []);
  assert.deepEqual(types(check('BACKWARD', one({ type: 'string' }), one({ type: 'string' }, { type: 'integer' }))), ['COMBINED_TYPE_SUBSCHEMAS_CHANGED']);
  const base = { $defs: { Base: obj(id, { required: ['id'] }) } };
  const ext = { ...base, allOf: [{ $ref: '#/$defs/Base' }, obj({ n: { type: 'integer' } })] };
  assert.deepEqual(check('BACKWARD', ext, ext), []);
  const refd = (type: string) => ({ $defs: { T: { type } }, ...obj({ t: { $ref: '#/$defs/T' } }) });
  assert.deepEqual(types(check('BACKWARD', refd('string'), refd('integer'))), ['TYPE_CHANGED']);
  const tree = (type: string) => ({ $defs: { Node: obj({ v: { type }, kids: { type: 'array', items: { $ref: '#/$defs/Node' } } }) }, $ref: '#/$defs/Node' });
  assert.deepEqual(check('BACKWARD', tree('number'), tree('integer')), []);
  assert.deepEqual(types(check('BACKWARD', tree('string'), tree('integer'))), ['TYPE_CHANGED']);
});

test('transitive: a bound that holds for the latest version but not an older one', () => {
  const v1 = obj({ t: { type: 'string' } });
  const v2 = obj({ t: { type: 'string', maxLength: 10 } });
  const v3 = obj({ t: { type: 'string', maxLength: 10 } }, { title: 'v3' });
  assert.deepEqual(check('BACKWARD', v3, v1, v2), []);
  assert.deepEqual(types(check('BACKWARD_TRANSITIVE', v3, v1, v2)), ['MAX_LENGTH_ADDED']);
  assert.ok(check('BACKWARD_TRANSITIVE', v3, v1, v2).includes('{oldSchemaVersion: 1}'));
  const f3 = obj({ t: { type: 'string' } }, { title: 'f3' });
  assert.deepEqual(check('FORWARD', f3, v2, v1), []);
  assert.deepEqual(types(check('FORWARD_TRANSITIVE', f3, v2, v1)), ['MAX_LENGTH_ADDED']);
  assert.deepEqual(types(check('FULL_TRANSITIVE', f3, v2, v1)), ['MAX_LENGTH_ADDED']);
  assert.deepEqual(check('NONE', obj({ t: { type: 'integer' } }), v1), []);
});

test('normalized form ignores key order and layout; references resolve by name', () => {
  const canonical = (text: string) => jsonSchemaFormat.canonical(jsonSchemaFormat.parse(text, []));
  assert.equal(canonical('{"type":"object","properties":{"a":{"type":"string"}}}'), canonical('{ "properties": { "a": { "type": "string" } },\n "type": "object" }'));
  const customer = '{"type":"object","properties":{"name":{"type":"string"}}}';
  const ref = { name: 'customer.json', subject: 'customer', version: 1, schemaType: 'JSON' as const, schema: customer, references: [] };
  const order = (type: string) => s(obj({ customer: { $ref: 'customer.json' }, n: { type } }));
  const parsed = jsonSchemaFormat.parse(order('integer'), [ref]);
  assert.deepEqual(jsonSchemaFormat.incompatibilities(parsed, parsed), []);
  assert.throws(() => jsonSchemaFormat.parse(order('integer'), []), (e: RegistryError) => e.errorCode === 42201 && /customer\.json/.test(e.message));
});

test('an invalid schema is error 42201 with the reason', () => {
  assert.throws(() => jsonSchemaFormat.parse('{"type": 12}', []), (e: RegistryError) => e.errorCode === 42201 && /type/.test(e.message));
  assert.throws(() => jsonSchemaFormat.parse('[1]', []), (e: RegistryError) => e.errorCode === 42201);
  assert.throws(() => jsonSchemaFormat.parse('{', []), (e: RegistryError) => e.errorCode === 42201 && /not JSON/.test(e.message));
});
