// Numeric functions: ABS SIGN CEIL/CEILING FLOOR ROUND TRUNCATE (exact on DECIMAL and integers;
// DOUBLE rounds its shortest decimal form, as BigDecimal.valueOf does), POWER SQRT EXP LN LOG10 LOG2
// LOG, the trigonometric functions, DEGREES RADIANS, PI E, RAND RAND_INTEGER (seeded ones use
// java.util.Random's generator, so a seed gives Flink's sequence). FLOOR/CEIL(datetime, unit) are
// in temporal.ts. ROUND/TRUNCATE of DECIMAL(p, s) to d places is DECIMAL(1 + p - s + d, d) (Flink's
// findRoundDecimalType); integers keep their type.
import type { Rex, SourcePos } from '../plan/rex.ts';
import { call } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import { Decimal, MAX_DECIMAL_PRECISION } from '../types/decimal.ts';
import { wrapNumber } from '../types/integers.ts';
import { WeirError } from '../../util/errors.ts';
import { define, strict1, strict2, literalOf } from './registry.ts';
import { checkSignature, coerce, nullableIf, cannotApply } from './typing.ts';
import { defineSimple, int } from './simple.ts';
import { typeTemporalRound, compileTemporalRound } from './temporal.ts';

const DOUBLE = T.DOUBLE();

function defineDouble(name: string | readonly string[], arity: 1 | 2, f: (x: number, y: number) => number): void {
  define(name, {
    type: (fn, args, at) => {
      checkSignature(fn, args, at, [arity === 1 ? ['NUMERIC'] : ['NUMERIC', 'NUMERIC']]);
      return call(fn, args.map((a) => coerce(a, DOUBLE)), nullableIf(DOUBLE, args));
    },
    compile: (_c, [a, b]) => (arity === 1 ? strict1(a!, (x: number) => f(x, 0)) : strict2(a!, b!, f)),
  });
}

const positive = (what: string) => (x: number): number => {
  if (!(x > 0)) throw new WeirError('CONFIG_INVALID', `${what} must be > 0, but x = ${x}`);
  return x;
};

defineDouble(['POWER', 'POW'], 2, (x, y) => Math.pow(x, y));
defineDouble('SQRT', 1, Math.sqrt);
defineDouble('EXP', 1, Math.exp);
defineDouble('LN', 1, Math.log);
defineDouble('LOG10', 1, Math.log10);
defineDouble('LOG2', 1, (x) => Math.log2(positive("x of 'log2(x)'")(x)));
defineDouble(['SIN'], 1, Math.sin);
defineDouble(['COS'], 1, Math.cos);
defineDouble(['TAN'], 1, Math.tan);
defineDouble(['COT'], 1, (x) => 1 / Math.tan(x));
defineDouble(['ASIN'], 1, Math.asin);
defineDouble(['ACOS'], 1, Math.acos);
defineDouble(['ATAN'], 1, Math.atan);
defineDouble(['ATAN2'], 2, Math.atan2);
defineDouble(['SINH'], 1, Math.sinh);
defineDouble(['COSH'], 1, Math.cosh);
defineDouble(['TANH'], 1, Math.tanh);
defineDouble(['DEGREES'], 1, (x) => (x * 180) / Math.PI);
defineDouble(['RADIANS'], 1, (x) => (x / 180) * Math.PI);

define('LOG', {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, [['NUMERIC'], ['NUMERIC', 'NUMERIC']]);
    return call(fn, args.map((a) => coerce(a, DOUBLE)), nullableIf(DOUBLE, args));
  },
  compile: (c, [a, b]) => {
    const lnArg = positive("x of 'log(x)'");
    if (c.args.length === 1) return strict1(a!, (x: number) => Math.log(lnArg(x)));
    return strict2(a!, b!, (base: number, x: number) => {
      if (!(base > 1)) throw new WeirError('CONFIG_INVALID', `base of 'log(base, x)' must be > 1, but base = ${base}`);
      return Math.log(positive("x of 'log(base, x)'")(x)) / Math.log(base);
    });
  },
});

defineSimple('PI', { forms: [[]], result: () => DOUBLE, nullable: 'never', impl: () => () => Math.PI });
defineSimple('E', { forms: [[]], result: () => DOUBLE, nullable: 'never', impl: () => () => Math.E });

