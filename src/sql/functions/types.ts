// The contract of Weir's function library (src/sql/functions): the planner asks it to type calls,
// the runtime asks it for evaluators. Typing and evaluation of a function live together, so a
// function exists in one place. Values follow src/sql/types/values.ts.
import type { LogicalType } from '../types/types.ts';
import type { Rex, SourcePos } from '../plan/rex.ts';
import type { Row } from '../types/values.ts';

/** What evaluation may depend on besides the row. */
export interface EvalContext {
  /** The session time zone (`table.local-time-zone`), an IANA name such as 'UTC' or 'Europe/Berlin'. */
  readonly timeZone: string;
  /** Processing time, epoch milliseconds (PROCTIME(), CURRENT_TIMESTAMP, NOW()). */
  now(): number;
}

/** A compiled expression. */
export type Evaluator = (row: Row) => unknown;

/**
 * An aggregate function over plain-data accumulators (arrays, objects, bigints, Decimals, Maps —
 * what the state codec serializes), so operator state can be checkpointed as is. `add`, `retract`
 * and `merge` may change the accumulator in place and return it. NULL arguments are skipped by the
 * functions themselves as SQL says (COUNT(x) ignores NULLs; COUNT(*) has no args).
 */
export interface AggregateFunction<Acc = unknown> {
  readonly type: LogicalType;
  create(): Acc;
  add(acc: Acc, args: readonly unknown[]): Acc;
  retract(acc: Acc, args: readonly unknown[]): Acc;
  /** Combines two accumulators (windows merged or built from slices). */
  merge(acc: Acc, other: Acc): Acc;
  result(acc: Acc): unknown;
}

export type { Rex, SourcePos };
