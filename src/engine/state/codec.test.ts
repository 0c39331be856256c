import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from '../../sql/types/decimal.ts';
import { decodeState, encodeState } from './codec.ts';

const roundTrip = (v: unknown): unknown => decodeState(encodeState(v));

test('scalars round-trip exactly, including NaN, infinities and -0', () => {
  for (const v of [null, undefined, true, false, 0, 1, -1, 127, 128, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 60, 0.1, -2.5e-300, NaN, Infinity, -Infinity, 1e308]) {
    assert.ok(Object.is(roundTrip(v), v), `value ${String(v)}`);
  }
  assert.ok(Object.is(roundTrip(-0), -0));
  for (const b of [0n, 1n, -1n, 2n ** 64n, -(10n ** 40n) + 7n]) assert.equal(roundTrip(b), b);
  for (const s of ['', 'abc', 'ünïcødé', '😀 emoji', 'x'.repeat(10_000), '\u0000\u007f']) assert.equal(roundTrip(s), s);
});

test('Decimal keeps its class, unscaled value and scale', () => {
  const d = roundTrip(new Decimal(-12345n, 2));
  assert.ok(d instanceof Decimal);
  assert.equal(d.unscaled, -12345n);
  assert.equal(d.scale, 2);
  assert.equal((roundTrip(Decimal.fromString('1.000')) as Decimal).scale, 3);
});

test('containers round-trip: arrays, objects, Map, Set, bytes', () => {
  const v = {
    rows: [[1, 'a', null], [2n, new Uint8Array([0, 255, 7]), [true]]],
    m: new Map<unknown, unknown>([['k', 1], [3, new Map([[null, 'x']])]]),
    s: new Set(['a', 1]),
    nested: { deep: { deeper: [undefined, -0] } },
    __proto__x: 1,
  };
  assert.deepEqual(roundTrip(v), v);
  const bytes = roundTrip(new Uint8Array([1, 2, 3])) as Uint8Array;
  assert.ok(bytes instanceof Uint8Array);
  assert.deepEqual([...bytes], [1, 2, 3]);
});

test('a key named __proto__ stays an own property', () => {
  const v = JSON.parse('{"__proto__": 5, "a": 1}') as Record<string, unknown>;
  const back = roundTrip(v) as Record<string, unknown>;
  assert.deepEqual(Object.keys(back), ['__proto__', 'a']);
  assert.equal(Object.getPrototypeOf(back), Object.prototype);
});

test('class instances and functions are refused with the path', () => {
  assert.throws(() => encodeState({ a: { b: new Date() } }), /Date instance[\s\S]*/);
  assert.throws(() => encodeState([() => 1]), /function/);
  try {
    encodeState({ a: { b: new Date() } });
  } catch (e) {
    assert.match((e as { where: string }).where, /a\.b/);
  }
});

test('truncated or trailing bytes are OBJECT_CORRUPT', () => {
  const bytes = encodeState({ a: [1, 'xyz', 2n] });
  for (let n = 0; n < bytes.length; n++) assert.throws(() => decodeState(bytes.subarray(0, n)), /Cannot decode state/);
  assert.throws(() => decodeState(new Uint8Array([...bytes, 0])), /trailing/);
  assert.throws(() => decodeState(new Uint8Array([99])), /unknown tag/);
});

test('fuzz: random nested values round-trip', () => {
  let seed = 42;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const gen = (depth: number): unknown => {
    const k = Math.floor(rand() * (depth > 3 ? 9 : 13));
    switch (k) {
      case 0: return null;
      case 1: return rand() < 0.5;
      case 2: return Math.floor((rand() - 0.5) * 2 ** 40);
      case 3: return (rand() - 0.5) * 10 ** Math.floor(rand() * 40 - 20);
      case 4: return BigInt(Math.floor((rand() - 0.5) * 2 ** 50)) * 1000003n;
      case 5: return Array.from({ length: Math.floor(rand() * 20) }, () => String.fromCharCode(Math.floor(rand() * 0x2fff))).join('');
      case 6: return new Decimal(BigInt(Math.floor((rand() - 0.5) * 1e12)), Math.floor(rand() * 10));
      case 7: return new Uint8Array(Array.from({ length: Math.floor(rand() * 10) }, () => Math.floor(rand() * 256)));
      case 8: return [NaN, Infinity, -Infinity, -0][Math.floor(rand() * 4)];
      case 9: return Array.from({ length: Math.floor(rand() * 5) }, () => gen(depth + 1));
      case 10: return Object.fromEntries(Array.from({ length: Math.floor(rand() * 5) }, (_, i) => ['f' + i + String(rand()).slice(2, 5), gen(depth + 1)]));
      case 11: return new Map(Array.from({ length: Math.floor(rand() * 4) }, (_, i) => [i % 2 ? String(i) : i, gen(depth + 1)]));
      default: return new Set(Array.from({ length: Math.floor(rand() * 4) }, (_, i) => 'v' + i));
    }
  };
  for (let i = 0; i < 2000; i++) {
    const v = gen(0);
    assert.deepEqual(roundTrip(v), v);
  }
});
