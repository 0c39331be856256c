// String functions, as Flink's docs and SqlFunctionUtils define them: || CONCAT CONCAT_WS UPPER LOWER
// TRIM LTRIM RTRIM CHAR_LENGTH SUBSTRING/SUBSTR REPLACE SPLIT_INDEX POSITION LOCATE INITCAP LPAD RPAD
// REPEAT REVERSE LEFT RIGHT STR_TO_MAP TO_BASE64 FROM_BASE64 UUID. Positions and lengths count
// characters (code points), as Flink's BinaryStringData does; strings without surrogate pairs take
// the plain UTF-16 paths.
import type { Rex } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import { randomUUID } from 'node:crypto';
import { defineSimple, int } from './simple.ts';
import { define } from './registry.ts';
import { call } from '../plan/rex.ts';
import { checkSignature, coerce, STRING_T } from './typing.ts';

const SURROGATE = /[\uD800-\uDFFF]/;
const chars = (s: string): string[] => Array.from(s);
const length = (s: string): number => (SURROGATE.test(s) ? chars(s).length : s.length);

/** Characters [start, end) by code point. */
function slice(s: string, start: number, end?: number): string {
  if (!SURROGATE.test(s)) return s.slice(start, end);
  return chars(s).slice(start, end).join('');
}

const len = (t: LogicalType): number => (t.kind === 'CHAR' || t.kind === 'VARCHAR' ? t.length : T.MAX_LENGTH);
const varchar = (n: number): LogicalType => T.VARCHAR(Math.min(Math.max(n, 1), T.MAX_LENGTH));
const sameString = (args: readonly Rex[]): LogicalType => (args[0]!.type.kind === 'NULL' ? STRING_T : args[0]!.type);

// || and CONCAT: CHAR || CHAR is CHAR(n + m) (Calcite), anything else VARCHAR of the summed length.
define(['||', 'CONCAT'], {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, fn === '||' ? [['STRING', 'STRING']] : [['STRING', '...']]);
    const typed = args.map((a) => (a.type.kind === 'NULL' ? coerce(a, STRING_T) : a));
    const total = Math.min(typed.reduce((n, a) => n + len(a.type), 0), T.MAX_LENGTH);
    const allChar = fn === '||' && typed.every((a) => a.type.kind === 'CHAR');
    const t = allChar ? T.CHAR(total) : varchar(total);
    return call(fn, typed, T.withNullable(t, args.some((a) => a.type.nullable)));
  },
  compile: (_c, args) => {
    if (args.length === 2) {
      const [a, b] = args as [(r: unknown[]) => unknown, (r: unknown[]) => unknown];
      return (row) => { const x = a(row); if (x == null) return null; const y = b(row); return y == null ? null : (x as string) + (y as string); };
    }
    return (row) => {
      let s = '';
      for (const e of args) { const v = e(row); if (v == null) return null; s += v as string; }
      return s;
    };
  },
});

define('CONCAT_WS', {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, [['STRING', 'STRING', '...']]);
    const typed = args.map((a) => (a.type.kind === 'NULL' ? coerce(a, STRING_T) : a));
    return call(fn, typed, T.STRING(args[0]!.type.nullable));
  },
  compile: (_c, [sep, ...rest]) => (row) => {
    const s = sep!(row);
    if (s == null) return null;
    const parts: string[] = [];
    for (const e of rest) { const v = e(row); if (v != null) parts.push(v as string); }
    return parts.join(s as string);
  },
});

defineSimple('UPPER', { forms: [['STRING']], result: sameString, impl: () => (s: string) => s.toUpperCase() });
defineSimple('LOWER', { forms: [['STRING']], result: sameString, impl: () => (s: string) => s.toLowerCase() });

function trimmer(leading: boolean, trailing: boolean, set: string): (s: string) => string {
  const has = (c: string) => set.includes(c);
  return (s) => {
    let i = 0;
    let j = s.length;
    if (leading) while (i < j && has(s[i]!)) i++;
    if (trailing) while (j > i && has(s[j - 1]!)) j--;
    return s.slice(i, j);
  };
}

