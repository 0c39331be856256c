// Pre-parse rewrites for valid Flink SQL that dt-sql-parser's grammar rejects. Each one keeps every
// character's offset, line and column: a construct is blanked with spaces (newlines kept) or a word
// is swapped for one of the same length, and what was there is noted by offset so that the AST
// builders (statements.ts, expressions.ts) put it back. Only whole tokens from the grammar's own
// lexer are touched, so string literals, quoted identifiers and comments never are.
import type { DataType } from '../ast/index.ts';
import { type Tok, scan, closing, positions, identName } from './scan.ts';
import { parseType } from './types.ts';

export interface Notes {
  /** Offsets of `TRY_CAST` (swapped for `CAST    `). */
  readonly tryCast: Set<number>;
  /** Offset of a type (a CAST target or a CREATE TABLE column's type) → the type, which the grammar
   * sees as `INT`: its own columnType rule lacks nested NOT NULL, DOUBLE PRECISION, INTERVAL, … */
  readonly types: Map<number, DataType>;
  /** Offset of the `)` closing an aggregate call → its `FILTER (WHERE …)` condition's offsets. */
  readonly filters: Map<number, { start: number; stop: number }>;
  /** Offset of a placeholder `0` → the keyword argument it stands for (EXTRACT's unit, …). */
  readonly symbols: Map<number, string>;
  /** Offset of a `TRIM(… FROM …)` call → whether its specification and characters are written. */
  readonly trims: Map<number, { spec: boolean; chars: boolean }>;
  /** Offsets of `SHOW` in `SHOW JOBS` (the grammar sees `SHOW JARS`). */
  readonly showJobs: Set<number>;
  /** Offset of `TABLE` opening a window TVF → what the grammar did not see of it. */
  readonly tvfs: Map<number, { session: boolean; alias?: string; partitionBy?: string[] }>;
  /** Offset of a window TVF argument written `NAME => arg` → NAME (upper case). */
  readonly paramNames: Map<number, string>;
  /** Offset of a function name the lexer takes for a keyword (SQRT, CHAR_LENGTH, …), swapped for a
   * plain identifier of the same length → the name. */
  readonly functionNames: Map<number, string>;
  /** Offset of the `)` closing a call whose last argument ends `RETURNING <type>` (blanked; only
   * JSON_VALUE takes one) → the type. */
  readonly returning: Map<number, DataType>;
}

/** Flink functions whose names the grammar's lexer reserves, so `SQRT(x)` does not parse. */
const keywordFunctions = new Set(['SQRT', 'CHAR_LENGTH', 'CHARACTER_LENGTH']);

export interface Rewritten {
  /** What the grammar parses. */
  readonly sql: string;
  /** The same, with FILTER clauses kept (for parsing their conditions again). */
  readonly withFilters: string;
  readonly notes: Notes;
}

const windowFns = new Set(['TUMBLE', 'HOP', 'CUMULATE', 'SESSION']);
const trimSpecs = new Set(['BOTH', 'LEADING', 'TRAILING']);
/** Words that can follow a FROM item, so are not an alias of it. */
const afterSource = new Set([
  'WHERE', 'GROUP', 'HAVING', 'WINDOW', 'JOIN', 'LEFT', 'RIGHT', 'FULL', 'INNER', 'OUTER', 'CROSS', 'NATURAL',
  'ON', 'USING', 'UNION', 'INTERSECT', 'EXCEPT', 'MINUS', 'ORDER', 'LIMIT', 'OFFSET', 'FETCH', 'FOR', 'MATCH_RECOGNIZE',
]);

