// Typing rules, pure functions over LogicalType, following Flink's planner code:
// - supportsImplicitCast: LogicalTypeCasts#supportsImplicitCast (the implicit half of Flink's cast
//   matrix: numeric widening TINYINT→SMALLINT→INT→BIGINT→DECIMAL→FLOAT→DOUBLE (every exact numeric
//   is implicit to any DECIMAL, FLOAT takes exact numerics, DOUBLE takes every numeric);
//   CHAR→VARCHAR; BINARY→VARBINARY; TIMESTAMP→DATE/TIME; TIMESTAMP↔TIMESTAMP_LTZ; NULL→any; a
//   nullable type never implicitly becomes NOT NULL; ARRAY/MAP/ROW child by child).
// - commonType: LogicalTypeMerging#findCommonType (least restrictive type for CASE, UNION, IN,
//   comparison), including its quirks: NULL alone has no common type, DATE/TIMESTAMP with an exact
//   numeric is the datetime, DECIMAL with FLOAT/DOUBLE is DOUBLE, CHAR(n) with CHAR(m≠n) is VARCHAR.
// - arithmeticResult: Flink's PLUS/MINUS/TIMES/DIVIDE/MOD output strategies: a DECIMAL computation
//   (both exact, one DECIMAL; integers count as DECIMAL(3|5|10|19, 0)) uses the DECIMAL rules of
//   LogicalTypeMerging (SQL Server's, with Hive/Spark's scale reduction above 38 digits); other
//   numerics take the common type (so INT / INT is INT and TINYINT + TINYINT is TINYINT); `%` takes
//   exact numerics only and returns the type of its second operand (Flink's MOD).
// - comparable: whether `=`/`<>` (mode 'equality') or `<`… (mode 'order') accept the two types.

import * as T from './types.ts';
import type { LogicalType, TypeOf, Kind } from './types.ts';
import { MAX_DECIMAL_PRECISION } from './decimal.ts';

// ---- implicit casts -----------------------------------------------------------------------------

const IMPLICIT_FROM: Partial<Record<Kind, readonly Kind[]>> = {
  BOOLEAN: ['BOOLEAN'],
  TINYINT: ['TINYINT'],
  SMALLINT: ['TINYINT', 'SMALLINT'],
  INT: ['TINYINT', 'SMALLINT', 'INT'],
  BIGINT: ['TINYINT', 'SMALLINT', 'INT', 'BIGINT'],
  DECIMAL: ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'DECIMAL'],
  FLOAT: ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'DECIMAL', 'FLOAT'],
  DOUBLE: ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'DECIMAL', 'FLOAT', 'DOUBLE'],
  CHAR: ['CHAR'],
  VARCHAR: ['CHAR', 'VARCHAR'],
  BINARY: ['BINARY'],
  VARBINARY: ['BINARY', 'VARBINARY'],
  DATE: ['DATE', 'TIMESTAMP'],
  TIME: ['TIME', 'TIMESTAMP'],
  TIMESTAMP: ['TIMESTAMP', 'TIMESTAMP_LTZ'],
  TIMESTAMP_LTZ: ['TIMESTAMP', 'TIMESTAMP_LTZ'],
  INTERVAL_YEAR_MONTH: ['INTERVAL_YEAR_MONTH'],
  INTERVAL_DAY_TIME: ['INTERVAL_DAY_TIME'],
};

export function supportsImplicitCast(from: LogicalType, to: LogicalType): boolean {
  if (from.nullable && !to.nullable) return false;
  if (from.kind === 'NULL') return true;
  if (from.kind === 'ARRAY' && to.kind === 'ARRAY') return supportsImplicitCast(from.element, to.element);
  if (from.kind === 'MAP' && to.kind === 'MAP') return supportsImplicitCast(from.key, to.key) && supportsImplicitCast(from.value, to.value);
  if (from.kind === 'ROW' && to.kind === 'ROW') {
    return from.fields.length === to.fields.length && from.fields.every((f, i) => {
      const g = to.fields[i];
      return g !== undefined && supportsImplicitCast(f.type, g.type);
    });
  }
  return IMPLICIT_FROM[to.kind]?.includes(from.kind) ?? false;
}

