// SQL/JSON functions: JSON_VALUE (optionally RETURNING a type, given as a typed NULL third argument),
// JSON_QUERY (WITHOUT ARRAY WRAPPER), JSON_EXISTS and IS [NOT] JSON [VALUE|SCALAR|ARRAY|OBJECT].
// Paths as Flink/Calcite read them: optional 'lax'/'strict' mode (strict when omitted, as Flink
// documents), '$', '.name', '.*', '[n]', '[*]', "['name']" / '["name"]' (also after a dot). Defaults
// as Flink's: NULL ON EMPTY / NULL ON ERROR for JSON_VALUE and JSON_QUERY, FALSE ON ERROR for
// JSON_EXISTS; invalid JSON text is an error handled the same way. Numbers keep their JSON text
// (JSON_VALUE('{"a": 1}', '$.a') is '1', 1.50 is Java's Double text '1.5').
import type { Rex } from '../plan/rex.ts';
import { call } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import { define, literalOf, strict2 } from './registry.ts';
import { checkSignature, coerce, validation, STRING_T } from './typing.ts';
import { converter } from './cast.ts';
import { doubleText } from '../types/java-text.ts';

class JsonNumber {
  readonly text: string;
  constructor(text: string) { this.text = text; }
}

type Json = null | boolean | string | JsonNumber | Json[] | { [k: string]: Json };

/** Parses JSON keeping numbers' source text; undefined when the text is not JSON. */
export function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text, (_k, v, ctx?: { source?: string }) => (typeof v === 'number' ? new JsonNumber(ctx?.source ?? String(v)) : v)) as Json;
  } catch {
    return undefined;
  }
}

function numberText(n: JsonNumber): string {
  return /[.eE]/.test(n.text) ? doubleText(Number(n.text)) : BigInt(n.text).toString();
}

function serialize(v: Json): string {
  if (v instanceof JsonNumber) return v.text;
  if (Array.isArray(v)) return '[' + v.map(serialize).join(',') + ']';
  if (v !== null && typeof v === 'object') return '{' + Object.entries(v).map(([k, x]) => JSON.stringify(k) + ':' + serialize(x)).join(',') + '}';
  return JSON.stringify(v);
}

// ---- paths --------------------------------------------------------------------------------------

type Step = { kind: 'member'; name: string } | { kind: 'index'; index: number } | { kind: 'wildcard-member' } | { kind: 'wildcard-index' };
interface Path { readonly lax: boolean; readonly steps: readonly Step[]; readonly wildcard: boolean }

const pathCache = new Map<string, Path | null>();

export function parsePath(text: string): Path | null {
  const hit = pathCache.get(text);
  if (hit !== undefined) return hit;
  let path: Path | null = null;
  const m = /^\s*(?:(lax|strict)\s+)?\$(.*)$/s.exec(text);
  if (m !== null) {
    const steps: Step[] = [];
    let rest = m[2]!.trim();
    let ok = true;
    while (rest !== '' && ok) {
      let s: RegExpExecArray | null;
      if ((s = /^\.?\[\s*'((?:[^']|'')*)'\s*\]/.exec(rest)) !== null) steps.push({ kind: 'member', name: s[1]!.replaceAll("''", "'") });
      else if ((s = /^\.?\[\s*"((?:[^"\\]|\\.)*)"\s*\]/.exec(rest)) !== null) steps.push({ kind: 'member', name: s[1]! });
      else if ((s = /^\[\s*\*\s*\]/.exec(rest)) !== null) steps.push({ kind: 'wildcard-index' });
      else if ((s = /^\[\s*(\d+)\s*\]/.exec(rest)) !== null) steps.push({ kind: 'index', index: Number(s[1]) });
      else if ((s = /^\.\*/.exec(rest)) !== null) steps.push({ kind: 'wildcard-member' });
      else if ((s = /^\.\s*"((?:[^"\\]|\\.)*)"/.exec(rest)) !== null) steps.push({ kind: 'member', name: s[1]! });
      else if ((s = /^\.\s*([A-Za-z_$][\w$]*)/.exec(rest)) !== null) steps.push({ kind: 'member', name: s[1]! });
      else ok = false;
      if (s !== null) rest = rest.slice(s[0].length).trim();
    }
    if (ok) path = { lax: m[1] === 'lax', steps, wildcard: steps.some((x) => x.kind.startsWith('wildcard')) };
  }
  if (pathCache.size > 1000) pathCache.clear();
  pathCache.set(text, path);
  return path;
}

const ERROR = Symbol('json path error');

/** The items a path selects, or ERROR (strict mode: missing members, wrong structure). */
function select(root: Json, path: Path): Json[] | typeof ERROR {
  let items: Json[] = [root];
  for (const step of path.steps) {
    const next: Json[] = [];
    for (const item of items) {
      const isObject = item !== null && typeof item === 'object' && !Array.isArray(item) && !(item instanceof JsonNumber);
      switch (step.kind) {
        case 'member':
          if (isObject && Object.hasOwn(item, step.name)) next.push((item as Record<string, Json>)[step.name]!);
          else if (path.lax && Array.isArray(item)) {
            for (const e of item) if (e !== null && typeof e === 'object' && !Array.isArray(e) && !(e instanceof JsonNumber) && Object.hasOwn(e, step.name)) next.push(e[step.name]!);
          } else if (!path.lax) return ERROR;
          break;
        case 'wildcard-member':
          if (isObject) next.push(...Object.values(item as Record<string, Json>));
          else if (!path.lax) return ERROR;
          break;
        case 'index':
          if (Array.isArray(item)) { if (step.index < item.length) next.push(item[step.index]!); else if (!path.lax) return ERROR; }
          else if (path.lax && step.index === 0) next.push(item);
          else if (!path.lax) return ERROR;
          break;
        case 'wildcard-index':
          if (Array.isArray(item)) next.push(...item);
          else if (path.lax) next.push(item);
          else return ERROR;
          break;
      }
    }
    items = next;
  }
  return items;
}

