// LISTAGG(expr [, separator]), as Flink's ListAgg(Ws)(WithRetract)AggFunction: the non-NULL values
// in arrival order joined by the separator (',' when not given); NULL when there is none. A
// retraction removes the earliest equal value (ordered.ts). Flink requires the separator to be a
// character literal (the planner checks that; here it arrives as the second argument of each row).
// Result type as Flink's SqlListAggFunction (ReturnTypes.ARG0_NULLABLE): the first argument's type,
// nullable — LISTAGG over a STRING column is STRING.
import type { AggregateFunction } from '../types.ts';
import { withNullable } from '../../types/types.ts';
import type { LogicalType } from '../../types/types.ts';
import { cannotApply, checkArity, checkNoNullLiteral } from './common.ts';
import type { AggCallSite } from './common.ts';
import { addOrdered, createOrdered, mergeOrdered, retractOrdered } from './ordered.ts';
import type { OrderedAcc } from './ordered.ts';

export interface ListAggAcc extends OrderedAcc {
  /** The separator of the latest row that had a value. */
  sep: string;
}

export const DEFAULT_SEPARATOR = ',';

function separatorOf(acc: ListAggAcc, args: readonly unknown[]): void {
  const v = args[0];
  const s = args[1];
  if (v !== null && v !== undefined && typeof s === 'string') acc.sep = s;
}

export function listAggFunction(type: LogicalType): AggregateFunction<ListAggAcc> {
  return {
    type,
    create: () => ({ ...createOrdered(), sep: DEFAULT_SEPARATOR }),
    add(acc, args) {
      separatorOf(acc, args);
      addOrdered(acc, args[0]);
      return acc;
    },
    retract(acc, args) {
      separatorOf(acc, args);
      retractOrdered(acc, args[0]);
      return acc;
    },
    merge(acc, other) {
      if (other.values.length > 0 || other.pending.length > 0) acc.sep = other.sep;
      mergeOrdered(acc, other);
      return acc;
    },
    result: (acc) => (acc.values.length === 0 ? null : acc.values.join(acc.sep)),
  };
}

const isChar = (t: LogicalType): boolean => t.kind === 'CHAR' || t.kind === 'VARCHAR';

export function resolveListAgg(call: AggCallSite): AggregateFunction<ListAggAcc> {
  checkArity(call, 1, 2);
  checkNoNullLiteral(call);
  if (!call.argTypes.every(isChar)) throw cannotApply(call, ['LISTAGG(<CHARACTER>)', 'LISTAGG(<CHARACTER>, <CHARACTER_LITERAL>)']);
  return listAggFunction(withNullable(call.argTypes[0]!, true));
}
