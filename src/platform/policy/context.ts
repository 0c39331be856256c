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

/** Where a pipeline's SQL names a topic: the value of a `'topic' = '…'` option that lists it, or of
 * a `'topic-pattern'` option that matches it, else the start of the SQL. Lines of a block scalar
 * keep their column (the block's indent is sql.col). */
export function sqlTopicAt(p: Pipeline, topic: string): SourcePos {
  const { text, file, line, col } = p.sql;
  const option = /'(topic|topic-pattern)'\s*=\s*'([^']*)'/gi;
  for (let m = option.exec(text); m !== null; m = option.exec(text)) {
    let offset = m.index + m[0].length - 1 - m[2]!.length;
    if (m[1]!.toLowerCase() === 'topic-pattern') {
      if (wholeName(m[2]!)?.test(topic) === true) return positionIn(p, offset);
      continue;
    }
    for (const name of m[2]!.split(';')) {
      if (name.trim() === topic) return positionIn(p, offset + name.length - name.trimStart().length);
      offset += name.length + 1;
    }
  }
  return { file, line, col };
}

function positionIn(p: Pipeline, offset: number): SourcePos {
  const before = p.sql.text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { file: p.sql.file, line: p.sql.line + (before.match(/\n/g)?.length ?? 0), col: p.sql.col + offset - lineStart };
}

/** Where a pipeline depends on a topic: its entry in spec.sources, else where its SQL names it. */
export function sourceAt(p: Pipeline, topic: string): SourcePos {
  const i = p.sources.indexOf(topic);
  return i >= 0 ? pipelineAt(p, 'sources', i) : sqlTopicAt(p, topic);
}