// ---- exact rounding -----------------------------------------------------------------------------

type Mode = 'HALF_UP' | 'DOWN' | 'FLOOR' | 'CEILING';

function divRound(n: bigint, d: bigint, mode: Mode): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  switch (mode) {
    case 'DOWN': return q;
    case 'FLOOR': return n < 0n ? q - 1n : q;
    case 'CEILING': return n > 0n ? q + 1n : q;
    case 'HALF_UP': return 2n * (r < 0n ? -r : r) >= (d < 0n ? -d : d) ? (n < 0n ? q - 1n : q + 1n) : q;
  }
}

/** x rounded to d digits after the point (d may be negative), as BigDecimal.setScale(d, mode). */
function roundDecimal(x: Decimal, d: number, mode: Mode): Decimal {
  if (d >= x.scale) return x;
  const q = divRound(x.unscaled, 10n ** BigInt(x.scale - d), mode);
  return d >= 0 ? new Decimal(q, d) : new Decimal(q * 10n ** BigInt(-d), 0);
}

function roundType(t: LogicalType, d: number): LogicalType {
  if (t.kind !== 'DECIMAL') return t;
  const { precision: p, scale: s } = t;
  if (d >= s) return t;
  if (d < 0) return T.DECIMAL(Math.min(MAX_DECIMAL_PRECISION, 1 + p - s), 0);
  return T.DECIMAL(Math.min(MAX_DECIMAL_PRECISION, 1 + p - s + d), d);
}

/** Rounds a value of type t to d places. */
function rounder(t: LogicalType, mode: Mode, out: LogicalType): (x: unknown, d: number) => unknown {
  switch (t.kind) {
    case 'DECIMAL': return (x, d) => {
      const r = roundDecimal(x as Decimal, d, mode);
      return out.kind === 'DECIMAL' ? r.fit(out.precision, out.scale) : r;
    };
    case 'BIGINT': return (x, d) => (d >= 0 ? x : BigInt.asIntN(64, roundDecimal(new Decimal(x as bigint, 0), d, mode).unscaled));
    case 'TINYINT': case 'SMALLINT': case 'INT': {
      const kind = t.kind;
      return (x, d) => (d >= 0 ? x : wrapNumber(kind, Number(roundDecimal(new Decimal(BigInt(x as number), 0), d, mode).unscaled)));
    }
    default: {
      const back = t.kind === 'FLOAT' ? Math.fround : (v: number) => v;
      return (x, d) => {
        const v = x as number;
        if (!Number.isFinite(v)) return v;
        return back(Number(roundDecimal(Decimal.fromString(String(v)), d, mode).toString()));
      };
    }
  }
}

for (const [name, mode] of [['ROUND', 'HALF_UP'], ['TRUNCATE', 'DOWN']] as const) {
  define(name, {
    type: (fn, args, at) => {
      checkSignature(fn, args, at, [['NUMERIC'], ['NUMERIC', 'INTEGER']]);
      const x = args[0]!.type.kind === 'NULL' ? coerce(args[0]!, DOUBLE) : args[0]!;
      const d = literalOf(args[1]);
      const out = roundType(x.type, d === undefined || d === null ? 0 : int(d));
      return call(fn, args.length === 1 ? [x] : [x, args[1]!], nullableIf(out, args));
    },
    compile: (c, [a, b]) => {
      const f = rounder(c.args[0]!.type, mode, c.type);
      return b === undefined ? strict1(a!, (x) => f(x, 0)) : strict2(a!, b, (x, d) => f(x, int(d)));
    },
  });
}

function typeFloorCeil(fn: string, args: readonly Rex[], at: SourcePos): Rex {
  if (args.length === 2) return typeTemporalRound(fn, args, at);
  checkSignature(fn, args, at, [['NUMERIC']]);
  const x = args[0]!.type.kind === 'NULL' ? coerce(args[0]!, DOUBLE) : args[0]!;
  return call(fn, [x], nullableIf(roundType(x.type, 0), args));
}

