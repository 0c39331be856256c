// FIRST_VALUE and LAST_VALUE (without OVER), as Flink's FirstValue/LastValue(WithRetract)
// AggFunction: the first / last non-NULL value in arrival order; NULL when there is none. With
// retraction the values are kept in order (ordered.ts) and a retraction removes the earliest equal
// one; an append-only input (`retraction: false`) keeps just one value. `merge(a, b)` treats a's
// rows as earlier than b's. Types as Flink's AggFunctionFactory: TINYINT…DOUBLE, BOOLEAN, VARCHAR,
// DECIMAL; the result is the argument's type, nullable unless grouped over a NOT NULL argument.
import type { AggregateFunction } from '../types.ts';
import type { LogicalType } from '../../types/types.ts';
import { checkArity, checkNoNullLiteral, nullableIfEmpty, unsupportedType, appendOnlyRetract } from './common.ts';
import type { AggCallSite } from './common.ts';
import { addOrdered, createOrdered, mergeOrdered, retractOrdered } from './ordered.ts';
import type { OrderedAcc } from './ordered.ts';

const SUPPORTED = new Set(['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'BOOLEAN', 'VARCHAR', 'DECIMAL']);

export function firstLastWithRetract(type: LogicalType, last: boolean): AggregateFunction<OrderedAcc> {
  return {
    type,
    create: createOrdered,
    add: (acc, args) => addOrdered(acc, args[0]),
    retract: (acc, args) => retractOrdered(acc, args[0]),
    merge: mergeOrdered,
    result: (acc) => (last ? acc.values[acc.values.length - 1] : acc.values[0]) ?? null,
  };
}

/** Append-only: the accumulator is the chosen value (null: none yet). */
export function firstLastAppendOnly(type: LogicalType, last: boolean, name: string): AggregateFunction<unknown> {
  const pick = (acc: unknown, v: unknown) => (v === null || v === undefined ? acc : last || acc === null ? v : acc);
  return {
    type,
    create: () => null,
    add: (acc, args) => pick(acc, args[0]),
    retract: appendOnlyRetract(name),
    merge: (acc, other) => pick(acc, other),
    result: (acc) => acc,
  };
}

export function resolveFirstLast(call: AggCallSite, retraction: boolean): AggregateFunction {
  checkArity(call, 1);
  checkNoNullLiteral(call);
  const arg = call.argTypes[0]!;
  if (!SUPPORTED.has(arg.kind)) throw unsupportedType(call, arg);
  const type = nullableIfEmpty(arg, arg, call.grouped);
  const last = call.name === 'LAST_VALUE';
  return (retraction ? firstLastWithRetract(type, last) : firstLastAppendOnly(type, last, call.name)) as AggregateFunction;
}
