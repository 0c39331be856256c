// DISTINCT for any aggregate: each distinct argument tuple reaches the function once. The
// accumulator counts rows per tuple (keyOf); the function sees a tuple added when its count goes
// from 0 to 1 and retracted when it goes from 1 to 0, as Flink's distinct MapView does. Rows with
// a NULL argument are skipped (every aggregate here ignores them). Counts may go below zero when a
// slice sees a retraction before its row; merging adds the counts and tells the function about
// tuples that appear or disappear, so a merge equals feeding both sides' rows to one accumulator.
import type { AggregateFunction } from '../types.ts';
import { keyOf } from '../../types/values.ts';

export interface DistinctAcc {
  /** keyOf(args) → [args, rows]; entries at 0 are removed. */
  seen: Map<string, [unknown[], number]>;
  inner: unknown;
}

export function withDistinct(f: AggregateFunction): AggregateFunction<DistinctAcc> {
  const step = (acc: DistinctAcc, args: readonly unknown[], by: number): void => {
    const k = keyOf(args);
    const e = acc.seen.get(k);
    const before = e === undefined ? 0 : e[1];
    const after = before + by;
    if (after === 0) acc.seen.delete(k);
    else if (e === undefined) acc.seen.set(k, [[...args], after]);
    else e[1] = after;
    if (before <= 0 && after > 0) acc.inner = f.add(acc.inner, args);
    else if (before > 0 && after <= 0) acc.inner = f.retract(acc.inner, args);
  };
  const hasNull = (args: readonly unknown[]) => args.some((v) => v === null || v === undefined);
  return {
    type: f.type,
    create: () => ({ seen: new Map(), inner: f.create() }),
    add(acc, args) {
      if (!hasNull(args)) step(acc, args, 1);
      return acc;
    },
    retract(acc, args) {
      if (!hasNull(args)) step(acc, args, -1);
      return acc;
    },
    merge(acc, other) {
      for (const [args, n] of other.seen.values()) step(acc, args, n);
      return acc;
    },
    result: (acc) => f.result(acc.inner),
  };
}
