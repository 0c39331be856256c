// The desired state: what the estate's specs ask for, as plain records keyed by resource id —
// topics with the configs their contracts set (retention.ms, cleanup.policy and the rest), schema
// subjects, one ACL per principal × operation × resource, one job per pipeline (its SQL's hash),
// alerts ('<pipeline>/<kind>'), tags ('<pipeline>/<key>': the cost domain, cost tags and
// observability labels) and the pipelines' records (spec text, SQL, the model as JSON, a hash of
// both: a different hash is a new version). The loader allows one contract per topic and per
// schema subject and one alert per pipeline and kind; an ACL two pipelines grant is the first one's.
import { createHash } from 'node:crypto';
import { Parser } from 'yaml';
import { topicContracts, type Estate, type Pipeline, type SpecFile, type TopicContract } from '../spec/model.ts';
import type { StoredAcl, StoredAlert, StoredTag } from '../store.ts';
import type { DesiredJob, DesiredPipeline, DesiredSchema, DesiredState, DesiredTopic } from './state.ts';

export function desiredState(estate: Estate, files: readonly SpecFile[]): DesiredState {
  const topics = new Map<string, DesiredTopic>();
  const schemas = new Map<string, DesiredSchema>();
  for (const t of topicContracts(estate)) {
    if (!topics.has(t.name)) topics.set(t.name, desiredTopic(t));
    for (const [field, s] of [['schema', t.valueSchema], ['keySchema', t.keySchema]] as const) {
      if (s === undefined || schemas.has(s.subject)) continue;
      schemas.set(s.subject, { ...s, owner: ownerOf(t), topic: t.name, at: t.source.at([...t.path, field]) });
    }
  }
  const acls = new Map<string, StoredAcl>();
  const jobs = new Map<string, DesiredJob>();
  const alerts = new Map<string, StoredAlert>();
  const tags = new Map<string, StoredTag>();
  const pipelines = new Map<string, DesiredPipeline>();
  const texts = documentTexts(files, estate.pipelines);
  for (const p of estate.pipelines) {
    if (pipelines.has(p.name)) continue;
    for (const acl of p.acls) {
      const resources = [...acl.topics.map((t) => `topic:${t}`), ...acl.groups.map((g) => `group:${g}`)];
      for (const operation of acl.operations) {
        for (const resource of resources) {
          const id = `${acl.principal} ${operation} ${resource}`;
          if (!acls.has(id)) acls.set(id, { id, principal: acl.principal, operation, resource, owner: p.name });
        }
      }
    }
    jobs.set(p.name, { pipeline: p.name, hash: sha256(p.sql.text), sql: p.sql.text, file: p.sql.file });
    for (const a of p.alerts) {
      const id = `${p.name}/${a.kind}`;
      if (!alerts.has(id)) alerts.set(id, { id, pipeline: p.name, kind: a.kind, threshold: a.threshold, forMs: a.forMs, severity: a.severity });
    }
    const pairs: [string, string][] = [
      ...(p.cost === undefined ? [] : [['cost-domain', p.cost.domain] as [string, string], ...Object.entries(p.cost.tags).map(([k, v]): [string, string] => [`cost.${k}`, v])]),
      ...Object.entries(p.labels).map(([k, v]): [string, string] => [`label.${k}`, v]),
    ];
    for (const [key, value] of pairs) tags.set(`${p.name}/${key}`, { id: `${p.name}/${key}`, pipeline: p.name, key, value });
    pipelines.set(p.name, desiredPipeline(p, texts.get(p.name) ?? ''));
  }
  return { topics, schemas, acls, jobs, alerts, tags, pipelines, files };
}

function desiredTopic(t: TopicContract): DesiredTopic {
  return {
    name: t.name,
    owner: ownerOf(t),
    document: t.pipeline === undefined ? 'Topic' : 'Pipeline',
    role: t.role,
    partitions: t.partitions,
    contract: contractFields(t),
    configs: { ...t.configs, 'retention.ms': String(t.retentionMs), 'cleanup.policy': t.cleanupPolicy },
    at: t.source.at(t.path),
    partitionsAt: t.source.at([...t.path, 'partitions']),
  };
}

/** The contract's governance fields, absent ones left out. */
function contractFields(t: TopicContract): Record<string, string> {
  const fields: Record<string, string | undefined> = { team: t.owner.team, onCall: t.owner.onCall, role: t.role, key: t.key, classification: t.classification };
  return Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined));
}

function ownerOf(t: TopicContract): string {
  return t.pipeline ?? `topic ${t.name}`;
}

function desiredPipeline(p: Pipeline, spec: string): DesiredPipeline {
  // The model without where it came from (positions; the SQL as text only): moving a document
  // between files is not a new version.
  const model = JSON.stringify({ ...p, sql: p.sql.text }, (key, value: unknown) => (key === 'source' || key === 'path' ? undefined : value));
  return {
    name: p.name,
    class: p.class,
    owner: p.owner.team,
    model,
    spec,
    sql: p.sql.text,
    sqlFile: p.sql.file,
    hash: sha256(`${spec}\0${model}`),
  };
}

/** The text of the YAML document each pipeline comes from. A file of one document is that
 * document; a file of several is cut at its documents' starts (yaml's CST parser, which does not
 * build nodes), and a pipeline's document is the one its `kind` field is in. */
function documentTexts(files: readonly SpecFile[], pipelines: readonly Pipeline[]): Map<string, string> {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const cuts = new Map<string, { readonly starts: number[]; readonly lines: number[] }>();
  const out = new Map<string, string>();
  for (const p of pipelines) {
    const text = byPath.get(p.source.file) ?? '';
    const markers = text.match(/^(?:---|\.\.\.)(?:[ \t]|$)/gm)?.length ?? 0;
    if (markers === 0 || (markers === 1 && text.startsWith('---'))) {
      out.set(p.name, text.replace(/^---[^\n]*\n/, ''));
      continue;
    }
    let cut = cuts.get(p.source.file);
    if (cut === undefined) {
      const starts = [...new Parser().parse(text)].flatMap((t) => (t.type === 'document' ? [t.offset] : []));
      const lines = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.push(i + 1);
      cut = { starts, lines };
      cuts.set(p.source.file, cut);
    }
    const pos = p.source.at(['kind']);
    const offset = (cut.lines[pos.line - 1] ?? 0) + pos.col - 1;
    const i = cut.starts.findLastIndex((s) => s <= offset);
    out.set(p.name, text.slice(cut.starts[i] ?? 0, cut.starts[i + 1] ?? text.length).replace(/^---[^\n]*\n/, ''));
  }
  return out;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
