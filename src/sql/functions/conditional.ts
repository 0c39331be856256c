// Conditional forms: CASE (args when1, then1, …, else; lazy: only the chosen branch is evaluated),
// COALESCE (nullable only if every argument is), IF, NULLIF, IFNULL (nullable only if the
// replacement is, as Flink documents), GREATEST and LEAST (NULL if any argument is NULL).
import type { Rex } from '../plan/rex.ts';
import { call } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { Evaluator } from './types.ts';
import { define } from './registry.ts';
import { cannotApply, coerce, common, anyNullable, wrongCount, inFamily } from './typing.ts';
import { comparable } from '../types/rules.ts';
import { comparator } from './predicates.ts';

define('CASE', {
  type: (fn, args, at) => {
    if (args.length < 3 || args.length % 2 === 0) throw wrongCount(fn, 'when/then pairs and an else', at);
    const results: Rex[] = [];
    for (let i = 0; i < args.length - 1; i += 2) {
      if (!inFamily(args[i]!.type, 'BOOLEAN')) throw cannotApply(fn, [args[i]!], at, ['CASE WHEN <BOOLEAN> THEN … END']);
      results.push(args[i + 1]!);
    }
    results.push(args[args.length - 1]!);
    const t = common(fn, results, at);
    const out = args.map((a, i) => (i % 2 === 1 || i === args.length - 1 ? coerce(a, t) : coerce(a, T.BOOLEAN())));
    return call('CASE', out, t);
  },
  compile: (_c, args) => {
    const n = (args.length - 1) / 2;
    const whens = Array.from({ length: n }, (_, i) => args[2 * i]!);
    const thens = Array.from({ length: n }, (_, i) => args[2 * i + 1]!);
    const otherwise = args[args.length - 1]!;
    if (n === 1) {
      const [w, t] = [whens[0]!, thens[0]!];
      return (row) => (w(row) === true ? t(row) : otherwise(row));
    }
    return (row) => {
      for (let i = 0; i < n; i++) if (whens[i]!(row) === true) return thens[i]!(row);
      return otherwise(row);
    };
  },
});

define('COALESCE', {
  type: (fn, args, at) => {
    if (args.length < 1) throw wrongCount(fn, 'at least 1', at);
    const t = common(fn, args, at);
    return call('COALESCE', args.map((a) => coerce(a, t)), T.withNullable(t, args.every((a) => a.type.nullable)));
  },
  compile: (_c, args) => (row) => {
    for (const e of args) {
      const v = e(row);
      if (v != null) return v;
    }
    return null;
  },
});

define('IFNULL', {
  type: (fn, args, at) => {
    if (args.length !== 2) throw wrongCount(fn, '2', at);
    const t = common(fn, args, at);
    return call('IFNULL', args.map((a) => coerce(a, t)), T.withNullable(t, args[1]!.type.nullable));
  },
  compile: (_c, [a, b]) => (row) => { const v = a!(row); return v != null ? v : b!(row); },
});

define('IF', {
  type: (fn, args, at) => {
    if (args.length !== 3) throw wrongCount(fn, '3', at);
    if (!inFamily(args[0]!.type, 'BOOLEAN')) throw cannotApply(fn, args, at, ['IF(<BOOLEAN>, <ANY>, <ANY>)']);
    const t = common(fn, args.slice(1), at);
    return call('IF', [coerce(args[0]!, T.BOOLEAN()), coerce(args[1]!, t), coerce(args[2]!, t)], t);
  },
  compile: (_c, [cond, a, b]) => (row) => (cond!(row) === true ? a!(row) : b!(row)),
});

define('NULLIF', {
  type: (fn, args, at) => {
    if (args.length !== 2) throw wrongCount(fn, '2', at);
    if (!comparable(args[0]!.type, args[1]!.type, 'equality')) throw cannotApply(fn, args, at, ['NULLIF(<ANY>, <ANY>)']);
    const t = common(fn, args, at);
    return call('NULLIF', args.map((a) => coerce(a, t)), T.withNullable(t, true));
  },
  compile: (c, [a, b]) => {
    const cmp = comparator(c.type);
    return (row) => {
      const x = a!(row);
      if (x == null) return null;
      const y = b!(row);
      return y != null && cmp(x, y) === 0 ? null : x;
    };
  },
});

for (const fn of ['GREATEST', 'LEAST'] as const) {
  define(fn, {
    type: (_fn, args, at) => {
      if (args.length < 1) throw wrongCount(fn, 'at least 1', at);
      const t = common(fn, args, at);
      if (['ARRAY', 'MAP', 'ROW'].includes(t.kind)) throw cannotApply(fn, args, at, [`${fn}(<COMPARABLE_TYPE>, …)`]);
      return call(fn, args.map((a) => coerce(a, t)), T.withNullable(t, anyNullable(args)));
    },
    compile: (c, args) => {
      const cmp = comparator(c.type);
      const sign = fn === 'GREATEST' ? 1 : -1;
      return (row) => {
        let best: unknown = null;
        for (const e of args as Evaluator[]) {
          const v = e(row);
          if (v == null) return null;
          if (best === null || sign * cmp(v, best) > 0) best = v;
        }
        return best;
      };
    },
  });
}
