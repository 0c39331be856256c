// Test helpers for the function library's tests: literals and columns as Rex, and one-call
// evaluation through typeCall → compileRex (the path the planner and runtime take).
import type { Rex, SourcePos } from '../plan/rex.ts';
import { literal, inputRef } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import { Decimal } from '../types/decimal.ts';
import { typeCall, compileRex } from './index.ts';
import type { EvalContext } from './types.ts';
import type { Row } from '../types/values.ts';

export const at: SourcePos = { file: 'test.sql', line: 3, column: 7 };
export const utc: EvalContext = { timeZone: 'UTC', now: () => Date.UTC(2024, 0, 15, 10, 30, 45, 123) };
export const zoned = (timeZone: string): EvalContext => ({ ...utc, timeZone });

export const int = (v: number | null): Rex => literal(v, T.INT(v === null));
export const bigint = (v: bigint | null): Rex => literal(v, T.BIGINT(v === null));
export const dbl = (v: number | null): Rex => literal(v, T.DOUBLE(v === null));
export const str = (v: string | null): Rex => literal(v, T.STRING(v === null));
export const bool = (v: boolean | null): Rex => literal(v, T.BOOLEAN(v === null));
export const dec = (text: string, p: number, s: number): Rex => literal(Decimal.fromString(text).setScale(s), T.DECIMAL(p, s, false));
export const nul = (t: LogicalType = T.NULL()): Rex => literal(null, t);
export const col = (i: number, t: LogicalType): Rex => inputRef(i, t);

/** Types and evaluates fn(args) on `row`. */
export function run(fn: string, args: readonly Rex[], row: Row = [], ctx: EvalContext = utc): unknown {
  return compileRex(typeCall(fn, args, at), ctx)(row);
}

/** Decimal results as text, for readable assertions. */
export const text = (v: unknown): unknown => (v instanceof Decimal ? v.toString() : v);
