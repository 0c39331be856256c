// Weir's schema registry: Confluent's model over the platform's SQLite database (store.ts).
// Schema ids are global (the same schema, after normalization, with the same references gets one
// id under every subject); versions count 1..n per subject; deletes are soft first and permanent
// after, as Confluent's; compatibility and mode are set globally (default BACKWARD, READWRITE) and
// per subject. The HTTP API (src/server/registry.ts) serves this class at Confluent's paths.
import type { DatabaseSync } from 'node:sqlite';
import type { Compatibility, SchemaFormat } from '../spec/model.ts';
import { compatibilityMessages, isCompatibilityLevel, type PreviousVersion } from './compatibility.ts';
import { registryErrors } from './errors.ts';
import { SchemaParser, type Prepared } from './parsing.ts';
import { GLOBAL, RegistryStore, type SchemaRow, type VersionRow } from './store.ts';
import type { CompatibilityResult, RegisteredSchema, RegistryMode, SchemaInput, SchemaRegistryApi } from './types.ts';

export const SCHEMA_TYPES: readonly SchemaFormat[] = ['JSON', 'PROTOBUF', 'AVRO'];
const MODES: readonly RegistryMode[] = ['READWRITE', 'READONLY', 'IMPORT'];

/** A version as the API names it: a number or the latest live one. */
export type VersionRef = number | 'latest';

/** Parses a version path segment: 1..2^31-1, `latest` or -1 (Confluent's alias for latest). */
export function parseVersion(text: string): VersionRef {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'latest' || trimmed === '-1') return 'latest';
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 31 - 1) throw registryErrors.invalidVersion(text);
  return n;
}

export class SchemaRegistry implements SchemaRegistryApi {
  private readonly store: RegistryStore;
  private readonly parser: SchemaParser;

  constructor(db: DatabaseSync) {
    this.store = new RegistryStore(db);
    this.parser = new SchemaParser(this.store);
  }

  // ---- subjects and versions ------------------------------------------------------------------

  subjects(options: { deleted?: boolean; prefix?: string } = {}): string[] {
    const names = new Set(this.store.allVersions(options.deleted ?? false).map((v) => v.subject));
    return [...names].filter((s) => options.prefix === undefined || s.startsWith(options.prefix));
  }

  /** Whether the subject has versions (live ones, or any with `deleted`). */
  hasSubject(subject: string, options: { deleted?: boolean } = {}): boolean {
    return this.store.versions(subject, options.deleted ?? false).length > 0;
  }

  /** The subject's version numbers; throws 40401 when it has none (live, or at all with `deleted`). */
  versions(subject: string, options: { deleted?: boolean } = {}): number[] {
    const rows = this.store.versions(subject, options.deleted ?? false);
    if (rows.length === 0) throw registryErrors.subjectNotFound(subject);
    return rows.map((r) => r.version);
  }

  version(subject: string, ref: VersionRef, options: { deleted?: boolean } = {}): RegisteredSchema {
    return this.registered(this.versionRow(subject, ref, options.deleted ?? false));
  }

  latest(subject: string): RegisteredSchema | undefined {
    const row = this.store.versions(subject, false).at(-1);
    return row === undefined ? undefined : this.registered(row);
  }

  /** The schema with this id (while some version, even soft-deleted, still uses it). */
  schemaById(id: number): SchemaRow | undefined {
    const row = this.store.schema(id);
    return row !== undefined && this.store.usesOf(id, true).length > 0 ? row : undefined;
  }

  /** Where a schema id is used: subject and version pairs. */
  usesOf(id: number, options: { deleted?: boolean } = {}): { subject: string; version: number }[] {
    if (this.schemaById(id) === undefined) throw registryErrors.schemaNotFound(id);
    return this.store.usesOf(id, options.deleted ?? false).map((v) => ({ subject: v.subject, version: v.version }));
  }

  /** Every registered version (GET /schemas), optionally only each subject's latest. */
  schemas(options: { subjectPrefix?: string; deleted?: boolean; latestOnly?: boolean } = {}): RegisteredSchema[] {
    let rows = this.store.allVersions(options.deleted ?? false);
    if (options.subjectPrefix !== undefined) rows = rows.filter((r) => r.subject.startsWith(options.subjectPrefix!));
    if (options.latestOnly === true) rows = rows.filter((r, i) => rows[i + 1]?.subject !== r.subject);
    return rows.map((r) => this.registered(r));
  }

  /** Ids of the schemas whose references name this subject version. */
  referencedBy(subject: string, ref: VersionRef): number[] {
    const row = this.versionRow(subject, ref, true);
    return this.store.referencesTo(subject, row.version);
  }

