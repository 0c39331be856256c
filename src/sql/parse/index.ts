// The SQL front end's entry: a Flink SQL script → Weir's AST (src/sql/ast). Parsing is done by
// dt-sql-parser's FlinkSQL grammar, bundled into ./generated/flinksql.js by
// scripts/bundle-sql-parser.ts, after position-keeping rewrites (rewrite.ts) of valid Flink SQL the
// grammar rejects; the first syntax error ends the parse with a SqlError carrying its 1-based line
// and column, and constructs not in the AST yet are rejected as unsupported.
import * as F from './generated/flinksql.js';
import type { Statement } from '../ast/index.ts';
import { statement } from './statements.ts';
import { rewrite } from './rewrite.ts';
import { kids, parseText, syntaxError, type BuildContext } from './tree.ts';

export { SqlError, type SqlErrorKind } from './errors.ts';
export type * from '../ast/index.ts';

/** Parses a script of `;`-separated statements. `file` names the script in error messages. */
export function parseScript(sql: string, file = '<sql>'): Statement[] {
  const r = rewrite(sql);
  const { tree, error } = parseText(r.sql, (p) => p.program());
  if (error !== undefined) throw syntaxError(file, error, sql);
  const b: BuildContext = { file, sql: r.sql, withFilters: r.withFilters, original: sql, notes: r.notes };
  const out: Statement[] = [];
  for (const single of tree.singleStatement()) {
    const s = kids(single).find((k) => k instanceof F.SqlStatementContext);
    if (s !== undefined) out.push(statement(b, s));
  }
  return out;
}
