// Row expressions: the typed, resolved form of SQL expressions that plans carry and the runtime
// compiles (`compileRex` in src/sql/functions). Every node has its result type. Column references
// are positions in the input row (for a join condition: the left row's fields, then the right's).
//
// Operators and special forms are calls named by their SQL spelling, upper case:
//   arithmetic   '+' '-' '*' '/' '%'  (binary), 'NEGATE' (unary minus)
//   comparison   '=' '<>' '<' '<=' '>' '>='
//   logic        'AND' 'OR' (n-ary, SQL three-valued), 'NOT'
//   predicates   'IS NULL' 'IS NOT NULL' 'IS TRUE' 'IS FALSE' 'IS NOT TRUE' 'IS NOT FALSE',
//                'LIKE' 'NOT LIKE' (args: value, pattern[, escape]),
//                'BETWEEN' 'NOT BETWEEN' (value, low, high), 'IN' 'NOT IN' (value, …list)
//   conditional  'CASE' (args: when1, then1, when2, then2, …, else — else always present, NULL if
//                not written; a simple CASE is rewritten to a searched one), 'COALESCE', 'IF',
//                'NULLIF'
//   casts        'CAST' and 'TRY_CAST' (one arg; the target is the node's type)
//   strings      '||'
//   every other function by its name: 'UPPER', 'DATE_FORMAT', 'JSON_VALUE', …
//   keyword arguments (AST 'symbol') arrive as VARCHAR NOT NULL literals holding the upper-case
//   keyword: 'EXTRACT'('DAY', x), 'FLOOR'(x, 'HOUR'), 'CEIL'(x, 'HOUR'), 'TIMESTAMPADD'('HOUR', n, ts),
//   'TIMESTAMPDIFF'('DAY', a, b), 'TRIM'('BOTH', chars, s)
//   'PROCTIME' (no args): the processing time, TIMESTAMP_LTZ(3) *PROCTIME*
import type { LogicalType } from '../types/types.ts';

export type Rex =
  | { readonly kind: 'input'; readonly index: number; readonly type: LogicalType }
  /** `value` in the runtime representation of src/sql/types/values.ts. */
  | { readonly kind: 'literal'; readonly value: unknown; readonly type: LogicalType }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly Rex[]; readonly type: LogicalType };

export const inputRef = (index: number, type: LogicalType): Rex => ({ kind: 'input', index, type });
export const literal = (value: unknown, type: LogicalType): Rex => ({ kind: 'literal', value, type });
export const call = (fn: string, args: readonly Rex[], type: LogicalType): Rex => ({ kind: 'call', fn, args, type });

/** Where an expression was written, for errors: `file:line:column`. */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}
