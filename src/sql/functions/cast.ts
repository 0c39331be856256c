// CAST and TRY_CAST: which casts Flink allows (the "Casting" matrix of Flink's data types page) and
// how values convert. CAST fails the job on a value it cannot convert (a WeirError naming the value
// and the type); TRY_CAST returns NULL instead. A DECIMAL that does not fit its precision is NULL
// (Flink's DecimalData.fromBigDecimal), integers narrow by wrapping as Java's casts do, DOUBLE to an
// integer truncates and saturates like Java's (long)/(int); strings to CHAR(n)/VARCHAR(n) are padded
// or cut to the length; TIMESTAMP ↔ TIMESTAMP_LTZ/DATE/TIME use the session time zone.
import type { Rex, SourcePos } from '../plan/rex.ts';
import { call } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import { Decimal } from '../types/decimal.ts';
import { INTEGER_RANGE, wrapBigInt, wrapNumber, type IntegerKind, type SmallIntegerKind } from '../types/integers.ts';
import { WeirError } from '../../util/errors.ts';
import type { EvalContext, Evaluator } from './types.ts';
import { define } from './registry.ts';
import { validation, sqlTypeName } from './typing.ts';
import { valueToString } from './format.ts';
import { floorDiv, floorMod, instantToLocal, localToInstant, MS_PER_DAY, parseDate, parseTime, parseTimestamp, truncateMs } from './datetime.ts';

const STRINGY = (t: LogicalType) => T.isCharString(t);
const INTEGRAL = ['TINYINT', 'SMALLINT', 'INT', 'BIGINT'];

/** Whether Flink allows CAST(from AS to). */
export function castAllowed(from: LogicalType, to: LogicalType): boolean {
  if (from.kind === 'NULL') return true;
  if (T.isCharString(to)) return true;
  const f = from.kind;
  switch (to.kind) {
    case 'BINARY': case 'VARBINARY': return STRINGY(from) || T.isBinaryString(from);
    case 'BOOLEAN': return STRINGY(from) || f === 'BOOLEAN' || INTEGRAL.includes(f);
    case 'TINYINT': case 'SMALLINT': case 'FLOAT': case 'DOUBLE': case 'DECIMAL':
      return STRINGY(from) || T.isNumeric(from) || f === 'BOOLEAN';
    case 'INT': return STRINGY(from) || T.isNumeric(from) || f === 'BOOLEAN' || f === 'INTERVAL_YEAR_MONTH';
    case 'BIGINT': return STRINGY(from) || T.isNumeric(from) || f === 'BOOLEAN' || f === 'INTERVAL_DAY_TIME';
    case 'DATE': return STRINGY(from) || f === 'DATE' || T.isTimestamp(from);
    case 'TIME': return STRINGY(from) || f === 'TIME' || T.isTimestamp(from);
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return STRINGY(from) || f === 'DATE' || f === 'TIME' || T.isTimestamp(from);
    case 'INTERVAL_YEAR_MONTH': return f === 'INTERVAL_YEAR_MONTH' || f === 'INT';
    case 'INTERVAL_DAY_TIME': return f === 'INTERVAL_DAY_TIME' || f === 'BIGINT';
    case 'ARRAY': return from.kind === 'ARRAY' && castAllowed(from.element, to.element);
    case 'MAP': return from.kind === 'MAP' && castAllowed(from.key, to.key) && castAllowed(from.value, to.value);
    case 'ROW': return from.kind === 'ROW' && from.fields.length === to.fields.length && from.fields.every((x, i) => castAllowed(x.type, to.fields[i]!.type));
    case 'NULL': return false;
  }
  return false;
}

/** Validates an explicit CAST/TRY_CAST and returns its call node. */
export function castRex(rex: Rex, to: LogicalType, tryCast: boolean, at: SourcePos): Rex {
  const fn = tryCast ? 'TRY_CAST' : 'CAST';
  if (!castAllowed(rex.type, to)) {
    throw validation(at, fn, `Cast function cannot convert value of type ${sqlTypeName(rex.type)} to type ${sqlTypeName(to)}`);
  }
  return call(fn, [rex], T.withNullable(to, tryCast || rex.type.nullable));
}

// ---- conversions --------------------------------------------------------------------------------

/** Thrown inside conversions; CAST turns it into a WeirError, TRY_CAST into NULL. */
class CastFailure extends Error {}
const failure = new CastFailure('cast failed');
const fail = (): never => { throw failure; };

function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return Number((v as Decimal).toString());
}

/** Java's (long) of a double: truncation, saturation, NaN → 0. */
function doubleToLong(d: number): bigint {
  if (Number.isNaN(d)) return 0n;
  if (d >= 9223372036854775807) return 9223372036854775807n;
  if (d <= -9223372036854775808) return -9223372036854775808n;
  return BigInt(Math.trunc(d));
}

const INT_RE = /^[+-]?\d+(\.\d*)?$/;
const INT_MIN = Number(INTEGER_RANGE.INT[0]);
const INT_MAX = Number(INTEGER_RANGE.INT[1]);

