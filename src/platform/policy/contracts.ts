// The contract rules, always checked, policy file or not. What a pipeline's SQL reads and writes
// comes from facts.io (lineage's pipelineIO), so the rules compare the SQL with the spec:
//   contract.undeclared-source    the SQL reads a topic that spec.sources does not declare;
//   contract.undeclared-output    the SQL writes a topic that has no contract at all (not an output
//                                 of this or another pipeline, no kind Topic document);
//   contract.unknown-source       a declared source has no contract in the estate and is not on the cluster;
//   contract.single-writer        a topic has one writer, its owner: a pipeline output is written only
//                                 by the pipeline that declares it, and a kind Topic document only by
//                                 one pipeline of the team that owns it.
// Two more contract rules are the spec loader's, reported as spec errors before any policy runs: a
// topic has one contract (a second declaration is an error), and only kind Topic documents may have
// role source-of-record (an output's role is derived or transient).
// SQL-side findings point at the `'topic' = '…'` option in the SQL that names the topic.
import type { Pipeline, SourcePos } from '../spec/model.ts';
import { contractAt, pipelineAt, sqlReads, sqlTopicAt, sqlWrites, type Context } from './context.ts';
import { possessive } from './text.ts';
import type { Violation } from './types.ts';

export function checkContracts(ctx: Context): Violation[] {
  const out: Violation[] = [];
  const add = (rule: string, p: Pipeline, at: SourcePos, message: string): void => {
    out.push({ rule: `contract.${rule}`, subject: `pipeline ${p.name}`, at, message: `pipeline ${p.name}: ${message}` });
  };
  for (const p of ctx.estate.pipelines) {
    for (const topic of new Set(sqlReads(ctx, p))) {
      if (p.sources.includes(topic)) continue;
      add('undeclared-source', p, sqlTopicAt(p, topic, 'read'), `its SQL reads topic ${topic}, which spec.sources does not declare; a pipeline reads only the sources it declares (so that owners, lineage and the replay contract know of the dependency), so add ${topic} to spec.sources`);
    }
    for (const topic of new Set(sqlWrites(ctx.facts, p))) {
      if (ctx.contracts.has(topic)) continue;
      add('undeclared-output', p, sqlTopicAt(p, topic, 'write'), `its SQL writes topic ${topic}, which spec.outputs does not declare; a pipeline writes only topics it declares, each with its contract, so add ${topic} to spec.outputs with its role, partitions and retention`);
    }
    p.sources.forEach((topic, i) => {
      if (ctx.contracts.has(topic) || ctx.facts.clusterTopics.has(topic)) return;
      add('unknown-source', p, pipelineAt(p, 'sources', i), `source topic ${topic} has no contract in the estate and is not on the cluster (or this plan deletes it); a source must be a known topic, so describe ${topic} in a kind: Topic document, declare it as another pipeline's output, or correct the name`);
    });
  }
  for (const [topic, writers] of ctx.writers) {
    const c = ctx.contracts.get(topic);
    if (c === undefined) continue;
    const owner = c.pipeline !== undefined
      ? writers.find((w) => w.name === c.pipeline)
      : writers.find((w) => w.owner.team === c.owner.team);
    // Other writers than the owner can only be SQL writers: the loader gives each topic one contract.
    for (const w of writers) {
      if (w === owner) continue;
      const because = c.pipeline !== undefined
        ? `${topic} is an output of pipeline ${c.pipeline}; a topic has a single writer, its owner, so read ${topic} instead of writing it, or write an output of ${possessive(w.name)} own`
        : owner !== undefined && owner.owner.team === w.owner.team
          ? `pipeline ${owner.name} already writes it; a topic has a single writer, so write ${topic} from one pipeline only`
          : `${topic} is a ${c.role} topic owned by team ${c.owner.team}; a topic has a single writer, its owner, so only a pipeline of team ${c.owner.team} may write it: write an output of ${possessive(w.name)} own instead`;
      add('single-writer', w, sqlTopicAt(w, topic, 'write'), `its SQL writes topic ${topic}, but ${because}`);
    }
  }
  return out;
}
