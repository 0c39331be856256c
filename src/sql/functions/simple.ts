// A shorthand for the many functions that are "strict" (NULL if any argument is NULL) and typed by
// a list of signatures: `defineSimple` checks the call, types NULL literals after their family, and
// wraps the implementation in the null checks.
import type { Rex } from '../plan/rex.ts';
import { call } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import type { EvalContext, Evaluator } from './types.ts';
import { define, strict1, strict2, strict3, strictN, type CallRex } from './registry.ts';
import { checkSignature, coerce, anyNullable, type Family } from './typing.ts';

const NULL_AS: Partial<Record<Family, LogicalType>> = {
  STRING: T.STRING(), NUMERIC: T.DOUBLE(), EXACT: T.BIGINT(), INTEGER: T.INT(), BOOLEAN: T.BOOLEAN(),
  DATE: T.DATE(), TIME: T.TIME(), TIMESTAMP: T.TIMESTAMP(3), DATETIME: T.TIMESTAMP(3), BINARY: T.BYTES(),
};

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface SimpleSpec {
  readonly forms: readonly (readonly (Family | '...')[])[];
  /** The result type (nullability is set from the arguments unless `nullable` says otherwise). */
  readonly result: (args: readonly Rex[], form: number) => LogicalType;
  /** 'args' (default): nullable if any argument is; 'always'; 'never'. */
  readonly nullable?: 'args' | 'always' | 'never';
  /** The implementation on non-null arguments. */
  readonly impl: (c: CallRex, ctx: EvalContext) => (...xs: any[]) => unknown;
  readonly deterministic?: boolean;
}

export function defineSimple(names: string | readonly string[], spec: SimpleSpec): void {
  define(names, {
    type: (fn, args, at) => {
      const form = checkSignature(fn, args, at, spec.forms);
      const families = spec.forms[form]!;
      const typed = args.map((a, i) => {
        if (a.type.kind !== 'NULL') return a;
        const f = families[Math.min(i, families.length - 1)] === '...' ? families[families.length - 2] : families[Math.min(i, families.length - 1)];
        return coerce(a, NULL_AS[f as Family] ?? T.STRING());
      });
      const t = spec.result(typed, form);
      const nullable = spec.nullable === 'always' ? true : spec.nullable === 'never' ? false : anyNullable(args);
      return call(fn, typed, T.withNullable(t, nullable));
    },
    compile: (c, args, ctx) => {
      const f = spec.impl(c, ctx);
      switch (args.length) {
        case 0: return () => f();
        case 1: return strict1(args[0]!, f);
        case 2: return strict2(args[0]!, args[1]!, f);
        case 3: return strict3(args[0]!, args[1]!, args[2]!, f);
        default: return strictN(args as Evaluator[], (xs) => f(...xs));
      }
    },
    ...(spec.deterministic === false ? { deterministic: false } : {}),
  });
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** An integer argument as a JS number (BIGINT arrives as bigint). */
export const int = (x: unknown): number => (typeof x === 'bigint' ? Number(x) : (x as number));
