// Small helpers over antlr4ng parse trees, shared by the expression and statement builders.
import * as F from './generated/flinksql.js';
import { SqlError } from './errors.ts';
import type { Pos } from '../ast/index.ts';
import type { Notes } from './rewrite.ts';

export type Ctx = F.ParserRuleContext;
export type Node = Ctx | F.TerminalNode;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Class<T> = abstract new (...args: any[]) => T;

export interface BuildContext {
  readonly file: string;
  /** The script as the grammar parsed it (rewrite.ts); offsets, lines and columns are the original's. */
  readonly sql: string;
  /** The same with FILTER clauses kept. */
  readonly withFilters: string;
  /** The script as written (for error texts). */
  readonly original: string;
  readonly notes: Notes;
}

/** The first error the lexer or parser reports. */
export interface Found {
  line: number;
  column: number;
  start: number;
  stop: number;
  text: string;
  message: string;
}

/** Runs `rule` over `text`, collecting the first syntax error instead of printing it. ANTLR's two-stage
 * strategy: SLL prediction first (some 20× faster on this grammar, and when it reports no error its
 * tree is the one LL would build), then full LL only when SLL found an error (a real one, or input
 * that needs LL's power). */
export function parseText<T>(text: string, rule: (p: F.FlinkSqlParser) => T): { tree: T; error?: Found; rest: string } {
  const fast = parseWith(text, rule, F.PredictionMode.SLL);
  return fast.error === undefined ? fast : parseWith(text, rule, F.PredictionMode.LL);
}

function parseWith<T>(text: string, rule: (p: F.FlinkSqlParser) => T, mode: number): { tree: T; error?: Found; rest: string } {
  const lexer = new F.FlinkSqlLexer(F.CharStreams.fromString(text));
  const stream = new F.CommonTokenStream(lexer);
  const parser = new F.FlinkSqlParser(stream);
  parser.interpreter.predictionMode = mode;
  let error: Found | undefined;
  const listener = new (class extends F.BaseErrorListener {
    override syntaxError(_r: unknown, offending: { text: string | null; start: number; stop: number } | null, line: number, column: number, msg: string): void {
      if (error !== undefined) return;
      error = { line, column: column + 1, start: offending?.start ?? -1, stop: offending?.stop ?? -1, text: offending?.text ?? '', message: msg };
    }
  })();
  lexer.removeErrorListeners();
  parser.removeErrorListeners();
  lexer.addErrorListener(listener);
  parser.addErrorListener(listener);
  const tree = rule(parser);
  const next = stream.LT(1);
  const rest = next === null || next.type === -1 ? '' : text.slice(next.start);
  return error === undefined ? { tree, rest } : { tree, error, rest };
}

/** A syntax error as a SqlError, with the offending text as written (not as rewritten). */
export function syntaxError(file: string, f: Found, original: string): SqlError {
  const text = f.text === '<EOF>' || f.start < 0 || f.stop < f.start ? f.text : original.slice(f.start, f.stop + 1);
  const expecting = /expecting (\{[^}]*\}|'[^']*'|\S+)/.exec(f.message)?.[1];
  let detail = '';
  if (expecting !== undefined) {
    const options = expecting.replace(/^\{|\}$/g, '').split(', ').map((o) => o.replace(/^'|'$/g, ''));
    detail = options.length <= 6 ? `: expected ${options.join(' or ')}` : '';
  }
  const at = f.text === '<EOF>' ? 'end of input' : `'${text}'`;
  return new SqlError('syntax', file, f.line, f.column, text, `syntax error at ${at}${detail}`);
}

/** Parses `sql[start, stop]` again on its own with `rule`, keeping line and column as in the whole
 * script (the text before it is blanked, newlines kept). `strict` throws the first syntax error, and
 * one for any text left over; `text` replaces b.sql as the source. */
export function reparse<T>(b: BuildContext, start: number, stop: number, rule: (p: F.FlinkSqlParser) => T, opts: { strict?: boolean; text?: string } = {}): { tree: T; rest: string } {
  const source = opts.text ?? b.sql;
  const text = source.slice(0, start).replace(/[^\n]/g, ' ') + source.slice(start, stop + 1);
  const { tree, error, rest } = parseText(text, rule);
  if (opts.strict === true) {
    if (error !== undefined) throw syntaxError(b.file, error, b.original);
    if (rest.trim() !== '') {
      const offset = text.length - rest.length + (rest.length - rest.trimStart().length);
      const before = text.slice(0, offset).split('\n');
      const word = /^\S+/.exec(rest.trimStart())?.[0] ?? '';
      throw syntaxError(b.file, { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, start: offset, stop: offset + word.length - 1, text: word, message: '' }, b.original);
    }
  }
  return { tree, rest };
}

export function pos(node: Node): Pos {
  const token = node instanceof F.TerminalNode ? node.symbol : node.start;
  return { line: token?.line ?? 1, column: (token?.column ?? 0) + 1 };
}

export function kids(ctx: Ctx): readonly Node[] {
  return (ctx.children ?? []) as Node[];
}

export function child<T>(ctx: Ctx, cls: Class<T>): T | undefined {
  return kids(ctx).find((c): c is Node & T => c instanceof cls);
}

export function children<T>(ctx: Ctx, cls: Class<T>): T[] {
  return kids(ctx).filter((c): c is Node & T => c instanceof cls);
}

/** Upper-case texts of the direct token children (keywords and punctuation). */
export function tokens(ctx: Ctx): string[] {
  return kids(ctx).filter((c) => c instanceof F.TerminalNode).map((t) => t.getText().toUpperCase());
}

export function hasToken(ctx: Ctx, word: string): boolean {
  return tokens(ctx).includes(word);
}

/** A construct that is valid Flink SQL but not in Weir's AST yet. */
export function unsupported(b: BuildContext, node: Node, feature: string): SqlError {
  const p = pos(node);
  const text = node.getText().slice(0, 40);
  return new SqlError('unsupported', b.file, p.line, p.column, text, `${feature} ${/s$/.test(feature.replace(/\s*\(.*\)$/, '')) ? 'are' : 'is'} not supported yet`);
}

/** An identifier as written, without backquotes (`a``b` → a`b). */
export function ident(text: string): string {
  return text.startsWith('`') && text.endsWith('`') ? text.slice(1, -1).replaceAll('``', '`') : text;
}

/** A dotted path such as `cat`.db.tbl, split outside backquotes. */
export function path(text: string): string[] {
  const parts = text.match(/`(?:[^`]|``)*`|[^.]+/g) ?? [];
  return parts.map(ident);
}

/** A SQL string literal's value: 'it''s' → it's. */
export function stringValue(text: string): string {
  const m = /^'((?:[^']|'')*)'$/s.exec(text) ?? /^"((?:[^"]|"")*)"$/s.exec(text);
  if (m === null) return text;
  return (m[1] ?? '').replaceAll(text[0] === "'" ? "''" : '""', text[0] === "'" ? "'" : '"');
}
