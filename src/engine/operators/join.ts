// join: regular (unbounded) inner/left/right/full equi-join with retractions in and out, as
// Flink's StreamingJoinOperator. Each side keeps, per join key, its distinct rows with how often
// they occur and — on an outer side — with how many rows of the other side they match. An outer
// row with no match is emitted padded (+I row+NULLs); when its first match arrives the padding is
// retracted (-D) and the joined rows inserted (+I); when its last match goes the joined rows are
// deleted and the padding re-emitted (+I). Inner sides pass the input's kind through (+U/-U stay
// updates); outer sides emit +I/-D. Rows with a NULL in the join key never match. State follows
// `table.exec.state.ttl`.
import type { Join } from '../../sql/plan/physical.ts';
import { compileRex } from '../../sql/functions/index.ts';
import type { Evaluator } from '../../sql/functions/types.ts';
import { isAccumulate, keyOf, keyOfFields, type Change, type Row, type RowKind } from '../../sql/types/values.ts';
import { KeyedState } from '../state/keyed.ts';
import type { Operator, OperatorContext } from '../runtime/operator.ts';
import { concatRows, hasNullAt, outerSides, paddedRow } from './project.ts';

/** A distinct row of one side under one join key. */
interface JoinRecord {
  row: Row;
  /** How many times the row is in the input (inserted minus retracted). */
  count: number;
  /** Outer sides: how many rows of the other side it matches (with their multiplicities). */
  assoc: number;
}

type Side = Map<string, JoinRecord>;

export class JoinOperator implements Operator {
  private readonly node: Join;
  private readonly state: [KeyedState<Side>, KeyedState<Side>];
  private readonly outer: [boolean, boolean];
  private readonly keys: [readonly number[], readonly number[]];
  private readonly width: [number, number];
  private readonly condition: Evaluator | undefined;

  constructor(node: Join, ctx: OperatorContext) {
    this.node = node;
    this.state = [new KeyedState('left', ctx.stateTtl, ctx.eval), new KeyedState('right', ctx.stateTtl, ctx.eval)];
    this.outer = outerSides(node.joinType);
    this.keys = [node.leftKeys, node.rightKeys];
    this.width = [node.left.fields.length, node.right.fields.length];
    this.condition = node.condition === undefined ? undefined : compileRex(node.condition, ctx.eval);
  }

  tables(): KeyedState<unknown>[] {
    return this.state as KeyedState<unknown>[];
  }

  process(changes: readonly Change[], input: number, out: Change[]): void {
    for (let i = 0; i < changes.length; i++) this.one(changes[i]!, input, out);
  }

  private joined(row: Row, other: Row, inputIsLeft: boolean): Row {
    return inputIsLeft ? concatRows(row, other) : concatRows(other, row);
  }

  private padded(row: Row, isLeft: boolean): Row {
    return paddedRow(row, isLeft, this.width[0], this.width[1]);
  }

  private one(c: Change, side: number, out: Change[]): void {
    const isLeft = side === 0;
    const other = 1 - side;
    const inputOuter = this.outer[side]!;
    const otherOuter = this.outer[other]!;
    const keyFields = this.keys[side]!;
    const nullKey = hasNullAt(c.row, keyFields);
    const key = keyOfFields(c.row, keyFields);

    // The other side's records this row matches; with a condition, also the joined row each was
    // tested on (the evaluator only reads it), reused as that record's first output copy.
    const matches: JoinRecord[] = [];
    const tested: Row[] = [];
    let matchCount = 0;
    const otherRows = nullKey ? undefined : this.state[other]!.get(key);
    if (otherRows !== undefined) {
      for (const rec of otherRows.values()) {
        if (this.condition !== undefined) {
          const row = this.joined(c.row, rec.row, isLeft);
          if (this.condition(row) !== true) continue;
          tested.push(row);
        }
        matches.push(rec);
        matchCount += rec.count;
      }
    }

    if (isAccumulate(c.kind)) {
      if (matches.length === 0) {
        if (inputOuter) out.push({ kind: '+I', row: this.padded(c.row, isLeft) });
      } else {
        if (otherOuter) {
          for (const rec of matches) {
            if (rec.assoc === 0) for (let n = 0; n < rec.count; n++) out.push({ kind: '-D', row: this.padded(rec.row, !isLeft) });
            rec.assoc += 1;
          }
          this.state[other]!.set(key, otherRows!);
        }
        const kind: RowKind = inputOuter || otherOuter ? '+I' : c.kind;
        this.emitJoined(c.row, matches, tested, isLeft, kind, out);
      }
      this.add(side, key, c.row, matchCount);
    } else {
      this.retract(side, key, c.row);
      if (matches.length === 0) {
        if (inputOuter) out.push({ kind: '-D', row: this.padded(c.row, isLeft) });
      } else {
        // As Flink's StreamingJoinOperator: -D when the input side is outer, else the input's own kind (-D/-U).
        const kind: RowKind = inputOuter ? '-D' : c.kind;
        this.emitJoined(c.row, matches, tested, isLeft, kind, out);
        if (otherOuter) {
          for (const rec of matches) {
            if (rec.assoc === 1) for (let n = 0; n < rec.count; n++) out.push({ kind: '+I', row: this.padded(rec.row, !isLeft) });
            rec.assoc -= 1;
          }
          this.state[other]!.set(key, otherRows!);
        }
      }
    }
  }

  /** `tested[i]`, when present, is `row` joined with `matches[i]` already built: its first copy. */
  private emitJoined(row: Row, matches: readonly JoinRecord[], tested: readonly Row[], isLeft: boolean, kind: RowKind, out: Change[]): void {
    for (let i = 0; i < matches.length; i++) {
      const rec = matches[i]!;
      for (let n = 0; n < rec.count; n++) out.push({ kind, row: n === 0 && i < tested.length ? tested[i]! : this.joined(row, rec.row, isLeft) });
    }
  }

  private add(side: number, key: string, row: Row, assoc: number): void {
    const table = this.state[side]!;
    let rows = table.get(key);
    if (rows === undefined) rows = new Map();
    const rk = keyOf(row);
    const rec = rows.get(rk);
    if (rec === undefined) rows.set(rk, { row, count: 1, assoc });
    else rec.count++;
    table.set(key, rows);
  }

  private retract(side: number, key: string, row: Row): void {
    const table = this.state[side]!;
    const rows = table.get(key);
    if (rows === undefined) return;
    const rk = keyOf(row);
    const rec = rows.get(rk);
    if (rec === undefined) return;
    if (--rec.count <= 0) rows.delete(rk);
    if (rows.size === 0) table.delete(key);
    else table.set(key, rows);
  }
}
