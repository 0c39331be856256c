// Exact DECIMAL values for the runtime: an unscaled bigint and a scale, never a double.
// Semantics follow Flink's DecimalData (which wraps java.math.BigDecimal):
// - add/sub/mul/mod are exact; `div` rounds to the scale asked for with HALF_UP
//   (BigDecimal.divide(x, scale, RoundingMode.HALF_UP)), as DecimalData.divide does;
// - `fit(p, s)` is DecimalData.fromBigDecimal(bd, p, s): round HALF_UP to scale s, then return
//   null when the result needs more than p digits. Flink returns NULL (it does not fail) when a
//   DECIMAL result overflows its type, so the engine's arithmetic is `fit(op(a, b), p, s)`;
// - division by zero throws (Java's BigDecimal throws ArithmeticException; Flink fails the job).
// `fromString` accepts what BigDecimal(String) accepts for plain literals: [+-]digits[.digits][e±n].

import { WeirError } from '../../util/errors.ts';

export const MAX_DECIMAL_PRECISION = 38;

const TEN = 10n;

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** n / d rounded HALF_UP (ties away from zero), as java.math.RoundingMode.HALF_UP. */
function divHalfUp(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  if (2n * abs(r) >= abs(d)) return (n < 0n) !== (d < 0n) ? q - 1n : q + 1n;
  return q;
}

export class Decimal {
  readonly unscaled: bigint;
  readonly scale: number;

  constructor(unscaled: bigint, scale: number) {
    if (!Number.isInteger(scale) || scale < 0) throw new WeirError('INTERNAL', `Decimal scale must be a non-negative integer, got ${scale}`);
    this.unscaled = unscaled;
    this.scale = scale;
  }

  static fromString(text: string): Decimal {
    const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
    if (m === null || ((m[2] ?? '') === '' && (m[3] ?? '') === '')) {
      throw new WeirError('CONFIG_INVALID', `'${text}' is not a valid DECIMAL value`, { hint: 'write digits with an optional sign, decimal point and exponent, e.g. -12.50' });
    }
    const intPart = m[2] ?? '';
    const frac = m[3] ?? '';
    const exp = m[4] === undefined ? 0 : Number(m[4]);
    let unscaled = BigInt((intPart + frac) || '0');
    if (m[1] === '-') unscaled = -unscaled;
    let scale = frac.length - exp;
    if (scale < 0) {
      unscaled *= pow10(-scale);
      scale = 0;
    }
    return new Decimal(unscaled, scale);
  }

  static fromBigInt(n: bigint): Decimal {
    return new Decimal(n, 0);
  }

  /** Number of significant digits of the unscaled value (BigDecimal.precision(); 0 has 1). */
  precision(): number {
    return this.unscaled === 0n ? 1 : abs(this.unscaled).toString().length;
  }

  /** Same value with a larger scale (exact). */
  private rescaleUp(scale: number): bigint {
    return this.unscaled * pow10(scale - this.scale);
  }

  /** Round HALF_UP (or extend exactly) to `scale` digits after the point. */
  setScale(scale: number): Decimal {
    if (scale >= this.scale) return new Decimal(this.rescaleUp(scale), scale);
    return new Decimal(divHalfUp(this.unscaled, pow10(this.scale - scale)), scale);
  }

  /** Flink's DecimalData.fromBigDecimal: round to scale s, null if it needs more than p digits. */
  fit(precision: number, scale: number): Decimal | null {
    const r = this.setScale(scale);
    return r.precision() > precision ? null : r;
  }

  add(o: Decimal): Decimal {
    const s = Math.max(this.scale, o.scale);
    return new Decimal(this.rescaleUp(s) + o.rescaleUp(s), s);
  }

  sub(o: Decimal): Decimal {
    const s = Math.max(this.scale, o.scale);
    return new Decimal(this.rescaleUp(s) - o.rescaleUp(s), s);
  }

  mul(o: Decimal): Decimal {
    return new Decimal(this.unscaled * o.unscaled, this.scale + o.scale);
  }

  /** this / o rounded HALF_UP to `scale` digits. Throws on division by zero. */
  div(o: Decimal, scale: number): Decimal {
    if (o.unscaled === 0n) throw new WeirError('CONFIG_INVALID', 'Division by zero', { hint: 'guard the divisor, e.g. CASE WHEN d = 0 THEN NULL ELSE n / d END' });
    // this/o = (u1 / 10^s1) / (u2 / 10^s2); scaled by 10^scale: u1 * 10^(scale + s2 - s1) / u2.
    const shift = scale + o.scale - this.scale;
    const n = shift >= 0 ? this.unscaled * pow10(shift) : this.unscaled;
    const d = shift >= 0 ? o.unscaled : o.unscaled * pow10(-shift);
    return new Decimal(divHalfUp(n, d), scale);
  }

  /** Remainder with the sign of the dividend (BigDecimal.remainder). Throws on zero. */
  mod(o: Decimal): Decimal {
    if (o.unscaled === 0n) throw new WeirError('CONFIG_INVALID', 'Division by zero', { hint: 'guard the divisor of %/MOD' });
    const s = Math.max(this.scale, o.scale);
    return new Decimal(this.rescaleUp(s) % o.rescaleUp(s), s);
  }

  negate(): Decimal {
    return new Decimal(-this.unscaled, this.scale);
  }

  /** -1, 0 or 1, by value (1.0 and 1.00 compare equal). */
  compare(o: Decimal): -1 | 0 | 1 {
    const s = Math.max(this.scale, o.scale);
    const a = this.rescaleUp(s);
    const b = o.rescaleUp(s);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(o: Decimal): boolean {
    return this.compare(o) === 0;
  }

  /** Plain notation with exactly `scale` fraction digits (BigDecimal.toPlainString). */
  toString(): string {
    const neg = this.unscaled < 0n;
    let digits = abs(this.unscaled).toString();
    if (this.scale === 0) return (neg ? '-' : '') + digits;
    digits = digits.padStart(this.scale + 1, '0');
    const cut = digits.length - this.scale;
    return (neg ? '-' : '') + digits.slice(0, cut) + '.' + digits.slice(cut);
  }

  toJSON(): string {
    return this.toString();
  }
}
