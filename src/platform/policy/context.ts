// The shared view the policy rules work from, built once per check (checkPolicy in index.ts): the
// estate's topic contracts by name, what each pipeline reads and writes (its SQL, per facts.io), who
// writes each topic, a topic's retention wherever it is known, and where in the specs a rule points.
import { topicContracts } from '../spec/model.ts';
import type { Estate, Pipeline, SourcePos, TopicContract } from '../spec/model.ts';
import { TOPIC_PATTERN } from '../lineage/index.ts';
import { formatDuration } from './text.ts';
import type { ClassRuleName, ClassRules, PolicyFacts } from './types.ts';

export interface Context {
  readonly estate: Estate;
  readonly facts: PolicyFacts;
  /** Every topic contract by name (kind Topic documents and pipeline outputs; the first one wins). */
  readonly contracts: ReadonlyMap<string, TopicContract>;
  /** The pipelines writing each topic — its SQL writes it or it declares it as an output — in estate order. */
  readonly writers: ReadonlyMap<string, readonly Pipeline[]>;
  /** The topics each pipeline's SQL reads, by pipeline name; a `topic-pattern` read is every known
   * topic (contracts and the cluster's) the pattern matches whole, as Flink matches it. */
  readonly reads: ReadonlyMap<string, readonly string[]>;
}

/** A finding of one rule, before index.ts adds the rule id and where the policy sets it. */
export interface Finding {
  readonly subject: string;
  readonly message: string;
  readonly at: SourcePos;
}

/** A class rule: the pipeline of the class, the rule's parameters from the policy file. */
export type ClassRule<K extends ClassRuleName> = (p: Pipeline, params: NonNullable<ClassRules[K]>, ctx: Context) => Finding[];

/** Every class rule, by its name in the policy file. */
export type ClassRuleTable = { readonly [K in ClassRuleName]-?: ClassRule<K> };

export function buildContext(estate: Estate, facts: PolicyFacts): Context {
  const contracts = new Map<string, TopicContract>();
  for (const c of topicContracts(estate)) if (!contracts.has(c.name)) contracts.set(c.name, c);
  const writers = new Map<string, Pipeline[]>();
  for (const p of estate.pipelines) {
    for (const topic of new Set([...p.outputs.map((o) => o.name), ...sqlWrites(facts, p)])) {
      const list = writers.get(topic);
      if (list === undefined) writers.set(topic, [p]);
      else list.push(p);
    }
  }
  const known = [...new Set([...contracts.keys(), ...facts.clusterTopics.keys()])];
  const reads = new Map<string, string[]>();
  for (const p of estate.pipelines) {
    const topics = new Set<string>();
    for (const r of facts.io.get(p.name)?.reads ?? []) {
      if (!r.startsWith(TOPIC_PATTERN)) topics.add(r);
      else for (const t of matching(r.slice(TOPIC_PATTERN.length), known)) topics.add(t);
    }
    reads.set(p.name, [...topics]);
  }
  return { estate, facts, contracts, writers, reads };
}

function matching(pattern: string, topics: readonly string[]): string[] {
  const re = wholeName(pattern);
  return re === undefined ? [] : topics.filter((t) => re.test(t));
}

function wholeName(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return undefined;
  }
}

/** Topics the pipeline's SQL reads (none when its SQL could not be analysed). */
export function sqlReads(ctx: Context, p: Pipeline): readonly string[] {
  return ctx.reads.get(p.name) ?? [];
}

/** Topics the pipeline's SQL writes. */
export function sqlWrites(facts: PolicyFacts, p: Pipeline): readonly string[] {
  return facts.io.get(p.name)?.writes ?? [];
}

/** How long a topic keeps its history: ms (-1 = infinite), whether it is compacted only (then it
 * keeps every key's latest value whatever its age), and where the figure comes from. */
export interface Retention {
  readonly ms: number;
  readonly compactOnly: boolean;
  readonly from: 'contract' | 'cluster';
}