  lookup(subject: string, input: SchemaInput, options: { deleted?: boolean } = {}): RegisteredSchema | undefined {
    const prepared = this.parser.prepare(input);
    const row = this.store.versions(subject, options.deleted ?? false).find((v) => this.store.schema(v.schemaId)?.identity === prepared.identity);
    return row === undefined ? undefined : this.registered(row);
  }

  // ---- registration -------------------------------------------------------------------------

  register(subject: string, input: SchemaInput, options: { id?: number; version?: number } = {}): { id: number; version: number } {
    if (subject === GLOBAL) throw registryErrors.invalidSubject(subject);
    const mode = this.mode(subject);
    if (mode === 'READONLY') throw registryErrors.notPermitted(`Subject ${subject} is in read-only mode`);
    const prepared = this.parser.prepare(input);
    return this.store.transaction(() => {
      const live = this.store.versions(subject, false);
      const same = live.find((v) => this.store.schema(v.schemaId)?.identity === prepared.identity);
      if (same !== undefined && (options.id === undefined || options.id === same.schemaId)) return { id: same.schemaId, version: same.version };
      const next = this.store.nextVersion(subject);
      if (mode !== 'IMPORT') {
        const known = options.id === undefined ? undefined : this.store.schema(options.id);
        if (options.id !== undefined && known?.identity !== prepared.identity) {
          throw registryErrors.notPermitted(`Overwrite new schema with id ${options.id} is not permitted.`);
        }
        if (options.version !== undefined && options.version !== next) {
          throw registryErrors.notPermitted(`Version ${options.version} is not the next version (${next}) of subject ${subject}.`);
        }
        const messages = compatibilityMessages(prepared.handler, this.compatibility(subject), prepared.parsed, this.previous(live));
        if (messages.length > 0) throw registryErrors.incompatible(subject, messages);
      }
      const id = this.schemaIdFor(prepared, options.id);
      const version = options.version ?? next;
      const taken = this.store.version(subject, version);
      if (taken !== undefined) {
        if (taken.schemaId === id && !taken.deleted) return { id, version };
        throw registryErrors.notPermitted(`Version ${version} of subject ${subject} already exists.`);
      }
      this.store.insertVersion(subject, version, id);
      return { id, version };
    });
  }

  private schemaIdFor(prepared: Prepared, wanted: number | undefined): number {
    if (wanted !== undefined) {
      const row = this.store.schema(wanted);
      if (row !== undefined && row.identity !== prepared.identity) {
        throw registryErrors.notPermitted(`Overwrite new schema with id ${wanted} is not permitted.`);
      }
      return row?.id ?? this.store.insertSchema(prepared.schemaType, prepared.schema, prepared.references, prepared.identity, wanted);
    }
    const row = this.store.schemaByIdentity(prepared.identity);
    return row?.id ?? this.store.insertSchema(prepared.schemaType, prepared.schema, prepared.references, prepared.identity);
  }

  // ---- compatibility --------------------------------------------------------------------------

  testCompatibility(subject: string, input: SchemaInput): CompatibilityResult {
    return this.checkCompatibility(subject, input, 'all');
  }

  /**
   * Checks against one version (with the level's direction, not transitively), against the latest,
   * or against the versions the subject's level names (`all`).
   */
  checkCompatibility(subject: string, input: SchemaInput, against: VersionRef | 'all'): CompatibilityResult {
    const prepared = this.parser.prepare(input);
    const level = this.compatibility(subject);
    let previous: VersionRow[];
    if (against === 'all') previous = this.store.versions(subject, false);
    else if (against === 'latest') previous = this.store.versions(subject, false).slice(-1);
    else previous = [this.versionRow(subject, against, false)];
    const effective = against === 'all' ? level : (level.replace('_TRANSITIVE', '') as Compatibility);
    const messages = compatibilityMessages(prepared.handler, effective, prepared.parsed, this.previous(previous));
    return { compatible: messages.length === 0, messages };
  }

  private previous(rows: readonly VersionRow[]): PreviousVersion<unknown>[] {
    return rows.map((row) => {
      const schema = this.schemaRow(row.schemaId);
      return { version: row.version, schemaType: schema.schemaType, schema: schema.schema, parsed: this.parser.prepare(schema).parsed };
    });
  }

  // ---- deletes --------------------------------------------------------------------------------

  /** DELETE /subjects/{s}: soft first, then `permanent`; returns the versions deleted. */
  deleteSubject(subject: string, permanent: boolean): number[] {
    this.refuseReadOnly(subject);
    return this.store.transaction(() => {
      const all = this.store.versions(subject, true);
      if (all.length === 0) throw registryErrors.subjectNotFound(subject);
      const live = all.filter((v) => !v.deleted);
      if (!permanent && live.length === 0) throw registryErrors.subjectSoftDeleted(subject);
      if (permanent && live.length > 0) throw registryErrors.subjectNotSoftDeleted(subject);
      for (const v of all) this.refuseReferenced(subject, v.version);
      if (!permanent) {
        for (const v of live) this.store.softDelete(subject, v.version);
        return live.map((v) => v.version);
      }
      for (const v of all) this.store.hardDelete(subject, v.version);
      this.store.deleteConfig(subject);
      return all.map((v) => v.version);
    });
  }

