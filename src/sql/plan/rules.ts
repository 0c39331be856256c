// Rewrite rules over the logical plan, applied bottom-up until nothing changes:
// - constant folding: deterministic calls whose arguments are all literals become literals;
// - filter push-down: through projections, into both sides of inner joins (and into the
//   preserved/non-preserved side of outer joins where that keeps the meaning), into union inputs
//   and below window TVFs; adjacent filters merge;
// - projection push-down: adjacent projections merge, and a scan computes only the columns the
//   plan above it reads.
import { compileRex, isDeterministic } from '../functions/index.ts';
import type { EvalContext } from '../functions/types.ts';
import { literal, type Rex } from './rex.ts';
import type { LogicalNode, LScan } from './logical.ts';
import { and, anyCall, inputsUsed, mapInputs, shift, substitute } from './rex-util.ts';
import { conjuncts } from './expr.ts';

const nonDeterministic = (fn: string): boolean => !isDeterministic(fn);

export function foldConstants(r: Rex, ctx: EvalContext): Rex {
  if (r.kind !== 'call') return r;
  const args = r.args.map((a) => foldConstants(a, ctx));
  const folded: Rex = { ...r, args };
  if (!isDeterministic(r.fn) || !args.every((a) => a.kind === 'literal')) return folded;
  try {
    return literal(compileRex(folded, ctx)([]), r.type);
  } catch {
    return folded; // fails at run time with the row's context, as Flink would when it cannot fold
  }
}

/** Applies every rule until the plan stops changing. */
export function optimize(node: LogicalNode, ctx: EvalContext): LogicalNode {
  let n = fold(node, ctx);
  for (let i = 0; i < 20; i++) {
    const next = pushFilters(mergeProjects(n));
    if (next === n) break;
    n = next;
  }
  return pruneScans(n);
}

function mapChildren(n: LogicalNode, f: (c: LogicalNode) => LogicalNode): LogicalNode {
  switch (n.kind) {
    case 'scan': return n;
    case 'project': case 'filter': case 'aggregate': case 'windowTvf': {
      const input = f(n.input);
      return input === n.input ? n : { ...n, input };
    }
    case 'join': {
      const left = f(n.left);
      const right = f(n.right);
      return left === n.left && right === n.right ? n : { ...n, left, right };
    }
    case 'union': {
      const inputs = n.inputs.map(f);
      return inputs.every((x, i) => x === n.inputs[i]) ? n : { ...n, inputs };
    }
  }
}

function fold(n: LogicalNode, ctx: EvalContext): LogicalNode {
  const m = mapChildren(n, (c) => fold(c, ctx));
  switch (m.kind) {
    case 'project': return { ...m, exprs: m.exprs.map((e) => foldConstants(e, ctx)) };
    case 'filter': return { ...m, condition: foldConstants(m.condition, ctx) };
    case 'join': return { ...m, condition: foldConstants(m.condition, ctx) };
    case 'scan': return { ...m, projection: m.projection.map((e) => foldConstants(e, ctx)) };
    default: return m;
  }
}

function isTrue(r: Rex): boolean {
  return r.kind === 'literal' && r.value === true;
}

function mergeProjects(n: LogicalNode): LogicalNode {
  const m = mapChildren(n, mergeProjects);
  if (m.kind !== 'project' || m.input.kind !== 'project') return m;
  const inner = m.input;
  // Merge unless an inner non-trivial expression would be computed more than once.
  const uses = new Map<number, number>();
  for (const e of m.exprs) mapInputs(e, (i, x) => (uses.set(i, (uses.get(i) ?? 0) + 1), x));
  for (const [i, count] of uses) if (count > 1 && inner.exprs[i]!.kind === 'call') return m;
  if (inner.exprs.some((e) => anyCall(e, nonDeterministic))) return m;
  return { ...m, input: inner.input, exprs: m.exprs.map((e) => substitute(e, inner.exprs)) };
}

function filterOn(input: LogicalNode, parts: readonly Rex[]): LogicalNode {
  const condition = and(parts);
  return condition === undefined ? input : { kind: 'filter', input, condition, fields: input.fields };
}

