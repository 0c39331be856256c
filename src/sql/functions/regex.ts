// Regular-expression functions: REGEXP_REPLACE, REGEXP_EXTRACT (group 0 = the whole match, the
// default), REGEXP (a match anywhere). Patterns are Java regexes run on JavaScript's engine: the
// common syntax is the same, leading inline flags (?i) (?s) (?m) (?x-less) are mapped, and Java's
// replacement syntax ($1, ${name}, \$) is honoured. An invalid pattern gives NULL, as Flink's
// SqlFunctionUtils does; literal patterns compile once, others are cached per distinct pattern.
import * as T from '../types/types.ts';
import { defineSimple, int } from './simple.ts';
import { literalOf, type CallRex } from './registry.ts';
import { STRING_T } from './typing.ts';

const cache = new Map<string, RegExp | null>();

/** A JS RegExp for a Java pattern (null when invalid); `global` for replace-all. */
export function javaRegex(pattern: string, global = false): RegExp | null {
  const key = (global ? 'g' : '-') + pattern;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let flags = global ? 'g' : '';
  let source = pattern;
  const inline = /^\(\?([imsu]+)\)/.exec(source);
  if (inline !== null) {
    for (const f of inline[1]!) if (f !== 'u' && !flags.includes(f)) flags += f;
    source = source.slice(inline[0].length);
  }
  source = source.replace(/\\A/g, '^').replace(/\\[Zz]/g, '$').replace(/\(\?<([a-zA-Z][a-zA-Z0-9]*)>/g, '(?<$1>');
  let re: RegExp | null;
  try { re = new RegExp(source, flags); } catch { re = null; }
  if (cache.size > 10_000) cache.clear();
  cache.set(key, re);
  return re;
}

type Piece = string | number | { name: string };

/** Java's Matcher.replaceAll replacement text, parsed once. */
function parseReplacement(r: string, groups: number): Piece[] | null {
  const out: Piece[] = [];
  let lit = '';
  for (let i = 0; i < r.length; i++) {
    const c = r[i]!;
    if (c === '\\') {
      if (i + 1 >= r.length) return null;
      lit += r[++i];
    } else if (c === '$') {
      if (r[i + 1] === '{') {
        const end = r.indexOf('}', i);
        if (end < 0) return null;
        if (lit !== '') { out.push(lit); lit = ''; }
        out.push({ name: r.slice(i + 2, end) });
        i = end;
      } else {
        let j = i + 1;
        if (!/\d/.test(r[j] ?? '')) return null;
        let g = Number(r[j]);
        j++;
        while (j < r.length && /\d/.test(r[j]!) && g * 10 + Number(r[j]) <= groups) { g = g * 10 + Number(r[j]); j++; }
        if (g > groups) return null;
        if (lit !== '') { out.push(lit); lit = ''; }
        out.push(g);
        i = j - 1;
      }
    } else lit += c;
  }
  if (lit !== '') out.push(lit);
  return out;
}

const groupCount = (re: RegExp): number => new RegExp(re.source + '|').exec('')!.length - 1;

export function regexpReplace(s: string, pattern: string, replacement: string): string | null {
  const re = javaRegex(pattern, true);
  if (re === null) return null;
  const pieces = parseReplacement(replacement, groupCount(re));
  if (pieces === null) return null;
  if (pieces.every((p) => typeof p === 'string')) return s.replace(re, () => pieces.join(''));
  return s.replace(re, (...m: unknown[]) => {
    const named = typeof m[m.length - 1] === 'object' ? (m[m.length - 1] as Record<string, string | undefined>) : {};
    let out = '';
    for (const p of pieces) {
      if (typeof p === 'string') out += p;
      else if (typeof p === 'number') out += (m[p] as string | undefined) ?? '';
      else out += named[p.name] ?? '';
    }
    return out;
  });
}

export function regexpExtract(s: string, pattern: string, index: number): string | null {
  const re = javaRegex(pattern);
  if (re === null || index < 0) return null;
  const m = re.exec(s);
  if (m === null || index >= m.length) return null;
  return m[index] ?? null;
}

defineSimple('REGEXP_REPLACE', {
  forms: [['STRING', 'STRING', 'STRING']],
  result: () => STRING_T,
  nullable: 'always',
  impl: () => regexpReplace,
});

defineSimple('REGEXP_EXTRACT', {
  forms: [['STRING', 'STRING'], ['STRING', 'STRING', 'INTEGER']],
  result: () => STRING_T,
  nullable: 'always',
  impl: () => (s: string, p: string, i?: unknown) => regexpExtract(s, p, i === undefined ? 0 : int(i)),
});

defineSimple('REGEXP', {
  forms: [['STRING', 'STRING']],
  result: () => T.BOOLEAN(),
  nullable: 'always',
  impl: (c: CallRex) => {
    const lit = literalOf(c.args[1]);
    if (typeof lit === 'string') {
      const re = javaRegex(lit);
      return (s: string) => (re === null ? null : re.test(s));
    }
    return (s: string, p: string) => { const re = javaRegex(p); return re === null ? null : re.test(s); };
  },
});
