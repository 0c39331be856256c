import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from './decimal.ts';
import { decimalResult } from './rules.ts';

const d = (s: string) => Decimal.fromString(s);

/** Flink's evaluation of a op b for DECIMAL operands: exact op, then fit to the result type. */
function flink(op: '+' | '-' | '*' | '/' | '%', a: string, pa: number, b: string, pb: number): string | null {
  const x = d(a).fit(pa, d(a).scale);
  const y = d(b).fit(pb, d(b).scale);
  assert.ok(x !== null && y !== null);
  const r = decimalResult(op, pa, x.scale, pb, y.scale);
  const v = op === '+' ? x.add(y) : op === '-' ? x.sub(y) : op === '*' ? x.mul(y) : op === '/' ? x.div(y, r.scale) : x.mod(y);
  return v.fit(r.precision, r.scale)?.toString() ?? null;
}

test('parse and print round-trip exactly', () => {
  for (const s of ['0', '1', '-1', '0.1', '-0.05', '12345678901234567890.123456789', '99999999999999999999999999999999999999', '1.000']) {
    assert.equal(d(s).toString(), s);
  }
  assert.equal(d('+.5').toString(), '0.5');
  assert.equal(d('1.5e3').toString(), '1500');
  assert.equal(d('1.5E-3').toString(), '0.0015');
  assert.throws(() => d('abc'), /not a valid DECIMAL/);
  assert.throws(() => d('.'), /not a valid DECIMAL/);
  assert.throws(() => d('1.2.3'), /not a valid DECIMAL/);
});

test('0.1 + 0.2 = 0.3 exactly', () => {
  assert.equal(d('0.1').add(d('0.2')).toString(), '0.3');
  assert.ok(d('0.1').add(d('0.2')).equals(d('0.30')));
  assert.equal(flink('+', '0.1', 2, '0.2', 2), '0.3');
});

test('big multiplication stays exact', () => {
  assert.equal(d('12345678901234567890.123456789').mul(d('2')).toString(), '24691357802469135780.246913578');
  // DECIMAL(29, 9) * DECIMAL(1, 0) → DECIMAL(31, 9)
  assert.equal(flink('*', '12345678901234567890.123456789', 29, '2', 1), '24691357802469135780.246913578');
});

test('division rounds HALF_UP to the result scale', () => {
  // DECIMAL(1,0) / DECIMAL(1,0) → DECIMAL(8, 6) (scale max(6, 0 + 1 + 1))
  assert.equal(flink('/', '1', 1, '3', 1), '0.333333');
  assert.equal(flink('/', '2', 1, '3', 1), '0.666667');
  assert.equal(flink('/', '-2', 1, '3', 1), '-0.666667');
  assert.equal(d('1').div(d('8'), 2).toString(), '0.13'); // 0.125 → 0.13 (half up)
  assert.equal(d('-1').div(d('8'), 2).toString(), '-0.13'); // ties away from zero
  assert.equal(d('1').div(d('-8'), 2).toString(), '-0.13');
  assert.equal(d('10').div(d('0.4'), 0).toString(), '25');
  assert.throws(() => d('1').div(d('0'), 2), /Division by zero/);
});

test('setScale and fit round HALF_UP; overflow is NULL as in Flink', () => {
  assert.equal(d('2.345').setScale(2).toString(), '2.35');
  assert.equal(d('-2.345').setScale(2).toString(), '-2.35');
  assert.equal(d('2.344').setScale(2).toString(), '2.34');
  assert.equal(d('2.5').setScale(4).toString(), '2.5000');
  assert.equal(d('99.995').fit(4, 2), null); // rounds to 100.00: 5 digits > 4
  assert.equal(d('99.994').fit(4, 2)?.toString(), '99.99');
  // 38 nines + 1 does not fit DECIMAL(38, 0): the result type is DECIMAL(38, 0) after adjustment
  assert.equal(flink('+', '99999999999999999999999999999999999999', 38, '1', 38), null);
  assert.equal(flink('+', '99999999999999999999999999999999999998', 38, '1', 38), '99999999999999999999999999999999999999');
});

test('sub, mod, compare, negate', () => {
  assert.equal(d('1.00').sub(d('0.015')).toString(), '0.985');
  assert.equal(d('7.5').mod(d('2')).toString(), '1.5');
  assert.equal(d('-7.5').mod(d('2')).toString(), '-1.5');
  assert.equal(d('1.0').compare(d('1.00')), 0);
  assert.equal(d('-0.1').compare(d('0.01')), -1);
  assert.equal(d('100').compare(d('99.999')), 1);
  assert.equal(d('0.5').negate().toString(), '-0.5');
  assert.equal(d('0.000').precision(), 1);
  assert.equal(d('-123.45').precision(), 5);
});