  /** DELETE /subjects/{s}/versions/{v}: soft first, then `permanent`; returns the version. */
  deleteSubjectVersion(subject: string, ref: VersionRef, permanent: boolean): number {
    this.refuseReadOnly(subject);
    return this.store.transaction(() => {
      const row = this.versionRow(subject, ref, true);
      if (!permanent && row.deleted) throw registryErrors.versionSoftDeleted(subject, row.version);
      if (permanent && !row.deleted) throw registryErrors.versionNotSoftDeleted(subject, row.version);
      this.refuseReferenced(subject, row.version);
      if (permanent) this.store.hardDelete(subject, row.version);
      else this.store.softDelete(subject, row.version);
      return row.version;
    });
  }

  deleteVersion(subject: string, version: number): void {
    this.store.hardDelete(subject, version);
  }

  private refuseReadOnly(subject: string): void {
    if (this.mode(subject) === 'READONLY') throw registryErrors.notPermitted(`Subject ${subject} is in read-only mode`);
  }

  private refuseReferenced(subject: string, version: number): void {
    if (this.store.referencesTo(subject, version).length > 0) throw registryErrors.referenceExists(subject, version);
  }

  // ---- config and mode ------------------------------------------------------------------------

  globalCompatibility(): Compatibility {
    return (this.store.config(GLOBAL).compatibility as Compatibility | undefined) ?? 'BACKWARD';
  }

  /** Sets the global level; undefined resets it to the default (BACKWARD). */
  setGlobalCompatibility(level: Compatibility | undefined): void {
    this.setCompatibilityAt(GLOBAL, level);
  }

  compatibility(subject: string): Compatibility {
    return this.subjectCompatibility(subject) ?? this.globalCompatibility();
  }

  subjectCompatibility(subject: string): Compatibility | undefined {
    return this.store.config(subject).compatibility as Compatibility | undefined;
  }

  setCompatibility(subject: string, level: Compatibility | undefined): void {
    if (subject === GLOBAL) throw registryErrors.invalidSubject(subject);
    this.setCompatibilityAt(subject, level);
  }

  private setCompatibilityAt(key: string, level: string | undefined): void {
    if (level !== undefined && !isCompatibilityLevel(level)) throw registryErrors.invalidCompatibility(level);
    this.store.setConfig(key, 'compatibility', level);
  }

  globalMode(): RegistryMode {
    return (this.store.config(GLOBAL).mode as RegistryMode | undefined) ?? 'READWRITE';
  }

  mode(subject: string): RegistryMode {
    return this.subjectMode(subject) ?? this.globalMode();
  }

  subjectMode(subject: string): RegistryMode | undefined {
    return this.store.config(subject).mode as RegistryMode | undefined;
  }

  /**
   * Sets the mode of a subject, or the global one (`subject` undefined); undefined removes it.
   * IMPORT needs an empty subject (or registry) unless `force`, as Confluent's.
   */
  setMode(subject: string | undefined, mode: string | undefined, force = false): void {
    if (mode !== undefined && !(MODES as readonly string[]).includes(mode)) throw registryErrors.invalidMode(mode);
    if (mode === 'IMPORT' && !force) {
      const used = subject === undefined ? this.store.hasAnyVersion() : this.store.versions(subject, true).length > 0;
      if (used) throw registryErrors.notPermitted('Cannot import since found existing subjects');
    }
    if (subject === GLOBAL) throw registryErrors.invalidSubject(subject);
    this.store.setConfig(subject ?? GLOBAL, 'mode', mode);
  }

  // ---- rows -----------------------------------------------------------------------------------

  private versionRow(subject: string, ref: VersionRef, includeDeleted: boolean): VersionRow {
    const all = this.store.versions(subject, true);
    if (!all.some((v) => includeDeleted || !v.deleted)) throw registryErrors.subjectNotFound(subject);
    const row = ref === 'latest' ? all.filter((v) => !v.deleted).at(-1) : all.find((v) => v.version === ref);
    if (row === undefined || (row.deleted && !includeDeleted)) throw registryErrors.versionNotFound(ref);
    return row;
  }

  private schemaRow(id: number): SchemaRow {
    const row = this.store.schema(id);
    if (row === undefined) throw registryErrors.schemaNotFound(id);
    return row;
  }

  private registered(row: VersionRow): RegisteredSchema {
    const schema = this.schemaRow(row.schemaId);
    return {
      id: schema.id,
      subject: row.subject,
      version: row.version,
      schemaType: schema.schemaType,
      schema: schema.schema,
      references: schema.references,
    };
  }
}