// ---- common type --------------------------------------------------------------------------------

function similar(a: LogicalType, b: LogicalType): boolean {
  return (T.isCharString(a) && T.isCharString(b)) || (T.isBinaryString(a) && T.isBinaryString(b)) ||
    (T.isNumeric(a) && T.isNumeric(b)) || (T.isTimestamp(a) && T.isTimestamp(b)) || a.kind === b.kind;
}

function commonExact(a: LogicalType, b: LogicalType): LogicalType {
  if (a.kind !== 'DECIMAL' && b.kind !== 'DECIMAL') {
    return T.INTEGER_KINDS.indexOf(b.kind as 'INT') > T.INTEGER_KINDS.indexOf(a.kind as 'INT') ? b : a;
  }
  const x = T.asDecimal(a);
  const y = T.asDecimal(b);
  if (x === undefined || y === undefined) throw new Error('unreachable');
  const d = Math.min(Math.max(x.precision - x.scale, y.precision - y.scale), MAX_DECIMAL_PRECISION);
  const s = Math.min(Math.max(x.scale, y.scale), MAX_DECIMAL_PRECISION - d);
  return T.DECIMAL(d + s, s);
}

/** Two non-NULL, nullable-normalised types; undefined when no common type by the merging rules. */
function mergePair(r: LogicalType, t: LogicalType): LogicalType | undefined {
  const datetime = (x: LogicalType) => x.kind === 'DATE' || x.kind === 'TIME' || T.isTimestamp(x);
  // findCommonTypePattern
  if (datetime(r) && T.isInterval(t)) return r;
  if (T.isInterval(r) && datetime(t)) return t;
  if ((T.isTimestamp(r) || r.kind === 'DATE') && T.isExactNumeric(t)) return r;
  if (T.isExactNumeric(r) && (T.isTimestamp(t) || t.kind === 'DATE')) return t;
  if (t.kind === 'ARRAY' || t.kind === 'MAP' || t.kind === 'ROW') {
    if (r.kind === 'ARRAY' && t.kind === 'ARRAY') {
      const e = commonTypeOf([r.element, t.element]);
      return e === undefined ? undefined : T.ARRAY(e);
    }
    if (r.kind === 'MAP' && t.kind === 'MAP') {
      const k = commonTypeOf([r.key, t.key]);
      const v = commonTypeOf([r.value, t.value]);
      return k === undefined || v === undefined ? undefined : T.MAP(k, v);
    }
    if (r.kind === 'ROW' && t.kind === 'ROW' && r.fields.length === t.fields.length) {
      const fields = [];
      for (const [i, f] of r.fields.entries()) {
        const g = t.fields[i];
        const c = g === undefined ? undefined : commonTypeOf([f.type, g.type]);
        if (c === undefined) return undefined;
        fields.push({ name: f.name, type: c }); // the first input's field names, as Flink
      }
      return T.ROW(fields);
    }
    return undefined;
  }
  if (!similar(r, t)) return undefined;
  if ((r.kind === 'CHAR' || r.kind === 'VARCHAR' || r.kind === 'BINARY' || r.kind === 'VARBINARY') &&
      (t.kind === 'CHAR' || t.kind === 'VARCHAR' || t.kind === 'BINARY' || t.kind === 'VARBINARY')) {
    const length = Math.max(r.length, t.length);
    const variable = r.kind === 'VARCHAR' || r.kind === 'VARBINARY' || r.length !== t.length ||
      t.kind === 'VARCHAR' || t.kind === 'VARBINARY';
    const chars = T.isCharString(r);
    return variable ? (chars ? T.VARCHAR(length) : T.VARBINARY(length)) : (chars ? T.CHAR(length) : T.BINARY(length));
  }
  if (T.isExactNumeric(t)) {
    if (T.isExactNumeric(r)) return commonExact(r, t);
    return t.kind === 'DECIMAL' ? T.DOUBLE() : r;
  }
  if (T.isApproxNumeric(t)) {
    if (T.isApproxNumeric(r)) return r.kind === 'DOUBLE' || t.kind === 'DOUBLE' ? T.DOUBLE() : r;
    return r.kind === 'DECIMAL' ? T.DOUBLE() : t;
  }
  if (r.kind === 'DATE') return T.DATE();
  if (r.kind === 'TIME' && t.kind === 'TIME') return T.TIME(Math.max(r.precision, t.precision));
  if ((r.kind === 'TIMESTAMP' || r.kind === 'TIMESTAMP_LTZ') && (t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ')) {
    if (T.typeEquals(r, t)) return r;
    const p = Math.max(r.precision, t.precision);
    return r.kind === 'TIMESTAMP_LTZ' || t.kind === 'TIMESTAMP_LTZ' ? T.TIMESTAMP_LTZ(p) : T.TIMESTAMP(p);
  }
  if (r.kind === 'INTERVAL_YEAR_MONTH' && t.kind === 'INTERVAL_YEAR_MONTH') {
    const res = r.resolution === t.resolution ? r.resolution : 'YEAR_TO_MONTH';
    return T.INTERVAL_YEAR_MONTH(res, Math.max(r.yearPrecision, t.yearPrecision));
  }
  if (r.kind === 'INTERVAL_DAY_TIME' && t.kind === 'INTERVAL_DAY_TIME') {
    const units = ['DAY', 'HOUR', 'MINUTE', 'SECOND'] as const;
    const span = (x: TypeOf<'INTERVAL_DAY_TIME'>): [number, number] => {
      const parts = x.resolution.split('_TO_');
      return [units.indexOf(parts[0] as 'DAY'), units.indexOf((parts[1] ?? parts[0]) as 'DAY')];
    };
    const [a0, a1] = span(r);
    const [b0, b1] = span(t);
    const lo = units[Math.min(a0, b0)] ?? 'DAY';
    const hi = units[Math.max(a1, b1)] ?? 'SECOND';
    const res = (lo === hi ? lo : `${lo}_TO_${hi}`) as T.DayTimeResolution;
    return T.INTERVAL_DAY_TIME(res, Math.max(r.dayPrecision, t.dayPrecision), Math.max(r.fractionalPrecision, t.fractionalPrecision));
  }
  if (r.kind === 'BOOLEAN' && t.kind === 'BOOLEAN') return r;
  return undefined;
}

/** Least restrictive type of several (Flink's findCommonType); undefined when there is none. */
export function commonTypeOf(types: readonly LogicalType[]): LogicalType | undefined {
  const nullable = types.some((t) => t.nullable);
  const norm = types.map((t) => T.withNullable(t, true)).filter((t) => t.kind !== 'NULL');
  let result: LogicalType | undefined;
  for (const t of norm) {
    if (result === undefined) { result = t; continue; }
    const merged = T.typeEquals(result, t) ? result : mergePair(T.withoutTimeAttribute(result), T.withoutTimeAttribute(t));
    if (merged === undefined) {
      // findCommonCastableType
      if (supportsImplicitCast(result, t)) result = t;
      else if (!supportsImplicitCast(t, result)) return undefined;
    } else {
      result = merged;
    }
  }
  // NULL is reserved for untyped literals: NULL alone has no common type (Flink's rule).
  return result === undefined ? undefined : T.withNullable(result, nullable);
}

export function commonType(a: LogicalType, b: LogicalType): LogicalType | undefined {
  return commonTypeOf([a, b]);
}

// ---- arithmetic ---------------------------------------------------------------------------------

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';

/** Flink's adjustPrecisionScale: above 38 digits keep the integral part, scale ≥ min(s, 6). */
export function adjustDecimal(precision: number, scale: number): { precision: number; scale: number } {
  if (precision <= MAX_DECIMAL_PRECISION) return { precision, scale };
  const digits = precision - scale;
  return { precision: MAX_DECIMAL_PRECISION, scale: Math.max(MAX_DECIMAL_PRECISION - digits, Math.min(scale, 6)) };
}

/** Result DECIMAL(p, s) of op on DECIMAL(p1, s1) and DECIMAL(p2, s2) (LogicalTypeMerging). */
export function decimalResult(op: ArithmeticOp, p1: number, s1: number, p2: number, s2: number): { precision: number; scale: number } {
  switch (op) {
    case '+': case '-': {
      const s = Math.max(s1, s2);
      return adjustDecimal(Math.max(p1 - s1, p2 - s2) + s + 1, s);
    }
    case '*': return adjustDecimal(p1 + p2 + 1, s1 + s2);
    case '/': {
      const s = Math.max(6, s1 + p2 + 1);
      return adjustDecimal(p1 - s1 + s2 + s, s);
    }
    case '%': {
      const s = Math.max(s1, s2);
      return adjustDecimal(Math.min(p1 - s1, p2 - s2) + s, s);
    }
  }
}

/** Result type of `a op b`, or undefined when Flink rejects the operands. */
export function arithmeticResult(op: ArithmeticOp, a: LogicalType, b: LogicalType): LogicalType | undefined {
  const nullable = a.nullable || b.nullable;
  const out = (t: LogicalType | undefined) => (t === undefined ? undefined : T.withNullable(T.withoutTimeAttribute(t), nullable));
  if (a.kind === 'NULL' && b.kind === 'NULL') return undefined;
  if (a.kind === 'NULL') return arithmeticResult(op, T.withNullable(b, true), b);
  if (b.kind === 'NULL') return arithmeticResult(op, a, T.withNullable(a, true));
  if (T.isNumeric(a) && T.isNumeric(b)) {
    if (op === '%' && !(T.isExactNumeric(a) && T.isExactNumeric(b))) return undefined;
    const x = T.asDecimal(a);
    const y = T.asDecimal(b);
    if ((a.kind === 'DECIMAL' || b.kind === 'DECIMAL') && x !== undefined && y !== undefined) {
      const r = decimalResult(op, x.precision, x.scale, y.precision, y.scale);
      return out(T.DECIMAL(r.precision, r.scale));
    }
    if (op === '%') return out(b);
    return out(commonType(a, b));
  }
  const datetime = (x: LogicalType) => x.kind === 'DATE' || x.kind === 'TIME' || T.isTimestamp(x);
  if ((op === '+' || op === '-') && datetime(a) && T.isInterval(b)) return out(a);
  if (op === '+' && T.isInterval(a) && datetime(b)) return out(b);
  if ((op === '+' || op === '-') && T.isInterval(a) && a.kind === b.kind) return out(commonType(a, b));
  if (op === '*' && T.isInterval(a) && T.isNumeric(b)) return out(a);
  if (op === '*' && T.isNumeric(a) && T.isInterval(b)) return out(b);
  if (op === '/' && T.isInterval(a) && T.isNumeric(b)) return out(a);
  return undefined;
}

// ---- comparison ---------------------------------------------------------------------------------

/**
 * Whether `a` and `b` may be compared. 'equality' (=, <>, IN) also admits ARRAY/MAP/ROW whose
 * children compare; 'order' (<, <=, >, >=, BETWEEN) only scalar types.
 */
export function comparable(a: LogicalType, b: LogicalType, mode: 'equality' | 'order' = 'equality'): boolean {
  if (a.kind === 'NULL' || b.kind === 'NULL') return true;
  if (a.kind === 'ARRAY' || a.kind === 'MAP' || a.kind === 'ROW' || b.kind === 'ARRAY' || b.kind === 'MAP' || b.kind === 'ROW') {
    if (mode === 'order') return false;
    if (a.kind === 'ARRAY' && b.kind === 'ARRAY') return comparable(a.element, b.element, mode);
    if (a.kind === 'MAP' && b.kind === 'MAP') return comparable(a.key, b.key, mode) && comparable(a.value, b.value, mode);
    if (a.kind === 'ROW' && b.kind === 'ROW') {
      return a.fields.length === b.fields.length && a.fields.every((f, i) => {
        const g = b.fields[i];
        return g !== undefined && comparable(f.type, g.type, mode);
      });
    }
    return false;
  }
  if (T.isNumeric(a) && T.isNumeric(b)) return true;
  if (T.isTimestamp(a) && T.isTimestamp(b)) return true;
  if ((T.isCharString(a) && T.isCharString(b)) || (T.isBinaryString(a) && T.isBinaryString(b))) return true;
  return a.kind === b.kind;
}
