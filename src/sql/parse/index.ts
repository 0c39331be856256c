// The SQL front end's entry: a Flink SQL script → Weir's AST (src/sql/ast). Parsing is done by
// dt-sql-parser's FlinkSQL grammar, bundled into ./generated/flinksql.js by
// scripts/bundle-sql-parser.ts; the first syntax error ends the parse with a SqlError carrying its
// 1-based line and column, and constructs not in the AST yet are rejected as unsupported.
import * as F from './generated/flinksql.js';
import type { Statement } from '../ast/index.ts';
import { SqlError } from './errors.ts';
import { statement } from './statements.ts';
import { kids } from './tree.ts';

export { SqlError, type SqlErrorKind } from './errors.ts';
export type * from '../ast/index.ts';

interface Found {
  line: number;
  column: number;
  text: string;
  message: string;
  stop: number;
}

/** Parses a script of `;`-separated statements. `file` names the script in error messages. */
export function parseScript(sql: string, file = '<sql>'): Statement[] {
  const lexer = new F.FlinkSqlLexer(F.CharStreams.fromString(sql));
  const tokens = new F.CommonTokenStream(lexer);
  const parser = new F.FlinkSqlParser(tokens);
  let first: Found | undefined;
  const listener = new (class extends F.BaseErrorListener {
    override syntaxError(_r: unknown, offending: { text: string | null; stop: number } | null, line: number, column: number, msg: string): void {
      if (first !== undefined) return;
      first = { line, column: column + 1, text: offending?.text ?? '', message: msg, stop: offending?.stop ?? -1 };
    }
  })();
  lexer.removeErrorListeners();
  parser.removeErrorListeners();
  lexer.addErrorListener(listener);
  parser.addErrorListener(listener);
  const tree = parser.program();
  if (first !== undefined) throw syntaxError(file, first, sql);
  const b = { file, sql };
  const out: Statement[] = [];
  for (const single of tree.singleStatement()) {
    const s = kids(single).find((k) => k instanceof F.SqlStatementContext);
    if (s !== undefined) out.push(statement(b, s));
  }
  return out;
}

function syntaxError(file: string, f: Found, sql: string): SqlError {
  const after = f.stop >= 0 ? sql.slice(f.stop + 1, f.stop + 40) : '';
  // Valid Flink SQL that dt-sql-parser's grammar does not accept: name it rather than call it a syntax error.
  if (f.text.toUpperCase() === 'FILTER' && /^\s*\(\s*WHERE\b/i.test(after)) {
    return new SqlError('unsupported', file, f.line, f.column, f.text, 'aggregate FILTER (WHERE …) is not supported yet');
  }
  const expecting = /expecting (\{[^}]*\}|'[^']*'|\S+)/.exec(f.message)?.[1];
  let detail = '';
  if (expecting !== undefined) {
    const options = expecting.replace(/^\{|\}$/g, '').split(', ').map((o) => o.replace(/^'|'$/g, ''));
    detail = options.length <= 6 ? `: expected ${options.join(' or ')}` : '';
  }
  const at = f.text === '<EOF>' ? 'end of input' : `'${f.text}'`;
  return new SqlError('syntax', file, f.line, f.column, f.text, `syntax error at ${at}${detail}`);
}
