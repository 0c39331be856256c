// Queries → logical plans: name resolution over FROM (tables, views, subqueries, joins, window
// TVFs), WHERE, GROUP BY with aggregates (over window TVFs, and the legacy GROUP BY
// TUMBLE(…) form), HAVING, SELECT [DISTINCT] lists and UNION ALL. Errors name the problem and its
// line:column in the script.
import type { Expr, Query, Select, Source, WindowTvfSource } from '../ast/index.ts';
import type { Catalog, TableEntry } from '../catalog/index.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import { commonTypeOf } from '../types/rules.ts';
import { castRex } from '../functions/index.ts';
import { isAggregateFunction, resolveAggregate } from '../functions/aggregate/index.ts';
import type { AggCall, Field, WindowSpec } from './physical.ts';
import { inputRef, type Rex, type SourcePos } from './rex.ts';
import { ExprTranslator, Scope, fail, posOf, sameExpr, stripPos, type ScopeField } from './expr.ts';
import type { LAggregate, LogicalNode, LScan } from './logical.ts';
import { tableSchema } from './schema.ts';

export interface Planned {
  readonly node: LogicalNode;
  readonly scope: Scope;
}

const WINDOW_GROUP_FNS = ['TUMBLE', 'HOP', 'SESSION'];
const WINDOW_PROPS: Record<string, 'start' | 'end' | 'rowtime' | 'proctime'> = { START: 'start', END: 'end', ROWTIME: 'rowtime', PROCTIME: 'proctime' };

function scopeOf(fields: readonly Field[], qualifier?: string): Scope {
  return new Scope(fields.map((f) => (qualifier === undefined ? { name: f.name, type: f.type } : { qualifier, name: f.name, type: f.type })));
}

function fieldsOf(scope: Scope): Field[] {
  return scope.fields.map((f) => ({ name: f.name, type: f.type }));
}


/** Output fields of a window: window_start, window_end (TIMESTAMP(3)), window_time (the rowtime). */
export function windowFields(time: LogicalType, timeKind: 'rowtime' | 'proctime'): Field[] {
  const ltz = time.kind === 'TIMESTAMP_LTZ';
  const wt = timeKind === 'rowtime'
    ? (ltz ? T.TIMESTAMP_LTZ(3, false, 'ROWTIME') : T.TIMESTAMP(3, false, 'ROWTIME'))
    : T.TIMESTAMP_LTZ(3, false, 'PROCTIME');
  return [
    { name: 'window_start', type: T.TIMESTAMP(3, false) },
    { name: 'window_end', type: T.TIMESTAMP(3, false) },
    { name: 'window_time', type: wt },
  ];
}

export class QueryPlanner {
  readonly catalog: Catalog;
  readonly file: string;

  constructor(catalog: Catalog, file: string) {
    this.catalog = catalog;
    this.file = file;
  }

  at(p: { line: number; column: number }): SourcePos {
    return posOf(this.file, p);
  }

  query(q: Query): Planned {
    if (q.kind === 'unionAll') return this.#union(q);
    return this.#select(q);
  }

  // ---- FROM ----------------------------------------------------------------------------------

  scanOf(entry: TableEntry): LScan {
    const s = tableSchema(entry, this.file);
    return {
      kind: 'scan', entry, name: s.name, fields: s.fields, sourceFields: s.sourceFields, metadata: s.metadata,
      projection: s.projection,
      ...(s.watermark !== undefined ? { watermark: s.watermark } : {}),
      ...(s.primaryKey !== undefined ? { primaryKey: s.primaryKey } : {}),
    };
  }

