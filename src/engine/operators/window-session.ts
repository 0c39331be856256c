// windowAggregate for SESSION windows: per group key, sessions [first time, last time + gap) that
// merge when a record's window [t, t + gap) overlaps them (accumulators merged), emitted once
// when the watermark (or wall clock) reaches session end − 1 (as Flink's merging window
// operator). A record that merges with no open session and whose own window has fired is late:
// dropped and counted. Output as the other window aggregates.
import type { WindowAggregate } from '../../sql/plan/physical.ts';
import { isAccumulate, keyOfFields, type Change, type Row } from '../../sql/types/values.ts';
import { KeyedState } from '../state/keyed.ts';
import { TimerQueue } from '../time/timers.ts';
import { isFired, zoneShift, type ZoneShift } from '../time/windows.ts';
import { NO_WATERMARK, type Operator, type OperatorContext } from '../runtime/operator.ts';
import { Aggs } from './aggs.ts';
import { nullTime, windowResult } from './window-aggregate.ts';

interface Session {
  start: number;
  end: number;
  accs: unknown[];
  count: number;
}

interface KeySessions {
  keys: Row;
  /** Disjoint, in no particular order. */
  sessions: Session[];
}

export class SessionWindowOperator implements Operator {
  private readonly node: WindowAggregate;
  private readonly gap: number;
  private readonly aggs: Aggs;
  private readonly state: KeyedState<KeySessions>;
  private readonly timers = new TimerQueue();
  private readonly proctime: boolean;
  private readonly now: () => number;
  private readonly where: string;
  /** Sessions are tracked in instants; only window_start/window_end are shown in the zone. */
  private readonly shift: ZoneShift | undefined;
  private wm = NO_WATERMARK;
  lateDropped = 0;

  constructor(node: WindowAggregate, ctx: OperatorContext) {
    if (node.window.kind !== 'session') throw new Error('SessionWindowOperator needs a session window');
    this.node = node;
    this.gap = node.window.gap;
    this.aggs = new Aggs(node.aggs, node.input.fields, true, node.input.changelog === 'retract', ctx.where);
    this.state = new KeyedState('sessions', 0, ctx.eval);
    this.proctime = node.timeKind === 'proctime';
    this.now = () => ctx.eval.now();
    this.where = ctx.where;
    this.shift = zoneShift(node.input.fields[node.window.time]?.type, this.proctime, ctx.eval.timeZone);
  }

  tables(): KeyedState<unknown>[] {
    return [this.state as KeyedState<unknown>];
  }

  process(changes: readonly Change[], _input: number, _out: Change[]): void {
    const timeField = this.node.window.time;
    const now = this.proctime ? this.now() : 0;
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      const t = this.proctime ? now : c.row[timeField];
      if (typeof t !== 'number') throw nullTime(this.where);
      const groupKey = keyOfFields(c.row, this.node.keys);
      let ks = this.state.get(groupKey);
      const sessions = ks?.sessions ?? [];
      const windowEnd = t + this.gap;
      // Sessions overlapping the record's window [t, t + gap) merge into the first of them, widening
      // [start, end); the others are compacted, in order, to the front of the array.
      let session: Session | undefined;
      let start = t;
      let end = windowEnd;
      let kept = 0;
      for (let j = 0; j < sessions.length; j++) {
        const s = sessions[j]!;
        if (!(s.start < windowEnd && t < s.end)) {
          sessions[kept++] = s;
          continue;
        }
        if (s.start < start) start = s.start;
        if (s.end > end) end = s.end;
        if (session === undefined) session = s;
        else {
          this.aggs.merge(session.accs, s.accs);
          session.count += s.count;
        }
      }
      if (session === undefined && !this.proctime && isFired(end, this.wm)) {
        this.lateDropped++;
        continue;
      }
      if (session === undefined) {
        session = { start, end, accs: this.aggs.create(), count: 0 };
      } else {
        session.start = start;
        session.end = end;
      }
      sessions.length = kept;
      sessions.push(session);
      const retract = !isAccumulate(c.kind);
      this.aggs.apply(session.accs, c.row, retract);
      session.count += retract ? -1 : 1;
      if (ks === undefined) ks = { keys: this.node.keys.map((k) => c.row[k]), sessions };
      this.state.set(groupKey, ks);
      this.timers.add(end - 1, groupKey);
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
      for (const groupKey of due.keys) {
        const ks = this.state.get(groupKey);
        if (ks === undefined) continue;
        // A timer may be stale (its session grew since); fire only sessions that are due.
        const open: Session[] = [];
        for (const s of ks.sessions.sort((a, b) => a.start - b.start)) {
          if (!isFired(s.end, time)) open.push(s);
          else if (s.count > 0) {
            const shift = this.shift;
            const [start, end] = shift === undefined ? [s.start, s.end] : [shift.toLocal(s.start), shift.toLocal(s.end)];
            out.push({ kind: '+I', row: windowResult(this.aggs, ks.keys, s.accs, start, end, s.end - 1) });
          }
        }
        if (open.length === 0) this.state.delete(groupKey);
        else ks.sessions = open;
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
    for (const [key, ks] of this.state.entries()) for (const sess of ks.sessions) this.timers.add(sess.end - 1, key);
  }
}