function pushFilters(n: LogicalNode): LogicalNode {
  const m = mapChildren(n, pushFilters);
  if (m.kind === 'join') return pushJoinCondition(m);
  if (m.kind !== 'filter') return m;
  if (isTrue(m.condition)) return m.input;
  const input = m.input;
  const parts = conjuncts(m.condition);
  if (parts.some((p) => anyCall(p, nonDeterministic))) return m;
  switch (input.kind) {
    case 'filter':
      return { ...input, condition: and([...conjuncts(input.condition), ...parts])! };
    case 'project':
      if (input.exprs.some((e) => anyCall(e, nonDeterministic))) return m;
      return { ...input, input: filterOn(input.input, parts.map((p) => substitute(p, input.exprs))) };
    case 'union':
      return { ...input, inputs: input.inputs.map((i) => filterOn(i, parts)) };
    case 'windowTvf': {
      const n0 = input.input.fields.length;
      const below = parts.filter((p) => [...inputsUsed(p)].every((i) => i < n0 && i !== input.window.time));
      if (below.length === 0) return m;
      const above = parts.filter((p) => !below.includes(p));
      return filterOn({ ...input, input: filterOn(input.input, below) }, above);
    }
    case 'join': {
      const nl = input.left.fields.length;
      const toLeft = input.joinType === 'inner' || input.joinType === 'left';
      const toRight = input.joinType === 'inner' || input.joinType === 'right';
      const left: Rex[] = [];
      const right: Rex[] = [];
      const rest: Rex[] = [];
      for (const p of parts) {
        const used = [...inputsUsed(p)];
        if (toLeft && used.every((i) => i < nl)) left.push(p);
        else if (toRight && used.every((i) => i >= nl)) right.push(shift(p, -nl));
        else rest.push(p);
      }
      // An inner join takes the conditions over both sides (FROM a, b WHERE a.k = b.k).
      const intoJoin: Rex[] = input.joinType === 'inner' ? rest.filter((p) => p.kind !== 'literal') : [];
      const above = rest.filter((p) => !intoJoin.includes(p));
      if (left.length === 0 && right.length === 0 && intoJoin.length === 0) return m;
      const kept = conjuncts(input.condition).filter((c) => !(c.kind === 'literal' && c.value === true));
      const condition = intoJoin.length === 0 ? input.condition : and([...kept, ...intoJoin])!;
      return filterOn({ ...input, condition, left: filterOn(input.left, left), right: filterOn(input.right, right) }, above);
    }
    default:
      return m;
  }
}

/** ON-clause parts that only read one side move into that side where the join's meaning allows. */
function pushJoinCondition(j: LogicalNode & { kind: 'join' }): LogicalNode {
  const nl = j.left.fields.length;
  const intoLeft = j.joinType === 'inner' || j.joinType === 'right';
  const intoRight = j.joinType === 'inner' || j.joinType === 'left';
  const left: Rex[] = [];
  const right: Rex[] = [];
  const rest: Rex[] = [];
  for (const p of conjuncts(j.condition)) {
    const used = [...inputsUsed(p)];
    if (used.length > 0 && intoLeft && used.every((i) => i < nl) && !anyCall(p, nonDeterministic)) left.push(p);
    else if (used.length > 0 && intoRight && used.every((i) => i >= nl) && !anyCall(p, nonDeterministic)) right.push(shift(p, -nl));
    else rest.push(p);
  }
  if (left.length === 0 && right.length === 0) return j;
  const condition = and(rest) ?? literal(true, { kind: 'BOOLEAN', nullable: false });
  return { ...j, left: filterOn(j.left, left), right: filterOn(j.right, right), condition };
}

/** A scan under projections/filters computes only the columns read above it. */
function pruneScans(n: LogicalNode): LogicalNode {
  const m = mapChildren(n, pruneScans);
  if (m.kind !== 'project') return m;
  const chain: (LogicalNode & { kind: 'filter' })[] = [];
  let below: LogicalNode = m.input;
  while (below.kind === 'filter') {
    chain.push(below);
    below = below.input;
  }
  if (below.kind !== 'scan') return m;
  const scan: LScan = below;
  const used = new Set<number>();
  for (const e of m.exprs) inputsUsed(e, used);
  for (const f of chain) inputsUsed(f.condition, used);
  if (scan.watermark !== undefined) {
    used.add(scan.watermark.time);
    inputsUsed(scan.watermark.expr, used);
  }
  for (const k of scan.primaryKey ?? []) used.add(k);
  if (used.size === scan.fields.length) return m;
  const keep = [...used].sort((a, b) => a - b);
  const at = new Map(keep.map((old, i) => [old, i]));
  const remap = (r: Rex): Rex => mapInputs(r, (i, x) => ({ ...x, index: at.get(i)! } as Rex));
  const pruned: LScan = {
    ...scan,
    fields: keep.map((i) => scan.fields[i]!),
    projection: keep.map((i) => scan.projection[i]!),
    ...(scan.watermark !== undefined ? { watermark: { time: at.get(scan.watermark.time)!, expr: remap(scan.watermark.expr) } } : {}),
    ...(scan.primaryKey !== undefined ? { primaryKey: scan.primaryKey.map((k) => at.get(k)!) } : {}),
  };
  let rebuilt: LogicalNode = pruned;
  for (const f of chain.reverse()) rebuilt = { ...f, input: rebuilt, condition: remap(f.condition), fields: pruned.fields };
  return { ...m, input: rebuilt, exprs: m.exprs.map(remap) };
}