  #table(name: readonly string[], at: SourcePos, alias?: string): Planned {
    const entry = this.catalog.lookup(name);
    if (entry === undefined) fail(at, `Object '${name.join('.')}' not found`);
    const qualifier = alias ?? entry.path[2];
    if (entry.kind === 'view') {
      const v = this.query(entry.query);
      return { node: v.node, scope: scopeOf(fieldsOf(v.scope), qualifier) };
    }
    const scan = this.scanOf(entry);
    return { node: scan, scope: scopeOf(scan.fields, qualifier) };
  }

  from(s: Source): Planned {
    const at = this.at(s);
    switch (s.kind) {
      case 'table': return this.#table(s.name, at, s.alias);
      case 'subquery': {
        const q = this.query(s.query);
        return { node: q.node, scope: scopeOf(fieldsOf(q.scope), s.alias) };
      }
      case 'join': {
        const l = this.from(s.left);
        const r = this.from(s.right);
        const both = new Scope([...l.scope.fields, ...r.scope.fields]);
        const condition = new ExprTranslator(this.file, both).translate(s.on);
        if (condition.type.kind !== 'BOOLEAN' && condition.type.kind !== 'NULL') fail(this.at(s.on), `JOIN condition must be a boolean expression, not ${T.toSql(condition.type)}`);
        const nullL = s.type === 'right' || s.type === 'full';
        const nullR = s.type === 'left' || s.type === 'full';
        const side = (fs: readonly ScopeField[], nullable: boolean): ScopeField[] =>
          fs.map((f) => ({ ...f, type: T.withNullable(f.type, f.type.nullable || nullable) }));
        const scope = new Scope([...side(l.scope.fields, nullL), ...side(r.scope.fields, nullR)]);
        return { node: { kind: 'join', joinType: s.type, left: l.node, right: r.node, condition, fields: fieldsOf(scope) }, scope };
      }
      case 'windowTvf': return this.#windowTvf(s);
    }
  }

  #windowTvf(s: WindowTvfSource): Planned {
    const at = this.at(s);
    const input = this.#table(s.table, at);
    const { index: time } = input.scope.resolve([s.timeColumn], at);
    const timeType = input.scope.fields[time]!.type;
    if (T.timeAttributeOf(timeType) === 'REGULAR') {
      fail(at, `The window function ${s.fn}(TABLE table_name, DESCRIPTOR(timecol), …) requires the timecol to be a time attribute type, but is ${T.toSql(timeType)}`);
    }
    const timeKind = T.timeAttributeOf(timeType) === 'PROCTIME' ? 'proctime' : 'rowtime';
    const spec = this.windowSpec(s.fn, time, s.args, at);
    const fields: Field[] = [
      ...input.scope.fields.map((f, i) => ({ name: f.name, type: i === time ? T.withoutTimeAttribute(f.type) : f.type })),
      ...windowFields(timeType, timeKind),
    ];
    const node: LogicalNode = { kind: 'windowTvf', input: input.node, window: spec, timeKind, fields };
    return { node, scope: scopeOf(fields, s.alias ?? s.table[s.table.length - 1]) };
  }

  /** Interval arguments of a window function → its spec (sizes in ms). */
  windowSpec(fn: string, time: number, args: readonly Expr[], at: SourcePos, legacy = false): WindowSpec {
    const ms = args.map((a) => {
      const r = new ExprTranslator(this.file, new Scope([])).translate(a);
      if (r.kind !== 'literal' || r.type.kind !== 'INTERVAL_DAY_TIME' || typeof r.value !== 'number' || r.value <= 0) {
        fail(this.at(a), `The arguments of ${fn} after the time column must be positive day-time interval literals, e.g. INTERVAL '10' MINUTE`);
      }
      return r.value;
    });
    const need = (n: number, what: string): void => {
      if (ms.length < n || ms.length > n + (fn === 'SESSION' ? 0 : 1)) fail(at, `${fn} takes ${what}`);
    };
    switch (fn) {
      case 'TUMBLE':
        need(1, 'the window size (and an optional offset)');
        return { kind: 'tumble', time, size: ms[0]!, offset: ms[1] ?? 0 };
      case 'HOP': {
        need(2, legacy ? 'the slide and the size' : 'the slide and the size (and an optional offset)');
        const [slide, size] = [ms[0]!, ms[1]!];
        if (size % slide !== 0) fail(at, `HOP table function based aggregate requires size must be an integral multiple of slide, but got size ${size} ms and slide ${slide} ms`, 'unsupported');
        return { kind: 'hop', time, slide, size, offset: ms[2] ?? 0 };
      }
      case 'CUMULATE': {
        need(2, 'the step and the maximum size (and an optional offset)');
        const [step, size] = [ms[0]!, ms[1]!];
        if (size % step !== 0) fail(at, `CUMULATE table function based aggregate requires maxSize must be an integral multiple of step, but got maxSize ${size} ms and step ${step} ms`);
        return { kind: 'cumulate', time, step, size, offset: ms[2] ?? 0 };
      }
      default:
        need(1, 'the session gap');
        return { kind: 'session', time, gap: ms[0]! };
    }
  }

  // ---- SELECT ---------------------------------------------------------------------------------

  #select(s: Select): Planned {
    let { node, scope } = this.from(s.from);
    const tx = new ExprTranslator(this.file, scope);
    const hasAgg = s.groupBy.length > 0 || s.items.some((i) => this.#containsAgg(i.expr)) || (s.having !== undefined);
    if (!hasAgg && s.where !== undefined) node = this.#filter(node, tx.translate(s.where), this.at(s.where));
    if (hasAgg) return this.#aggregate(s, node, scope);
    const exprs: Rex[] = [];
    const fields: ScopeField[] = [];
    this.#expandItems(s, scope, (rex, name) => {
      exprs.push(rex);
      fields.push({ name, type: rex.type });
    }, (e) => tx.translate(e));
    const out = new Scope(fields);
    let result: LogicalNode = { kind: 'project', input: node, exprs, fields: fieldsOf(out) };
    if (s.distinct) result = this.#distinct(result);
    return { node: result, scope: out };
  }

  #filter(input: LogicalNode, condition: Rex, at: SourcePos): LogicalNode {
    if (condition.type.kind !== 'BOOLEAN' && condition.type.kind !== 'NULL') fail(at, `WHERE clause must be a boolean expression, not ${T.toSql(condition.type)}`);
    return { kind: 'filter', input, condition, fields: input.fields };
  }

  #distinct(input: LogicalNode): LogicalNode {
    return { kind: 'aggregate', input, keys: input.fields.map((_, i) => i), aggs: [], fields: input.fields.map((f) => ({ name: f.name, type: T.withoutTimeAttribute(f.type) })) };
  }

  /** Calls `add` for each output column of the select list, expanding `*` and `t.*`. */
  #expandItems(s: Select, scope: Scope, add: (rex: Rex, name: string) => void, translate: (e: Expr) => Rex): void {
    s.items.forEach((item, i) => {
      const e = item.expr;
      if (e.kind === 'star') {
        const q = e.qualifier?.join('.');
        const picked = scope.fields.flatMap((f, j) => (q === undefined || f.qualifier === q ? [j] : []));
        if (picked.length === 0) fail(this.at(e), `Unknown identifier '${q}.*'`);
        for (const j of picked) add(inputRef(j, scope.fields[j]!.type), scope.fields[j]!.name);
        return;
      }
      const rex = translate(e);
      add(rex, item.alias ?? (e.kind === 'column' ? e.name[e.name.length - 1]! : `EXPR$${i}`));
    });
  }

  #containsAgg(e: Expr): boolean {
    let found = false;
    walk(e, (x) => {
      if (x.kind === 'call' && isAggregateFunction(x.name)) found = true;
    });
    return found;
  }

  #aggregate(s: Select, from: LogicalNode, fromScope: Scope): Planned {
    const tx = new ExprTranslator(this.file, fromScope);
    let input = from;
    let inputScope = fromScope;
    let window: LAggregate['window'];
    let windowCols: Record<string, number> = {};
    let legacyWindow: Expr | undefined;
    const keyExprs: Expr[] = [];
    // Window aggregation over a window TVF: GROUP BY window_start, window_end, …
    const tvf = from.kind === 'windowTvf' ? from : undefined;
    const nIn = tvf === undefined ? 0 : tvf.input.fields.length;
    const groupsWindow = tvf !== undefined && ['window_start', 'window_end'].every((w) =>
      s.groupBy.some((g) => g.kind === 'column' && fromScope.resolve(g.name, this.at(g)).index >= nIn && fromScope.fields[fromScope.resolve(g.name, this.at(g)).index]!.name === w));
    for (const g of s.groupBy) {
      if (g.kind === 'call' && WINDOW_GROUP_FNS.includes(g.name)) {
        if (legacyWindow !== undefined) fail(this.at(g), 'Only one group window is allowed in GROUP BY');
        legacyWindow = g;
        continue;
      }
      if (groupsWindow && g.kind === 'column') {
        const i = fromScope.resolve(g.name, this.at(g)).index;
        if (i >= nIn) continue;
      }
      keyExprs.push(g);
    }
    if (tvf !== undefined && groupsWindow) {
      window = { spec: tvf.window, timeKind: tvf.timeKind };
      input = tvf.input;
      inputScope = new Scope(fromScope.fields.slice(0, nIn).map((f, i) => ({ ...f, type: tvf.input.fields[i]!.type })));
      windowCols = { window_start: 0, window_end: 1, window_time: 2 };
      if (s.where !== undefined) {
        const cond = new ExprTranslator(this.file, inputScope).translate(s.where);
        input = this.#filter(input, cond, this.at(s.where));
      }
    } else if (s.where !== undefined) {
      input = this.#filter(input, tx.translate(s.where), this.at(s.where));
    }
    const itx = new ExprTranslator(this.file, inputScope);
    if (legacyWindow !== undefined && legacyWindow.kind === 'call') {
      const [timeArg, ...rest] = legacyWindow.args;
      const at = this.at(legacyWindow);
      if (timeArg === undefined || timeArg.kind !== 'column') fail(at, `${legacyWindow.name} needs a time attribute column as its first argument`);
      const time = inputScope.resolve(timeArg.name, at).index;
      const tt = inputScope.fields[time]!.type;
      if (T.timeAttributeOf(tt) === 'REGULAR') fail(this.at(timeArg), `Window can only be defined on a time attribute column, but is type of ${T.toSql(tt)}`);
      const timeKind = T.timeAttributeOf(tt) === 'PROCTIME' ? 'proctime' : 'rowtime';
      window = { spec: this.windowSpec(legacyWindow.name, time, rest, at, true), timeKind };
    }
    // Pre-aggregation projection: keys, then aggregate arguments and filters.
    const pre: Rex[] = [];
    const preKeys: string[] = [];
    const slot = (key: string, make: () => Rex): number => {
      const i = preKeys.indexOf(key);
      if (i >= 0) return i;
      preKeys.push(key);
      pre.push(make());
      return pre.length - 1;
    };
    const keys = keyExprs.map((k) => slot('k' + stripPos(k), () => itx.translate(k)));
    if (window !== undefined) {
      // The window operator reads the time attribute from its input row: carry it through.
      const t = window.spec.time;
      window = { ...window, spec: { ...window.spec, time: slot('t', () => inputRef(t, inputScope.fields[t]!.type)) } };
    }
    const keyFields: Field[] = keyExprs.map((k, i) => ({ name: k.kind === 'column' ? k.name[k.name.length - 1]! : `$f${i}`, type: T.withoutTimeAttribute(pre[keys[i]!]!.type) }));
    const aggs: AggCall[] = [];
    const aggKeys: string[] = [];
    const collect = (e: Expr): void => walk(e, (x) => {
      if (x.kind !== 'call' || !isAggregateFunction(x.name)) return true;
      const key = stripPos(x);
      if (aggKeys.includes(key)) return false;
      for (const a of x.args) if (this.#containsAgg(a)) fail(this.at(a), `Aggregate function calls cannot be nested: ${x.name}(…) contains another aggregate`);
      const at = this.at(x);
      const star = x.args.length === 1 && x.args[0]!.kind === 'star';
      if (star && x.name !== 'COUNT') fail(at, `'*' is only allowed in COUNT(*)`);
      const argIdx = star ? [] : x.args.map((a) => slot('a' + stripPos(a), () => itx.translate(a)));
      let filter: number | undefined;
      if (x.filter !== undefined) {
        const f = itx.translate(x.filter);
        if (f.type.kind !== 'BOOLEAN') fail(this.at(x.filter), `FILTER condition must be a boolean expression, not ${T.toSql(f.type)}`);
        filter = slot('f' + stripPos(x.filter), () => f);
      }
      const fn = resolveAggregate(x.name, argIdx.map((i) => pre[i]!.type), x.distinct, at, { grouped: s.groupBy.length > 0 && x.filter === undefined });
      aggKeys.push(key);
      aggs.push({ fn: x.name, args: argIdx, distinct: x.distinct, type: fn.type, name: `EXPR$${aggs.length}`, ...(filter !== undefined ? { filter } : {}) });
      return false;
    });
    for (const item of s.items) collect(item.expr);
    if (s.having !== undefined) collect(s.having);
    const preFields: Field[] = pre.map((r, i) => ({ name: `$f${i}`, type: r.type }));
    const projected: LogicalNode = { kind: 'project', input, exprs: pre, fields: preFields };
    const keyCount = keys.length;
    const aggFields: Field[] = aggs.map((a) => ({ name: a.name, type: a.type }));
    const timeType = window === undefined ? undefined : pre[window.spec.time]!.type;
    const wFields = window === undefined ? [] : windowFields(timeType!, window.timeKind);
    const aggregate: LAggregate = {
      kind: 'aggregate', input: projected, keys, aggs, fields: [...keyFields, ...aggFields, ...wFields],
      ...(window !== undefined ? { window } : {}),
    };
    const afterAgg = new Scope(aggregate.fields.map((f) => ({ name: f.name, type: f.type })));
    // Translating select items and HAVING over the aggregate's output.
    const intercept = (e: Expr, at: SourcePos): Rex | undefined => {
      const k = keyExprs.findIndex((g) => sameExpr(g, e) || (e.kind === 'column' && g.kind === 'column' && this.#sameColumn(inputScope, e.name, g.name, at)));
      if (k >= 0) return inputRef(k, aggregate.fields[k]!.type);
      if (e.kind === 'call' && isAggregateFunction(e.name)) {
        const i = aggKeys.indexOf(stripPos(e));
        return inputRef(keyCount + i, aggFields[i]!.type);
      }
      const wBase = keyCount + aggs.length;
      if (e.kind === 'column' && window !== undefined && tvf !== undefined) {
        const r = fromScope.resolve(e.name, at);
        const name = fromScope.fields[r.index]!.name;
        if (r.index >= nIn && windowCols[name] !== undefined) return inputRef(wBase + windowCols[name], wFields[windowCols[name]]!.type);
      }
      if (e.kind === 'call' && legacyWindow !== undefined && legacyWindow.kind === 'call') {
        const m = /^(TUMBLE|HOP|SESSION)_(START|END|ROWTIME|PROCTIME)$/.exec(e.name);
        if (m !== null) {
          if (m[1] !== legacyWindow.name) fail(at, `${e.name} does not match the group window ${legacyWindow.name}`);
          const prop = WINDOW_PROPS[m[2]!]!;
          if (prop === 'proctime') fail(at, `${e.name} is not supported yet`, 'unsupported');
          const i = prop === 'start' ? 0 : prop === 'end' ? 1 : 2;
          return inputRef(wBase + i, wFields[i]!.type);
        }
      }
      if (e.kind === 'column') {
        const name = e.name.join('.');
        fail(at, `Expression '${name}' is not being grouped`);
      }
      return undefined;
    };
    const ptx = new ExprTranslator(this.file, afterAgg, intercept);
    let node: LogicalNode = aggregate;
    if (s.having !== undefined) node = this.#filter(node, ptx.translate(s.having), this.at(s.having));
    const exprs: Rex[] = [];
    const fields: ScopeField[] = [];
    for (const item of s.items) if (item.expr.kind === 'star') fail(this.at(item.expr), `'*' cannot be used in a SELECT with GROUP BY or aggregates`);
    this.#expandItems(s, afterAgg, (rex, name) => {
      exprs.push(rex);
      fields.push({ name, type: rex.type });
    }, (e) => ptx.translate(e));
    const out = new Scope(fields);
    let result: LogicalNode = { kind: 'project', input: node, exprs, fields: fieldsOf(out) };
    if (s.distinct) result = this.#distinct(result);
    return { node: result, scope: out };
  }

  #sameColumn(scope: Scope, a: readonly string[], b: readonly string[], at: SourcePos): boolean {
    try {
      const x = scope.resolve(a, at);
      const y = scope.resolve(b, at);
      return x.index === y.index && x.rest.join('.') === y.rest.join('.');
    } catch {
      return false;
    }
  }

  // ---- UNION ALL ------------------------------------------------------------------------------

  #union(q: Query & { kind: 'unionAll' }): Planned {
    const parts = q.inputs.map((i) => this.query(i));
    const first = parts[0]!;
    const n = first.scope.fields.length;
    const at = this.at(q);
    for (const p of parts) {
      if (p.scope.fields.length !== n) fail(at, `Set operator requires the same number of columns on each side: ${n} and ${p.scope.fields.length}`);
    }
    const types = first.scope.fields.map((_, i) => {
      const t = commonTypeOf(parts.map((p) => p.scope.fields[i]!.type));
      if (t === undefined) fail(at, `Type mismatch in column ${i + 1} of UNION ALL: ${parts.map((p) => T.toSql(p.scope.fields[i]!.type)).join(', ')}`);
      return t;
    });
    const inputs = parts.map((p) => {
      if (p.scope.fields.every((f, i) => T.typeEquals(f.type, types[i]!))) return p.node;
      const exprs = p.scope.fields.map((f, i) => (T.typeEquals(f.type, types[i]!) ? inputRef(i, f.type) : castRex(inputRef(i, f.type), types[i]!, false, at)));
      return { kind: 'project' as const, input: p.node, exprs, fields: exprs.map((e, i) => ({ name: p.scope.fields[i]!.name, type: e.type })) };
    });
    const fields = first.scope.fields.map((f, i) => ({ name: f.name, type: types[i]! }));
    return { node: { kind: 'union', inputs, fields }, scope: scopeOf(fields) };
  }
}

/** Visits an expression tree; the visitor returns false to skip a node's children. */
export function walk(e: Expr, visit: (e: Expr) => boolean | void): void {
  if (visit(e) === false) return;
  const kids: Expr[] = [];
  switch (e.kind) {
    case 'unary': kids.push(e.operand); break;
    case 'binary': kids.push(e.left, e.right); break;
    case 'isNull': kids.push(e.operand); break;
    case 'between': kids.push(e.operand, e.low, e.high); break;
    case 'inList': kids.push(e.operand, ...e.list); break;
    case 'like': kids.push(e.operand, e.pattern, ...(e.escape !== undefined ? [e.escape] : [])); break;
    case 'case':
      if (e.operand !== undefined) kids.push(e.operand);
      for (const w of e.whens) kids.push(w.when, w.then);
      if (e.else !== undefined) kids.push(e.else);
      break;
    case 'cast': kids.push(e.operand); break;
    case 'call': kids.push(...e.args, ...(e.filter !== undefined ? [e.filter] : [])); break;
    default: break;
  }
  for (const k of kids) walk(k, visit);
}
