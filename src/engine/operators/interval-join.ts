// intervalJoin: rowtime interval join (… ON l.k = r.k AND r.t BETWEEN l.t + lower AND l.t + upper),
// append-only in and out. Both sides are buffered per join key; an arriving row joins the other
// side's buffered rows with right.time − left.time ∈ [lower, upper] and the condition, and is
// buffered only while rows yet to come (time ≥ watermark) can still match it: a left row until the
// watermark passes left.time + upper, a right row until it passes right.time − lower. When a row
// leaves the buffer unmatched, an outer join emits it padded with NULLs. Rows older than the
// watermark on arrival are late: dropped and counted (lateDropped).
import type { IntervalJoin } from '../../sql/plan/physical.ts';
import { compileRex } from '../../sql/functions/index.ts';
import type { Evaluator } from '../../sql/functions/types.ts';
import { keyOfFields, type Change, type Row } from '../../sql/types/values.ts';
import { WeirError } from '../../util/errors.ts';
import { KeyedState } from '../state/keyed.ts';
import { TimerQueue } from '../time/timers.ts';
import { NO_WATERMARK, type Operator, type OperatorContext } from '../runtime/operator.ts';
import { concatRows, hasNullAt, outerSides, paddedRow } from './project.ts';

interface Buffered {
  row: Row;
  time: number;
  matched: boolean;
}

export class IntervalJoinOperator implements Operator {
  private readonly node: IntervalJoin;
  private readonly state: [KeyedState<Buffered[]>, KeyedState<Buffered[]>];
  private readonly timers: [TimerQueue, TimerQueue] = [new TimerQueue(), new TimerQueue()];
  private readonly outer: [boolean, boolean];
  private readonly condition: Evaluator | undefined;
  private readonly where: string;
  private wm = NO_WATERMARK;
  lateDropped = 0;

  constructor(node: IntervalJoin, ctx: OperatorContext) {
    this.node = node;
    this.state = [new KeyedState('left', 0, ctx.eval), new KeyedState('right', 0, ctx.eval)];
    this.outer = outerSides(node.joinType);
    this.condition = node.condition === undefined ? undefined : compileRex(node.condition, ctx.eval);
    this.where = ctx.where;
  }

  tables(): KeyedState<unknown>[] {
    return this.state as KeyedState<unknown>[];
  }

  /** The watermark after which no future row of the other side can match a row of `side` at `time`. */
  private expiry(side: number, time: number): number {
    return side === 0 ? time + this.node.upper : time - this.node.lower;
  }

  process(changes: readonly Change[], input: number, out: Change[]): void {
    const n = this.node;
    const isLeft = input === 0;
    const timeField = isLeft ? n.leftTime : n.rightTime;
    const keys = isLeft ? n.leftKeys : n.rightKeys;
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      if (c.kind !== '+I') throw new WeirError('INTERNAL', `An interval join takes inserts only, got ${c.kind}`, { where: this.where });
      const t = c.row[timeField];
      if (typeof t !== 'number') throw new WeirError('INTERNAL', 'The time attribute of an interval join row is NULL', { where: this.where, hint: 'filter out rows with a NULL time' });
      if (t < this.wm) {
        this.lateDropped++;
        continue;
      }
      const nullKey = hasNullAt(c.row, keys);
      const key = keyOfFields(c.row, keys);
      const me: Buffered = { row: c.row, time: t, matched: false };
      const others = nullKey ? undefined : this.state[1 - input]!.get(key);
      if (others !== undefined) {
        for (const o of others) {
          const diff = isLeft ? o.time - t : t - o.time;
          if (diff < n.lower || diff > n.upper) continue;
          const row = isLeft ? concatRows(c.row, o.row) : concatRows(o.row, c.row);
          if (this.condition !== undefined && this.condition(row) !== true) continue;
          out.push({ kind: '+I', row });
          me.matched = true;
          o.matched = true;
        }
      }
      const expiry = this.expiry(input, t);
      if (expiry >= this.wm) {
        const mine = this.state[input]!.get(key);
        if (mine === undefined) this.state[input]!.set(key, [me]);
        else mine.push(me);
        this.timers[input]!.add(expiry + 1, key);
      } else if (!me.matched && this.outer[input]) {
        out.push({ kind: '+I', row: this.padded(c.row, isLeft) });
      }
    }
  }

  private padded(row: Row, isLeft: boolean): Row {
    return paddedRow(row, isLeft, this.node.left.fields.length, this.node.right.fields.length);
  }

  onWatermark(wm: number, out: Change[]): void {
    this.wm = wm;
    for (let side = 0; side < 2; side++) {
      const table = this.state[side]!;
      const timers = this.timers[side]!;
      for (let due = timers.popDue(wm); due !== undefined; due = timers.popDue(wm)) {
        for (const key of due.keys) {
          const rows = table.get(key);
          if (rows === undefined) continue;
          const kept: Buffered[] = [];
          for (const b of rows) {
            if (this.expiry(side, b.time) >= wm) kept.push(b);
            else if (!b.matched && this.outer[side]) out.push({ kind: '+I', row: this.padded(b.row, side === 0) });
          }
          if (kept.length === 0) table.delete(key);
          else if (kept.length !== rows.length) table.set(key, kept);
        }
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
    for (let side = 0; side < 2; side++) {
      this.timers[side]!.clear();
      for (const [key, rows] of this.state[side]!.entries()) for (const b of rows) this.timers[side]!.add(this.expiry(side, b.time) + 1, key);
    }
  }
}
