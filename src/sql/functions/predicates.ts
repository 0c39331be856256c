// Comparison ('=' '<>' '<' '<=' '>' '>='), logic ('AND' 'OR' 'NOT', SQL three-valued with
// short-circuit), IS [NOT] NULL/TRUE/FALSE, [NOT] BETWEEN and [NOT] IN. Operands are cast to their
// common type first (Flink compares INT with BIGINT as BIGINT, DECIMAL with DOUBLE as DOUBLE,
// TIMESTAMP with TIMESTAMP_LTZ as TIMESTAMP_LTZ); types that do not compare are rejected
// ('1' = 1 is an error in Flink, as Calcite's implicit coercion is off).
import type { Rex, SourcePos } from '../plan/rex.ts';
import { call } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import { comparable } from '../types/rules.ts';
import { keyOf, compareValues } from '../types/values.ts';
import type { Decimal } from '../types/decimal.ts';
import type { Evaluator } from './types.ts';
import { define, strict1 } from './registry.ts';
import { cannotApply, coerce, common, anyNullable, wrongCount, inFamily } from './typing.ts';

const BOOL = T.BOOLEAN(false);
const boolOf = (args: readonly Rex[]): LogicalType => T.withNullable(BOOL, anyNullable(args));

type Cmp = '=' | '<>' | '<' | '<=' | '>' | '>=';
const ORDER_FORMS = ['<COMPARABLE_TYPE> < <COMPARABLE_TYPE>'];

