// What one pipeline reads and writes, from its SQL (src/sql's analyzeScript, which plans every
// statement so views, joins and unions resolve as when the job runs). Kafka tables ('kafka',
// 'upsert-kafka') are their topics: the `topic` option, split on ';'; a source with
// `topic-pattern` instead reads 'topic-pattern:<regex>' (lineage expands it against the topics it
// knows). Other connectors' sink tables are 'connector:identifier' — filesystem: its path, any other
// (print, blackhole…): the table's name. Non-Kafka sources (datagen, nexmark, files) are not
// recorded: they are no topic anyone else can depend on.
import { analyzeScript, type AnalyzedTable } from '../../sql/index.ts';
import type { Pipeline } from '../spec/model.ts';
import type { PipelineIO } from './types.ts';

export const TOPIC_PATTERN = 'topic-pattern:';

/** Reads, writes and sinks of `p`'s SQL. SQL errors are thrown as the planner's WeirErrors, positioned
 * in the spec (the YAML line and column for inline SQL, the .sql file's for `sql: { file }`). */
export function pipelineIO(p: Pipeline): PipelineIO {
  const analysis = analyzeScript(p.sql.text, p.sql.file, { line: p.sql.line, col: p.sql.col });
  const reads = new Set<string>();
  const writes = new Set<string>();
  const sinks = new Set<string>();
  for (const s of analysis.statements) {
    for (const t of s.sources) if (isKafka(t)) for (const topic of topicsRead(t)) reads.add(topic);
    for (const t of s.sinks) {
      if (isKafka(t)) for (const topic of topicsOf(t)) writes.add(topic);
      else sinks.add(sinkId(t));
    }
  }
  return { pipeline: p.name, reads: [...reads], writes: [...writes], sinks: [...sinks] };
}

function isKafka(t: AnalyzedTable): boolean {
  return t.connector === 'kafka' || t.connector === 'upsert-kafka';
}

function topicsOf(t: AnalyzedTable): string[] {
  return (t.options['topic'] ?? '').split(';').map((x) => x.trim()).filter((x) => x !== '');
}

function topicsRead(t: AnalyzedTable): string[] {
  const pattern = t.options['topic-pattern'];
  return pattern !== undefined && t.options['topic'] === undefined ? [`${TOPIC_PATTERN}${pattern}`] : topicsOf(t);
}

function sinkId(t: AnalyzedTable): string {
  return t.connector === 'filesystem' ? `filesystem:${t.options['path'] ?? t.name}` : `${t.connector}:${t.name}`;
}
