// What a script reads and writes, for lineage (src/platform/lineage): the script is parsed, its DDL
// applied to a fresh catalog, and every INSERT (alone or in a statement set) and query planned by
// the planner — so views are expanded, names resolve and errors are raised exactly as when the
// script runs. A statement's sources are the tables the planner looked up while planning it (through
// views, joins, subqueries, unions and window functions); its sinks are the tables it inserts into.
// Both are the tables a name meant when the statement ran (a temporary table created later under the
// same name shadows only the statements after it). Nothing is started and no connector is contacted.
import type { Insert, Name, Statement } from './ast/index.ts';
import { Catalog, DEFAULT_CATALOG, DEFAULT_DATABASE, type CatalogEntry, type TableEntry } from './catalog/index.ts';
import { SqlError } from './parse/errors.ts';
import { parseScript } from './parse/index.ts';
import { planStatement } from './plan/index.ts';

/** A table created by the script's DDL. */
export interface AnalyzedTable {
  /** As the catalog names it: `orders` in the default database, `db.orders` or `cat.db.orders` elsewhere. */
  readonly name: string;
  readonly connector: string;
  /** The WITH clause (keys as written). */
  readonly options: Record<string, string>;
  readonly temporary: boolean;
  readonly line: number;
  readonly col: number;
}

/** One INSERT (an INSERT inside a statement set is one too) or query: the tables it reads and writes. */
export interface AnalyzedStatement {
  readonly line: number;
  readonly col: number;
  /** Tables read, in the order first met; views are replaced by the tables under them. */
  readonly sources: AnalyzedTable[];
  /** The table inserted into; [] for a query (SELECT), whose results go back to the caller. */
  readonly sinks: AnalyzedTable[];
}

export interface ScriptAnalysis {
  readonly tables: AnalyzedTable[];
  readonly statements: AnalyzedStatement[];
}

/** Where the script's first character sits in a larger file (a pipeline's inline SQL in its YAML):
 * errors are reported there. `col` is added to every line's column, as a YAML block scalar
 * (`sql: |`) indents every line of the script by the same amount. */
export interface ScriptOffset {
  readonly line: number;
  readonly col: number;
}

/** A catalog that remembers which entries are looked up, and by which name (the AST's array). */
class RecordingCatalog extends Catalog {
  readonly looked: { readonly name: Name; readonly entry: CatalogEntry }[] = [];

  override lookup(name: Name): CatalogEntry | undefined {
    const entry = super.lookup(name);
    if (entry !== undefined) this.looked.push({ name, entry });
    return entry;
  }
}

/** Parses, applies and plans `sql`; throws the parser's or planner's SqlError (a WeirError) at the
 * first problem, positioned in `file` (shifted by `offset` when the script sits inside another file). */
export function analyzeScript(sql: string, file: string, offset?: ScriptOffset): ScriptAnalysis {
  try {
    return analyze(sql, file);
  } catch (e) {
    if (offset === undefined || !(e instanceof SqlError) || (offset.line === 1 && offset.col === 1)) throw e;
    const what = e.message.startsWith(`${e.file}:${e.line}:${e.column}: `) ? e.message.slice(`${e.file}:${e.line}:${e.column}: `.length) : e.message;
    throw new SqlError(e.kind, e.file, e.line + offset.line - 1, e.column + offset.col - 1, e.text, what);
  }
}

function analyze(sql: string, file: string): ScriptAnalysis {
  const catalog = new RecordingCatalog(file);
  const tables = new Map<CatalogEntry, AnalyzedTable>();
  const statements: AnalyzedStatement[] = [];
  for (const s of parseScript(sql, file)) {
    const r = catalog.apply(s);
    if (r.kind === 'created' && s.kind === 'createTable') {
      const entry = catalog.lookup(s.name) as TableEntry;
      tables.set(entry, {
        name: nameOf(entry), connector: entry.connector, options: Object.fromEntries(entry.options),
        temporary: entry.temporary, line: s.line, col: s.column,
      });
    }
    if (r.kind !== 'forPlanner' || !(s.kind === 'insert' || s.kind === 'statementSet' || s.kind === 'query')) continue;
    catalog.looked.length = 0;
    planStatement(catalog, s, file);
    statements.push(...readsAndWrites(s, catalog.looked, tables));
  }
  return { tables: [...tables.values()], statements };
}

/** Splits the planner's lookups among a statement's INSERTs: each INSERT looks up its target (by the
 * very name array of its AST) and then the tables its query reads. */
function readsAndWrites(
  s: Statement & { kind: 'insert' | 'statementSet' | 'query' },
  looked: RecordingCatalog['looked'],
  tables: ReadonlyMap<CatalogEntry, AnalyzedTable>,
): AnalyzedStatement[] {
  const inserts: readonly Insert[] = s.kind === 'insert' ? [s] : s.kind === 'statementSet' ? s.inserts : [];
  const out: AnalyzedStatement[] = s.kind === 'query' ? [{ line: s.line, col: s.column, sources: [], sinks: [] }] : [];
  let current = out[0];
  for (const { name, entry } of looked) {
    // Every table of a fresh catalog comes from the script's CREATE TABLE statements.
    const table = tables.get(entry);
    const insert = inserts.find((i) => i.table === name);
    if (insert !== undefined && table !== undefined) {
      current = { line: insert.line, col: insert.column, sources: [], sinks: [table] };
      out.push(current);
    } else if (table !== undefined && current !== undefined && !current.sources.includes(table)) {
      current.sources.push(table);
    }
  }
  return out;
}

function nameOf(entry: CatalogEntry): string {
  const [catalog, database, table] = entry.path;
  if (catalog !== DEFAULT_CATALOG) return entry.path.join('.');
  return database === DEFAULT_DATABASE ? table : `${database}.${table}`;
}
