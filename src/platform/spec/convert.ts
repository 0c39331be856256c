// A validated Pipeline or Topic document → the model (spec/model.ts): durations to ms, defaults
// that depend on the document (outputs owned by the pipeline's owner, schema subjects named after
// their topic), and files named with `file:` read from the estate (relative to the spec file).
import { posix } from 'node:path';
import type { Owner, Pipeline, SchemaContract, SpecError, SpecFile, TopicContract } from './model.ts';
import { durationMs, retentionMs } from './duration.ts';
import { specError } from './issues.ts';
import type { PipelineDocument, SchemaContractDocument, TopicDocument, TopicFields } from './schema.ts';
import type { YamlSource } from './yaml-source.ts';

type Path = readonly (string | number)[];

/** What converting one document needs: where it is, the estate's files, and where errors go. */
export interface Context {
  readonly source: YamlSource;
  readonly files: ReadonlyMap<string, SpecFile>;
  readonly errors: SpecError[];
}

/** The estate-relative path of a file named in a spec, normalised ('a/./b/../c.sql' → 'a/c.sql'). */
export function resolvePath(specFile: string, name: string): string {
  return posix.normalize(posix.join(posix.dirname(specFile), name));
}

export function toPipeline(doc: PipelineDocument, ctx: Context): Pipeline {
  const s = doc.spec;
  checkAlertKinds(s.alerts, ctx);
  const owner = toOwner(s.owner);
  const name = doc.metadata.name;
  return {
    name,
    class: s.class,
    ...(s.description === undefined ? {} : { description: s.description }),
    owner,
    labels: strings(doc.metadata.labels),
    sources: s.sources,
    outputs: s.outputs.map((o, i) => toTopic(o, o.name, owner, ['spec', 'outputs', i], ctx, name, s.classification)),
    sql: toSql(s.sql, ctx),
    sinks: s.sinks.map((k) => ({
      name: k.name,
      ...(k.connector === undefined ? {} : { connector: k.connector }),
      ...(k.owner === undefined ? {} : { owner: k.owner }),
      ...(k.retries === undefined ? {} : { retries: k.retries }),
      ...(k.deadLetter === undefined ? {} : { deadLetter: k.deadLetter }),
    })),
    acls: s.acls,
    ...(s.replay === undefined ? {} : {
      replay: { windowMs: ms(s.replay.window), checkpointRestoreMs: ms(s.replay.checkpointRestore), delayedRecoveryMs: ms(s.replay.delayedRecovery) },
    }),
    ...(s.recovery === undefined ? {} : { recovery: { objectiveMs: ms(s.recovery.objective) } }),
    ...(s.cost === undefined ? {} : { cost: { domain: s.cost.domain, tags: strings(s.cost.tags) } }),
    alerts: s.alerts.map((a) => ({ kind: a.kind, threshold: a.threshold, forMs: ms(a.for), severity: a.severity })),
    ...(s.rollback === undefined ? {} : { rollback: s.rollback }),
    ...(s.batching === undefined ? {} : {
      batching: {
        ...(s.batching.maxRecords === undefined ? {} : { maxRecords: s.batching.maxRecords }),
        ...(s.batching.interval === undefined ? {} : { intervalMs: ms(s.batching.interval) }),
      },
    }),
    ...(s.classification === undefined ? {} : { classification: s.classification }),
    ...(s.migration === undefined ? {} : {
      migration: {
        ...(s.migration.input === undefined ? {} : { input: { from: String(s.migration.input.from), to: String(s.migration.input.to) } }),
        ...(s.migration.cutoff === undefined ? {} : { cutoff: s.migration.cutoff }),
        ...(s.migration.validation === undefined ? {} : { validation: { kind: s.migration.validation.kind, options: strings(s.migration.validation.options) } }),
      },
    }),
    ...(s.expires === undefined ? {} : { expires: typeof s.expires === 'number' ? `${s.expires}ms` : s.expires }),
    source: ctx.source,
  };
}

export function toTopicDocument(doc: TopicDocument, ctx: Context): TopicContract {
  return toTopic(doc.spec, doc.metadata.name, toOwner(doc.spec.owner), ['spec'], ctx);
}

function toTopic(t: TopicFields, name: string, owner: Owner, path: Path, ctx: Context, pipeline?: string, classification?: string): TopicContract {
  const valueSchema = t.schema === undefined ? undefined : toSchema(t.schema, `${name}-value`, [...path, 'schema'], ctx);
  const keySchema = t.keySchema === undefined ? undefined : toSchema(t.keySchema, `${name}-key`, [...path, 'keySchema'], ctx);
  const cls = t.classification ?? classification;
  return {
    name,
    role: t.role,
    owner,
    partitions: t.partitions,
    retentionMs: retentionMs(t.retention)!,
    cleanupPolicy: t.cleanupPolicy,
    ...(t.key === undefined ? {} : { key: t.key }),
    configs: strings(t.configs),
    ...(valueSchema === undefined ? {} : { valueSchema }),
    ...(keySchema === undefined ? {} : { keySchema }),
    ...(cls === undefined ? {} : { classification: cls }),
    ...(pipeline === undefined ? {} : { pipeline }),
    source: ctx.source,
    path,
  };
}

function toSchema(s: SchemaContractDocument, subject: string, path: Path, ctx: Context): SchemaContract {
  const text = s.schema ?? readFile(s.file!, [...path, 'file'], ctx)?.text ?? '';
  return { subject: s.subject ?? subject, format: s.format, compatibility: s.compatibility, schema: text };
}

function toSql(sql: PipelineDocument['spec']['sql'], ctx: Context): Pipeline['sql'] {
  if (typeof sql === 'string') {
    const at = ctx.source.textAt(['spec', 'sql']);
    return { text: sql, file: at.file, line: at.line, col: at.col };
  }
  const file = readFile(sql.file, ['spec', 'sql', 'file'], ctx);
  return { text: file?.text ?? '', file: file?.path ?? resolvePath(ctx.source.file, sql.file), line: 1, col: 1 };
}

/** The estate file a spec names at `path`; an error at that field when there is none. */
function readFile(name: string, path: Path, ctx: Context): SpecFile | undefined {
  const resolved = resolvePath(ctx.source.file, name);
  const file = ctx.files.get(resolved);
  if (file === undefined) {
    ctx.errors.push(specError(ctx.source, path, `file '${name}' not found (looked for ${resolved}, relative to this spec file's directory)`));
  }
  return file;
}

/** One alert per kind: apply keeps a pipeline's alerts by kind, so a second one would be lost. */
function checkAlertKinds(alerts: PipelineDocument['spec']['alerts'], ctx: Context): void {
  const first = new Map<string, number>();
  alerts.forEach((a, i) => {
    const j = first.get(a.kind);
    if (j === undefined) {
      first.set(a.kind, i);
      return;
    }
    const was = ctx.source.at(['spec', 'alerts', j, 'kind']);
    ctx.errors.push(specError(ctx.source, ['spec', 'alerts', i, 'kind'], `a second ${a.kind} alert (the first is at ${was.file}:${was.line}:${was.col}); a pipeline has one alert of each kind, so keep one`));
  });
}

function toOwner(o: PipelineDocument['spec']['owner']): Owner {
  return {
    team: o.team,
    ...(o.onCall === undefined ? {} : { onCall: o.onCall }),
    ...(o.escalation === undefined ? {} : { escalation: o.escalation }),
  };
}

function ms(d: string | number): number {
  return durationMs(d)!;
}

function strings(m: Readonly<Record<string, string | number | boolean>>): Record<string, string> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, String(v)]));
}
