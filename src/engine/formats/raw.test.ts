// The raw format: strings in a charset, bytes as they are, fixed-size numbers in either byte order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../../sql/types/types.ts';
import type { LogicalType } from '../../sql/types/types.ts';
import { raw } from './raw.ts';

const ctx = (type: LogicalType, options: Record<string, string> = {}) => ({ fields: [{ name: 'v', type }], options: new Map(Object.entries(options)) });
const roundTrip = (type: LogicalType, value: unknown, options: Record<string, string> = {}) => {
  const bytes = raw.serializer(ctx(type, options)).encode([value]);
  return { bytes: [...bytes], back: raw.deserializer(ctx(type, options)).decode(bytes) };
};

test('numbers are fixed-size, big-endian by default, little-endian when asked', () => {
  assert.deepEqual(roundTrip(T.INT(), 258), { bytes: [0, 0, 1, 2], back: [258] });
  assert.deepEqual(roundTrip(T.INT(), 258, { endianness: 'little-endian' }), { bytes: [2, 1, 0, 0], back: [258] });
  assert.deepEqual(roundTrip(T.BIGINT(), -2n).bytes, [255, 255, 255, 255, 255, 255, 255, 254]);
  assert.deepEqual(roundTrip(T.BIGINT(), -2n).back, [-2n]);
  assert.deepEqual(roundTrip(T.SMALLINT(), -1).back, [-1]);
  assert.deepEqual(roundTrip(T.TINYINT(), -5).bytes, [251]);
  assert.deepEqual(roundTrip(T.BOOLEAN(), true), { bytes: [1], back: [true] });
  assert.deepEqual(roundTrip(T.FLOAT(), 1.5).back, [1.5]);
  assert.deepEqual(roundTrip(T.DOUBLE(), 0.1, { endianness: 'little-endian' }).back, [0.1]);
});

test('strings in the charset, bytes as they are, NULL', () => {
  assert.deepEqual(roundTrip(T.STRING(), 'héllo'), { bytes: [104, 195, 169, 108, 108, 111], back: ['héllo'] });
  assert.deepEqual(roundTrip(T.STRING(), 'hé', { charset: 'ISO-8859-1' }), { bytes: [104, 233], back: ['hé'] });
  assert.deepEqual(roundTrip(T.STRING(), 'hé', { charset: 'UTF-16BE' }), { bytes: [0, 104, 0, 233], back: ['hé'] });
  assert.deepEqual(roundTrip(T.BYTES(), new Uint8Array([9, 8])).back, [new Uint8Array([9, 8])]);
  assert.deepEqual(roundTrip(T.STRING(), null).bytes, []);
  const d = raw.deserializer(ctx(T.STRING())) as { decode(b: Uint8Array | null): unknown };
  assert.deepEqual(d.decode(null), [null]);
});

test('errors: wrong size, several columns, unsupported type or charset', () => {
  assert.throws(() => raw.deserializer(ctx(T.INT())).decode(new Uint8Array(3)), /raw INT: expected 4 bytes, got 3/);
  const two = { fields: [{ name: 'a', type: T.INT() }, { name: 'b', type: T.INT() }], options: new Map() };
  assert.throws(() => raw.deserializer(two), /only supports single physical column.*\[`a` INT, `b` INT\]/);
  assert.throws(() => raw.serializer(ctx(T.DATE())), /doesn't support 'DATE'/);
  assert.throws(() => raw.serializer(ctx(T.STRING(), { charset: 'EBCDIC' })), /Unsupported raw.charset 'EBCDIC'/);
});
