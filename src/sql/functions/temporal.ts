// Temporal functions: EXTRACT and its shortcuts (YEAR … SECOND, DAYOFWEEK Sunday = 1), FLOOR/CEIL of
// a datetime to a unit, TIMESTAMPADD, TIMESTAMPDIFF, DATE_FORMAT, TO_TIMESTAMP, TO_TIMESTAMP_LTZ,
// TO_DATE, UNIX_TIMESTAMP, FROM_UNIXTIME, and the clock functions (CURRENT_TIMESTAMP, NOW,
// LOCALTIMESTAMP, CURRENT_DATE, CURRENT_TIME, LOCALTIME, PROCTIME) read from EvalContext.now().
// TIMESTAMP_LTZ values are taken apart in the session time zone. Units arrive as string literals.
import type { Rex, SourcePos } from '../plan/rex.ts';
import { call } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import { WeirError } from '../../util/errors.ts';
import type { EvalContext, Evaluator } from './types.ts';
import { define, strict1, strict2, type CallRex } from './registry.ts';
import { checkSignature, symbolArg, nullableIf, coerce, cannotApply, validation, STRING_T } from './typing.ts';
import { defineSimple, int } from './simple.ts';
import {
  addMonthsToTimestamp, civilFromDays, daysFromCivil, dayOfYear, floorDiv, floorMod, instantToLocal, isoDayOfWeek,
  isoWeek, localToInstant, MS_PER_DAY, parseTimestamp, parseDate,
} from './datetime.ts';
import { compileFormat, compileParse } from './date-pattern.ts';

const norm = (u: string): string => u.replace(/^SQL_TSI_/, '').replace(/S$/, '');

/** A reader of wall-clock ms from a value of type t (DATE days, TIME ms, TIMESTAMP, LTZ in the zone). */
function toLocal(t: LogicalType, zone: string): (v: number) => number {
  switch (t.kind) {
    case 'DATE': return (v) => v * MS_PER_DAY;
    case 'TIMESTAMP_LTZ': return (v) => instantToLocal(v, zone);
    default: return (v) => v;
  }
}

// ---- EXTRACT ------------------------------------------------------------------------------------

const EXTRACT_UNITS = ['YEAR', 'QUARTER', 'MONTH', 'WEEK', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'MICROSECOND',
  'NANOSECOND', 'DOW', 'DOY', 'ISODOW', 'ISOYEAR', 'EPOCH', 'DECADE', 'CENTURY', 'MILLENNIUM'];

/** A field of a wall-clock ms value, as Calcite's EXTRACT (MILLISECOND includes the seconds). */
function field(unit: string): (ms: number) => number {
  const day = (ms: number) => floorDiv(ms, MS_PER_DAY);
  const tod = (ms: number) => floorMod(ms, MS_PER_DAY);
  const year = (ms: number) => civilFromDays(day(ms)).year;
  switch (unit) {
    case 'YEAR': return year;
    case 'QUARTER': return (ms) => Math.floor((civilFromDays(day(ms)).month - 1) / 3) + 1;
    case 'MONTH': return (ms) => civilFromDays(day(ms)).month;
    case 'WEEK': return (ms) => isoWeek(day(ms));
    case 'DAY': return (ms) => civilFromDays(day(ms)).day;
    case 'HOUR': return (ms) => Math.floor(tod(ms) / 3_600_000);
    case 'MINUTE': return (ms) => Math.floor(tod(ms) / 60_000) % 60;
    case 'SECOND': return (ms) => Math.floor(tod(ms) / 1000) % 60;
    case 'MILLISECOND': return (ms) => tod(ms) % 60_000;
    case 'MICROSECOND': return (ms) => (tod(ms) % 60_000) * 1000;
    case 'NANOSECOND': return (ms) => (tod(ms) % 60_000) * 1_000_000;
    case 'DOW': return (ms) => (isoDayOfWeek(day(ms)) % 7) + 1;
    case 'ISODOW': return (ms) => isoDayOfWeek(day(ms));
    case 'DOY': return (ms) => dayOfYear(day(ms));
    case 'ISOYEAR': return (ms) => civilFromDays(day(ms) - isoDayOfWeek(day(ms)) + 4).year;
    case 'EPOCH': return (ms) => floorDiv(ms, 1000);
    case 'DECADE': return (ms) => Math.floor(year(ms) / 10);
    case 'CENTURY': return (ms) => { const y = year(ms); return y > 0 ? Math.floor((y + 99) / 100) : -Math.floor((-y + 99) / 100); };
    default: return (ms) => { const y = year(ms); return y > 0 ? Math.floor((y + 999) / 1000) : -Math.floor((-y + 999) / 1000); };
  }
}