/** The path's result as Calcite shapes it: one item, or an array of items for wildcard paths. */
function query(text: string, pathText: string): Json | undefined | typeof ERROR {
  const path = parsePath(pathText);
  const doc = parseJson(text);
  if (path === null || doc === undefined) return ERROR;
  const items = select(doc, path);
  if (items === ERROR) return ERROR;
  if (path.wildcard) return items;
  return items.length === 0 ? undefined : items.length === 1 ? items[0] : ERROR;
}

const isScalar = (v: Json): boolean => v === null || typeof v !== 'object' || v instanceof JsonNumber;

// ---- functions ----------------------------------------------------------------------------------

define('JSON_VALUE', {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, [['STRING', 'STRING'], ['STRING', 'STRING', 'ANY']]);
    const returning = args[2];
    if (returning !== undefined && !(returning.kind === 'literal' && returning.value === null)) {
      throw validation(at, fn, 'JSON_VALUE expects its RETURNING type as a typed NULL literal (the planner builds it)');
    }
    const t = returning === undefined ? STRING_T : T.withNullable(returning.type, true);
    if (!['CHAR', 'VARCHAR', 'BOOLEAN', 'TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL', 'DATE', 'TIME', 'TIMESTAMP'].includes(t.kind)) {
      throw validation(at, fn, `JSON_VALUE cannot return ${T.toSql(t)}: use a character, boolean, numeric or datetime type`);
    }
    const base = args.slice(0, 2).map((a) => (a.type.kind === 'NULL' ? coerce(a, STRING_T) : a));
    return call(fn, returning === undefined ? base : [...base, returning], t);
  },
  compile: (c, [j, p], ctx) => {
    const toType = T.isCharString(c.type) ? undefined : converter(STRING_T, c.type, ctx);
    return strict2(j!, p!, (text: string, path: string) => {
      const v = query(text, path);
      if (v === ERROR || v === undefined || v === null || !isScalar(v)) return null;
      const s = v instanceof JsonNumber ? numberText(v) : String(v);
      if (toType === undefined) return s;
      try { return toType(s); } catch { return null; }
    });
  },
});

define('JSON_QUERY', {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, [['STRING', 'STRING']]);
    return call(fn, args.map((a) => (a.type.kind === 'NULL' ? coerce(a, STRING_T) : a)), T.STRING());
  },
  compile: (_c, [j, p]) => strict2(j!, p!, (text: string, path: string) => {
    const v = query(text, path);
    if (v === ERROR || v === undefined || isScalar(v)) return null;
    return serialize(v);
  }),
});

define('JSON_EXISTS', {
  type: (fn, args, at) => {
    checkSignature(fn, args, at, [['STRING', 'STRING']]);
    return call(fn, args.map((a) => (a.type.kind === 'NULL' ? coerce(a, STRING_T) : a)), T.BOOLEAN(args.some((a) => a.type.nullable)));
  },
  compile: (_c, [j, p]) => strict2(j!, p!, (text: string, pathText: string) => {
    const path = parsePath(pathText);
    const doc = parseJson(text);
    if (path === null || doc === undefined) return false;
    const items = select(doc, path);
    return items !== ERROR && items.length > 0;
  }),
});

const JSON_KINDS = ['VALUE', 'SCALAR', 'ARRAY', 'OBJECT'];

for (const fn of ['IS JSON', 'IS NOT JSON'] as const) {
  define(fn, {
    type: (_fn, args, at) => {
      checkSignature(fn, args, at, [['STRING'], ['STRING', 'STRING']]);
      const kind = args[1] === undefined ? 'VALUE' : String(literalOf(args[1]) ?? '').toUpperCase();
      if (!JSON_KINDS.includes(kind)) throw validation(at, fn, `${fn} expects VALUE, SCALAR, ARRAY or OBJECT, got '${kind}'`);
      const rest: Rex[] = [{ kind: 'literal', value: kind, type: T.STRING(false) }];
      return call(fn, [args[0]!, ...rest], T.BOOLEAN(false));
    },
    compile: (c, [s]) => {
      const kind = String(literalOf(c.args[1]));
      const negate = fn === 'IS NOT JSON';
      const test = (v: Json): boolean => {
        switch (kind) {
          case 'SCALAR': return isScalar(v);
          case 'ARRAY': return Array.isArray(v);
          case 'OBJECT': return !isScalar(v) && !Array.isArray(v);
          default: return true;
        }
      };
      return (row) => {
        const text = s!(row);
        if (text == null) return negate;
        const v = parseJson(text as string);
        return (v !== undefined && test(v)) !== negate;
      };
    },
  });
}
