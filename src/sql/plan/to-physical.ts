// Logical plan → physical plan: filters and projections fuse into Calc; GROUP BY becomes a
// GroupAggregate or, with a window, a WindowAggregate; a window TVF on its own becomes WindowTvf;
// a join whose condition bounds the two rowtimes becomes an IntervalJoin; an upsert source gets a
// ChangelogNormalize. Each node's changelog mode is derived here, and plans Flink would refuse
// (an updating input into an append-only sink or a window aggregate) are refused with its words.
import type { LogicalNode } from './logical.ts';
import type { Changelog, Field, PhysicalNode } from './physical.ts';
import { inputRef, type Rex, type SourcePos } from './rex.ts';
import { and } from './rex-util.ts';
import { conjuncts, fail } from './expr.ts';
import * as T from '../types/types.ts';

export class PhysicalPlanner {
  #nextId = 1;
  /** The statement being planned: where plan-time refusals point. */
  at: SourcePos;
  /** Logical nodes already converted (a view or table used twice is planned twice, like Flink without reuse). */
  readonly #done = new Map<LogicalNode, PhysicalNode>();

  constructor(file: string) {
    this.at = { file, line: 1, column: 1 };
  }

  id(): number {
    return this.#nextId++;
  }

  fail(message: string, kind: 'validation' | 'unsupported' = 'validation'): never {
    return fail(this.at, message, kind);
  }

  convert(n: LogicalNode): PhysicalNode {
    const done = this.#done.get(n);
    if (done !== undefined) return done;
    const p = this.#convert(n);
    this.#done.set(n, p);
    return p;
  }

  #convert(n: LogicalNode): PhysicalNode {
    switch (n.kind) {
      case 'scan': {
        const upsert = n.entry.connector === 'upsert-kafka';
        const scan: PhysicalNode = {
          kind: 'scan', id: this.id(), fields: n.fields, changelog: 'insert-only', table: n.name, connector: n.entry.connector,
          options: Object.fromEntries(n.entry.options), sourceFields: n.sourceFields, metadata: n.metadata, projection: n.projection,
          ...(n.watermark !== undefined ? { watermark: n.watermark } : {}),
          ...(n.primaryKey !== undefined ? { primaryKey: n.primaryKey } : {}),
        };
        if (!upsert) return scan;
        return { kind: 'changelogNormalize', id: this.id(), input: scan, keys: n.primaryKey ?? [], fields: n.fields, changelog: 'retract' };
      }
      case 'filter': case 'project': return this.#calc(n);
      case 'aggregate': {
        const input = this.convert(n.input);
        if (n.window !== undefined) {
          if (input.changelog !== 'insert-only') {
            this.fail(`Window aggregation over an updating input is not supported yet: its input (${describe(input)}) produces update changes`, 'unsupported');
          }
          return { kind: 'windowAggregate', id: this.id(), input, window: n.window.spec, timeKind: n.window.timeKind, keys: n.keys, aggs: n.aggs, fields: n.fields, changelog: 'insert-only' };
        }
        return { kind: 'groupAggregate', id: this.id(), input, keys: n.keys, aggs: n.aggs, fields: n.fields.map(plainField), changelog: 'retract' };
      }
      case 'windowTvf': {
        const input = this.convert(n.input);
        if (n.window.kind === 'session') this.fail('SESSION window TVF is only supported with a window aggregation (GROUP BY window_start, window_end)', 'unsupported');
        if (input.changelog !== 'insert-only') this.fail(`Window TVF over an updating input (${describe(input)}) is not supported yet`, 'unsupported');
        return { kind: 'windowTvf', id: this.id(), input, window: n.window, fields: n.fields, changelog: 'insert-only' };
      }
      case 'join': return this.#join(n);
      case 'union': {
        const inputs = n.inputs.map((i) => this.convert(i));
        const changelog: Changelog = inputs.some((i) => i.changelog === 'retract') ? 'retract' : 'insert-only';
        return { kind: 'union', id: this.id(), inputs, fields: n.fields, changelog };
      }
    }
  }

  /** A chain of filters and projections → one Calc (filter first, then the projection). */
  #calc(n: LogicalNode & { kind: 'filter' | 'project' }): PhysicalNode {
    let projection: readonly Rex[] | undefined;
    let top: LogicalNode = n;
    if (top.kind === 'project') {
      projection = top.exprs;
      top = top.input;
    }
    const conds: Rex[] = [];
    while (top.kind === 'filter') {
      conds.push(...conjuncts(top.condition));
      top = top.input;
    }
    const input = this.convert(top);
    const exprs = projection ?? input.fields.map((f, i) => inputRef(i, f.type));
    const condition = and(conds);
    const fields = projection === undefined ? input.fields : n.fields;
    // A projection that passes its input through unchanged and filters nothing is dropped.
    if (condition === undefined && exprs.length === input.fields.length && exprs.every((e, i) => e.kind === 'input' && e.index === i)) return input;
    return { kind: 'calc', id: this.id(), input, projection: exprs, fields: input.changelog === 'retract' ? fields.map(plainField) : fields, changelog: input.changelog, ...(condition !== undefined ? { condition } : {}) };
  }

  #join(n: LogicalNode & { kind: 'join' }): PhysicalNode {
    const left = this.convert(n.left);
    const right = this.convert(n.right);
    const nl = n.left.fields.length;
    const a = analyzeJoin(n.condition, nl, n.left.fields, n.right.fields);
    const condition = and(a.rest);
    const base = { left, right, joinType: n.joinType, leftKeys: a.leftKeys, rightKeys: a.rightKeys, ...(condition !== undefined ? { condition } : {}) };
    if (a.interval !== undefined) {
      if (left.changelog !== 'insert-only' || right.changelog !== 'insert-only') this.fail('Interval join over an updating input is not supported: both inputs must be append-only', 'unsupported');
      return { kind: 'intervalJoin', id: this.id(), ...base, ...a.interval, fields: n.fields, changelog: 'insert-only' };
    }
    const changelog: Changelog = n.joinType === 'inner' && left.changelog === 'insert-only' && right.changelog === 'insert-only' ? 'insert-only' : 'retract';
    return { kind: 'join', id: this.id(), ...base, fields: n.fields.map(plainField), changelog };
  }
}

