// Weir's aggregate functions in Flink's semantics: which names are aggregates, and resolving a
// call — argument checks with Flink's errors, the result type as Flink infers it, and the
// function over plain-data accumulators (src/sql/functions/types.ts AggregateFunction).
//
//   COUNT(*), COUNT(x)         BIGINT NOT NULL                                       count.ts
//   SUM(x)                     x's type; DECIMAL(p, s) → DECIMAL(38, s)              sum.ts
//   AVG(x)                     x's type (AVG of INT is INT); DECIMAL → (38, max(6, s)) avg.ts
//   MIN(x), MAX(x)             x's type                                              min-max.ts
//   FIRST_VALUE(x), LAST_VALUE(x)  x's type                                          first-last.ts
//   LISTAGG(x [, sep])         x's type (a character string), separator ','          listagg.ts
//   DISTINCT                   wraps any of them                                     distinct.ts
//
// SUM/AVG/MIN/MAX/FIRST_VALUE/LAST_VALUE are nullable (NULL over no non-NULL row) unless
// `grouped` says the aggregation has GROUP BY keys and no FILTER and the argument is NOT NULL, as
// Calcite infers; LISTAGG is always nullable, COUNT never. Other Flink aggregates are recognised
// and rejected as unsupported.
import { SqlError } from '../../parse/errors.ts';
import type { SourcePos } from '../../plan/rex.ts';
import type { LogicalType } from '../../types/types.ts';
import type { AggregateFunction } from '../types.ts';
import type { AggCallSite } from './common.ts';
import { resolveCount } from './count.ts';
import { resolveSum } from './sum.ts';
import { resolveAvg } from './avg.ts';
import { resolveMinMax } from './min-max.ts';
import { resolveFirstLast } from './first-last.ts';
import { resolveListAgg } from './listagg.ts';
import { withDistinct } from './distinct.ts';

export interface ResolveOptions {
  /** GROUP BY with at least one key (window bounds count) and no FILTER clause. Default false. */
  readonly grouped?: boolean;
  /**
   * Whether the input may retract rows. Default true. With false, MIN/MAX/FIRST_VALUE/LAST_VALUE
   * keep a single value instead of every value, and `retract` throws (Flink's non-retract variants).
   */
  readonly retraction?: boolean;
}

type Resolver = (call: AggCallSite, distinct: boolean, retraction: boolean) => AggregateFunction;

const SUPPORTED: Record<string, Resolver> = {
  COUNT: (call, distinct) => resolveCount(call, distinct) as AggregateFunction,
  SUM: (call) => resolveSum(call) as AggregateFunction,
  AVG: (call) => resolveAvg(call) as AggregateFunction,
  MIN: (call, _d, retraction) => resolveMinMax(call, retraction),
  MAX: (call, _d, retraction) => resolveMinMax(call, retraction),
  FIRST_VALUE: (call, _d, retraction) => resolveFirstLast(call, retraction),
  LAST_VALUE: (call, _d, retraction) => resolveFirstLast(call, retraction),
  LISTAGG: (call) => resolveListAgg(call) as AggregateFunction,
};

/** Flink SQL aggregate functions Weir does not implement yet. */
const UNSUPPORTED = new Set([
  'STDDEV', 'STDDEV_POP', 'STDDEV_SAMP', 'VARIANCE', 'VAR_POP', 'VAR_SAMP', 'COLLECT', 'ARRAY_AGG',
  'JSON_OBJECTAGG', 'JSON_ARRAYAGG', 'APPROX_COUNT_DISTINCT', 'PERCENTILE',
]);

/** Whether `name` (upper case) is an aggregate function of Flink SQL, supported by Weir or not. */
export function isAggregateFunction(name: string): boolean {
  return Object.hasOwn(SUPPORTED, name) || UNSUPPORTED.has(name);
}

/**
 * Types a call of aggregate `name` (upper case) over arguments of `argTypes` (none for COUNT(*))
 * and returns the function. Throws SqlError at `at`: 'validation' for wrong arguments,
 * 'unsupported' for a Flink aggregate Weir lacks.
 */
export function resolveAggregate(name: string, argTypes: readonly LogicalType[], distinct: boolean, at: SourcePos, options: ResolveOptions = {}): AggregateFunction {
  const call: AggCallSite = { name, argTypes, at, grouped: options.grouped ?? false };
  const resolver = Object.hasOwn(SUPPORTED, name) ? SUPPORTED[name] : undefined;
  if (resolver === undefined) {
    const what = UNSUPPORTED.has(name)
      ? `Aggregate function ${name} is not supported by Weir yet (supported: ${Object.keys(SUPPORTED).join(', ')})`
      : `No aggregate function named ${name}`;
    throw new SqlError(UNSUPPORTED.has(name) ? 'unsupported' : 'validation', at.file, at.line, at.column, name, what);
  }
  const f = resolver(call, distinct, options.retraction ?? true);
  // MIN/MAX over distinct values equal MIN/MAX over all values: no need to track the tuples.
  return distinct && name !== 'MIN' && name !== 'MAX' ? (withDistinct(f) as AggregateFunction) : f;
}
