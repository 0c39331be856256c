// The registry's tables in the platform's SQLite database (all named registry_*). Schemas are kept
// once per id, never deleted, so an id always means the same schema; subjects are rows of
// (subject, version) → schema id with a soft-delete flag; config holds compatibility and mode per
// subject, the global ones under the subject ''. Writes that take several statements run inside a
// SAVEPOINT so that they nest in a caller's transaction (apply's all-or-nothing).
import type { DatabaseSync } from 'node:sqlite';
import type { SchemaFormat } from '../spec/model.ts';
import type { SchemaReference } from './types.ts';

const TABLES = `
CREATE TABLE IF NOT EXISTS registry_schemas (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  schema_type TEXT NOT NULL,
  schema TEXT NOT NULL,
  refs TEXT NOT NULL,
  identity TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS registry_schemas_identity ON registry_schemas (identity);
CREATE TABLE IF NOT EXISTS registry_versions (
  subject TEXT NOT NULL,
  version INTEGER NOT NULL,
  schema_id INTEGER NOT NULL REFERENCES registry_schemas (id),
  deleted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (subject, version)
);
CREATE INDEX IF NOT EXISTS registry_versions_schema ON registry_versions (schema_id);
CREATE TABLE IF NOT EXISTS registry_config (
  subject TEXT PRIMARY KEY,
  compatibility TEXT,
  mode TEXT
);
`;

export const GLOBAL = '';

export interface SchemaRow {
  readonly id: number;
  readonly schemaType: SchemaFormat;
  readonly schema: string;
  readonly references: readonly SchemaReference[];
  readonly identity: string;
}

export interface VersionRow {
  readonly subject: string;
  readonly version: number;
  readonly schemaId: number;
  readonly deleted: boolean;
}

type Row = Record<string, unknown>;

function schemaRow(row: Row): SchemaRow {
  return {
    id: Number(row.id),
    schemaType: row.schema_type as SchemaFormat,
    schema: String(row.schema),
    references: JSON.parse(String(row.refs)) as SchemaReference[],
    identity: String(row.identity),
  };
}

function versionRow(row: Row): VersionRow {
  return { subject: String(row.subject), version: Number(row.version), schemaId: Number(row.schema_id), deleted: row.deleted === 1 };
}

export class RegistryStore {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
    db.exec(TABLES);
  }

  /** Runs `fn` all or nothing, nested in the caller's transaction if there is one. */
  transaction<T>(fn: () => T): T {
    this.db.exec('SAVEPOINT registry');
    try {
      const result = fn();
      this.db.exec('RELEASE registry');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK TO registry');
      this.db.exec('RELEASE registry');
      throw error;
    }
  }

  schema(id: number): SchemaRow | undefined {
    const row = this.db.prepare('SELECT * FROM registry_schemas WHERE id = ?').get(id);
    return row === undefined ? undefined : schemaRow(row);
  }

  schemaByIdentity(identity: string): SchemaRow | undefined {
    const row = this.db.prepare('SELECT * FROM registry_schemas WHERE identity = ? ORDER BY id LIMIT 1').get(identity);
    return row === undefined ? undefined : schemaRow(row);
  }

  /** Adds a schema; `id` only when importing (IMPORT mode), else the next id. */
  insertSchema(schemaType: SchemaFormat, schema: string, references: readonly SchemaReference[], identity: string, id?: number): number {
    const refs = JSON.stringify(references);
    if (id !== undefined) {
      this.db.prepare('INSERT INTO registry_schemas (id, schema_type, schema, refs, identity) VALUES (?, ?, ?, ?, ?)').run(id, schemaType, schema, refs, identity);
      return id;
    }
    const result = this.db.prepare('INSERT INTO registry_schemas (schema_type, schema, refs, identity) VALUES (?, ?, ?, ?)').run(schemaType, schema, refs, identity);
    return Number(result.lastInsertRowid);
  }

  /** The subject's versions, oldest first; soft-deleted ones only when asked. */
  versions(subject: string, includeDeleted: boolean): VersionRow[] {
    const sql = `SELECT * FROM registry_versions WHERE subject = ?${includeDeleted ? '' : ' AND deleted = 0'} ORDER BY version`;
    return this.db.prepare(sql).all(subject).map(versionRow);
  }

  version(subject: string, version: number): VersionRow | undefined {
    const row = this.db.prepare('SELECT * FROM registry_versions WHERE subject = ? AND version = ?').get(subject, version);
    return row === undefined ? undefined : versionRow(row);
  }

  /** Every version row (soft-deleted ones only when asked), by subject then version. */
  allVersions(includeDeleted: boolean): VersionRow[] {
    const sql = `SELECT * FROM registry_versions${includeDeleted ? '' : ' WHERE deleted = 0'} ORDER BY subject, version`;
    return this.db.prepare(sql).all().map(versionRow);
  }

  /** The versions that use a schema id. */
  usesOf(schemaId: number, includeDeleted: boolean): VersionRow[] {
    const sql = `SELECT * FROM registry_versions WHERE schema_id = ?${includeDeleted ? '' : ' AND deleted = 0'} ORDER BY subject, version`;
    return this.db.prepare(sql).all(schemaId).map(versionRow);
  }

  nextVersion(subject: string): number {
    const row = this.db.prepare('SELECT MAX(version) AS v FROM registry_versions WHERE subject = ?').get(subject);
    return Number(row?.v ?? 0) + 1;
  }

  insertVersion(subject: string, version: number, schemaId: number): void {
    this.db.prepare('INSERT INTO registry_versions (subject, version, schema_id) VALUES (?, ?, ?)').run(subject, version, schemaId);
  }

  softDelete(subject: string, version: number): void {
    this.db.prepare('UPDATE registry_versions SET deleted = 1 WHERE subject = ? AND version = ?').run(subject, version);
  }

  hardDelete(subject: string, version: number): void {
    this.db.prepare('DELETE FROM registry_versions WHERE subject = ? AND version = ?').run(subject, version);
  }

  /** Ids of schemas, still used by some version, whose references name this subject version. */
  referencesTo(subject: string, version: number): number[] {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT s.id, s.refs FROM registry_schemas s JOIN registry_versions v ON v.schema_id = s.id
         WHERE s.refs <> '[]' ORDER BY s.id`,
      )
      .all();
    return rows
      .filter((row) => (JSON.parse(String(row.refs)) as SchemaReference[]).some((r) => r.subject === subject && r.version === version))
      .map((row) => Number(row.id));
  }

  hasAnyVersion(): boolean {
    return this.db.prepare('SELECT 1 FROM registry_versions LIMIT 1').get() !== undefined;
  }

  config(subject: string): { compatibility?: string; mode?: string } {
    const row = this.db.prepare('SELECT compatibility, mode FROM registry_config WHERE subject = ?').get(subject);
    if (row === undefined) return {};
    return {
      ...(row.compatibility === null ? {} : { compatibility: String(row.compatibility) }),
      ...(row.mode === null ? {} : { mode: String(row.mode) }),
    };
  }

  setConfig(subject: string, field: 'compatibility' | 'mode', value: string | undefined): void {
    this.db
      .prepare(`INSERT INTO registry_config (subject, ${field}) VALUES (?, ?) ON CONFLICT (subject) DO UPDATE SET ${field} = excluded.${field}`)
      .run(subject, value ?? null);
  }

  deleteConfig(subject: string): void {
    this.db.prepare('DELETE FROM registry_config WHERE subject = ?').run(subject);
  }
}