const trimType = (args: readonly Rex[]): LogicalType => varchar(len(args[args.length - 1]!.type));

// TRIM(s) trims spaces at both ends; TRIM(mode, chars, s) with mode 'BOTH' | 'LEADING' | 'TRAILING'.
defineSimple('TRIM', {
  forms: [['STRING'], ['STRING', 'STRING', 'STRING']],
  result: trimType,
  impl: (c) => {
    if (c.args.length === 1) return trimmer(true, true, ' ');
    const mode = c.args[0]!.kind === 'literal' ? String(c.args[0]!.value).toUpperCase() : 'BOTH';
    return (_m: string, set: string, s: string) => trimmer(mode !== 'TRAILING', mode !== 'LEADING', set)(s);
  },
});
defineSimple('LTRIM', {
  forms: [['STRING'], ['STRING', 'STRING']],
  result: (args) => varchar(len(args[0]!.type)),
  impl: (c) => (c.args.length === 1 ? trimmer(true, false, ' ') : (s: string, set: string) => trimmer(true, false, set)(s)),
});
defineSimple('RTRIM', {
  forms: [['STRING'], ['STRING', 'STRING']],
  result: (args) => varchar(len(args[0]!.type)),
  impl: (c) => (c.args.length === 1 ? trimmer(false, true, ' ') : (s: string, set: string) => trimmer(false, true, set)(s)),
});

defineSimple(['CHAR_LENGTH', 'CHARACTER_LENGTH'], { forms: [['STRING']], result: () => T.INT(), impl: () => length });

/** SUBSTRING as Flink's BinaryStringDataUtil.substringSQL: 1-based; 0 acts as 1; a negative start counts from the end. */
export function substring(s: string, pos: number, count = Number.MAX_SAFE_INTEGER): string {
  const n = length(s);
  let start: number;
  if (pos > 0) {
    start = pos - 1;
    if (start >= n) return '';
  } else if (pos < 0) {
    start = n + pos;
    if (start < 0) return '';
  } else start = 0;
  return slice(s, start, n - start < count ? n : start + count);
}

defineSimple(['SUBSTRING', 'SUBSTR'], {
  forms: [['STRING', 'INTEGER'], ['STRING', 'INTEGER', 'INTEGER']],
  result: (args) => varchar(len(args[0]!.type)),
  impl: () => (s: string, p: unknown, n?: unknown) => {
    if (n !== undefined && int(n) < 0) return null;
    return substring(s, int(p), n === undefined ? undefined : int(n));
  },
});

defineSimple('REPLACE', { forms: [['STRING', 'STRING', 'STRING']], result: () => STRING_T, impl: () => (s: string, a: string, b: string) => s.replaceAll(a, b) });

defineSimple('SPLIT_INDEX', {
  forms: [['STRING', 'STRING', 'INTEGER']],
  result: () => STRING_T,
  nullable: 'always',
  impl: () => (s: string, sep: string, i: unknown) => {
    const k = int(i);
    if (k < 0) return null;
    const parts = sep === '' ? s.split(/\s+/).filter((x) => x !== '') : s.split(sep);
    return parts[k] ?? null;
  },
});

/** 1-based position of `needle` in `hay` from character `from`, 0 if absent. */
function position(needle: string, hay: string, from = 1): number {
  if (from < 1) return 0;
  if (!SURROGATE.test(hay) && !SURROGATE.test(needle)) { const i = hay.indexOf(needle, from - 1); return i < 0 ? 0 : i + 1; }
  const i = hay.indexOf(needle, slice(hay, 0, from - 1).length);
  return i < 0 ? 0 : length(hay.slice(0, i)) + 1;
}

defineSimple('POSITION', { forms: [['STRING', 'STRING']], result: () => T.INT(), impl: () => (a: string, b: string) => position(a, b) });
defineSimple('LOCATE', {
  forms: [['STRING', 'STRING'], ['STRING', 'STRING', 'INTEGER']],
  result: () => T.INT(),
  impl: () => (a: string, b: string, from?: unknown) => position(a, b, from === undefined ? 1 : int(from)),
});

