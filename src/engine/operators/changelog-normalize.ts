// changelogNormalize: an upsert stream (+I/+U as "the row for this key is now …", -D as "the key
// is gone") into a retract changelog, as Flink's ChangelogNormalize (ProcTimeDeduplicateKeepLastRow
// with update-before): state holds the last row per key. A new key → +I; a different row for a
// known key → -U old, +U new; the same row again → nothing; -D of a known key → -D with the stored
// row (the upsert -D may carry only the key); -D of an unknown key → nothing. -U is ignored.
import type { ChangelogNormalize } from '../../sql/plan/physical.ts';
import { keyOfFields, type Change, type Row } from '../../sql/types/values.ts';
import { KeyedState } from '../state/keyed.ts';
import type { Operator, OperatorContext } from '../runtime/operator.ts';
import { rowsEqual } from './equality.ts';

export class ChangelogNormalizeOperator implements Operator {
  private readonly keys: readonly number[];
  private readonly state: KeyedState<Row>;
  private readonly emitUnchanged: boolean;

  constructor(node: ChangelogNormalize, ctx: OperatorContext) {
    this.keys = node.keys;
    this.state = new KeyedState('last-row', ctx.stateTtl, ctx.eval);
    this.emitUnchanged = ctx.stateTtl > 0;
  }

  tables(): KeyedState<unknown>[] {
    return [this.state as KeyedState<unknown>];
  }

  process(changes: readonly Change[], _input: number, out: Change[]): void {
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      if (c.kind === '-U') continue;
      const key = keyOfFields(c.row, this.keys);
      const prev = this.state.get(key);
      if (c.kind === '-D') {
        if (prev === undefined) continue;
        this.state.delete(key);
        out.push({ kind: '-D', row: prev });
        continue;
      }
      this.state.set(key, c.row);
      if (prev === undefined) out.push({ kind: '+I', row: c.row });
      else if (this.emitUnchanged || !rowsEqual(prev, c.row)) {
        out.push({ kind: '-U', row: prev });
        out.push({ kind: '+U', row: c.row });
      }
    }
  }
}
