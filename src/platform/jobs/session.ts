// A SQL session: statements in, results out — what `weir run`, `weir sql` and `weir up --sql`
// share. DDL and SET go to the catalog; INSERTs, statement sets and queries are planned and started
// as jobs on the engine; EXPLAIN, SHOW and DESCRIBE print. Jobs keep running until stopped.
import { Catalog, parseScript, planStatement, tableSchema, toSql, withNullable, type CatalogEntry, type Change, type Field, type Statement } from '../../sql/index.ts';
import { jobIdFromName, startJob, type EngineServices, type Job, type JobOptions } from '../../engine/index.ts';
import type { ObjectStore } from '../../storage/index.ts';
import { isWeirError, WeirError } from '../../util/errors.ts';
import { readFileSync } from 'node:fs';

export interface SessionOptions {
  /** Names the script in error messages. */
  readonly file: string;
  readonly services: EngineServices;
  /** Where checkpoints go. */
  readonly store: ObjectStore;
  /** Receives each SELECT's results: its fields once, then changes as they come. */
  readonly onResults?: (job: Job, fields: readonly Field[], changes: readonly Change[]) => void;
  /** Receives text output (EXPLAIN, SHOW, DESCRIBE, messages). */
  readonly print: (text: string) => void;
  /** Extra options for every job started (tests: `failAfterRecords`). */
  readonly jobOptions?: Partial<JobOptions>;
  /** Names every job `<prefix>-<statement index>` (the platform's stable ids per pipeline, so a
   * restart resumes from its checkpoints); default: the job's name (`pipeline.name` or the plan's). */
  readonly jobIdPrefix?: string;
}

export class SqlSession {
  readonly catalog: Catalog;
  readonly #options: SessionOptions;
  readonly #jobs: Job[] = [];
  #statements = 0;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.catalog = new Catalog(options.file);
  }

  jobs(): readonly Job[] {
    return this.#jobs;
  }

  /** Runs every statement of a script in order; stops at the first error (thrown). */
  async executeScript(sql: string): Promise<void> {
    for (const s of parseScript(sql, this.#options.file)) await this.execute(s);
  }

  async execute(s: Statement): Promise<void> {
    const index = this.#statements++;
    const r = this.catalog.apply(s);
    const print = this.#options.print;
    switch (r.kind) {
      case 'created': print(`[INFO] Execute statement succeeded.`); return;
      case 'exists': print(`[INFO] Execute statement succeeded (${r.object} ${r.name} already exists).`); return;
      case 'set': print(r.warning === undefined ? '[INFO] Execute statement succeeded.' : `[WARNING] ${r.warning}`); return;
      case 'reset': print('[INFO] Execute statement succeeded.'); return;
      case 'tables': print(table(['table name'], r.names.map((n) => [n]))); return;
      case 'described': print(describeEntry(r.entry, this.#options.file)); return;
      case 'forPlanner': break;
    }
    if (s.kind === 'showJobs') {
      print(table(['job id', 'job name', 'status', 'records in', 'records out', 'watermark', 'checkpoints'], this.#jobs.map((j) => {
        const m = j.metrics();
        const first = m.operators[0];
        const last = m.operators[m.operators.length - 1];
        const wm = last?.watermark;
        return [j.id, j.name, j.status().state, String(first?.recordsIn ?? 0), String(last?.recordsOut ?? 0),
          wm === undefined || wm === null || !Number.isFinite(Number(wm)) ? '-' : new Date(Number(wm)).toISOString(), String(m.checkpoints.completed)];
      })));
      return;
    }
    const planned = planStatement(this.catalog, s, this.#options.file);
    if (planned.kind === 'explain') {
      print(planned.text);
      return;
    }
    const plan = planned.plan;
    const jobId = `${this.#options.jobIdPrefix ?? jobIdFromName(plan.name)}-${index}`;
    const collect = plan.sinks.find((k) => k.kind === 'collect');
    const onResults = this.#options.onResults;
    const job: Job = startJob(plan, {
      ...this.#options.jobOptions,
      services: this.#options.services,
      store: this.#options.store,
      jobId,
      ...(collect !== undefined && onResults !== undefined ? { onCollect: (changes: readonly Change[]) => onResults(job, collect.fields, changes) } : {}),
    });
    this.#jobs.push(job);
    if (collect === undefined) print(`[INFO] Submitting SQL update statement to the cluster...\n[INFO] SQL update statement has been successfully submitted to the cluster:\nJob ID: ${job.id}`);
  }

  /** Stops one job (STOP JOB 'id' in the shell): a final checkpoint, then it ends. */
  async stopJob(id: string): Promise<void> {
    const job = this.#jobs.find((j) => j.id === id);
    if (job === undefined) throw new WeirError('CLI_USAGE', `no job '${id}' in this session; SHOW JOBS lists them`);
    await job.stop();
    this.#options.print(`[INFO] Stopped job ${id}.`);
  }

  /** Stops every job with a final checkpoint. */
  async stopAll(): Promise<void> {
    await Promise.all(this.#jobs.map((j) => j.stop()));
  }
}

function describeEntry(e: CatalogEntry, file: string): string {
  if (e.kind === 'view') return `view ${e.path.join('.')}`;
  const s = tableSchema(e, file);
  const pk = new Set(e.ddl.primaryKey?.columns ?? []);
  const rows = e.ddl.columns.map((c, i) => {
    const t = s.fields[i]!.type;
    const extras = c.kind === 'computed' ? 'AS …' : c.kind === 'metadata' ? `METADATA${c.key !== undefined ? ` FROM '${c.key}'` : ''}${c.virtual ? ' VIRTUAL' : ''}` : '';
    const wm = e.ddl.watermark?.timeColumn === c.name ? 'yes' : '';
    return [c.name, toSql(withNullable(t, true)), String(t.nullable), pk.has(c.name) ? `PRI(${[...pk].join(', ')})` : '', extras, wm];
  });
  return table(['name', 'type', 'null', 'key', 'extras', 'watermark'], rows);
}

/** A script's text; an unreadable file is a usage error naming it. */
export function readScript(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new WeirError('CLI_USAGE', `cannot read the script ${file}: ${(e as Error).message}`);
  }
}

/** An error as a user reads it. */
export function describeError(e: unknown): string {
  if (isWeirError(e)) return e.describe();
  return e instanceof Error ? e.message : String(e);
}

/** Flink's tableau box: a header, rows, and the row count. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  const fmt = (r: readonly string[]): string => '|' + r.map((c, i) => ` ${c.padStart(widths[i]!)} `).join('|') + '|';
  const body = rows.length === 0 ? [] : [...rows.map(fmt), line];
  return [line, fmt(header), line, ...body, rows.length === 0 ? 'Empty set' : `${rows.length} row${rows.length === 1 ? '' : 's'} in set`].join('\n');
}
