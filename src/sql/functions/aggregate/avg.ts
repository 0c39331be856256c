// AVG, as Flink's AvgAggFunction: a sum and a count of non-NULL inputs; the result keeps the
// argument's type (LogicalTypeMerging.findAvgAggType) — AVG over INT is an INT: the BIGINT sum
// divided by the count, truncated toward zero (Java's long division), then narrowed to the type.
// FLOAT and DOUBLE average in double (FLOAT rounded back to float). DECIMAL(p, s) averages to
// DECIMAL(38, max(6, s)): the exact sum divided by the count, rounded HALF_UP to that scale.
// No non-NULL input left → NULL.
import type { AggregateFunction } from '../types.ts';
import { DECIMAL } from '../../types/types.ts';
import type { LogicalType } from '../../types/types.ts';
import { Decimal, MAX_DECIMAL_PRECISION } from '../../types/decimal.ts';
import { nullableIfEmpty } from './common.ts';
import type { AggCallSite } from './common.ts';
import { wrapBigInt, type IntegerKind } from '../../types/integers.ts';
import { checkNumericArg, sumLike, sumOps } from './sum.ts';
import type { SumAcc } from './sum.ts';

/** findAvgAggType: the argument's type; DECIMAL(p, s) → DECIMAL(38, max(6, s)). */
export function avgType(arg: LogicalType): LogicalType {
  return arg.kind === 'DECIMAL' ? DECIMAL(MAX_DECIMAL_PRECISION, Math.max(6, arg.scale), arg.nullable) : arg;
}

export function resolveAvg(call: AggCallSite): AggregateFunction<SumAcc> {
  const arg = checkNumericArg(call);
  const type = nullableIfEmpty(avgType(arg), arg, call.grouped);
  switch (arg.kind) {
    case 'DECIMAL': {
      const scale = Math.max(6, arg.scale);
      return sumLike(type, sumOps('DECIMAL'), (acc) => (acc.sum as Decimal).div(Decimal.fromBigInt(BigInt(acc.count)), scale).fit(MAX_DECIMAL_PRECISION, scale));
    }
    // Flink's FLOAT average sums in a double.
    case 'DOUBLE': return sumLike(type, sumOps('DOUBLE'), (acc) => (acc.sum as number) / acc.count);
    case 'FLOAT': return sumLike(type, sumOps('DOUBLE'), (acc) => Math.fround((acc.sum as number) / acc.count));
    default: {
      const kind = arg.kind as IntegerKind;
      // BigInt division truncates toward zero, as Java's does.
      return sumLike(type, sumOps('BIGINT'), (acc) => wrapBigInt(kind, (acc.sum as bigint) / BigInt(acc.count)));
    }
  }
}
