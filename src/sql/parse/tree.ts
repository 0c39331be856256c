// Small helpers over antlr4ng parse trees, shared by the expression and statement builders.
import * as F from './generated/flinksql.js';
import { SqlError } from './errors.ts';
import type { Pos } from '../ast/index.ts';

export type Ctx = F.ParserRuleContext;
export type Node = Ctx | F.TerminalNode;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Class<T> = abstract new (...args: any[]) => T;

export interface BuildContext {
  readonly file: string;
  readonly sql: string;
}

/** Parses `sql[start, stop]` again on its own with `rule`, keeping line and column as in the whole
 * script (the text before it is blanked, newlines kept). */
export function reparse<T>(b: BuildContext, start: number, stop: number, rule: (p: F.FlinkSqlParser) => T): { tree: T; rest: string } {
  const text = b.sql.slice(0, start).replace(/[^\n]/g, ' ') + b.sql.slice(start, stop + 1);
  const lexer = new F.FlinkSqlLexer(F.CharStreams.fromString(text));
  const stream = new F.CommonTokenStream(lexer);
  const parser = new F.FlinkSqlParser(stream);
  lexer.removeErrorListeners();
  parser.removeErrorListeners();
  const tree = rule(parser);
  const next = stream.LT(1);
  return { tree, rest: next === null || next.type === -1 ? '' : text.slice(next.start) };
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
