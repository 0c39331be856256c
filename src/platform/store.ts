// The platform store: what apply has made, in node:sqlite at <dataDir>/platform.db (WAL journal,
// synchronous FULL). The same database holds the schema registry's `registry_*` tables (the
// SchemaRegistry is handed `db`). Tables here: pipelines (current record of each, active or
// removed), pipeline_versions (every version ever applied), applies (the audit: who, when, what),
// managed_topics (topics Weir created or adopted, and from which document), acls, alerts, tags (cost
// domain/tags and observability labels), estate_files (the spec files of the last apply, from which
// lineage is rebuilt) and imports (the latest inventory per scanned cluster).
//
// Apply writes everything it changed with `commit` — one transaction, at the very end — so the
// store holds either all of an apply or none of it.
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AlertKind, SpecFile, WorkloadClass } from './spec/model.ts';
import type { ApplyRecord, Change } from './plan/types.ts';
import type { Inventory } from './lineage/types.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS pipelines (
  name       TEXT PRIMARY KEY,
  version    INTEGER NOT NULL,
  class      TEXT NOT NULL,
  owner      TEXT NOT NULL,
  model      TEXT NOT NULL,
  spec       TEXT NOT NULL,
  sql        TEXT NOT NULL,
  sql_file   TEXT NOT NULL,
  hash       TEXT NOT NULL,
  status     TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pipeline_versions (
  name       TEXT NOT NULL,
  version    INTEGER NOT NULL,
  spec       TEXT NOT NULL,
  sql        TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  applied_by TEXT NOT NULL,
  PRIMARY KEY (name, version)
);
CREATE TABLE IF NOT EXISTS applies (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  user     TEXT NOT NULL,
  at       TEXT NOT NULL,
  summary  TEXT NOT NULL,
  changes  TEXT NOT NULL,
  versions TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS managed_topics (
  name     TEXT PRIMARY KEY,
  owner    TEXT NOT NULL,
  document TEXT NOT NULL,
  configs  TEXT NOT NULL,
  contract TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS acls (
  id        TEXT PRIMARY KEY,
  principal TEXT NOT NULL,
  operation TEXT NOT NULL,
  resource  TEXT NOT NULL,
  owner     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts (
  id        TEXT PRIMARY KEY,
  pipeline  TEXT NOT NULL,
  kind      TEXT NOT NULL,
  threshold REAL NOT NULL,
  for_ms    INTEGER NOT NULL,
  severity  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tags (
  id       TEXT PRIMARY KEY,
  pipeline TEXT NOT NULL,
  key      TEXT NOT NULL,
  value    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS estate_files (
  path TEXT PRIMARY KEY,
  text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS imports (
  cluster    TEXT PRIMARY KEY,
  scanned_at TEXT NOT NULL,
  inventory  TEXT NOT NULL
);
`;

export type PipelineStatus = 'active' | 'removed';

export interface StoredPipeline {
  readonly name: string;
  readonly version: number;
  readonly class: WorkloadClass;
  readonly owner: string;
  /** The pipeline model (spec/model.ts Pipeline, without source positions, `sql` as its text) as JSON. */
  readonly model: string;
  /** The spec document's YAML text. */
  readonly spec: string;
  readonly sql: string;
  /** The file the SQL is in (the spec file or the .sql file it names), for error messages. */
  readonly sqlFile: string;
  /** planChanges compares it to the desired pipeline's hash: a different one is a new version. */
  readonly hash: string;
  readonly status: PipelineStatus;
  readonly updatedAt: string;
}

export interface StoredVersion {
  readonly name: string;
  readonly version: number;
  readonly spec: string;
  readonly sql: string;
  readonly appliedAt: string;
  readonly appliedBy: string;
}

/** A topic Weir manages: created by an apply, or adopted (it existed and a contract now names it). */
export interface ManagedTopic {
  readonly name: string;
  /** The document it comes from: the pipeline's name, or 'topic <name>' for a kind Topic document. */
  readonly owner: string;
  readonly document: 'Topic' | 'Pipeline';
  /** The configs Weir set on it (the contract's), so a config the contract drops can be reverted. */
  readonly configs: Readonly<Record<string, string>>;
  /** The contract's governance fields as last applied (DesiredTopic.contract). */
  readonly contract: Readonly<Record<string, string>>;
}

export interface StoredAcl {
  readonly id: string;
  readonly principal: string;
  readonly operation: string;
  /** 'topic:<name>' or 'group:<id>'. */
  readonly resource: string;
  readonly owner: string;
}

export interface StoredAlert {
  readonly id: string;
  readonly pipeline: string;
  readonly kind: AlertKind;
  readonly threshold: number;
  readonly forMs: number;
  readonly severity: 'page' | 'ticket' | 'info';
}

export interface StoredTag {
  readonly id: string;
  readonly pipeline: string;
  /** 'cost-domain', 'cost.<tag>' or 'label.<label>'. */
  readonly key: string;
  readonly value: string;
}

/** Everything one apply writes, in one transaction. */
export interface StoreCommit {
  readonly user: string;
  readonly at: string;
  readonly summary: string;
  readonly changes: readonly Change[];
  /** Upserted as the current record; a pipeline whose version is new also gets a version row. */
  readonly pipelines: readonly StoredPipeline[];
  readonly newVersions: readonly StoredVersion[];
  readonly removedPipelines: readonly string[];
  readonly topics: { readonly put: readonly ManagedTopic[]; readonly remove: readonly string[] };
  readonly acls: { readonly put: readonly StoredAcl[]; readonly remove: readonly string[] };
  readonly alerts: { readonly put: readonly StoredAlert[]; readonly remove: readonly string[] };
  readonly tags: { readonly put: readonly StoredTag[]; readonly remove: readonly string[] };
  /** The spec files of this apply (replace the previous set). */
  readonly files: readonly SpecFile[];
}

export class PlatformStore {
  readonly db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new DatabaseSync(join(dataDir, 'platform.db'));
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
    this.db.exec(SCHEMA);
    // Databases made before managed_topics kept the contract's governance fields.
    const columns = this.db.prepare('PRAGMA table_info(managed_topics)').all().map((r) => String(r.name));
    if (!columns.includes('contract')) this.db.exec("ALTER TABLE managed_topics ADD COLUMN contract TEXT NOT NULL DEFAULT '{}'");
  }

  close(): void {
    this.db.close();
  }

  #sql(text: string): StatementSync {
    let s = this.#statements.get(text);
    if (s === undefined) {
      s = this.db.prepare(text);
      this.#statements.set(text, s);
    }
    return s;
  }

  /** Runs `fn` in one transaction: all of it commits, or none of it. */
  transaction<T>(fn: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = fn();
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    }
  }

  // Reads.

  pipelines(): StoredPipeline[] {
    return this.#sql('SELECT * FROM pipelines ORDER BY name').all().map(toPipeline);
  }

  pipeline(name: string): StoredPipeline | undefined {
    const row = this.#sql('SELECT * FROM pipelines WHERE name = ?').get(name);
    return row === undefined ? undefined : toPipeline(row);
  }

  /** When each pipeline was first applied (ms): a relative exploratory expiry counts from it. */
  firstApplied(): Map<string, number> {
    const rows = this.#sql('SELECT name, MIN(applied_at) AS first FROM pipeline_versions GROUP BY name').all();
    return new Map(rows.map((r) => [String(r.name), Date.parse(String(r.first))]));
  }

  versions(name: string): StoredVersion[] {
    return this.#sql('SELECT * FROM pipeline_versions WHERE name = ? ORDER BY version').all(name).map((r) => ({
      name: String(r.name),
      version: Number(r.version),
      spec: String(r.spec),
      sql: String(r.sql),
      appliedAt: String(r.applied_at),
      appliedBy: String(r.applied_by),
    }));
  }

  /** Newest first. */
  applies(limit = 50): ApplyRecord[] {
    return this.#sql('SELECT * FROM applies ORDER BY id DESC LIMIT ?').all(limit).map(toRecord);
  }

  managedTopics(): ManagedTopic[] {
    return this.#sql('SELECT * FROM managed_topics ORDER BY name').all().map((r) => ({
      name: String(r.name),
      owner: String(r.owner),
      document: String(r.document) as ManagedTopic['document'],
      configs: JSON.parse(String(r.configs)) as Record<string, string>,
      contract: JSON.parse(String(r.contract)) as Record<string, string>,
    }));
  }

  acls(): StoredAcl[] {
    return this.#sql('SELECT * FROM acls ORDER BY id').all().map((r) => ({
      id: String(r.id), principal: String(r.principal), operation: String(r.operation), resource: String(r.resource), owner: String(r.owner),
    }));
  }

  alerts(): StoredAlert[] {
    return this.#sql('SELECT * FROM alerts ORDER BY id').all().map((r) => ({
      id: String(r.id),
      pipeline: String(r.pipeline),
      kind: String(r.kind) as AlertKind,
      threshold: Number(r.threshold),
      forMs: Number(r.for_ms),
      severity: String(r.severity) as StoredAlert['severity'],
    }));
  }

  tags(): StoredTag[] {
    return this.#sql('SELECT * FROM tags ORDER BY id').all().map((r) => ({
      id: String(r.id), pipeline: String(r.pipeline), key: String(r.key), value: String(r.value),
    }));
  }

  estateFiles(): SpecFile[] {
    return this.#sql('SELECT * FROM estate_files ORDER BY path').all().map((r) => ({ path: String(r.path), text: String(r.text) }));
  }

  // Writes.

  /** Keeps an inventory as its cluster's latest import. */
  saveImport(inventory: Inventory): void {
    this.#sql('INSERT INTO imports(cluster, scanned_at, inventory) VALUES (?, ?, ?) ON CONFLICT(cluster) DO UPDATE SET scanned_at = excluded.scanned_at, inventory = excluded.inventory')
      .run(inventory.cluster, inventory.scannedAt, JSON.stringify(inventory));
  }

  /** Writes one apply: every row it changed and its audit record, in one transaction. */
  commit(c: StoreCommit): ApplyRecord {
    return this.transaction(() => {
      for (const p of c.pipelines) {
        this.#sql(`INSERT INTO pipelines(name, version, class, owner, model, spec, sql, sql_file, hash, status, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET version = excluded.version, class = excluded.class,
          owner = excluded.owner, model = excluded.model, spec = excluded.spec, sql = excluded.sql, sql_file = excluded.sql_file,
          hash = excluded.hash, status = excluded.status, updated_at = excluded.updated_at`)
          .run(p.name, p.version, p.class, p.owner, p.model, p.spec, p.sql, p.sqlFile, p.hash, p.status, p.updatedAt);
      }
      for (const v of c.newVersions) {
        this.#sql('INSERT INTO pipeline_versions(name, version, spec, sql, applied_at, applied_by) VALUES (?, ?, ?, ?, ?, ?)')
          .run(v.name, v.version, v.spec, v.sql, v.appliedAt, v.appliedBy);
      }
      for (const name of c.removedPipelines) this.#sql("UPDATE pipelines SET status = 'removed', updated_at = ? WHERE name = ?").run(c.at, name);
      for (const t of c.topics.remove) this.#sql('DELETE FROM managed_topics WHERE name = ?').run(t);
      for (const t of c.topics.put) {
        this.#sql('INSERT OR REPLACE INTO managed_topics(name, owner, document, configs, contract) VALUES (?, ?, ?, ?, ?)').run(t.name, t.owner, t.document, JSON.stringify(t.configs), JSON.stringify(t.contract));
      }
      for (const id of c.acls.remove) this.#sql('DELETE FROM acls WHERE id = ?').run(id);
      for (const a of c.acls.put) {
        this.#sql('INSERT OR REPLACE INTO acls(id, principal, operation, resource, owner) VALUES (?, ?, ?, ?, ?)').run(a.id, a.principal, a.operation, a.resource, a.owner);
      }
      for (const id of c.alerts.remove) this.#sql('DELETE FROM alerts WHERE id = ?').run(id);
      for (const a of c.alerts.put) {
        this.#sql('INSERT OR REPLACE INTO alerts(id, pipeline, kind, threshold, for_ms, severity) VALUES (?, ?, ?, ?, ?, ?)')
          .run(a.id, a.pipeline, a.kind, a.threshold, a.forMs, a.severity);
      }
      for (const id of c.tags.remove) this.#sql('DELETE FROM tags WHERE id = ?').run(id);
      for (const t of c.tags.put) this.#sql('INSERT OR REPLACE INTO tags(id, pipeline, key, value) VALUES (?, ?, ?, ?)').run(t.id, t.pipeline, t.key, t.value);
      this.#sql('DELETE FROM estate_files').run();
      for (const f of c.files) this.#sql('INSERT INTO estate_files(path, text) VALUES (?, ?)').run(f.path, f.text);
      const versions = Object.fromEntries(c.newVersions.map((v) => [v.name, v.version]));
      const r = this.#sql('INSERT INTO applies(user, at, summary, changes, versions) VALUES (?, ?, ?, ?, ?)')
        .run(c.user, c.at, c.summary, JSON.stringify(c.changes), JSON.stringify(versions));
      return { id: Number(r.lastInsertRowid), user: c.user, at: c.at, changes: c.changes.length, versions, summary: c.summary };
    });
  }
}

function toPipeline(r: Record<string, unknown>): StoredPipeline {
  return {
    name: String(r.name),
    version: Number(r.version),
    class: String(r.class) as WorkloadClass,
    owner: String(r.owner),
    model: String(r.model),
    spec: String(r.spec),
    sql: String(r.sql),
    sqlFile: String(r.sql_file),
    hash: String(r.hash),
    status: String(r.status) as PipelineStatus,
    updatedAt: String(r.updated_at),
  };
}

function toRecord(r: Record<string, unknown>): ApplyRecord {
  return {
    id: Number(r.id),
    user: String(r.user),
    at: String(r.at),
    changes: (JSON.parse(String(r.changes)) as unknown[]).length,
    versions: JSON.parse(String(r.versions)) as Record<string, number>,
    summary: String(r.summary),
  };
}
