// groupAggregate: GROUP BY without windows, emitting a retract changelog exactly as Flink's
// GroupAggFunction (no mini-batch): per input record, the key's previous result and new result;
// first row of a key → +I; a changed result → -U old, +U new; an unchanged one → nothing (unless
// state TTL is on: Flink then re-emits so downstream TTL is refreshed); row count back to 0 → -D
// of the last result and the key's state is cleared. -U/-D inputs retract from the accumulators;
// a retraction for a key with no state is ignored. A global aggregate (no keys) is the same with
// one empty key.
import type { GroupAggregate } from '../../sql/plan/physical.ts';
import { isAccumulate, keyOfFields, type Change, type Row } from '../../sql/types/values.ts';
import { KeyedState } from '../state/keyed.ts';
import type { Operator, OperatorContext } from '../runtime/operator.ts';
import { Aggs } from './aggs.ts';
import { rowsEqual } from './equality.ts';

/** A key's state: the accumulators and the number of rows counted (accumulated minus retracted). */
interface GroupState {
  accs: unknown[];
  count: number;
}

export class GroupAggregateOperator implements Operator {
  private readonly node: GroupAggregate;
  private readonly aggs: Aggs;
  private readonly state: KeyedState<GroupState>;
  private readonly emitUnchanged: boolean;

  constructor(node: GroupAggregate, ctx: OperatorContext) {
    this.node = node;
    this.aggs = new Aggs(node.aggs, node.input.fields, node.keys.length > 0, node.input.changelog === 'retract', ctx.where);
    this.state = new KeyedState('groups', ctx.stateTtl, ctx.eval);
    this.emitUnchanged = ctx.stateTtl > 0;
  }

  tables(): KeyedState<unknown>[] {
    return [this.state as KeyedState<unknown>];
  }

  process(changes: readonly Change[], _input: number, out: Change[]): void {
    const keys = this.node.keys;
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      const accumulate = isAccumulate(c.kind);
      const key = keys.length === 0 ? '' : keyOfFields(c.row, keys);
      let st = this.state.get(key);
      const first = st === undefined;
      if (st === undefined) {
        if (!accumulate) continue;
        st = { accs: this.aggs.create(), count: 0 };
      }
      const prev = first ? undefined : this.result(c.row, st);
      this.aggs.apply(st.accs, c.row, !accumulate);
      st.count += accumulate ? 1 : -1;
      if (st.count > 0) {
        this.state.set(key, st);
        const next = this.result(c.row, st);
        if (prev === undefined) {
          out.push({ kind: '+I', row: next });
        } else if (this.emitUnchanged || !rowsEqual(prev, next)) {
          out.push({ kind: '-U', row: prev });
          out.push({ kind: '+U', row: next });
        }
      } else {
        if (prev !== undefined) out.push({ kind: '-D', row: prev });
        this.state.delete(key);
      }
    }
  }

  /** keys ++ aggregate results. */
  private result(input: Row, st: GroupState): Row {
    const keys = this.node.keys;
    const row = new Array<unknown>(keys.length + this.aggs.length);
    for (let k = 0; k < keys.length; k++) row[k] = input[keys[k]!];
    this.aggs.results(st.accs, row, keys.length);
    return row;
  }
}
