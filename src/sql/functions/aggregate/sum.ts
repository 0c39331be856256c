// SUM, as Flink's SumWithRetractAggFunction: the sum in the argument's type (TINYINT…BIGINT wrap
// on overflow as Java's byte/short/int/long do; FLOAT rounds each step to float; DECIMAL(p, s)
// sums to DECIMAL(38, s), LogicalTypeMerging.findSumAggType) plus a count of non-NULL inputs, so
// the result is NULL when no non-NULL row is left (none added, or all retracted).
//
// DECIMAL sums are kept exact and fitted to DECIMAL(38, s) when read (NULL if the sum does not
// fit, as Flink's DecimalData does). Flink fits every intermediate sum instead; the two differ
// only when an intermediate sum passes 10^38 and later comes back in range.
import type { AggregateFunction } from '../types.ts';
import { DECIMAL, isNumeric } from '../../types/types.ts';
import type { LogicalType } from '../../types/types.ts';
import { Decimal, MAX_DECIMAL_PRECISION } from '../../types/decimal.ts';
import { cannotApply, checkArity, checkNoNullLiteral, nullableIfEmpty, toBigInt } from './common.ts';
import type { AggCallSite } from './common.ts';
import { wrapBigInt, type IntegerKind } from '../../types/integers.ts';

/** Exact or floating sums of one numeric type: what SUM and AVG accumulate. */
export interface SumOps<S> {
  add(sum: S | null, v: unknown, sign: 1 | -1): S;
  combine(a: S | null, b: S | null): S | null;
}

const integerOps: SumOps<bigint> = {
  add: (sum, v, sign) => BigInt.asIntN(64, (sum ?? 0n) + (sign === 1 ? toBigInt(v) : -toBigInt(v))),
  combine: (a, b) => (a === null ? b : b === null ? a : BigInt.asIntN(64, a + b)),
};

const doubleOps: SumOps<number> = {
  add: (sum, v, sign) => (sum === null ? (sign === 1 ? (v as number) : 0 - (v as number)) : sign === 1 ? sum + (v as number) : sum - (v as number)),
  combine: (a, b) => (a === null ? b : b === null ? a : a + b),
};

const floatOps: SumOps<number> = {
  add: (sum, v, sign) => Math.fround(doubleOps.add(sum, v, sign)),
  combine: (a, b) => { const s = doubleOps.combine(a, b); return s === null ? null : Math.fround(s); },
};

const decimalOps: SumOps<Decimal> = {
  add: (sum, v, sign) => { const d = sign === 1 ? (v as Decimal) : (v as Decimal).negate(); return sum === null ? d : sum.add(d); },
  combine: (a, b) => (a === null ? b : b === null ? a : a.add(b)),
};

/** The sums Flink keeps: integers in a long, FLOAT in a float, DOUBLE, DECIMAL (exact here). */
export function sumOps(kind: LogicalType['kind']): SumOps<unknown> {
  switch (kind) {
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': return integerOps as SumOps<unknown>;
    case 'FLOAT': return floatOps as SumOps<unknown>;
    case 'DOUBLE': return doubleOps as SumOps<unknown>;
    case 'DECIMAL': return decimalOps as SumOps<unknown>;
    default: throw new Error(`no sum over ${kind}`);
  }
}

/** A running sum and the number of non-NULL values in it. */
export interface SumAcc { sum: unknown; count: number }

/** SUM and AVG share the accumulator; only `result` differs. */
export function sumLike(type: LogicalType, ops: SumOps<unknown>, result: (acc: SumAcc) => unknown): AggregateFunction<SumAcc> {
  return {
    type,
    create: () => ({ sum: null, count: 0 }),
    add(acc, args) {
      const v = args[0];
      if (v === null || v === undefined) return acc;
      acc.sum = ops.add(acc.sum, v, 1);
      acc.count += 1;
      return acc;
    },
    retract(acc, args) {
      const v = args[0];
      if (v === null || v === undefined) return acc;
      acc.sum = ops.add(acc.sum, v, -1);
      acc.count -= 1;
      return acc;
    },
    merge(acc, other) {
      acc.sum = ops.combine(acc.sum, other.sum);
      acc.count += other.count;
      return acc;
    },
    // A count below zero (more retracted than added, seen in a slice) has no meaningful sum.
    result: (acc) => (acc.count <= 0 || acc.sum === null ? null : result(acc)),
  };
}

/** findSumAggType: the argument's type, DECIMAL(p, s) widened to DECIMAL(38, s). */
export function sumType(arg: LogicalType): LogicalType {
  return arg.kind === 'DECIMAL' ? DECIMAL(MAX_DECIMAL_PRECISION, arg.scale, arg.nullable) : arg;
}

export function checkNumericArg(call: AggCallSite): LogicalType {
  checkArity(call, 1);
  checkNoNullLiteral(call);
  const arg = call.argTypes[0]!;
  if (!isNumeric(arg)) throw cannotApply(call, [`${call.name}(<NUMERIC>)`]);
  return arg;
}

export function resolveSum(call: AggCallSite): AggregateFunction<SumAcc> {
  const arg = checkNumericArg(call);
  const type = nullableIfEmpty(sumType(arg), arg, call.grouped);
  const ops = sumOps(arg.kind);
  if (arg.kind === 'DECIMAL') return sumLike(type, ops, (acc) => (acc.sum as Decimal).fit(MAX_DECIMAL_PRECISION, arg.scale));
  if (arg.kind === 'FLOAT' || arg.kind === 'DOUBLE') return sumLike(type, ops, (acc) => acc.sum);
  const kind = arg.kind as IntegerKind;
  // Summed in 64 bits, then wrapped to the type: the same as wrapping every step (mod 2^n).
  return sumLike(type, ops, (acc) => wrapBigInt(kind, acc.sum as bigint));
}
