// Small operations on row expressions the rules and the physical planner share.
import { call, inputRef, type Rex } from './rex.ts';
import * as T from '../types/types.ts';

/** Every input position an expression reads. */
export function inputsUsed(r: Rex, into: Set<number> = new Set()): Set<number> {
  if (r.kind === 'input') into.add(r.index);
  else if (r.kind === 'call') for (const a of r.args) inputsUsed(a, into);
  return into;
}

/** Replaces input references through `f` (a new index, or a whole expression). */
export function mapInputs(r: Rex, f: (index: number, r: Rex) => Rex): Rex {
  if (r.kind === 'input') return f(r.index, r);
  if (r.kind === 'call') return { ...r, args: r.args.map((a) => mapInputs(a, f)) };
  return r;
}

/** `r` with input i replaced by exprs[i] (composing a projection under `r`). */
export function substitute(r: Rex, exprs: readonly Rex[]): Rex {
  return mapInputs(r, (i) => exprs[i]!);
}

export function shift(r: Rex, delta: number): Rex {
  return delta === 0 ? r : mapInputs(r, (i, x) => inputRef(i + delta, x.type));
}

export function and(parts: readonly Rex[]): Rex | undefined {
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  const nullable = parts.some((p) => p.type.nullable);
  return call('AND', parts, T.BOOLEAN(nullable));
}

/** Whether an expression or any call in it is non-deterministic (PROCTIME, RAND, …). */
export function anyCall(r: Rex, pred: (fn: string) => boolean): boolean {
  return r.kind === 'call' && (pred(r.fn) || r.args.some((a) => anyCall(a, pred)));
}

/** EXPLAIN text of an expression: `$0`, `+($1, 1)`, `'abc'`, `CAST($2 AS BIGINT)`. */
export function rexText(r: Rex, names?: readonly string[]): string {
  switch (r.kind) {
    case 'input': return names?.[r.index] ?? `$${r.index}`;
    case 'literal': return literalText(r.value, r.type);
    case 'call':
      if (r.fn === 'CAST' || r.fn === 'TRY_CAST') return `${r.fn}(${rexText(r.args[0]!, names)} AS ${T.toSql(r.type)})`;
      return `${r.fn}(${r.args.map((a) => rexText(a, names)).join(', ')})`;
  }
}

function literalText(v: unknown, t: T.LogicalType): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `'${v.replaceAll("'", "''")}'`;
  if (t.kind === 'INTERVAL_DAY_TIME') return `${v}:${T.toSql(t).replace(' NOT NULL', '')}`;
  if (t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ') return `${new Date(Number(v)).toISOString().replace('T', ' ').replace('Z', '')}`;
  return String(v);
}
