// The catalog: tables and views created by a script's DDL, and the session's settings. `apply`
// takes statements in script order and says what each did, or throws a SqlError at the offending
// line:column (messages worded as Flink words them, plus the table concerned). Names resolve as in
// Flink's default catalog: `orders` is `default_catalog.default_database.orders`. Temporary and
// permanent objects live apart; a temporary one shadows a permanent one of the same name.
// Column types stay the AST's DataType here; src/sql/plan/schema.ts types them.
import type { CreateTable, CreateView, Name, Pos, Query, Statement } from '../ast/index.ts';
import { SqlError } from '../parse/errors.ts';
import { checkValue, closeMatches, findSpec } from './options.ts';
import { SETTINGS, SETTING_KEYS } from './settings.ts';
import { validateTableOptions } from './validate.ts';

export { CONNECTORS, CONNECTOR_NAMES, type ConnectorSpec } from './connectors.ts';
export { FORMATS, FORMAT_NAMES, type FormatSpec } from './formats.ts';
export { SETTINGS } from './settings.ts';
export { durationMs, type OptionSpec, type OptionType } from './options.ts';

export const DEFAULT_CATALOG = 'default_catalog';
export const DEFAULT_DATABASE = 'default_database';

export interface TableEntry {
  readonly kind: 'table';
  /** [catalog, database, table]. */
  readonly path: readonly [string, string, string];
  readonly temporary: boolean;
  readonly ddl: CreateTable;
  /** The WITH clause as a map (keys as written). */
  readonly options: ReadonlyMap<string, string>;
  readonly connector: string;
}

export interface ViewEntry {
  readonly kind: 'view';
  readonly path: readonly [string, string, string];
  readonly temporary: boolean;
  readonly query: Query;
  readonly ddl: CreateView;
}

export type CatalogEntry = TableEntry | ViewEntry;

export type ApplyResult =
  | { readonly kind: 'created'; readonly object: 'table' | 'view'; readonly name: string }
  | { readonly kind: 'exists'; readonly object: 'table' | 'view'; readonly name: string }
  | { readonly kind: 'set'; readonly key: string; readonly value: string; readonly warning?: string }
  | { readonly kind: 'reset'; readonly key?: string }
  | { readonly kind: 'described'; readonly entry: CatalogEntry }
  | { readonly kind: 'tables'; readonly names: readonly string[] }
  /** INSERT, queries, statement sets, EXPLAIN, SHOW JOBS: for the planner and the runtime. */
  | { readonly kind: 'forPlanner'; readonly statement: Statement };

type Path = readonly [string, string, string];

export class Catalog {
  readonly #file: string;
  readonly #temporary = new Map<string, CatalogEntry>();
  readonly #permanent = new Map<string, CatalogEntry>();
  readonly #settings = new Map<string, string>();

  /** `file` names the script in error messages. */
  constructor(file = '<sql>') {
    this.#file = file;
  }

  /** Applies each statement in order; stops at the first error. */
  applyAll(statements: readonly Statement[]): ApplyResult[] {
    return statements.map((s) => this.apply(s));
  }

  apply(s: Statement): ApplyResult {
    switch (s.kind) {
      case 'createTable':
      case 'createView':
        return this.#create(s);
      case 'set':
        return this.#set(s);
      case 'reset':
        if (s.key === undefined) this.#settings.clear();
        else this.#settings.delete(s.key);
        return s.key === undefined ? { kind: 'reset' } : { kind: 'reset', key: s.key };
      case 'describe': {
        const entry = this.lookup(s.name);
        if (entry === undefined) this.#fail(s, `Tables or views with the identifier '${resolve(s.name).join('.')}' doesn't exist.`);
        return { kind: 'described', entry };
      }
      case 'showTables':
        return { kind: 'tables', names: this.tableNames() };
      case 'insert':
      case 'statementSet':
      case 'query':
      case 'explain':
      case 'showJobs':
        return { kind: 'forPlanner', statement: s };
    }
  }

  /** The table or view a name resolves to (temporary first), if any. */
  lookup(name: Name): CatalogEntry | undefined {
    const key = resolve(name).join('.');
    return this.#temporary.get(key) ?? this.#permanent.get(key);
  }