function integralFrom(from: LogicalType, kind: IntegerKind): (v: unknown) => unknown {
  const big = kind === 'BIGINT';
  const small = kind as SmallIntegerKind; // used only when !big
  if (T.isCharString(from)) {
    const [lo, hi] = INTEGER_RANGE[kind];
    return (v) => {
      const s = (v as string).trim();
      if (!INT_RE.test(s)) fail();
      const n = BigInt(s.replace(/\.\d*$/, ''));
      if (n < lo || n > hi) fail();
      return big ? n : Number(n);
    };
  }
  switch (from.kind) {
    case 'BOOLEAN': return big ? (v) => (v ? 1n : 0n) : (v) => (v ? 1 : 0);
    case 'TINYINT': case 'SMALLINT': case 'INT': return big ? (v) => BigInt(v as number) : (v) => wrapNumber(small, v as number);
    case 'BIGINT': return big ? (v) => v : (v) => wrapBigInt(kind, v as bigint);
    case 'DECIMAL': return (v) => {
      const d = v as Decimal;
      return wrapBigInt(kind, d.unscaled / 10n ** BigInt(d.scale));
    };
    case 'FLOAT': case 'DOUBLE': return big ? (v) => doubleToLong(v as number) : (v) => {
      const d = v as number;
      const i = Number.isNaN(d) ? 0 : d >= INT_MAX ? INT_MAX : d <= INT_MIN ? INT_MIN : Math.trunc(d);
      return wrapNumber(small, i);
    };
    case 'INTERVAL_YEAR_MONTH': return (v) => v;
    case 'INTERVAL_DAY_TIME': return (v) => BigInt(v as number);
  }
  return fail;
}

const DOUBLE_RE = /^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[dDfF]?$/;

function decimalFrom(from: LogicalType, p: number, s: number): (v: unknown) => unknown {
  if (T.isCharString(from)) return (v) => {
    let d: Decimal;
    try { d = Decimal.fromString(v as string); } catch { return fail(); }
    return d.fit(p, s);
  };
  switch (from.kind) {
    case 'DECIMAL': return (v) => (v as Decimal).fit(p, s);
    case 'BOOLEAN': return (v) => new Decimal(v ? 1n : 0n, 0).fit(p, s);
    case 'TINYINT': case 'SMALLINT': case 'INT': return (v) => new Decimal(BigInt(v as number), 0).fit(p, s);
    case 'BIGINT': return (v) => new Decimal(v as bigint, 0).fit(p, s);
    case 'FLOAT': case 'DOUBLE': return (v) => (Number.isFinite(v) ? Decimal.fromString(String(v)).fit(p, s) : fail());
  }
  return fail;
}

const TRUE_WORDS = new Set(['t', 'true', 'y', 'yes', '1']);
const FALSE_WORDS = new Set(['f', 'false', 'n', 'no', '0']);
const encoder = new TextEncoder();

function fitChars(to: LogicalType): (s: string) => string {
  if (to.kind === 'CHAR') { const n = to.length; return (s) => (s.length >= n ? s.slice(0, n) : s.padEnd(n, ' ')); }
  if (to.kind === 'VARCHAR' && to.length < T.MAX_LENGTH) { const n = to.length; return (s) => (s.length > n ? s.slice(0, n) : s); }
  return (s) => s;
}

function fitBytes(to: LogicalType): (b: Uint8Array) => Uint8Array {
  if (to.kind === 'BINARY') {
    const n = to.length;
    return (b) => { if (b.length === n) return b; const out = new Uint8Array(n); out.set(b.subarray(0, n)); return out; };
  }
  if (to.kind === 'VARBINARY' && to.length < T.MAX_LENGTH) { const n = to.length; return (b) => (b.length > n ? b.subarray(0, n) : b); }
  return (b) => b;
}