/** EXTRACT from an interval: YEAR/MONTH of months, DAY/HOUR/MINUTE/SECOND of ms (sign kept). */
function intervalField(unit: string, kind: string): (v: number) => number {
  const f = (v: number, div: number, mod: number) => Math.trunc(v / div) % mod;
  if (kind === 'INTERVAL_YEAR_MONTH') {
    if (unit === 'YEAR') return (v) => Math.trunc(v / 12);
    if (unit === 'MONTH') return (v) => v % 12;
    if (unit === 'QUARTER') return (v) => Math.trunc((v % 12) / 3) + 1;
    return () => 0;
  }
  switch (unit) {
    case 'DAY': return (v) => Math.trunc(v / MS_PER_DAY);
    case 'HOUR': return (v) => f(v, 3_600_000, 24);
    case 'MINUTE': return (v) => f(v, 60_000, 60);
    case 'SECOND': return (v) => f(v, 1000, 60);
    case 'MILLISECOND': return (v) => v % 60_000;
    case 'EPOCH': return (v) => Math.trunc(v / 1000);
    default: return () => 0;
  }
}

function typeExtract(fn: string, unit: string, x: Rex, at: SourcePos): Rex {
  const t = x.type;
  const dateOnly = ['HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'MICROSECOND', 'NANOSECOND'];
  const ok = t.kind === 'NULL' || T.isTimestamp(t) || T.isInterval(t) || (t.kind === 'DATE' && !dateOnly.includes(unit)) ||
    (t.kind === 'TIME' && ['HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'MICROSECOND', 'NANOSECOND', 'EPOCH'].includes(unit));
  if (!ok) throw cannotApply(fn, [x], at, [`${fn}(<DATETIME>)`]);
  const arg = t.kind === 'NULL' ? coerce(x, T.TIMESTAMP(3)) : x;
  return call('EXTRACT', [{ kind: 'literal', value: unit, type: T.STRING(false) }, arg], T.BIGINT(t.nullable));
}

function compileExtract(c: CallRex, x: Evaluator, ctx: EvalContext): Evaluator {
  const unit = String((c.args[0] as { value: unknown }).value);
  const t = c.args[1]!.type;
  if (T.isInterval(t)) { const f = intervalField(unit, t.kind); return strict1(x, (v: number) => BigInt(f(v))); }
  const local = toLocal(t, ctx.timeZone);
  const f = field(unit);
  return strict1(x, (v: number) => BigInt(f(local(v))));
}

define('EXTRACT', {
  type: (fn, args, at) => {
    if (args.length !== 2) throw validation(at, fn, 'EXTRACT takes a unit and a value: EXTRACT(unit FROM value)');
    return typeExtract(fn, norm(symbolArg(fn, args[0], at, [...EXTRACT_UNITS, ...EXTRACT_UNITS.map((u) => u + 'S')])), args[1]!, at);
  },
  compile: (c, [, x], ctx) => compileExtract(c, x!, ctx),
});

const SHORTCUTS: Record<string, string> = {
  YEAR: 'YEAR', QUARTER: 'QUARTER', MONTH: 'MONTH', WEEK: 'WEEK', DAYOFYEAR: 'DOY', DAYOFMONTH: 'DAY', DAYOFWEEK: 'DOW',
  HOUR: 'HOUR', MINUTE: 'MINUTE', SECOND: 'SECOND',
};
for (const [name, unit] of Object.entries(SHORTCUTS)) {
  define(name, {
    type: (fn, args, at) => {
      checkSignature(fn, args, at, [['DATETIME']]);
      return typeExtract(fn, unit, args[0]!, at);
    },
    compile: (c, [, x], ctx) => compileExtract(c, x!, ctx),
  });
}

// ---- FLOOR / CEIL (x TO unit) -------------------------------------------------------------------

const ROUND_UNITS = ['MILLENNIUM', 'CENTURY', 'DECADE', 'YEAR', 'QUARTER', 'MONTH', 'WEEK', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND'];
const FIXED: Record<string, number> = { DAY: MS_PER_DAY, HOUR: 3_600_000, MINUTE: 60_000, SECOND: 1000, MILLISECOND: 1 };
const MONTHS: Record<string, number> = { MILLENNIUM: 12000, CENTURY: 1200, DECADE: 120, YEAR: 12, QUARTER: 3, MONTH: 1 };

/** Floors wall-clock ms to a unit (weeks start on Monday). */
function floorTo(unit: string): (ms: number) => number {
  const fixed = FIXED[unit];
  if (fixed !== undefined) return (ms) => ms - floorMod(ms, fixed);
  if (unit === 'WEEK') return (ms) => { const d = floorDiv(ms, MS_PER_DAY); return (d - isoDayOfWeek(d) + 1) * MS_PER_DAY; };
  const span = MONTHS[unit]!;
  return (ms) => {
    const c = civilFromDays(floorDiv(ms, MS_PER_DAY));
    const total = c.year * 12 + c.month - 1;
    const start = total - floorMod(unit === 'DECADE' || unit === 'CENTURY' || unit === 'MILLENNIUM' ? total - 12 : total, span);
    return daysFromCivil(Math.floor(start / 12), floorMod(start, 12) + 1, 1) * MS_PER_DAY;
  };
}

function ceilTo(unit: string): (ms: number) => number {
  const floor = floorTo(unit);
  return (ms) => {
    const f = floor(ms);
    if (f === ms) return ms;
    if (FIXED[unit] !== undefined) return f + FIXED[unit]!;
    if (unit === 'WEEK') return f + 7 * MS_PER_DAY;
    return addMonthsToTimestamp(f, MONTHS[unit]!);
  };
}

export function typeTemporalRound(fn: string, args: readonly Rex[], at: SourcePos): Rex {
  const unit = norm(symbolArg(fn, args[1], at, [...ROUND_UNITS, ...ROUND_UNITS.map((u) => u + 'S')]));
  const t = args[0]!.type;
  if (!(t.kind === 'DATE' || t.kind === 'TIME' || T.isTimestamp(t))) throw cannotApply(fn, [args[0]!], at, [`${fn}(<DATETIME> TO <TIME_UNIT>)`]);
  if (t.kind === 'TIME' && MONTHS[unit] !== undefined) throw cannotApply(fn, [args[0]!], at, [`${fn}(<TIME> TO HOUR|MINUTE|SECOND)`]);
  return call(fn, [args[0]!, { kind: 'literal', value: unit, type: T.STRING(false) }], t);
}

export function compileTemporalRound(c: CallRex, x: Evaluator, _unit: Evaluator, ctx: EvalContext): Evaluator {
  const unit = String((c.args[1] as { value: unknown }).value);
  const f = c.fn === 'FLOOR' ? floorTo(unit) : ceilTo(unit);
  const t = c.args[0]!.type;
  switch (t.kind) {
    case 'DATE': return strict1(x, (d: number) => floorDiv(f(d * MS_PER_DAY), MS_PER_DAY));
    case 'TIMESTAMP_LTZ': return strict1(x, (v: number) => localToInstant(f(instantToLocal(v, ctx.timeZone)), ctx.timeZone));
    case 'TIME': return strict1(x, (v: number) => floorMod(f(v), MS_PER_DAY));
    default: return strict1(x, f);
  }
}

// ---- TIMESTAMPADD / TIMESTAMPDIFF ---------------------------------------------------------------

const ADD_UNITS = ['YEAR', 'QUARTER', 'MONTH', 'WEEK', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'MICROSECOND'];
const UNIT_MS: Record<string, number> = { WEEK: 7 * MS_PER_DAY, ...FIXED, MICROSECOND: 0.001 };
const unitList = (fn: string) => [...ADD_UNITS, ...ADD_UNITS.map((u) => 'SQL_TSI_' + u)].filter((u) => fn === 'TIMESTAMPADD' || !u.endsWith('MICROSECOND'));

define('TIMESTAMPADD', {
  type: (fn, args, at) => {
    if (args.length !== 3) throw validation(at, fn, 'TIMESTAMPADD takes a unit, a count and a datetime');
    const unit = norm(symbolArg(fn, args[0], at, unitList(fn)));
    checkSignature(fn, args.slice(1), at, [['INTEGER', 'DATETIME']]);
    const t = args[2]!.type;
    const subDay = FIXED[unit] !== undefined && unit !== 'DAY' || unit === 'MICROSECOND';
    const out = t.kind === 'DATE' && subDay ? T.TIMESTAMP(0) : t.kind === 'NULL' ? T.TIMESTAMP(3) : t;
    const value = t.kind === 'DATE' && subDay ? coerce(args[2]!, T.TIMESTAMP(0)) : t.kind === 'NULL' ? coerce(args[2]!, T.TIMESTAMP(3)) : args[2]!;
    return call(fn, [{ kind: 'literal', value: unit, type: T.STRING(false) }, args[1]!, value], nullableIf(out, args.slice(1)));
  },
  compile: (c, [, n, x]) => {
    const unit = String((c.args[0] as { value: unknown }).value);
    const t = c.args[2]!.type;
    const months = MONTHS[unit];
    if (months !== undefined) {
      if (t.kind === 'DATE') return strict2(n!, x!, (k, d: number) => floorDiv(addMonthsToTimestamp(d * MS_PER_DAY, int(k) * months), MS_PER_DAY));
      if (t.kind === 'TIME') return strict2(n!, x!, (_k, v: number) => v);
      return strict2(n!, x!, (k, v: number) => addMonthsToTimestamp(v, int(k) * months));
    }
    const step = UNIT_MS[unit]!;
    if (t.kind === 'DATE') return strict2(n!, x!, (k, d: number) => d + Math.trunc((int(k) * step) / MS_PER_DAY));
    if (t.kind === 'TIME') return strict2(n!, x!, (k, v: number) => floorMod(v + Math.trunc(int(k) * step), MS_PER_DAY));
    return strict2(n!, x!, (k, v: number) => v + Math.trunc(int(k) * step));
  },
});

/** Whole months from a to b (wall-clock ms), counted as Calcite's subtractMonths. */
function monthsBetween(a: number, b: number): number {
  if (b < a) return -monthsBetween(b, a);
  let m = Math.floor((b - a) / (31 * MS_PER_DAY));
  for (;;) {
    if (addMonthsToTimestamp(a, m + 1) > b) return m;
    m++;
  }
}

define('TIMESTAMPDIFF', {
  type: (fn, args, at) => {
    if (args.length !== 3) throw validation(at, fn, 'TIMESTAMPDIFF takes a unit and two datetimes');
    const unit = norm(symbolArg(fn, args[0], at, unitList(fn)));
    checkSignature(fn, args.slice(1), at, [['DATETIME', 'DATETIME']]);
    const [a, b] = [args[1]!, args[2]!];
    const ts = (x: Rex) => (x.type.kind === 'TIMESTAMP_LTZ' ? x : coerce(x, T.TIMESTAMP(3)));
    const both = a.type.kind === 'TIMESTAMP_LTZ' && b.type.kind === 'TIMESTAMP_LTZ';
    const [x, y] = both ? [a, b] : [coerce(a, a.type.kind === 'TIMESTAMP_LTZ' ? T.TIMESTAMP(3) : ts(a).type), coerce(b, b.type.kind === 'TIMESTAMP_LTZ' ? T.TIMESTAMP(3) : ts(b).type)];
    return call(fn, [{ kind: 'literal', value: unit, type: T.STRING(false) }, x, y], nullableIf(T.INT(), args.slice(1)));
  },
  compile: (c, [, a, b]) => {
    const unit = String((c.args[0] as { value: unknown }).value);
    const months = MONTHS[unit];
    if (months !== undefined) return strict2(a!, b!, (x: number, y: number) => Math.trunc(monthsBetween(x, y) / months) | 0);
    const step = UNIT_MS[unit]!;
    return strict2(a!, b!, (x: number, y: number) => Math.trunc((y - x) / step) | 0);
  },
});

// ---- formatting and parsing ---------------------------------------------------------------------

const DEFAULT_TS = 'yyyy-MM-dd HH:mm:ss';

define('DATE_FORMAT', {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, [['TIMESTAMP', 'STRING'], ['STRING', 'STRING'], ['DATE', 'STRING']]);
    const x = args[0]!.type.kind === 'NULL' ? coerce(args[0]!, T.TIMESTAMP(3)) : args[0]!;
    return call(fn, [x, coerce(args[1]!, STRING_T)], T.STRING());
  },
  compile: (c, [x, f], ctx) => {
    const t = c.args[0]!.type;
    const zone = ctx.timeZone;
    const read: (v: unknown) => number | null = T.isCharString(t) ? (v) => parseTimestamp(v as string) : (() => { const l = toLocal(t, zone); return (v: unknown) => l(v as number); })();
    const offset = t.kind === 'TIMESTAMP_LTZ' ? (ms: number) => instantToLocal(ms, zone) - ms : () => 0;
    return strict2(x!, f!, (v, pattern: string) => {
      const ms = read(v);
      return ms === null ? null : compileFormat(pattern)(ms, offset(typeof v === 'number' ? v : 0));
    });
  },
});

function parser(pattern: string | undefined, fallback: (s: string) => number | null): (s: string) => number | null {
  return pattern === undefined ? fallback : compileParse(pattern);
}

defineSimple('TO_TIMESTAMP', {
  forms: [['STRING'], ['STRING', 'STRING']],
  result: () => T.TIMESTAMP(3),
  nullable: 'always',
  impl: () => (s: string, f?: string) => parser(f, parseTimestamp)(s),
});

defineSimple('TO_DATE', {
  forms: [['STRING'], ['STRING', 'STRING']],
  result: () => T.DATE(),
  nullable: 'always',
  impl: () => (s: string, f?: string) => {
    const ms = parser(f, (x) => { const d = parseDate(x); return d === null ? null : d * MS_PER_DAY; })(s);
    return ms === null ? null : floorDiv(ms, MS_PER_DAY);
  },
});

define('TO_TIMESTAMP_LTZ', {
  type: (fn, args, at) => {
    const form = checkSignature(fn, args, at, [['NUMERIC'], ['NUMERIC', 'INTEGER'], ['STRING'], ['STRING', 'STRING'], ['STRING', 'STRING', 'STRING']]);
    if (form === 1) {
      const p = args[1]!.kind === 'literal' ? Number(args[1]!.value) : NaN;
      if (p !== 0 && p !== 3) throw validation(at, fn, `The precision of ${fn} must be the literal 0 (epoch seconds) or 3 (epoch milliseconds)`);
    }
    return call(fn, args, T.TIMESTAMP_LTZ(3, form >= 2 || args.some((a) => a.type.nullable)));
  },
  compile: (c, args, ctx) => {
    const t = c.args[0]!.type;
    if (T.isCharString(t)) {
      const [s, f, z] = args;
      return (row) => {
        const v = s!(row), fv = f === undefined ? DEFAULT_TS + '.SSS' : f(row), zv = z === undefined ? 'UTC' : z(row);
        if (v == null || fv == null || zv == null) return null;
        const local = (f === undefined ? parseTimestamp : compileParse(fv as string))(v as string);
        return local === null ? null : localToInstant(local, zv as string);
      };
    }
    const scale = c.args.length === 2 && Number((c.args[1] as { value: unknown }).value) === 0 ? 1000 : 1;
    return strict1(args[0]!, (v: unknown) => Math.trunc(Number(typeof v === 'object' ? String(v) : v) * scale));
  },
});

define('UNIX_TIMESTAMP', {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, [[], ['STRING'], ['STRING', 'STRING']]);
    return call(fn, args, T.BIGINT(args.some((a) => a.type.nullable)));
  },
  compile: (c, [s, f], ctx) => {
    if (c.args.length === 0) return () => BigInt(Math.floor(ctx.now() / 1000));
    const fmt: Evaluator = f ?? (() => DEFAULT_TS);
    return strict2(s!, fmt, (v: string, p: string) => {
      const local = compileParse(p)(v);
      // Flink returns Long.MIN_VALUE for text it cannot parse (documented).
      return local === null ? -9223372036854775808n : BigInt(floorDiv(localToInstant(local, ctx.timeZone), 1000));
    });
  },
  deterministic: false,
});

