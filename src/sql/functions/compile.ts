// Typed row expressions → evaluators. Each node becomes one closure built once: inputs read their
// position, literals return their value, calls run the function's own compile with their compiled
// arguments (so CASE, AND, OR and COALESCE can evaluate arguments lazily).
import type { Rex, SourcePos } from '../plan/rex.ts';
import { WeirError } from '../../util/errors.ts';
import type { EvalContext, Evaluator } from './types.ts';
import { lookup } from './registry.ts';
import { validation, familyName } from './typing.ts';
import { unsupportedFunction } from './unsupported.ts';

export function compileRex(rex: Rex, ctx: EvalContext): Evaluator {
  switch (rex.kind) {
    case 'input': {
      const i = rex.index;
      return (row) => row[i] ?? null;
    }
    case 'literal': {
      const v = rex.value ?? null;
      return () => v;
    }
    case 'call': {
      const def = lookup(rex.fn);
      if (def === undefined) throw new WeirError('INTERNAL', `compileRex: no function '${rex.fn}'`);
      return def.compile(rex, rex.args.map((a) => compileRex(a, ctx)), ctx);
    }
  }
}

/** Validates and types a call (see the contract in index.ts). */
export function typeCall(fn: string, args: readonly Rex[], at: SourcePos): Rex {
  const name = fn.toUpperCase();
  const def = lookup(name);
  if (def !== undefined) return def.type(name, args, at);
  const unsupported = unsupportedFunction(name, at);
  if (unsupported !== undefined) throw unsupported;
  throw validation(at, fn, `No match found for function signature ${fn}(${args.map((a) => `<${familyName(a.type)}>`).join(', ')})`);
}

export function isDeterministic(fn: string): boolean {
  return lookup(fn.toUpperCase())?.deterministic ?? true;
}

export function isScalarFunction(name: string): boolean {
  return lookup(name.toUpperCase()) !== undefined;
}