for (const [names, mode] of [[['FLOOR'], 'FLOOR'], [['CEIL', 'CEILING'], 'CEILING']] as const) {
  define(names, {
    type: typeFloorCeil,
    compile: (c, [a, b], ctx) => {
      if (c.args.length === 2) return compileTemporalRound(c, a!, b!, ctx);
      const t = c.args[0]!.type;
      if (t.kind === 'FLOAT' || t.kind === 'DOUBLE') return strict1(a!, mode === 'FLOOR' ? Math.floor : Math.ceil);
      const f = rounder(t, mode, c.type);
      return strict1(a!, (x) => f(x, 0));
    },
  });
}

function abs(t: LogicalType): (x: never) => unknown {
  switch (t.kind) {
    case 'TINYINT': case 'SMALLINT': case 'INT': {
      const kind = t.kind;
      return (x: number) => wrapNumber(kind, Math.abs(x));
    }
    case 'BIGINT': return (x: bigint) => BigInt.asIntN(64, x < 0n ? -x : x);
    case 'DECIMAL': return (x: Decimal) => (x.unscaled < 0n ? x.negate() : x);
    default: return (x: number) => Math.abs(x);
  }
}

function sign(t: LogicalType): (x: never) => unknown {
  switch (t.kind) {
    case 'BIGINT': return (x: bigint) => (x > 0n ? 1n : x < 0n ? -1n : 0n);
    case 'DECIMAL': return (x: Decimal) => new Decimal(x.unscaled > 0n ? 1n : x.unscaled < 0n ? -1n : 0n, 0).setScale(x.scale);
    default: return (x: number) => Math.sign(x);
  }
}

for (const [name, f] of [['ABS', abs], ['SIGN', sign]] as const) {
  define(name, {
    type: (fn, args, at) => {
      checkSignature(fn, args, at, [['NUMERIC']]);
      if (args[0]!.type.kind === 'NULL') throw cannotApply(fn, args, at, [`${fn}(<NUMERIC>)`]);
      return call(fn, args, args[0]!.type);
    },
    compile: (c, [a]) => strict1(a!, f(c.type) as (x: unknown) => unknown),
  });
}

// ---- random -------------------------------------------------------------------------------------

/** java.util.Random: the same sequence for the same seed. */
class JavaRandom {
  private seed: bigint;
  constructor(seed: bigint) { this.seed = (seed ^ 0x5DEECE66Dn) & ((1n << 48n) - 1n); }
  private next(bits: number): number {
    this.seed = (this.seed * 0x5DEECE66Dn + 0xBn) & ((1n << 48n) - 1n);
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }
  nextDouble(): number { return (this.next(26) * 2 ** 27 + this.next(27)) * 2 ** -53; }
  nextInt(bound: number): number {
    if ((bound & -bound) === bound) return Number((BigInt(bound) * BigInt(this.next(31))) >> 31n);
    let bits: number, val: number;
    do { bits = this.next(31); val = bits % bound; } while (bits - val + (bound - 1) < 0 || bits - val + (bound - 1) > 2147483647);
    return val;
  }
}

const seedOf = (v: unknown): bigint => BigInt(typeof v === 'bigint' ? v : Math.trunc(Number(v)));

define('RAND', {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, [[], ['INTEGER']]);
    return call(fn, args, T.DOUBLE(false));
  },
  compile: (c) => {
    const seed = literalOf(c.args[0]);
    if (seed === undefined || seed === null) return () => Math.random();
    const r = new JavaRandom(seedOf(seed));
    return () => r.nextDouble();
  },
  deterministic: false,
});

define('RAND_INTEGER', {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, [['INTEGER'], ['INTEGER', 'INTEGER']]);
    return call(fn, args, T.INT(args[args.length - 1]!.type.nullable));
  },
  compile: (c, args) => {
    const bound = args[args.length - 1]!;
    const check = (b: unknown): number => {
      const n = int(b);
      if (n <= 0) throw new WeirError('CONFIG_INVALID', `RAND_INTEGER bound must be positive, got ${n}`);
      return n;
    };
    const seed = c.args.length === 2 ? literalOf(c.args[0]) : undefined;
    if (seed === undefined || seed === null) return strict1(bound, (b) => Math.floor(Math.random() * check(b)));
    const r = new JavaRandom(seedOf(seed));
    return strict1(bound, (b) => r.nextInt(check(b)));
  },
  deterministic: false,
});