/** Calcite's INITCAP: words are runs of ASCII letters and digits. */
function initcap(s: string): string {
  let out = '';
  let start = true;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const digit = c > 47 && c < 58, upper = c > 64 && c < 91, lower = c > 96 && c < 123;
    if (start) {
      if (digit || upper) { start = false; out += ch; } else if (lower) { start = false; out += ch.toUpperCase(); } else out += ch;
    } else if (upper) out += ch.toLowerCase();
    else { if (!digit && !lower) start = true; out += ch; }
  }
  return out;
}
defineSimple('INITCAP', { forms: [['STRING']], result: sameString, impl: () => initcap });

function pad(left: boolean): (s: string, n: unknown, p: string) => string | null {
  return (s, nv, p) => {
    const n = int(nv);
    if (n < 0 || p === '') return null;
    const cs = chars(s);
    if (cs.length >= n) return cs.slice(0, n).join('');
    const ps = chars(p);
    let fill = '';
    for (let i = 0; i < n - cs.length; i++) fill += ps[i % ps.length];
    return left ? fill + s : s + fill;
  };
}
defineSimple('LPAD', { forms: [['STRING', 'INTEGER', 'STRING']], result: () => STRING_T, nullable: 'always', impl: () => pad(true) });
defineSimple('RPAD', { forms: [['STRING', 'INTEGER', 'STRING']], result: () => STRING_T, nullable: 'always', impl: () => pad(false) });

defineSimple('REPEAT', { forms: [['STRING', 'INTEGER']], result: () => STRING_T, impl: () => (s: string, n: unknown) => (int(n) <= 0 ? '' : s.repeat(int(n))) });
defineSimple('REVERSE', { forms: [['STRING']], result: sameString, impl: () => (s: string) => chars(s).reverse().join('') });
defineSimple('LEFT', { forms: [['STRING', 'INTEGER']], result: sameString, impl: () => (s: string, n: unknown) => (int(n) <= 0 ? '' : slice(s, 0, int(n))) });
defineSimple('RIGHT', {
  forms: [['STRING', 'INTEGER']],
  result: sameString,
  impl: () => (s: string, n: unknown) => { const k = int(n); if (k <= 0) return ''; const l = length(s); return k >= l ? s : slice(s, l - k); },
});

/** Java's String.split(regex): trailing empty strings removed. */
function javaSplit(s: string, re: RegExp): string[] {
  const parts = s.split(re);
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

defineSimple('STR_TO_MAP', {
  forms: [['STRING'], ['STRING', 'STRING', 'STRING']],
  result: () => T.MAP(STRING_T, STRING_T),
  impl: (c) => {
    const mapOf = (s: string, list: string, kv: string) => {
      const listRe = new RegExp(list, 'u');
      const kvRe = new RegExp(kv, 'u');
      const out = new Map<unknown, unknown>();
      for (const pair of javaSplit(s, listRe)) {
        const m = kvRe.exec(pair);
        if (m === null || m[0] === '') out.set(pair, null);
        else out.set(pair.slice(0, m.index), pair.slice(m.index + m[0].length));
      }
      return out;
    };
    return c.args.length === 1 ? (s: string) => mapOf(s, ',', '=') : mapOf;
  },
});

const utf8 = new TextDecoder();
defineSimple('TO_BASE64', {
  forms: [['STRING'], ['BINARY']],
  result: () => STRING_T,
  impl: () => (s: string | Uint8Array) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s)).toString('base64'),
});
defineSimple('FROM_BASE64', {
  forms: [['STRING']],
  result: () => STRING_T,
  impl: () => (s: string) => utf8.decode(Buffer.from(s, 'base64')),
});

defineSimple('UUID', { forms: [[]], result: () => T.CHAR(36), nullable: 'never', deterministic: false, impl: () => () => randomUUID() });
