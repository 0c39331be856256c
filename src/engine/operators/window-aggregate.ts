// windowAggregate for TUMBLE, HOP and CUMULATE: one accumulator set per (window, group key),
// results emitted once — insert-only — when the watermark (rowtime) or the wall clock (proctime)
// reaches window_end − 1, then the window's state is dropped. Output: keys, aggregates,
// window_start, window_end, window_time (= window_end − 1). A rowtime record whose windows have all
// fired already is late: dropped and counted (a HOP record still counts in its windows that have
// not fired, as Flink's per-window lateness). SESSION windows: window-session.ts.
import type { WindowAggregate } from '../../sql/plan/physical.ts';
import { isAccumulate, keyOfFields, type Change, type Row } from '../../sql/types/values.ts';
import { WeirError } from '../../util/errors.ts';
import { KeyedState } from '../state/keyed.ts';
import { TimerQueue } from '../time/timers.ts';
import { isFired, windowsOf, zoneShift, type ZoneShift } from '../time/windows.ts';
import { NO_WATERMARK, type Operator, type OperatorContext } from '../runtime/operator.ts';
import { Aggs } from './aggs.ts';

interface WindowState {
  keys: Row;
  /** window_start and window_end (wall clock when the time zone shifts them). */
  start: number;
  end: number;
  /** The instant of window_end: the window fires when time reaches fireEnd − 1. */
  fireEnd: number;
  accs: unknown[];
  count: number;
}

export class WindowAggregateOperator implements Operator {
  private readonly node: WindowAggregate;
  private readonly aggs: Aggs;
  private readonly state: KeyedState<WindowState>;
  private readonly timers = new TimerQueue();
  private readonly proctime: boolean;
  private readonly now: () => number;
  private readonly where: string;
  private readonly bounds: number[] = [];
  private readonly shift: ZoneShift | undefined;
  private wm = NO_WATERMARK;
  lateDropped = 0;

  constructor(node: WindowAggregate, ctx: OperatorContext) {
    this.node = node;
    this.aggs = new Aggs(node.aggs, node.input.fields, true, node.input.changelog === 'retract', ctx.where);
    this.state = new KeyedState('windows', 0, ctx.eval);
    this.proctime = node.timeKind === 'proctime';
    this.now = () => ctx.eval.now();
    this.where = ctx.where;
    this.shift = zoneShift(node.input.fields[node.window.time]?.type, this.proctime, ctx.eval.timeZone);
  }

  tables(): KeyedState<unknown>[] {
    return [this.state as KeyedState<unknown>];
  }

  process(changes: readonly Change[], _input: number, _out: Change[]): void {
    const spec = this.node.window;
    const keys = this.node.keys;
    const bounds = this.bounds;
    const now = this.proctime ? this.now() : 0;
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      const t = this.proctime ? now : c.row[spec.time];
      if (typeof t !== 'number') throw nullTime(this.where);
      const shift = this.shift;
      const n = windowsOf(spec, shift === undefined ? t : shift.toLocal(t), bounds);
      const groupKey = keyOfFields(c.row, keys);
      const retract = !isAccumulate(c.kind);
      let used = 0;
      for (let w = 0; w < n; w++) {
        const start = bounds[2 * w]!;
        const end = bounds[2 * w + 1]!;
        const fireEnd = shift === undefined ? end : shift.toInstant(end);
        if (!this.proctime && isFired(fireEnd, this.wm)) continue;
        used++;
        const stateKey = end + '|' + start + '|' + groupKey;
        let st = this.state.get(stateKey);
        if (st === undefined) {
          st = { keys: keys.map((k) => c.row[k]), start, end, fireEnd, accs: this.aggs.create(), count: 0 };
          this.state.set(stateKey, st);
          this.timers.add(fireEnd - 1, stateKey);
        }
        this.aggs.apply(st.accs, c.row, retract);
        st.count += retract ? -1 : 1;
      }
      if (used === 0 && n > 0) this.lateDropped++;
    }
  }

  onWatermark(wm: number, out: Change[]): void {
    this.wm = wm;
    if (!this.proctime) this.fire(wm, out);
  }

  onTime(now: number, out: Change[]): void {
    if (this.proctime) this.fire(now, out);
  }

  private fire(time: number, out: Change[]): void {
    for (let due = this.timers.popDue(time); due !== undefined; due = this.timers.popDue(time)) {
      for (const stateKey of due.keys) {
        const st = this.state.get(stateKey);
        if (st === undefined) continue;
        this.state.delete(stateKey);
        if (st.count <= 0) continue;
        out.push({ kind: '+I', row: windowResult(this.aggs, st.keys, st.accs, st.start, st.end, st.fireEnd - 1) });
      }
    }
  }

  snapshot(): unknown {
    return { wm: this.wm, late: this.lateDropped };
  }

  restore(s: unknown): void {
    const saved = s as { wm: number; late: number };
    this.wm = saved.wm;
    this.lateDropped = saved.late;
    this.timers.clear();
    for (const [key, st] of this.state.entries()) this.timers.add(st.fireEnd - 1, key);
  }
}

/** keys ++ aggregates ++ [window_start, window_end, window_time]. */
export function windowResult(aggs: Aggs, keys: Row, accs: unknown[], start: number, end: number, time: number): Row {
  const row = new Array<unknown>(keys.length + aggs.length + 3);
  for (let k = 0; k < keys.length; k++) row[k] = keys[k];
  aggs.results(accs, row, keys.length);
  const at = keys.length + aggs.length;
  row[at] = start;
  row[at + 1] = end;
  row[at + 2] = time;
  return row;
}

export function nullTime(where: string): WeirError {
  return new WeirError('INTERNAL', 'The time attribute of a window is NULL', {
    where,
    hint: 'RowTime field should not be null (as Flink says): filter out rows with a NULL time, or COALESCE it',
  });
}