/** The topic's retention from its contract in the estate, else from the cluster; undefined when neither knows it. */
export function retentionOf(ctx: Context, topic: string): Retention | undefined {
  const c = ctx.contracts.get(topic);
  if (c !== undefined) return { ms: c.retentionMs, compactOnly: c.cleanupPolicy === 'compact', from: 'contract' };
  const t = ctx.facts.clusterTopics.get(topic);
  if (t !== undefined) return { ms: t.retentionMs, compactOnly: t.cleanupPolicy.trim() === 'compact', from: 'cluster' };
  return undefined;
}

/** True when a topic keeping `r` of history still has data `neededMs` old. */
export function covers(r: Retention, neededMs: number): boolean {
  return r.compactOnly || r.ms < 0 || r.ms >= neededMs;
}

/** '3d of history (retention.ms=259200000)', with ' on the cluster' when the figure comes from there. */
export function history(r: Retention): string {
  return `${formatDuration(r.ms)} of history (retention.ms=${r.ms}${r.from === 'cluster' ? ' on the cluster' : ''})`;
}

/** Position of a field of a pipeline's document, or of its nearest existing parent. */
export function pipelineAt(p: Pipeline, ...path: (string | number)[]): SourcePos {
  return p.source.at(['spec', ...path]);
}

/** Position of a field of a topic contract (`name` of a kind Topic document is metadata.name). */
export function contractAt(c: TopicContract, field: string): SourcePos {
  return c.source.at(field === 'name' && c.pipeline === undefined ? ['metadata', 'name'] : [...c.path, field]);
}

/** Where a pipeline's SQL names a topic it reads or writes: the value of a `'topic' = '…'` option
 * that lists it (or a `'topic-pattern'` option that matches it), else the start of the SQL. facts.io
 * says which topics are read and written but not through which table, so when several tables name
 * the topic, a write points at a table the script INSERTs INTO and a read at one it does not (by
 * the table names in the text; the first mention when that tells nothing). Lines of a block scalar
 * keep their column (the block's indent is sql.col). */
export function sqlTopicAt(p: Pipeline, topic: string, use: 'read' | 'write'): SourcePos {
  const { text, file, line, col } = p.sql;
  const inserted = new Set([...text.matchAll(/\bINSERT\s+(?:INTO|OVERWRITE)\s+(?:TABLE\s+)?([`\w.]+)/gi)].map((m) => tableName(m[1]!)));
  const mentions: { offset: number; inserted: boolean }[] = [];
  let table = '';
  const token = /\bCREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`\w.]+)|'(topic|topic-pattern)'\s*=\s*'([^']*)'/gi;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    if (m[1] !== undefined) {
      table = tableName(m[1]);
      continue;
    }
    let offset = m.index + m[0].length - 1 - m[3]!.length;
    const names = m[2]!.toLowerCase() === 'topic' ? m[3]!.split(';') : [];
    if (names.length === 0 && wholeName(m[3]!)?.test(topic) === true) mentions.push({ offset, inserted: inserted.has(table) });
    for (const name of names) {
      if (name.trim() === topic) mentions.push({ offset: offset + name.length - name.trimStart().length, inserted: inserted.has(table) });
      offset += name.length + 1;
    }
  }
  const best = mentions.find((m) => m.inserted === (use === 'write')) ?? mentions[0];
  return best === undefined ? { file, line, col } : positionIn(p, best.offset);
}

function tableName(name: string): string {
  return name.replaceAll('`', '').toLowerCase();
}

function positionIn(p: Pipeline, offset: number): SourcePos {
  const before = p.sql.text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { file: p.sql.file, line: p.sql.line + (before.match(/\n/g)?.length ?? 0), col: p.sql.col + offset - lineStart };
}

/** Where a pipeline depends on a topic: its entry in spec.sources, else where its SQL reads it. */
export function sourceAt(p: Pipeline, topic: string): SourcePos {
  const i = p.sources.indexOf(topic);
  return i >= 0 ? pipelineAt(p, 'sources', i) : sqlTopicAt(p, topic, 'read');
}
