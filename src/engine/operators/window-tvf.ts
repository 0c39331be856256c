// windowTvf: TUMBLE/HOP/CUMULATE(TABLE t, DESCRIPTOR(time), …) on its own — each input row once
// per window it falls in, with window_start, window_end, window_time (= window_end − 1) appended.
// Rows are never dropped as late here: Flink's window table function operator assigns every row its
// windows whatever the watermark (lateness only matters to an aggregation downstream). A NULL time
// fails the job, as in Flink.
import type { WindowTvf } from '../../sql/plan/physical.ts';
import type { Change } from '../../sql/types/values.ts';
import { windowsOf, zoneShift, type ZoneShift } from '../time/windows.ts';
import type { Operator, OperatorContext } from '../runtime/operator.ts';
import { nullTime } from './window-aggregate.ts';

export class WindowTvfOperator implements Operator {
  private readonly node: WindowTvf;
  private readonly where: string;
  private readonly bounds: number[] = [];
  private readonly shift: ZoneShift | undefined;

  constructor(node: WindowTvf, ctx: OperatorContext) {
    this.node = node;
    const t = node.input.fields[node.window.time]?.type;
    this.where = ctx.where;
    this.shift = zoneShift(t, false, ctx.eval.timeZone);
  }

  tables(): [] {
    return [];
  }

  process(changes: readonly Change[], _input: number, out: Change[]): void {
    const spec = this.node.window;
    const width = this.node.input.fields.length;
    const bounds = this.bounds;
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      const t = c.row[spec.time];
      if (typeof t !== 'number') throw nullTime(this.where);
      const shift = this.shift;
      const n = windowsOf(spec, shift === undefined ? t : shift.toLocal(t), bounds);
      for (let w = 0; w < n; w++) {
        const end = bounds[2 * w + 1]!;
        const fireEnd = shift === undefined ? end : shift.toInstant(end);
        const row = new Array<unknown>(width + 3);
        for (let j = 0; j < width; j++) row[j] = c.row[j];
        row[width] = bounds[2 * w]!;
        row[width + 1] = end;
        row[width + 2] = fireEnd - 1;
        out.push({ kind: c.kind, row });
      }
    }
  }
}
