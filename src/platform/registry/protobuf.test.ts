// Protobuf compatibility under every level (field numbers, wire types, messages, oneofs, proto2
// required, package), normalization, imports and references, and parse errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Compatibility } from '../spec/model.ts';
import { compatibilityMessages } from './compatibility.ts';
import { RegistryError } from './errors.ts';
import { protobufFormat } from './protobuf.ts';

/** Messages for registering `candidate` after `history` (oldest first) under `level`. */
function check(level: Compatibility, candidate: string, ...history: string[]): string[] {
  const previous = history.map((schema, i) => ({ version: i + 1, schemaType: 'PROTOBUF' as const, schema, parsed: protobufFormat.parse(schema, []) }));
  return compatibilityMessages(protobufFormat, level, protobufFormat.parse(candidate, []), previous);
}

function types(messages: string[]): string[] {
  return messages.flatMap((m) => /errorType:'([A-Z_]+)'/.exec(m)?.[1] ?? []);
}

const proto3 = (body: string, pkg = 'shop') => `syntax = "proto3";\npackage ${pkg};\n${body}\n`;
const order = (fields: string, extra = '') => proto3(`message Order {\n${fields}\n}\n${extra}`);
const v1 = order('string id = 1;\nint32 qty = 2;');

test('fields may be added and removed in every direction; a compatible wire type change is fine', () => {
  const added = order('string id = 1;\nint32 qty = 2;\nstring note = 3;');
  const removed = order('string id = 1;');
  for (const level of ['BACKWARD', 'FORWARD', 'FULL'] as const) {
    assert.deepEqual(check(level, added, v1), [], level);
    assert.deepEqual(check(level, removed, v1), [], level);
  }
  assert.deepEqual(check('FULL', order('string id = 1;\nint64 qty = 2;'), v1), []);
  assert.deepEqual(check('FULL', order('bytes id = 1;\nuint32 qty = 2;'), v1), []);
  assert.deepEqual(check('FULL', order('string ident = 1;\nint32 quantity = 2;'), v1), [], 'names do not travel on the wire');
});

test('a field number reused with another wire type is refused', () => {
  const messages = check('BACKWARD', order('string id = 1;\nstring qty = 2;'), v1);
  assert.deepEqual(types(messages), ['FIELD_SCALAR_KIND_CHANGED']);
  assert.match(messages[0]!, /path '#\/Order\/2'.*int32 to string/);
  assert.deepEqual(types(check('FORWARD', order('string id = 1;\nsint32 qty = 2;'), v1)), ['FIELD_SCALAR_KIND_CHANGED']);
  assert.deepEqual(types(check('FULL', order('string id = 1;\nfixed32 qty = 2;'), v1)), ['FIELD_SCALAR_KIND_CHANGED', 'FIELD_SCALAR_KIND_CHANGED']);
  const item = 'message Item { string sku = 1; }';
  assert.deepEqual(types(check('BACKWARD', order('string id = 1;\nItem qty = 2;', item), v1)), ['FIELD_KIND_CHANGED']);
  const other = 'message Item { string sku = 1; }\nmessage Part { string sku = 1; }';
  assert.deepEqual(types(check('BACKWARD', order('string id = 1;\nPart it = 3;', other), order('string id = 1;\nItem it = 3;', other))), ['FIELD_NAMED_TYPE_CHANGED']);
});