/** A comparator of two non-null values of type `t` (<0, 0, >0). */
export function comparator(t: LogicalType): (x: unknown, y: unknown) => number {
  switch (t.kind) {
    case 'DECIMAL': return (x, y) => (x as Decimal).compare(y as Decimal);
    case 'ARRAY': case 'MAP': case 'ROW': return (x, y) => { const a = keyOf(x), b = keyOf(y); return a === b ? 0 : a < b ? -1 : 1; };
    case 'BINARY': case 'VARBINARY': return compareValues;
    default: return (x, y) => ((x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0);
  }
}

/** A test for `op` on two non-null values of type `t`; primitives use JS operators directly. */
function test(op: Cmp, t: LogicalType): (x: never, y: never) => boolean {
  const direct = !['DECIMAL', 'ARRAY', 'MAP', 'ROW', 'BINARY', 'VARBINARY'].includes(t.kind);
  if (direct) {
    switch (op) {
      case '=': return (x: number, y: number) => x === y;
      case '<>': return (x: number, y: number) => x !== y;
      case '<': return (x: number, y: number) => x < y;
      case '<=': return (x: number, y: number) => x <= y;
      case '>': return (x: number, y: number) => x > y;
      case '>=': return (x: number, y: number) => x >= y;
    }
  }
  const cmp = comparator(t);
  switch (op) {
    case '=': return (x, y) => cmp(x, y) === 0;
    case '<>': return (x, y) => cmp(x, y) !== 0;
    case '<': return (x, y) => cmp(x, y) < 0;
    case '<=': return (x, y) => cmp(x, y) <= 0;
    case '>': return (x, y) => cmp(x, y) > 0;
    case '>=': return (x, y) => cmp(x, y) >= 0;
  }
}

/** Casts all arguments to their common comparable type. */
function unify(fn: string, args: readonly Rex[], at: SourcePos, mode: 'equality' | 'order', forms: string[]): Rex[] {
  for (let i = 1; i < args.length; i++) {
    if (!comparable(args[0]!.type, args[i]!.type, mode)) throw cannotApply(fn, [args[0]!, args[i]!], at, forms);
  }
  const t = common(fn, args, at, forms);
  return args.map((a) => coerce(a, t));
}

for (const op of ['=', '<>', '<', '<=', '>', '>='] as const) {
  const mode = op === '=' || op === '<>' ? 'equality' : 'order';
  define(op, {
    type: (fn, args, at) => {
      if (args.length !== 2) throw wrongCount(fn, '2', at);
      const forms = [`<COMPARABLE_TYPE> ${op} <COMPARABLE_TYPE>`];
      return call(op, unify(fn, args, at, mode, forms), boolOf(args));
    },
    compile: (c, [a, b]) => {
      const f = test(op, c.args[0]!.type) as (x: unknown, y: unknown) => boolean;
      return (row) => {
        const x = a!(row);
        if (x == null) return null;
        const y = b!(row);
        return y == null ? null : f(x, y);
      };
    },
  });
}

// ---- logic --------------------------------------------------------------------------------------

function checkBooleans(fn: string, args: readonly Rex[], at: SourcePos): Rex[] {
  if (!args.every((a) => inFamily(a.type, 'BOOLEAN'))) throw cannotApply(fn, args, at, [`<BOOLEAN> ${fn} <BOOLEAN>`]);
  return args.map((a) => coerce(a, T.BOOLEAN()));
}

define('AND', {
  type: (fn, args, at) => {
    if (args.length < 2) throw wrongCount(fn, 'at least 2', at);
    return call('AND', checkBooleans(fn, args, at), boolOf(args));
  },
  compile: (_c, args) => {
    if (args.length === 2) {
      const [a, b] = args as [Evaluator, Evaluator];
      return (row) => {
        const x = a(row);
        if (x === false) return false;
        const y = b(row);
        if (y === false) return false;
        return x == null || y == null ? null : true;
      };
    }
    return (row) => {
      let unknown = false;
      for (const e of args) {
        const v = e(row);
        if (v === false) return false;
        if (v == null) unknown = true;
      }
      return unknown ? null : true;
    };
  },
});

define('OR', {
  type: (fn, args, at) => {
    if (args.length < 2) throw wrongCount(fn, 'at least 2', at);
    return call('OR', checkBooleans(fn, args, at), boolOf(args));
  },
  compile: (_c, args) => {
    if (args.length === 2) {
      const [a, b] = args as [Evaluator, Evaluator];
      return (row) => {
        const x = a(row);
        if (x === true) return true;
        const y = b(row);
        if (y === true) return true;
        return x == null || y == null ? null : false;
      };
    }
    return (row) => {
      let unknown = false;
      for (const e of args) {
        const v = e(row);
        if (v === true) return true;
        if (v == null) unknown = true;
      }
      return unknown ? null : false;
    };
  },
});

define('NOT', {
  type: (fn, args, at) => {
    if (args.length !== 1) throw wrongCount(fn, '1', at);
    if (!inFamily(args[0]!.type, 'BOOLEAN')) throw cannotApply(fn, args, at, ['NOT<BOOLEAN>']);
    return call('NOT', [coerce(args[0]!, T.BOOLEAN())], boolOf(args));
  },
  compile: (_c, [a]) => strict1(a!, (x: boolean) => !x),
});

// ---- IS … ---------------------------------------------------------------------------------------

const IS_TESTS: Record<string, (v: unknown) => boolean> = {
  'IS NULL': (v) => v == null,
  'IS NOT NULL': (v) => v != null,
  'IS TRUE': (v) => v === true,
  'IS FALSE': (v) => v === false,
  'IS NOT TRUE': (v) => v !== true,
  'IS NOT FALSE': (v) => v !== false,
  'IS UNKNOWN': (v) => v == null,
  'IS NOT UNKNOWN': (v) => v != null,
};

for (const [fn, f] of Object.entries(IS_TESTS)) {
  const anyType = fn === 'IS NULL' || fn === 'IS NOT NULL';
  define(fn, {
    type: (_fn, args, at) => {
      if (args.length !== 1) throw wrongCount(fn, '1', at);
      if (!anyType && !inFamily(args[0]!.type, 'BOOLEAN')) throw cannotApply(fn, args, at, [`<BOOLEAN> ${fn}`]);
      return call(fn, args, BOOL);
    },
    compile: (_c, [a]) => (row) => f(a!(row)),
  });
}

/** A literal, or casts of one: its value does not depend on the row. */
export const isConstant = (r: Rex): boolean => r.kind === 'literal' || (r.kind === 'call' && (r.fn === 'CAST') && isConstant(r.args[0]!));

// ---- BETWEEN, IN --------------------------------------------------------------------------------

for (const fn of ['BETWEEN', 'NOT BETWEEN'] as const) {
  define(fn, {
    type: (_fn, args, at) => {
      if (args.length !== 3) throw wrongCount(fn, '3', at);
      return call(fn, unify(fn, args, at, 'order', ORDER_FORMS), boolOf(args));
    },
    compile: (c, [v, lo, hi]) => {
      const cmp = comparator(c.args[0]!.type);
      const negated = fn === 'NOT BETWEEN';
      // BETWEEN = v >= lo AND v <= hi; NOT BETWEEN = v < lo OR v > hi (three-valued).
      return (row) => {
        const x = v!(row);
        if (x == null) return null;
        const l = lo!(row);
        const h = hi!(row);
        const a = l == null ? null : cmp(x, l) >= 0;
        const b = h == null ? null : cmp(x, h) <= 0;
        const r = a === false || b === false ? false : a === null || b === null ? null : true;
        return r === null ? null : negated ? !r : r;
      };
    },
  });
}

for (const fn of ['IN', 'NOT IN'] as const) {
  define(fn, {
    type: (_fn, args, at) => {
      if (args.length < 2) throw wrongCount(fn, 'at least 2', at);
      return call(fn, unify(fn, args, at, 'equality', ['<COMPARABLE_TYPE> IN (<COMPARABLE_TYPE>, …)']), boolOf(args));
    },
    compile: (c, [v, ...list]) => {
      const negated = fn === 'NOT IN';
      const t = c.args[0]!.type;
      if (c.args.slice(1).every(isConstant)) {
        const keys = new Set<string>();
        let hasNull = false;
        for (const e of list) {
          const value = e([]);
          if (value == null) hasNull = true;
          else keys.add(keyOf(value));
        }
        return (row) => {
          const x = v!(row);
          if (x == null) return null;
          if (keys.has(keyOf(x))) return !negated;
          return hasNull ? null : negated;
        };
      }
      const eq = test('=', t) as (x: unknown, y: unknown) => boolean;
      return (row) => {
        const x = v!(row);
        if (x == null) return null;
        let unknown = false;
        for (const e of list) {
          const y = e(row);
          if (y == null) unknown = true;
          else if (eq(x, y)) return !negated;
        }
        return unknown ? null : negated;
      };
    },
  });
}

// IS [NOT] DISTINCT FROM: equality where NULL equals NULL; never NULL itself.
for (const fn of ['IS DISTINCT FROM', 'IS NOT DISTINCT FROM'] as const) {
  define(fn, {
    type: (_fn, args, at) => {
      if (args.length !== 2) throw wrongCount(fn, '2', at);
      return call(fn, unify(fn, args, at, 'equality', [`<COMPARABLE_TYPE> ${fn} <COMPARABLE_TYPE>`]), BOOL);
    },
    compile: (c, [a, b]) => {
      const eq = test('=', c.args[0]!.type) as (x: unknown, y: unknown) => boolean;
      const distinct = fn === 'IS DISTINCT FROM';
      return (row) => {
        const x = a!(row), y = b!(row);
        const same = x == null || y == null ? x == null && y == null : eq(x, y);
        return same !== distinct;
      };
    },
  });
}