/** A conversion of non-NULL values from `from` to `to` (throws CastFailure on bad input). */
export function converter(from: LogicalType, to: LogicalType, ctx: EvalContext): (v: unknown) => unknown {
  const zone = ctx.timeZone;
  if (from.kind === 'NULL') return () => null;
  if (T.isCharString(to)) {
    const fit = fitChars(to);
    if (T.isCharString(from)) return (v) => fit(v as string);
    return (v) => fit(valueToString(v, from, { timeZone: zone }));
  }
  switch (to.kind) {
    case 'BINARY': case 'VARBINARY': {
      const fit = fitBytes(to);
      return T.isCharString(from) ? (v) => fit(encoder.encode(v as string)) : (v) => fit(v as Uint8Array);
    }
    case 'BOOLEAN':
      if (T.isCharString(from)) return (v) => {
        const w = (v as string).trim().toLowerCase();
        return TRUE_WORDS.has(w) ? true : FALSE_WORDS.has(w) ? false : fail();
      };
      if (from.kind === 'BOOLEAN') return (v) => v;
      return (v) => (typeof v === 'bigint' ? v !== 0n : v !== 0);
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': return integralFrom(from, to.kind);
    case 'DECIMAL': return decimalFrom(from, to.precision, to.scale);
    case 'FLOAT': case 'DOUBLE': {
      const round = to.kind === 'FLOAT' ? Math.fround : (x: number) => x;
      if (T.isCharString(from)) return (v) => {
        const s = (v as string).trim();
        if (!DOUBLE_RE.test(s)) fail();
        return round(Number(s.replace(/[dDfF]$/, '')));
      };
      return (v) => round(toNumber(v));
    }
    case 'DATE':
      if (T.isCharString(from)) return (v) => parseDate(v as string) ?? fail();
      if (from.kind === 'TIMESTAMP') return (v) => floorDiv(v as number, MS_PER_DAY);
      if (from.kind === 'TIMESTAMP_LTZ') return (v) => floorDiv(instantToLocal(v as number, zone), MS_PER_DAY);
      return (v) => v;
    case 'TIME': {
      const p = to.precision;
      if (T.isCharString(from)) return (v) => { const t = parseTime(v as string); return t === null ? fail() : truncateMs(t, p); };
      if (from.kind === 'TIMESTAMP') return (v) => truncateMs(floorMod(v as number, MS_PER_DAY), p);
      if (from.kind === 'TIMESTAMP_LTZ') return (v) => truncateMs(floorMod(instantToLocal(v as number, zone), MS_PER_DAY), p);
      return (v) => truncateMs(v as number, p);
    }
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': {
      const p = to.precision;
      const ltz = to.kind === 'TIMESTAMP_LTZ';
      const out = ltz ? (local: number) => truncateMs(localToInstant(local, zone), p) : (local: number) => truncateMs(local, p);
      if (T.isCharString(from)) return (v) => { const t = parseTimestamp(v as string); return t === null ? fail() : out(t); };
      if (from.kind === 'DATE') return (v) => out((v as number) * MS_PER_DAY);
      if (from.kind === 'TIME') return (v) => out(v as number);
      if (from.kind === 'TIMESTAMP') return (v) => out(v as number);
      if (from.kind === 'TIMESTAMP_LTZ') return ltz ? (v) => truncateMs(v as number, p) : (v) => truncateMs(instantToLocal(v as number, zone), p);
      return fail;
    }
    case 'INTERVAL_YEAR_MONTH': return (v) => v;
    case 'INTERVAL_DAY_TIME': return from.kind === 'BIGINT' ? (v) => Number(v as bigint) : (v) => v;
    case 'ARRAY': {
      if (from.kind !== 'ARRAY') return fail;
      const c = converter(from.element, to.element, ctx);
      return (v) => (v as unknown[]).map((e) => (e == null ? null : c(e)));
    }
    case 'MAP': {
      if (from.kind !== 'MAP') return fail;
      const k = converter(from.key, to.key, ctx);
      const c = converter(from.value, to.value, ctx);
      return (v) => {
        const out = new Map<unknown, unknown>();
        for (const [a, b] of v as Map<unknown, unknown>) out.set(a == null ? null : k(a), b == null ? null : c(b));
        return out;
      };
    }
    case 'ROW': {
      if (from.kind !== 'ROW') return fail;
      const cs = from.fields.map((f, i) => converter(f.type, to.fields[i]!.type, ctx));
      return (v) => cs.map((c, i) => { const x = (v as unknown[])[i]; return x == null ? null : c(x); });
    }
  }
  return fail;
}

function describeValue(v: unknown, from: LogicalType): string {
  try { return `'${valueToString(v, from)}'`; } catch { return String(v); }
}

export function compileCast(from: LogicalType, to: LogicalType, arg: Evaluator, tryCast: boolean, ctx: EvalContext): Evaluator {
  const conv = converter(from, to, ctx);
  if (tryCast) {
    return (row) => {
      const v = arg(row);
      if (v == null) return null;
      try { return conv(v); } catch (e) { if (e instanceof CastFailure || e instanceof WeirError || e instanceof RangeError) return null; throw e; }
    };
  }
  return (row) => {
    const v = arg(row);
    if (v == null) return null;
    try {
      return conv(v);
    } catch (e) {
      if (!(e instanceof CastFailure)) throw e;
      throw new WeirError('CONFIG_INVALID', `Cannot cast ${describeValue(v, from)} of type ${T.toSql(T.withNullable(from, true))} to ${T.toSql(T.withNullable(to, true))}`, {
        hint: 'fix the input or use TRY_CAST, which gives NULL for values it cannot convert',
      });
    }
  };
}

for (const fn of ['CAST', 'TRY_CAST'] as const) {
  define(fn, {
    type: (_fn, args, at) => {
      const a = args[0];
      if (a === undefined || args.length !== 1) throw validation(at, fn, `${fn} takes one argument and a target type`);
      return castRex(a, a.type, fn === 'TRY_CAST', at);
    },
    compile: (c, [arg], ctx) => compileCast(c.args[0]!.type, c.type, arg!, fn === 'TRY_CAST', ctx),
  });
}