export function rewrite(sql: string): Rewritten {
  const toks = scan(sql);
  const at = positions(sql);
  const out = sql.split('');
  const filterBlanks: [number, number][] = [];
  const notes: Notes = {
    tryCast: new Set(), types: new Map(), filters: new Map(), symbols: new Map(), trims: new Map(),
    showJobs: new Set(), tvfs: new Map(), paramNames: new Map(), functionNames: new Map(), returning: new Map(),
  };
  const blank = (from: number, to: number): void => {
    for (let k = from; k <= to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  const put = (offset: number, text: string, to: number): void => {
    blank(offset, to);
    for (let k = 0; k < text.length; k++) out[offset + k] = text[k]!;
  };
  const symbol = (t: Tok): void => {
    notes.symbols.set(t.start, t.up);
    put(t.start, '0', t.stop);
  };
  const comma = (t: Tok): void => put(t.start, ',', t.stop);
  /** A type starting at token i and ending at token `end` (exclusive) or anywhere when end is -1;
   * returns the index after it, or i when there is none. */
  const type = (i: number, end: number): number => {
    const t = parseType(toks, i, sql, at);
    if (t === undefined || (end >= 0 && t.next !== end)) return i;
    notes.types.set(toks[i]!.start, t.type);
    put(toks[i]!.start, 'INT', toks[t.next - 1]!.stop);
    return t.next;
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1];
    const open = next?.text === '(';
    if (t.up === 'RETURNING' && next !== undefined) {
      const ty = parseType(toks, i + 1, sql, at);
      if (ty !== undefined && toks[ty.next]?.text === ')') {
        notes.returning.set(toks[ty.next]!.start, ty.type);
        blank(t.start, toks[ty.next - 1]!.stop);
        i = ty.next - 1;
        continue;
      }
    }
    if (open && keywordFunctions.has(t.up)) {
      notes.functionNames.set(t.start, t.up);
      put(t.start, 'F'.padEnd(t.stop - t.start + 1, '_'), t.stop);
      continue;
    }
    if ((t.up === 'CAST' || t.up === 'TRY_CAST') && open) {
      if (t.up === 'TRY_CAST') {
        notes.tryCast.add(t.start);
        put(t.start, 'CAST', t.stop);
      }
      const close = closing(toks, i + 1);
      const as = depthOne(toks, i + 1, close).find((k) => toks[k]!.up === 'AS');
      if (as !== undefined) type(as + 1, close);
    } else if (t.up === 'CREATE') {
      columnTypes(toks, i, type);
    } else if (t.up === 'SHOW' && next?.up === 'JOBS') {
      notes.showJobs.add(t.start);
      put(next.start, 'JARS', next.stop);
    } else if (t.up === 'TABLE' && open && windowFns.has(toks[i + 2]?.up ?? '') && toks[i + 3]?.text === '(') {
      windowTvf(toks, i, notes, blank, put);
    } else if (t.up === 'FILTER' && open && toks[i + 2]?.up === 'WHERE' && toks[i - 1]?.text === ')') {
      const close = closing(toks, i + 1);
      if (close > i + 3) {
        notes.filters.set(toks[i - 1]!.start, { start: toks[i + 3]!.start, stop: toks[close - 1]!.stop });
        filterBlanks.push([t.start, toks[close]!.stop]);
      }
    } else if (open) {
      specialCall(toks, i, notes, symbol, comma, blank);
    }
  }
  const withFilters = out.join('');
  for (const [from, to] of filterBlanks) blank(from, to);
  return { sql: out.join(''), withFilters, notes };
}

/** Indexes of the tokens directly inside the brackets opened at `open` and closed at `close`. */
function depthOne(toks: readonly Tok[], open: number, close: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let k = open + 1; k < close; k++) {
    const x = toks[k]!.text;
    if (x === '(' || x === '[') depth++;
    else if (x === ')' || x === ']') depth--;
    else if (depth === 0) out.push(k);
  }
  return out;
}

/** `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name (col type …, …)`: each physical or metadata
 * column's type. */
function columnTypes(toks: readonly Tok[], i: number, type: (i: number, end: number) => number): void {
  let k = i + 1;
  if (toks[k]?.up === 'TEMPORARY') k++;
  if (toks[k]?.up !== 'TABLE') return;
  k++;
  if (toks[k]?.up === 'IF' && toks[k + 1]?.up === 'NOT' && toks[k + 2]?.up === 'EXISTS') k += 3;
  while (toks[k] !== undefined && toks[k]!.text !== '(' && (toks[k]!.kind === 'word' || toks[k]!.kind === 'quoted' || toks[k]!.text === '.')) k++;
  if (toks[k]?.text !== '(') return;
  const close = closing(toks, k);
  const commas = depthOne(toks, k, close).filter((c) => toks[c]!.text === ',');
  let start = k + 1;
  while (start < close) {
    const name = toks[start]!;
    const column = (name.kind === 'word' && !['WATERMARK', 'PRIMARY', 'CONSTRAINT', 'PERIOD', 'LIKE'].includes(name.up)) || name.kind === 'quoted';
    const after = column && toks[start + 1]?.up !== 'AS' ? type(start + 1, -1) : start;
    // The next column starts after the next comma outside brackets (a ROW<a T, b T> type's are inside).
    start = (commas.find((c) => c >= after) ?? close) + 1;
  }
}

/** `TABLE(fn(args)) [AS] alias`: SESSION (the grammar knows TUMBLE, HOP and CUMULATE), named
 * arguments in any order (GAP is not in the grammar), `PARTITION BY`, and the alias. */
