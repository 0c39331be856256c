// windowTvf: TUMBLE/HOP/CUMULATE(TABLE t, DESCRIPTOR(time), …) on its own — each input row once
// per window it falls in, with window_start, window_end, window_time (= window_end − 1) appended.
// Rowtime rows whose window has already fired (window_end − 1 ≤ watermark) are late and dropped
// for that window, as Flink's window table function operator; a row dropped from every window is
// counted. A NULL time fails the job, as in Flink.
import type { WindowTvf } from '../../sql/plan/physical.ts';
import type { Change } from '../../sql/types/values.ts';
import { isFired, windowsOf, zoneShift, type ZoneShift } from '../time/windows.ts';
import { NO_WATERMARK, type Operator, type OperatorContext } from '../runtime/operator.ts';
import { nullTime } from './window-aggregate.ts';

export class WindowTvfOperator implements Operator {
  private readonly node: WindowTvf;
  private readonly rowtime: boolean;
  private readonly where: string;
  private readonly bounds: number[] = [];
  private readonly shift: ZoneShift | undefined;
  private wm = NO_WATERMARK;
  lateDropped = 0;

  constructor(node: WindowTvf, ctx: OperatorContext) {
    this.node = node;
    const t = node.input.fields[node.window.time]?.type;
    this.rowtime = t !== undefined && 'timeAttribute' in t && t.timeAttribute === 'ROWTIME';
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
      let used = 0;
      for (let w = 0; w < n; w++) {
        const end = bounds[2 * w + 1]!;
        const fireEnd = shift === undefined ? end : shift.toInstant(end);
        if (this.rowtime && isFired(fireEnd, this.wm)) continue;
        used++;
        const row = new Array<unknown>(width + 3);
        for (let j = 0; j < width; j++) row[j] = c.row[j];
        row[width] = bounds[2 * w]!;
        row[width + 1] = end;
        row[width + 2] = fireEnd - 1;
        out.push({ kind: c.kind, row });
      }
      if (used === 0 && n > 0) this.lateDropped++;
    }
  }

  onWatermark(wm: number): void {
    this.wm = wm;
  }

  snapshot(): unknown {
    return { wm: this.wm, late: this.lateDropped };
  }

  restore(s: unknown): void {
    const saved = s as { wm: number; late: number };
    this.wm = saved.wm;
    this.lateDropped = saved.late;
  }
}