test('nested message fields are compared by number too', () => {
  const withItem = (type: string) => order('repeated Item items = 1;', `message Item { ${type} sku = 1; }`);
  assert.deepEqual(check('BACKWARD', withItem('bytes'), withItem('string')), []);
  const messages = check('BACKWARD', withItem('double'), withItem('string'));
  assert.deepEqual(types(messages), ['FIELD_SCALAR_KIND_CHANGED']);
  assert.match(messages[0]!, /#\/Order\/1\/1/);
});

test('messages: removing one is refused BACKWARD; adding one is refused FORWARD (the old schema lacks it)', () => {
  const two = order('string id = 1;', 'message Refund { string id = 1; }');
  assert.deepEqual(types(check('BACKWARD', order('string id = 1;'), two)), ['MESSAGE_REMOVED']);
  assert.deepEqual(check('BACKWARD', two, order('string id = 1;')), []);
  assert.deepEqual(types(check('FORWARD', two, order('string id = 1;'))), ['MESSAGE_REMOVED']);
  const nested = (inner: string) => order(`string id = 1;\n${inner}`);
  assert.deepEqual(types(check('BACKWARD', nested(''), nested('message Line { int32 n = 1; }'))), ['MESSAGE_REMOVED']);
});

test('the package is part of the contract', () => {
  assert.deepEqual(types(check('BACKWARD', proto3('message Order { string id = 1; int32 qty = 2; }', 'store'), v1)), ['PACKAGE_CHANGED']);
});

test('enum constants may change (enums are open on the wire); an enum field is a varint', () => {
  const e = (values: string) => order('Status s = 1;', `enum Status { ${values} }`);
  assert.deepEqual(check('FULL', e('A = 0; B = 1; C = 2;'), e('A = 0; B = 1;')), []);
  assert.deepEqual(check('FULL', e('A = 0;'), e('A = 0; B = 1;')), []);
  assert.deepEqual(check('FULL', order('int32 s = 1;'), e('A = 0;')), []);
  assert.deepEqual(types(check('BACKWARD', order('string s = 1;'), e('A = 0;'))), ['FIELD_SCALAR_KIND_CHANGED']);
});

test('proto2 required fields may not be added or removed', () => {
  const p2 = (fields: string) => `syntax = "proto2";\nmessage M {\n${fields}\n}`;
  assert.deepEqual(types(check('BACKWARD', p2('optional int32 a = 1;\nrequired int32 b = 2;'), p2('optional int32 a = 1;'))), ['REQUIRED_FIELD_ADDED']);
  assert.deepEqual(types(check('BACKWARD', p2('optional int32 a = 1;'), p2('optional int32 a = 1;\nrequired int32 b = 2;'))), ['REQUIRED_FIELD_REMOVED']);
  assert.deepEqual(types(check('FORWARD', p2('optional int32 a = 1;\nrequired int32 b = 2;'), p2('optional int32 a = 1;'))), ['REQUIRED_FIELD_REMOVED']);
  assert.deepEqual(check('FULL', p2('optional int32 a = 1;\noptional int32 b = 2;'), p2('optional int32 a = 1;')), []);
});

test('oneofs: one field may move into a new oneof, not several, and none may leave one', () => {
  const plain = order('string card = 1;\nstring iban = 2;');
  assert.deepEqual(check('BACKWARD', order('oneof pay { string card = 1; }\nstring iban = 2;'), plain), []);
  assert.deepEqual(types(check('BACKWARD', order('oneof pay { string card = 1; string iban = 2; }'), plain)), ['MULTIPLE_FIELDS_MOVED_TO_ONEOF']);
  const one = order('oneof pay { string card = 1; string iban = 2; }');
  assert.deepEqual(types(check('BACKWARD', order('oneof pay { string card = 1; }\nstring iban = 2;'), one)), ['ONEOF_FIELD_REMOVED']);
  assert.deepEqual(
    types(check('BACKWARD', order('oneof pay { string card = 1; string iban = 2; }'), order('oneof pay { string card = 1; }\nstring iban = 2;'))),
    ['FIELD_MOVED_TO_EXISTING_ONEOF'],
  );
  assert.deepEqual(check('FULL', order('optional string card = 1;'), order('string card = 1;')), [], 'proto3 optional is not a real oneof');
});

test('transitive: a field number reused after its removal passes against the latest version only', () => {
  const v2 = order('string id = 1;');
  const v3 = order('string id = 1;\nstring qty = 2;');
  for (const level of ['BACKWARD', 'FORWARD', 'FULL'] as const) {
    assert.deepEqual(check(level, v3, v1, v2), [], level);
    const messages = check(`${level}_TRANSITIVE`, v3, v1, v2);
    assert.equal(types(messages)[0], 'FIELD_SCALAR_KIND_CHANGED', level);
    assert.ok(messages.includes('{oldSchemaVersion: 1}'));
  }
  assert.deepEqual(check('NONE', proto3('message Other { bytes x = 1; }'), v1), []);
});

test('normalized form ignores comments and layout; imports resolve from references or the well-known types', () => {
  const canonical = (text: string) => protobufFormat.canonical(protobufFormat.parse(text, []));
  assert.equal(canonical(v1), canonical(`// orders\nsyntax = "proto3";  package shop;\nmessage Order { string id = 1; /* how many */ int32 qty = 2; }`));
  assert.notEqual(canonical(v1), canonical(order('string id = 1;\nint64 qty = 2;')));
  const stamped = proto3('import "google/protobuf/timestamp.proto";\nmessage E { google.protobuf.Timestamp at = 1; }');
  assert.deepEqual(protobufFormat.parse(stamped, []).messages, ['E']);
  const customer = proto3('message Customer { string name = 1; }', 'crm');
  const ref = { name: 'crm/customer.proto', subject: 'customer', version: 1, schemaType: 'PROTOBUF' as const, schema: customer, references: [] };
  const sale = proto3('import "crm/customer.proto";\nmessage Sale { crm.Customer who = 1; }');
  assert.deepEqual(protobufFormat.parse(sale, [ref]).messages, ['Sale']);
  assert.throws(() => protobufFormat.parse(sale, []), (e: RegistryError) => e.errorCode === 42201 && /crm\/customer\.proto/.test(e.message));
});

test('an invalid schema is error 42201 with the parser\'s reason', () => {
  assert.throws(() => protobufFormat.parse('syntax = "proto3"; message X { string a = 1 }', []), (e: RegistryError) => e.errorCode === 42201 && /illegal token/.test(e.message));
  assert.throws(() => protobufFormat.parse(proto3('message X { Missing m = 1; }'), []), (e: RegistryError) => e.errorCode === 42201 && /Missing/.test(e.message));
});
