// Flink SQL data types parsed from the script's tokens (scan.ts), for the places where
// dt-sql-parser's columnType rule is too narrow: CAST targets and CREATE TABLE column types.
// Accepts every spelling in Flink's data type reference: INT/INTEGER, DEC/NUMERIC, DOUBLE PRECISION,
// TIME/TIMESTAMP [WITHOUT TIME ZONE], TIMESTAMP WITH LOCAL TIME ZONE, INTERVAL qualifiers, ARRAY<T>
// and `T ARRAY`, MULTISET, MAP, ROW<…> and ROW(…) with field descriptions, RAW('class', 'snapshot'),
// NULL, and NOT NULL at any depth. Returns undefined where the tokens are not a type (the grammar then
// reports the error).
import type { DataType } from '../ast/index.ts';
import { type Tok, identName } from './scan.ts';

type At = (offset: number) => { line: number; column: number };

interface Reader {
  readonly toks: readonly Tok[];
  readonly sql: string;
  readonly at: At;
  i: number;
}

const simple: Record<string, string> = {
  BOOLEAN: 'BOOLEAN', TINYINT: 'TINYINT', SMALLINT: 'SMALLINT', INT: 'INT', INTEGER: 'INT', BIGINT: 'BIGINT',
  FLOAT: 'FLOAT', DATE: 'DATE', STRING: 'STRING', BYTES: 'BYTES', NULL: 'NULL',
};
const oneLength: Record<string, string> = { CHAR: 'CHAR', VARCHAR: 'VARCHAR', BINARY: 'BINARY', VARBINARY: 'VARBINARY', TIMESTAMP_LTZ: 'TIMESTAMP_LTZ' };
const units = ['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND'];

/** Parses a type starting at token `i`; `next` is the index after it. */
export function parseType(toks: readonly Tok[], i: number, sql: string, at: At): { type: DataType; next: number } | undefined {
  const r: Reader = { toks, sql, at, i };
  const type = full(r);
  return type === undefined ? undefined : { type, next: r.i };
}

function peek(r: Reader, ahead = 0): string {
  return r.toks[r.i + ahead]?.up ?? '';
}

function eat(r: Reader, word: string): boolean {
  if (peek(r) !== word) return false;
  r.i++;
  return true;
}

/** A type with its NOT NULL and postfix ARRAY / MULTISET. */
function full(r: Reader): DataType | undefined {
  const first = r.i;
  let t = base(r);
  if (t === undefined) return undefined;
  for (;;) {
    if (peek(r) === 'NOT' && peek(r, 1) === 'NULL') {
      r.i += 2;
      t = { ...t, nullable: false, text: textOf(r, first) };
    } else if (peek(r) === 'NULL') {
      r.i++;
      t = { ...t, text: textOf(r, first) };
    } else if (peek(r) === 'ARRAY' || peek(r) === 'MULTISET') {
      const name = peek(r);
      r.i++;
      t = { ...make(r, first, name), elements: [t] };
    } else {
      return t;
    }
  }
}

function make(r: Reader, first: number, name: string): DataType {
  const start = r.toks[first]!.start;
  return { kind: 'dataType', name, args: [], elements: [], fields: [], nullable: true, text: textOf(r, first), ...r.at(start) };
}

/** The type's text as written, whitespace runs made single spaces. */
function textOf(r: Reader, first: number): string {
  const a = r.toks[first]!.start;
  const b = r.toks[r.i - 1]!.stop;
  return r.sql.slice(a, b + 1).replace(/\s+/g, ' ').replace(/([(<]) /g, '$1').replace(/ ([)>,])/g, '$1').replace(/,(?! )/g, ', ');
}

/** `(n)` or `(p, s)`: the numbers, or undefined when there is no bracket. */
function numbers(r: Reader, max: number): string[] | undefined {
  if (peek(r) !== '(') return [];
  const out: string[] = [];
  r.i++;
  for (;;) {
    const t = r.toks[r.i];
    if (t?.kind !== 'number' || !/^[0-9]+$/.test(t.text)) return undefined;
    out.push(t.text);
    r.i++;
    if (eat(r, ')')) return out.length <= max ? out : undefined;
    if (!eat(r, ',')) return undefined;
  }
}

