// COUNT(*) and COUNT(x), as Flink's Count1AggFunction and CountAggFunction: a BIGINT NOT NULL count
// of the rows (COUNT(*)) or of the rows whose arguments are all non-NULL; retraction subtracts.
// COUNT(x, y) without DISTINCT is rejected as Flink's planner does ("only … the count of one
// field"); COUNT(DISTINCT x, y) counts distinct tuples with no NULL in them.
import type { AggregateFunction } from '../types.ts';
import { BIGINT } from '../../types/types.ts';
import { checkNoNullLiteral, validationError } from './common.ts';
import type { AggCallSite } from './common.ts';

const counted = (args: readonly unknown[]): boolean => args.every((v) => v !== null && v !== undefined);

/** The accumulator is the count, a number (exact far beyond any real row count). */
export const countFunction: AggregateFunction<number> = {
  type: BIGINT(false),
  create: () => 0,
  add: (acc, args) => (counted(args) ? acc + 1 : acc),
  retract: (acc, args) => (counted(args) ? acc - 1 : acc),
  merge: (acc, other) => acc + other,
  result: (acc) => BigInt(acc),
};

export function resolveCount(call: AggCallSite, distinct: boolean): AggregateFunction<number> {
  checkNoNullLiteral(call);
  if (call.argTypes.length > 1 && !distinct) throw validationError(call, 'COUNT of more than one field is not supported (Flink: "We now only support the count of one field."); use COUNT(DISTINCT a, b) or COUNT(*) with a WHERE clause');
  return countFunction;
}
