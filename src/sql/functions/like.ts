// [NOT] LIKE (args: value, pattern[, escape]): '%' any run of characters (newlines included), '_' one
// character, the escape character ('\' unless ESCAPE gives another, as Flink documents) makes the
// next '%', '_' or escape character literal; any other escaped character is an error, as in Calcite.
// Literal patterns compile once (plain, prefix, suffix and infix patterns skip the regex).
import { call } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import { WeirError } from '../../util/errors.ts';
import type { Evaluator } from './types.ts';
import { define, literalOf } from './registry.ts';
import { checkSignature, coerce, nullableIf, STRING_T } from './typing.ts';
import { escapeRe } from './date-pattern.ts';

/** A matcher for a LIKE pattern, or throws on an invalid escape. */
export function likeMatcher(pattern: string, escape: string): (s: string) => boolean {
  if (escape.length !== 1) throw new WeirError('CONFIG_INVALID', `Invalid escape character '${escape}': ESCAPE takes exactly one character`);
  let re = '';
  let plain = '';
  const shape: ('%' | 'text')[] = [];
  let wildcardOne = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === escape) {
      const n = pattern[i + 1];
      if (n !== '%' && n !== '_' && n !== escape) throw new WeirError('CONFIG_INVALID', `Invalid escape sequence '${pattern}', ${i + 1}`, { hint: `in LIKE, '${escape}' may only precede %, _ or itself` });
      re += escapeRe(n);
      plain += n;
      if (shape[shape.length - 1] !== 'text') shape.push('text');
      i++;
    } else if (c === '%') {
      re += '.*';
      if (shape[shape.length - 1] !== '%') shape.push('%');
    } else if (c === '_') {
      re += '.';
      wildcardOne = true;
    } else {
      re += escapeRe(c);
      plain += c;
      if (shape[shape.length - 1] !== 'text') shape.push('text');
    }
  }
  if (!wildcardOne) {
    const s = shape.join('');
    if (s === 'text' || s === '') return (x) => x === plain;
    if (s === 'text%') return (x) => x.startsWith(plain);
    if (s === '%text') return (x) => x.endsWith(plain);
    if (s === '%text%') return (x) => x.includes(plain);
    if (s === '%') return () => true;
  }
  const regex = new RegExp('^' + re + '$', 'su');
  return (x) => regex.test(x);
}

for (const fn of ['LIKE', 'NOT LIKE'] as const) {
  define(fn, {
    type: (_fn, args, at) => {
      checkSignature(fn, args, at, [['STRING', 'STRING'], ['STRING', 'STRING', 'STRING']]);
      return call(fn, args.map((a) => coerce(a, T.withNullable(a.type.kind === 'NULL' ? STRING_T : a.type, true))), nullableIf(T.BOOLEAN(false), args));
    },
    compile: (c, [value, pattern, escape]) => {
      const negate = fn === 'NOT LIKE';
      const p = literalOf(c.args[1]);
      const e = c.args.length > 2 ? literalOf(c.args[2]) : '\\';
      if (typeof p === 'string' && typeof e === 'string') {
        const m = likeMatcher(p, e);
        return (row) => { const v = value!(row); return v == null ? null : m(v as string) !== negate; };
      }
      const esc: Evaluator = escape ?? (() => '\\');
      let cached = '';
      let cachedEsc = '';
      let matcher: ((s: string) => boolean) | undefined;
      return (row) => {
        const v = value!(row);
        if (v == null) return null;
        const pv = pattern!(row);
        const ev = esc(row);
        if (pv == null || ev == null) return null;
        if (matcher === undefined || pv !== cached || ev !== cachedEsc) {
          matcher = likeMatcher(pv as string, ev as string);
          cached = pv as string;
          cachedEsc = ev as string;
        }
        return matcher(v as string) !== negate;
      };
    },
  });
}
