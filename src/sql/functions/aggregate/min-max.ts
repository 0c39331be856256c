// MIN and MAX, as Flink's MinWithRetractAggFunction / MaxWithRetractAggFunction: a count per
// distinct value (so any row can be retracted exactly) and the current extreme, recomputed from the
// counts when the extreme's last row is retracted. NULLs are ignored; no value left → NULL.
// Values are ordered with compareValues. Result type: the argument's (a time attribute becomes a
// plain timestamp, as Flink materializes it), nullable unless grouped over a NOT NULL argument.
// An append-only input (`retraction: false`) keeps just the extreme, as Flink's MinAggFunction.
import type { AggregateFunction } from '../types.ts';
import { compareValues, keyOf } from '../../types/values.ts';
import type { LogicalType } from '../../types/types.ts';
import { appendOnlyRetract, cannotApply, checkArity, checkNoNullLiteral, nullableIfEmpty, unsupportedType } from './common.ts';
import type { AggCallSite } from './common.ts';

/** The counts by keyOf(value) hold [value, rows]; `best` is the extreme among counts above 0. */
export interface ExtremeAcc {
  best: unknown;
  counts: Map<string, [unknown, number]>;
}

/** Types Flink's AggFunctionFactory has MIN/MAX implementations for. */
const SUPPORTED = new Set(['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'BOOLEAN', 'CHAR', 'VARCHAR', 'DECIMAL', 'TIME', 'DATE', 'TIMESTAMP', 'TIMESTAMP_LTZ']);
/** Types Calcite's validator refuses to order (COMPARABLE_ORDERED). */
const UNORDERED = new Set(['ARRAY', 'MAP', 'ROW']);

export function extremeFunction(type: LogicalType, sign: 1 | -1): AggregateFunction<ExtremeAcc> {
  const better = (a: unknown, b: unknown) => sign * compareValues(a, b) < 0;
  const recompute = (acc: ExtremeAcc) => {
    acc.best = null;
    for (const [v, n] of acc.counts.values()) if (n > 0 && (acc.best === null || better(v, acc.best))) acc.best = v;
  };
  const bump = (acc: ExtremeAcc, v: unknown, by: number): number => {
    const k = keyOf(v);
    const e = acc.counts.get(k);
    const n = (e === undefined ? 0 : e[1]) + by;
    if (n === 0) acc.counts.delete(k);
    else if (e === undefined) acc.counts.set(k, [v, n]);
    else e[1] = n;
    return n;
  };
  return {
    type,
    create: () => ({ best: null, counts: new Map() }),
    add(acc, args) {
      const v = args[0];
      if (v === null || v === undefined) return acc;
      if (bump(acc, v, 1) > 0 && (acc.best === null || better(v, acc.best))) acc.best = v;
      return acc;
    },
    retract(acc, args) {
      const v = args[0];
      if (v === null || v === undefined) return acc;
      if (bump(acc, v, -1) <= 0 && acc.best !== null && compareValues(v, acc.best) === 0) recompute(acc);
      return acc;
    },
    merge(acc, other) {
      for (const [v, n] of other.counts.values()) bump(acc, v, n);
      recompute(acc);
      return acc;
    },
    result: (acc) => acc.best,
  };
}

/** Append-only (Flink's MinAggFunction): the accumulator is the extreme so far (null: none). */
export function extremeAppendOnly(type: LogicalType, sign: 1 | -1, name: string): AggregateFunction<unknown> {
  const pick = (acc: unknown, v: unknown) => (v === null || v === undefined ? acc : acc === null || sign * compareValues(v, acc) < 0 ? v : acc);
  return {
    type,
    create: () => null,
    add: (acc, args) => pick(acc, args[0]),
    retract: appendOnlyRetract(name),
    merge: pick,
    result: (acc) => acc,
  };
}

export function resolveMinMax(call: AggCallSite, retraction: boolean): AggregateFunction {
  checkArity(call, 1);
  checkNoNullLiteral(call);
  const arg = call.argTypes[0]!;
  if (UNORDERED.has(arg.kind)) throw cannotApply(call, [`${call.name}(<COMPARABLE_TYPE>)`]);
  if (!SUPPORTED.has(arg.kind)) throw unsupportedType(call, arg);
  const plain = arg.kind === 'TIMESTAMP' || arg.kind === 'TIMESTAMP_LTZ' ? { ...arg, timeAttribute: 'REGULAR' as const } : arg;
  const type = nullableIfEmpty(plain, arg, call.grouped);
  const sign = call.name === 'MIN' ? 1 : -1;
  return (retraction ? extremeFunction(type, sign) : extremeAppendOnly(type, sign, call.name)) as AggregateFunction;
}