define('FROM_UNIXTIME', {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, [['NUMERIC'], ['NUMERIC', 'STRING']]);
    return call(fn, args, T.STRING(args.some((a) => a.type.nullable)));
  },
  compile: (_c, [n, f], ctx) => {
    const fmt: Evaluator = f ?? (() => DEFAULT_TS);
    return strict2(n!, fmt, (v: unknown, p: string) => {
      const ms = Math.trunc(Number(typeof v === 'object' ? String(v) : v) * 1000);
      const local = instantToLocal(ms, ctx.timeZone);
      return compileFormat(p)(local, local - ms);
    });
  },
});

// ---- clocks -------------------------------------------------------------------------------------

function clock(names: readonly string[], type: LogicalType, f: (ctx: EvalContext) => () => unknown): void {
  define(names, {
    type: (fn, args, at) => {
      if (args.length !== 0) throw new WeirError('CONFIG_INVALID', `${fn} takes no arguments`, { where: `${at.file}:${at.line}:${at.column}` });
      return call(fn, [], type);
    },
    compile: (_c, _a, ctx) => f(ctx),
    deterministic: false,
  });
}

clock(['CURRENT_TIMESTAMP', 'NOW', 'CURRENT_ROW_TIMESTAMP'], T.TIMESTAMP_LTZ(3, false), (ctx) => () => ctx.now());
clock(['PROCTIME'], T.TIMESTAMP_LTZ(3, false, 'PROCTIME'), (ctx) => () => ctx.now());
clock(['LOCALTIMESTAMP'], T.TIMESTAMP(3, false), (ctx) => () => instantToLocal(ctx.now(), ctx.timeZone));
clock(['CURRENT_DATE'], T.DATE(false), (ctx) => () => floorDiv(instantToLocal(ctx.now(), ctx.timeZone), MS_PER_DAY));
clock(['CURRENT_TIME', 'LOCALTIME'], T.TIME(0, false), (ctx) => () => {
  const t = floorMod(instantToLocal(ctx.now(), ctx.timeZone), MS_PER_DAY);
  return t - (t % 1000);
});
