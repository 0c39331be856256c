// calc: filter then project (Flink's Calc). Keeps the input's row kind; no state.
import type { Calc } from '../../sql/plan/physical.ts';
import type { Change } from '../../sql/types/values.ts';
import { compileRex } from '../../sql/functions/index.ts';
import type { Evaluator } from '../../sql/functions/types.ts';
import type { Operator, OperatorContext } from '../runtime/operator.ts';
import { identityProjection } from './project.ts';

export class CalcOperator implements Operator {
  private readonly condition: Evaluator | undefined;
  private readonly project: Evaluator[] | undefined;

  constructor(node: Calc, ctx: OperatorContext) {
    this.condition = node.condition === undefined ? undefined : compileRex(node.condition, ctx.eval);
    // A projection that passes every input field through in order keeps the row as it is.
    this.project = identityProjection(node.projection, node.input.fields.length) ? undefined : node.projection.map((r) => compileRex(r, ctx.eval));
  }

  tables(): [] {
    return [];
  }

  process(changes: readonly Change[], _input: number, out: Change[]): void {
    const cond = this.condition;
    const project = this.project;
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      if (cond !== undefined && cond(c.row) !== true) continue;
      if (project === undefined) {
        out.push(c);
        continue;
      }
      const row = new Array<unknown>(project.length);
      for (let j = 0; j < project.length; j++) row[j] = project[j]!(c.row);
      out.push({ kind: c.kind, row });
    }
  }
}