const plainField = (f: Field): Field => ({ name: f.name, type: T.withoutTimeAttribute(f.type) });

interface JoinAnalysis {
  leftKeys: number[];
  rightKeys: number[];
  interval?: { leftTime: number; rightTime: number; lower: number; upper: number };
  rest: Rex[];
}

/** A side of a time bound: `time ± constant` where time is a rowtime input of one side. */
function timeTerm(r: Rex, nl: number, isTime: (i: number) => boolean): { index: number; offset: number } | undefined {
  if (r.kind === 'input') return isTime(r.index) ? { index: r.index, offset: 0 } : undefined;
  if (r.kind === 'call' && (r.fn === '+' || r.fn === '-') && r.args.length === 2) {
    const [a, b] = r.args as [Rex, Rex];
    const inner = timeTerm(a, nl, isTime);
    if (inner !== undefined && b.kind === 'literal' && typeof b.value === 'number' && b.type.kind === 'INTERVAL_DAY_TIME') {
      return { index: inner.index, offset: inner.offset + (r.fn === '+' ? b.value : -b.value) };
    }
  }
  return undefined;
}

/** Splits a join condition into equi keys, rowtime bounds (→ interval join) and the rest. */
export function analyzeJoin(cond: Rex, nl: number, leftFields: readonly Field[], rightFields: readonly Field[]): JoinAnalysis {
  const all = [...leftFields, ...rightFields];
  const isTime = (i: number): boolean => T.timeAttributeOf(all[i]!.type) === 'ROWTIME';
  const out: JoinAnalysis = { leftKeys: [], rightKeys: [], rest: [] };
  let lower = -Infinity;
  let upper = Infinity;
  let times: [number, number] | undefined;
  const bounds: Rex[] = [];
  const parts = conjuncts(cond).flatMap((p) =>
    p.kind === 'call' && p.fn === 'BETWEEN' && p.args.length === 3
      ? [{ kind: 'call' as const, fn: '>=', args: [p.args[0]!, p.args[1]!], type: p.type }, { kind: 'call' as const, fn: '<=', args: [p.args[0]!, p.args[2]!], type: p.type }]
      : [p]);
  for (const p of parts) {
    if (p.kind === 'call' && p.args.length === 2 && ['=', '<', '<=', '>', '>='].includes(p.fn)) {
      const [x, y] = p.args as [Rex, Rex];
      if (p.fn === '=' && x.kind === 'input' && y.kind === 'input' && (x.index < nl) !== (y.index < nl) && !isTime(x.index) && !isTime(y.index)) {
        const [l, r] = x.index < nl ? [x.index, y.index] : [y.index, x.index];
        out.leftKeys.push(l);
        out.rightKeys.push(r - nl);
        continue;
      }
      const tx = timeTerm(x, nl, isTime);
      const ty = timeTerm(y, nl, isTime);
      if (tx !== undefined && ty !== undefined && (tx.index < nl) !== (ty.index < nl)) {
        // Normalise to: rightTime − leftTime (op) c.
        const [lt, rt, flip] = tx.index < nl ? [tx, ty, false] : [ty, tx, true];
        const pair: [number, number] = [lt.index, rt.index - nl];
        if (times !== undefined && (times[0] !== pair[0] || times[1] !== pair[1])) { out.rest.push(p); continue; }
        times = pair;
        // x op y with x = L + lo (or R + ro when flipped)
        let op = p.fn;
        if (flip) op = ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=' } as Record<string, string>)[op]!;
        // now: L + lo  op  R + ro   ⇔   R − L  op'  lo − ro, with op' the mirror of op
        const c = lt.offset - rt.offset;
        if (op === '<=' ) lower = Math.max(lower, c);
        else if (op === '<') lower = Math.max(lower, c + 1);
        else if (op === '>=') upper = Math.min(upper, c);
        else if (op === '>') upper = Math.min(upper, c - 1);
        else { lower = Math.max(lower, c); upper = Math.min(upper, c); }
        bounds.push(p);
        continue;
      }
    }
    out.rest.push(p);
  }
  if (times !== undefined && Number.isFinite(lower) && Number.isFinite(upper)) {
    out.interval = { leftTime: times[0], rightTime: times[1], lower, upper };
  } else {
    out.rest.push(...bounds);
  }
  return out;
}

export function describe(n: PhysicalNode): string {
  return n.kind.charAt(0).toUpperCase() + n.kind.slice(1);
}
