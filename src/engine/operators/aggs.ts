// The aggregate calls of an aggregation node, run together over one array of accumulators:
// FILTER (the row counts only when the filter field is TRUE) is applied here; DISTINCT is the
// function library's (resolveAggregate wraps the function).
import type { AggCall } from '../../sql/plan/physical.ts';
import type { Field } from '../../sql/plan/physical.ts';
import type { AggregateFunction } from '../../sql/functions/types.ts';
import { resolveAggregate } from '../../sql/functions/aggregate/index.ts';
import type { Row } from '../../sql/types/values.ts';

export class Aggs {
  private readonly fns: AggregateFunction[];
  private readonly args: (readonly number[])[];
  private readonly filters: (number | undefined)[];
  private readonly scratch: unknown[][];

  constructor(calls: readonly AggCall[], input: readonly Field[], grouped: boolean, retraction: boolean, where: string) {
    this.fns = calls.map((c) => resolveAggregate(c.fn, c.args.map((a) => input[a]!.type), c.distinct, { file: where, line: 0, column: 0 }, { grouped, retraction }));
    this.args = calls.map((c) => c.args);
    this.filters = calls.map((c) => c.filter);
    this.scratch = calls.map((c) => new Array<unknown>(c.args.length));
  }

  get length(): number {
    return this.fns.length;
  }

  create(): unknown[] {
    return this.fns.map((f) => f.create());
  }

  /** Adds (`retract` false) or takes away `row` from `accs`, in place. */
  apply(accs: unknown[], row: Row, retract: boolean): void {
    for (let i = 0; i < this.fns.length; i++) {
      const filter = this.filters[i];
      if (filter !== undefined && row[filter] !== true) continue;
      const positions = this.args[i]!;
      const args = this.scratch[i]!;
      for (let j = 0; j < positions.length; j++) args[j] = row[positions[j]!] ?? null;
      const f = this.fns[i]!;
      accs[i] = retract ? f.retract(accs[i], args) : f.add(accs[i], args);
    }
  }

  merge(accs: unknown[], other: readonly unknown[]): void {
    for (let i = 0; i < this.fns.length; i++) accs[i] = this.fns[i]!.merge(accs[i], other[i]);
  }

  /** The results, appended to `out` from position `at`. */
  results(accs: readonly unknown[], out: unknown[], at: number): void {
    for (let i = 0; i < this.fns.length; i++) out[at + i] = this.fns[i]!.result(accs[i]);
  }
}
