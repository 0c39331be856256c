// The contract rules, always checked, policy file or not. What a pipeline's SQL reads and writes
// comes from facts.io (lineage's pipelineIO), so the rules compare the SQL with the spec:
//   contract.undeclared-source    the SQL reads a topic that spec.sources does not declare;
//   contract.undeclared-output    the SQL writes a topic that has no contract at all (not an output
//                                 of this or another pipeline, no kind Topic document);
//   contract.unknown-source       a declared source has no contract in the estate and is not on the cluster;
//   contract.single-writer        a topic has one writer, its owner: a pipeline output is written only
//                                 by the pipeline that declares it (a second declaration or another
//                                 pipeline's SQL writing it breaks the rule), and a kind Topic document
//                                 only by one pipeline of the team that owns it;
//   contract.source-of-record-role  a pipeline output declared with role source-of-record (only kind
//                                 Topic documents describe sources of record, topics owned outside pipelines).
// SQL-side findings point at the `'topic' = '…'` option in the SQL that names the topic.
import type { Pipeline, SourcePos } from '../spec/model.ts';
import { contractAt, pipelineAt, sqlReads, sqlTopicAt, sqlWrites, type Context } from './context.ts';
import type { Violation } from './types.ts';

export function checkContracts(ctx: Context): Violation[] {
  const out: Violation[] = [];
  const add = (rule: string, p: Pipeline, at: SourcePos, message: string): void => {
    out.push({ rule: `contract.${rule}`, subject: `pipeline ${p.name}`, at, message: `pipeline ${p.name}: ${message}` });
  };
  for (const p of ctx.estate.pipelines) {
    for (const topic of new Set(sqlReads(ctx.facts, p))) {
      if (p.sources.includes(topic)) continue;
      add('undeclared-source', p, sqlTopicAt(p, topic), `its SQL reads topic ${topic}, which spec.sources does not declare; a pipeline reads only the sources it declares (so that owners, lineage and the replay contract know of the dependency), so add ${topic} to spec.sources`);
    }
    for (const topic of new Set(sqlWrites(ctx.facts, p))) {
      if (ctx.contracts.has(topic)) continue;
      add('undeclared-output', p, sqlTopicAt(p, topic), `its SQL writes topic ${topic}, which spec.outputs does not declare; a pipeline writes only topics it declares, each with its contract, so add ${topic} to spec.outputs with its role, partitions and retention`);
    }
    p.sources.forEach((topic, i) => {
      if (ctx.contracts.has(topic) || ctx.facts.clusterTopics.has(topic)) return;
      add('unknown-source', p, pipelineAt(p, 'sources', i), `source topic ${topic} has no contract in the estate and does not exist on the cluster; a source must be a known topic, so describe ${topic} in a kind: Topic document, declare it as another pipeline's output, or correct the name`);
    });
    for (const o of p.outputs) {
      if (o.role !== 'source-of-record') continue;
      add('source-of-record-role', p, contractAt(o, 'role'), `output topic ${o.name} is declared with role source-of-record; only kind: Topic documents describe sources of record (topics owned outside pipelines), so set its role to derived or transient, or describe ${o.name} in a kind: Topic document`);
    }
  }
  for (const [topic, writers] of ctx.writers) {
    const c = ctx.contracts.get(topic);
    if (c === undefined) continue;
    const owner = c.pipeline !== undefined
      ? writers.find((w) => w.name === c.pipeline)
      : writers.find((w) => w.owner.team === c.owner.team);
    for (const w of writers) {
      if (w === owner) continue;
      const declared = w.outputs.find((o) => o.name === topic);
      const what = declared !== undefined ? `it declares topic ${topic} as an output` : `its SQL writes topic ${topic}`;
      const at = declared !== undefined ? contractAt(declared, 'name') : sqlTopicAt(w, topic);
      const because = c.pipeline !== undefined
        ? `but ${topic} is an output of pipeline ${c.pipeline}; a topic has a single writer, its owner, so ${declared !== undefined ? 'give this output another name' : `read ${topic} instead of writing it, or write an output of ${w.name}'s own`}`
        : owner !== undefined && owner.owner.team === w.owner.team
          ? `but pipeline ${owner.name} already writes it; a topic has a single writer, so write ${topic} from one pipeline only`
          : `but ${topic} is a ${c.role} topic owned by team ${c.owner.team}; a topic has a single writer, its owner, so only a pipeline of team ${c.owner.team} may write it: write an output of ${w.name}'s own instead`;
      add('single-writer', w, at, `${what}, ${because}`);
    }
  }
  return out;
}
