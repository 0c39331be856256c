// union (UNION ALL): forwards every input's changes as they are. Watermarks: the runtime already
// gives a multi-input operator the min of its inputs'.
import type { Change } from '../../sql/types/values.ts';
import type { Operator } from '../runtime/operator.ts';

export class UnionOperator implements Operator {
  tables(): [] {
    return [];
  }

  process(changes: readonly Change[], _input: number, out: Change[]): void {
    for (let i = 0; i < changes.length; i++) out.push(changes[i]!);
  }
}