function base(r: Reader): DataType | undefined {
  const first = r.i;
  const w = peek(r);
  r.i++;
  const done = (name: string, args: string[] = [], extra: Partial<DataType> = {}): DataType => ({ ...make(r, first, name), args, ...extra });
  if (simple[w] !== undefined) return done(simple[w]);
  if (w === 'DOUBLE') {
    eat(r, 'PRECISION');
    return done('DOUBLE');
  }
  if (oneLength[w] !== undefined) {
    const args = numbers(r, 1);
    return args === undefined ? undefined : done(oneLength[w], args);
  }
  if (w === 'DECIMAL' || w === 'DEC' || w === 'NUMERIC') {
    const args = numbers(r, 2);
    return args === undefined ? undefined : done('DECIMAL', args);
  }
  if (w === 'TIME' || w === 'TIMESTAMP') {
    const args = numbers(r, 1);
    if (args === undefined) return undefined;
    let name = w;
    if (peek(r) === 'WITHOUT' && peek(r, 1) === 'TIME' && peek(r, 2) === 'ZONE') r.i += 3;
    else if (w === 'TIMESTAMP' && peek(r) === 'WITH' && peek(r, 1) === 'LOCAL' && peek(r, 2) === 'TIME' && peek(r, 3) === 'ZONE') {
      r.i += 4;
      name = 'TIMESTAMP_LTZ';
    }
    return done(name, args);
  }
  if (w === 'INTERVAL') return interval(r, first);
  if (w === 'ARRAY' || w === 'MULTISET') {
    if (!eat(r, '<')) return undefined;
    const e = full(r);
    if (e === undefined || !eat(r, '>')) return undefined;
    return done(w, [], { elements: [e] });
  }
  if (w === 'MAP') {
    if (!eat(r, '<')) return undefined;
    const k = full(r);
    if (k === undefined || !eat(r, ',')) return undefined;
    const v = full(r);
    if (v === undefined || !eat(r, '>')) return undefined;
    return done('MAP', [], { elements: [k, v] });
  }
  if (w === 'ROW') {
    const close = peek(r) === '<' ? '>' : peek(r) === '(' ? ')' : undefined;
    if (close === undefined) return undefined;
    r.i++;
    const fields: { name: string; type: DataType }[] = [];
    if (!eat(r, close)) {
      for (;;) {
        const n = r.toks[r.i];
        if (n === undefined || (n.kind !== 'word' && n.kind !== 'quoted')) return undefined;
        r.i++;
        const type = full(r);
        if (type === undefined) return undefined;
        if (r.toks[r.i]?.kind === 'string') r.i++; // the field's description
        fields.push({ name: identName(n), type });
        if (eat(r, close)) break;
        if (!eat(r, ',')) return undefined;
      }
    }
    return done('ROW', [], { fields });
  }
  if (w === 'RAW') {
    if (!eat(r, '(')) return undefined;
    const args: string[] = [];
    while (r.toks[r.i]?.kind === 'string') {
      args.push(r.toks[r.i]!.text.slice(1, -1).replaceAll("''", "'"));
      r.i++;
      if (!eat(r, ',')) break;
    }
    return eat(r, ')') && args.length > 0 ? done('RAW', args) : undefined;
  }
  return undefined;
}

/** INTERVAL YEAR[(p)] [TO MONTH], INTERVAL DAY[(p)] [TO HOUR | MINUTE | SECOND[(p)]], … → name
 * 'INTERVAL DAY TO SECOND' with the precisions written, in order (DAY's left out takes Flink's default, 2, when
 * SECOND's is written, so that args[1] is always the fractional precision of DAY … TO SECOND). */
function interval(r: Reader, first: number): DataType | undefined {
  const from = peek(r);
  if (!units.includes(from)) return undefined;
  r.i++;
  const p1 = numbers(r, 1);
  if (p1 === undefined) return undefined;
  let to: string | undefined;
  let p2: string[] = [];
  if (peek(r) === 'TO' && units.indexOf(peek(r, 1)) > units.indexOf(from)) {
    to = peek(r, 1);
    r.i += 2;
    const p = numbers(r, 1);
    if (p === undefined) return undefined;
    p2 = p;
  }
  const args = from === 'DAY' && p2.length > 0 ? [p1[0] ?? '2', ...p2] : [...p1, ...p2];
  return { ...make(r, first, `INTERVAL ${from}${to !== undefined ? ` TO ${to}` : ''}`), args };
}
