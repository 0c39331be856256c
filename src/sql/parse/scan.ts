// The script's tokens, from the grammar's own lexer, for the pre-parse rewrites (rewrite.ts): string
// literals, backquoted identifiers and comments are whole tokens, so a rewrite never reaches into
// them. Offsets are into the script; line and column are computed from them.
import * as F from './generated/flinksql.js';

export interface Tok {
  /** 'word': a keyword or plain identifier; 'quoted': `ident`; 'string': '…' or "…"; 'number';
   * 'punct': operators and brackets. */
  readonly kind: 'word' | 'quoted' | 'string' | 'number' | 'punct';
  readonly text: string;
  /** Upper-case text (for words and punctuation). */
  readonly up: string;
  /** Offsets of the first and last character. */
  readonly start: number;
  readonly stop: number;
}

export function scan(sql: string): Tok[] {
  const lexer = new F.FlinkSqlLexer(F.CharStreams.fromString(sql));
  lexer.removeErrorListeners();
  const out: Tok[] = [];
  for (const t of lexer.getAllTokens()) {
    if (t.channel !== 0) continue;
    const text = t.text ?? '';
    const c = text[0] ?? '';
    const kind = c === '`' ? 'quoted' : c === "'" || c === '"' || /^[xX]'/.test(text) ? 'string' : /^[0-9.]/.test(text) && /[0-9]/.test(text) ? 'number' : /^[A-Za-z_$]/.test(text) ? 'word' : 'punct';
    out.push({ kind, text, up: text.toUpperCase(), start: t.start, stop: t.stop });
  }
  return out;
}

/** Index of the token closing the bracket opened at `open` (`(`, `[` or `<`), or -1. */
export function closing(toks: readonly Tok[], open: number): number {
  const o = toks[open]?.text ?? '';
  const c = o === '(' ? ')' : o === '[' ? ']' : '>';
  let depth = 0;
  for (let i = open; i < toks.length; i++) {
    const t = toks[i]!.text;
    if (t === o) depth++;
    else if (t === c && --depth === 0) return i;
  }
  return -1;
}

/** 1-based line and column of each offset. */
export function positions(sql: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < sql.length; i++) if (sql[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** An identifier token's name: backquotes removed, plain words as written. */
export function identName(t: Tok): string {
  return t.kind === 'quoted' ? t.text.slice(1, -1).replaceAll('``', '`') : t.text;
}