  /** Table and view names of the default database, sorted (SHOW TABLES). */
  tableNames(): string[] {
    const names = new Set<string>();
    for (const e of [...this.#temporary.values(), ...this.#permanent.values()]) {
      if (e.path[0] === DEFAULT_CATALOG && e.path[1] === DEFAULT_DATABASE) names.add(e.path[2]);
    }
    return [...names].sort();
  }

  /** A setting's value: set in the session, else Flink's default, else undefined. */
  setting(key: string): string | undefined {
    return this.#settings.get(key) ?? SETTINGS.find((s) => s.key === key)?.default;
  }

  /** The settings set in this session (not defaults). */
  settings(): ReadonlyMap<string, string> {
    return new Map(this.#settings);
  }

  #create(s: CreateTable | CreateView): ApplyResult {
    const path = resolve(s.name);
    const key = path.join('.');
    const object = s.kind === 'createTable' ? 'table' : 'view';
    const name = s.name.join('.');
    const scope = s.temporary ? this.#temporary : this.#permanent;
    if (scope.has(key)) {
      if (s.ifNotExists) return { kind: 'exists', object, name };
      this.#fail(s, s.temporary
        ? `Temporary ${object} '${path.map((p) => `\`${p}\``).join('.')}' already exists`
        : `Table (or view) ${path[1]}.${path[2]} already exists in Catalog ${path[0]}.`);
    }
    if (s.kind === 'createView') {
      scope.set(key, { kind: 'view', path, temporary: s.temporary, query: s.query, ddl: s });
      return { kind: 'created', object, name };
    }
    this.#checkSchema(s, name);
    validateTableOptions(s, name, (at, message) => this.#fail(at, message));
    const options = new Map(s.options.map((o) => [o.key, o.value]));
    scope.set(key, { kind: 'table', path, temporary: s.temporary, ddl: s, options, connector: options.get('connector')! });
    return { kind: 'created', object, name };
  }

  #checkSchema(t: CreateTable, name: string): void {
    const seen = new Set<string>();
    for (const c of t.columns) {
      if (seen.has(c.name)) this.#fail(c, `Schema must not contain duplicate column names. Found duplicates: [${c.name}] (table '${name}').`);
      seen.add(c.name);
    }
    const names = t.columns.map((c) => c.name);
    if (t.watermark !== undefined) {
      const wm = t.watermark;
      const col = t.columns.find((c) => c.name === wm.timeColumn);
      if (col === undefined) {
        this.#fail(wm, `Invalid column name '${wm.timeColumn}' for rowtime attribute in watermark declaration. Available columns are: [${names.join(', ')}] (table '${name}').`);
      }
      // A computed column's type is only known after type inference: src/sql/plan/schema.ts checks it
      // when the table is planned.
      if (col.kind !== 'computed') {
        const p = Number(col.type.args[0] ?? '6');
        if (!((col.type.name === 'TIMESTAMP' || col.type.name === 'TIMESTAMP_LTZ') && p >= 0 && p <= 3)) {
          this.#fail(wm, `Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is ${col.type.text} (table '${name}', column '${col.name}').`);
        }
      }
    }
    if (t.primaryKey !== undefined) {
      const pk = t.primaryKey;
      const constraint = `PK_${pk.columns.join('_')}`;
      for (const c of pk.columns) {
        const col = t.columns.find((x) => x.name === c);
        if (col === undefined) this.#fail(pk, `Invalid primary key '${constraint}'. Column '${c}' does not exist (table '${name}'; columns: [${names.join(', ')}]).`);
        if (col.kind !== 'physical') this.#fail(pk, `Invalid primary key '${constraint}'. Column '${c}' is not a physical column (table '${name}').`);
      }
    }
  }

  #set(s: Statement & { kind: 'set' }): ApplyResult {
    const spec = findSpec(SETTINGS, s.key);
    if (spec === undefined) {
      this.#settings.set(s.key, s.value);
      const close = closeMatches(s.key, SETTING_KEYS);
      return close.length === 0
        ? { kind: 'set', key: s.key, value: s.value }
        : { kind: 'set', key: s.key, value: s.value, warning: `'${s.key}' is not an option Weir knows; did you mean ${close.map((c) => `'${c}'`).join(' or ')}?` };
    }
    const why = checkValue(spec, s.value);
    if (why !== undefined) this.#fail(s, `Invalid value '${s.value}' for option '${s.key}': ${why}.`);
    this.#settings.set(s.key, s.value);
    return { kind: 'set', key: s.key, value: s.value };
  }

  #fail(at: Pos, message: string): never {
    throw new SqlError('validation', this.#file, at.line, at.column, '', message);
  }
}

/** A name as Flink resolves it in the default catalog and database. */
export function resolve(name: Name): Path {
  const [a, b, c] = name;
  if (name.length >= 3) return [a!, b!, c!];
  if (name.length === 2) return [DEFAULT_CATALOG, a!, b!];
  return [DEFAULT_CATALOG, DEFAULT_DATABASE, a ?? ''];
}
