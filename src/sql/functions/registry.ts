// The function registry: each function (operator, special form or named function) registers how it
// is typed and how it is compiled, in one place (the family files: operators.ts, strings.ts, …).
// Typing returns the call node with implicit casts inserted and Flink's result type; compiling turns
// the typed call, given its arguments' evaluators, into one closure built once per expression.
import type { Rex, SourcePos } from '../plan/rex.ts';
import type { EvalContext, Evaluator } from './types.ts';

export type CallRex = Extract<Rex, { kind: 'call' }>;

export interface FunctionDef {
  /** Validates a call of `fn` (one of the names this definition is registered under). */
  readonly type: (fn: string, args: readonly Rex[], at: SourcePos) => Rex;
  /** Builds the evaluator; `args` are the compiled arguments, in order. */
  readonly compile: (call: CallRex, args: readonly Evaluator[], ctx: EvalContext) => Evaluator;
  /** False for functions whose result varies between calls with the same arguments. */
  readonly deterministic?: boolean;
}

const registry = new Map<string, FunctionDef>();

export function define(names: string | readonly string[], def: FunctionDef): void {
  for (const name of typeof names === 'string' ? [names] : names) {
    if (registry.has(name)) throw new Error(`function ${name} defined twice`);
    registry.set(name, def);
  }
}

export const lookup = (name: string): FunctionDef | undefined => registry.get(name);
export const registeredNames = (): readonly string[] => [...registry.keys()];

// ---- evaluator helpers (null in → null out) -----------------------------------------------------

/* eslint-disable @typescript-eslint/no-explicit-any */
export const strict1 = (a: Evaluator, f: (x: any) => unknown): Evaluator =>
  (row) => { const x = a(row); return x == null ? null : f(x); };

export const strict2 = (a: Evaluator, b: Evaluator, f: (x: any, y: any) => unknown): Evaluator =>
  (row) => {
    const x = a(row);
    if (x == null) return null;
    const y = b(row);
    return y == null ? null : f(x, y);
  };

export const strict3 = (a: Evaluator, b: Evaluator, c: Evaluator, f: (x: any, y: any, z: any) => unknown): Evaluator =>
  (row) => {
    const x = a(row);
    if (x == null) return null;
    const y = b(row);
    if (y == null) return null;
    const z = c(row);
    return z == null ? null : f(x, y, z);
  };

export function strictN(args: readonly Evaluator[], f: (xs: any[]) => unknown): Evaluator {
  if (args.length === 1) return strict1(args[0]!, (x) => f([x]));
  if (args.length === 2) return strict2(args[0]!, args[1]!, (x, y) => f([x, y]));
  if (args.length === 3) return strict3(args[0]!, args[1]!, args[2]!, (x, y, z) => f([x, y, z]));
  return (row) => {
    const xs = new Array(args.length);
    for (let i = 0; i < args.length; i++) {
      const v = args[i]!(row);
      if (v == null) return null;
      xs[i] = v;
    }
    return f(xs);
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The literal value of an argument, or undefined when it is not a literal. */
export function literalOf(rex: Rex | undefined): unknown {
  return rex !== undefined && rex.kind === 'literal' ? rex.value : undefined;
}
