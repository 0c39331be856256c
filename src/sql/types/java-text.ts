// Numbers written the way Java writes them, since Flink's formats, its print sink and CAST to STRING
// go through Java's toString: BigDecimal.toString (scientific notation when the exponent is below -6),
// Double.toString / Float.toString ('1.0', '1.0E10', '1.2345E-5', the shortest digits that read
// back to the same value).
import type { Decimal } from './decimal.ts';

/** java.math.BigDecimal#toString for a non-negative scale. */
export function decimalText(d: Decimal): string {
  const neg = d.unscaled < 0n;
  const digits = (neg ? -d.unscaled : d.unscaled).toString();
  const adjusted = digits.length - 1 - d.scale;
  if (d.scale === 0 || adjusted >= -6) return d.toString();
  const mantissa = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return (neg ? '-' : '') + mantissa + 'E' + adjusted;
}

/** Java's layout of digits given in JS exponential form ('1.2345e-5' → '1.2345E-5', '1e+2' → '100.0'). */
function javaFloating(shortest: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (m === null) return shortest;
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp >= -3 && exp < 7) {
    if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
    const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return sign + int + '.' + (frac === '' ? '0' : frac);
  }
  return sign + digits[0] + '.' + (digits.length > 1 ? digits.slice(1) : '0') + 'E' + exp;
}

function special(x: number): string | undefined {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  return undefined;
}

/** java.lang.Double#toString. */
export function doubleText(x: number): string {
  return special(x) ?? javaFloating(x.toExponential());
}

/** java.lang.Float#toString of a FLOAT value (already rounded with Math.fround). */
export function floatText(x: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  for (let p = 1; p < 9; p++) {
    const t = x.toExponential(p - 1);
    if (Math.fround(Number(t)) === x) return javaFloating(t);
  }
  return javaFloating(x.toExponential(8));
}

/** A FLOAT as the shortest decimal that reads back to it (for JSON, where '1.1' beats 1.100000023841858). */
export function floatNumber(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  for (let p = 1; p < 9; p++) {
    const n = Number(x.toExponential(p - 1));
    if (Math.fround(n) === x) return n;
  }
  return x;
}