function windowTvf(toks: readonly Tok[], i: number, notes: Notes, blank: (a: number, b: number) => void, put: (o: number, t: string, to: number) => void): void {
  const fn = toks[i + 2]!;
  const note: { session: boolean; alias?: string; partitionBy?: string[] } = { session: fn.up === 'SESSION' };
  notes.tvfs.set(toks[i]!.start, note);
  if (note.session) put(fn.start, 'TUMBLE', fn.stop);
  const inner = closing(toks, i + 3);
  const args = depthOne(toks, i + 3, inner);
  for (const k of args) {
    const x = toks[k]!;
    if (x.kind === 'word' && toks[k + 1]?.text === '=>' && toks[k + 2] !== undefined) {
      notes.paramNames.set(toks[k + 2]!.start, x.up);
      blank(x.start, toks[k + 1]!.stop);
    } else if (x.up === 'PARTITION' && toks[k + 1]?.up === 'BY') {
      let end = k + 2;
      const keys: string[] = [];
      if (toks[end]?.text === '(') {
        const c = closing(toks, end);
        for (let j = end + 1; j < c; j++) if (toks[j]!.text !== ',') keys.push(identName(toks[j]!));
        end = c;
      } else if (toks[end] !== undefined) {
        keys.push(identName(toks[end]!));
      }
      note.partitionBy = keys;
      blank(x.start, toks[end]!.stop);
    }
  }
  const outer = closing(toks, i + 1);
  const a = toks[outer + 1];
  const b = toks[outer + 2];
  if (a?.up === 'AS' && b !== undefined && (b.kind === 'word' || b.kind === 'quoted')) {
    note.alias = identName(b);
    blank(a.start, b.stop);
  } else if (a !== undefined && (a.kind === 'quoted' || (a.kind === 'word' && !afterSource.has(a.up)))) {
    note.alias = identName(a);
    blank(a.start, a.stop);
  }
}

/** Calls with keywords inside: EXTRACT(unit FROM x), FLOOR/CEIL(x TO unit), TIMESTAMPADD/DIFF(unit,
 * …), TRIM([spec] [chars] FROM s), SUBSTRING(s FROM a [FOR b]), OVERLAY(s PLACING r FROM a [FOR b]):
 * separators become commas and unit words the placeholder `0`, giving a plain call. */
function specialCall(toks: readonly Tok[], i: number, notes: Notes, symbol: (t: Tok) => void, comma: (t: Tok) => void, blank: (a: number, b: number) => void): void {
  const name = toks[i]!.up;
  const close = closing(toks, i + 1);
  if (close < 0) return;
  const inside = depthOne(toks, i + 1, close);
  const word = (k: number | undefined): boolean => k !== undefined && toks[k]?.kind === 'word';
  const find = (w: string): number | undefined => inside.find((k) => toks[k]!.up === w && toks[k - 1]?.up !== 'DISTINCT');
  const first = inside[0];
  if (name === 'EXTRACT') {
    if (word(first) && toks[first! + 1]?.up === 'FROM') {
      symbol(toks[first!]!);
      comma(toks[first! + 1]!);
    }
  } else if (name === 'FLOOR' || name === 'CEIL' || name === 'CEILING') {
    const to = inside.at(-2);
    if (to !== undefined && toks[to]!.up === 'TO' && word(to + 1) && to + 2 === close) {
      comma(toks[to]!);
      symbol(toks[to + 1]!);
    }
  } else if (name === 'TIMESTAMPADD' || name === 'TIMESTAMPDIFF') {
    if (word(first) && toks[first! + 1]?.text === ',') symbol(toks[first!]!);
  } else if (name === 'TRIM') {
    const from = find('FROM');
    if (from === undefined || first === undefined) return;
    const spec = trimSpecs.has(toks[first]!.up);
    const chars = from > first + (spec ? 1 : 0);
    notes.trims.set(toks[i]!.start, { spec, chars });
    if (spec) {
      symbol(toks[first]!);
      comma({ ...toks[first]!, start: toks[first]!.start + 1 });
    }
    if (chars) comma(toks[from]!);
    else blank(toks[from]!.start, toks[from]!.stop);
  } else if (name === 'SUBSTRING' || name === 'SUBSTR' || name === 'OVERLAY') {
    const from = find('FROM');
    if (from === undefined) return;
    comma(toks[from]!);
    const placing = name === 'OVERLAY' ? find('PLACING') : undefined;
    if (placing !== undefined) comma(toks[placing]!);
    const fr = find('FOR');
    if (fr !== undefined) comma(toks[fr]!);
  }
}
