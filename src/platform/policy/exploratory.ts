// Class rules for exploratory work (the seeds give them to the exploratory class; any class may use
// them):
//   expiry              spec.expires is set — a real date, or a duration counted from the
//                       pipeline's first apply (facts.firstApplied; now if not applied yet) — lies
//                       in the future, and the date or duration is no more than
//                       maxDays (after now for a date, as a duration itself);
//   limited-privileges  each output has at most maxPartitions partitions, and each ACL grants only
//                       the listed operations ('all' is allowed only when listed);
//   no-dependents       no pipeline of another class reads (declares as a source, or reads in its
//                       SQL) an output of a pipeline of this class. The violation is reported on the
//                       reader, which can only go ahead once the writer is promoted. (A topic such a
//                       pipeline writes without owning it breaks contract.single-writer or
//                       contract.undeclared-output instead.)
import { contractAt, pipelineAt, sourceAt, sqlReads, type ClassRuleTable, type Finding } from './context.ts';
import { DAY_MS, expiresAt, formatInstant, list } from './text.ts';

export const EXPLORATORY_RULES: Pick<ClassRuleTable, 'expiry' | 'limited-privileges' | 'no-dependents'> = {
  expiry: (p, { maxDays }, ctx) => {
    const latest = formatInstant(Math.floor((ctx.facts.now + maxDays * DAY_MS) / DAY_MS) * DAY_MS);
    const requires = `the ${p.class} policy requires an expiry no more than ${maxDays} days ahead`;
    const finding = (message: string): Finding[] => [{ subject: `pipeline ${p.name}`, at: pipelineAt(p, 'expires'), message: `pipeline ${p.name}: ${message}` }];
    if (p.expires === undefined) {
      return finding(`no expiry is set (spec.expires); ${requires}, so set spec.expires to a date no later than ${latest}, or to a duration of at most ${maxDays}d`);
    }
    const expiry = expiresAt(p.expires, ctx.facts.firstApplied?.get(p.name) ?? ctx.facts.now);
    if (expiry === undefined) return finding(`expiry ${p.expires} is not a date; ${requires}, so write spec.expires as YYYY-MM-DD, no later than ${latest}`);
    if (expiry.ms <= ctx.facts.now) {
      return finding(`it expired on ${formatInstant(expiry.ms)}; ${requires}, so delete the pipeline, move spec.expires forward (no later than ${latest}) or promote it to another class`);
    }
    if (expiry.relative ? expiry.durationMs > maxDays * DAY_MS : expiry.ms > ctx.facts.now + maxDays * DAY_MS) {
      const fix = expiry.relative ? `a duration of at most ${maxDays}d` : `a date no later than ${latest}`;
      return finding(`expiry ${p.expires} is more than ${maxDays} days ${expiry.relative ? 'after its first apply' : 'from now'}; ${requires}, so set spec.expires to ${fix} or promote the pipeline to another class`);
    }
    return [];
  },
  'limited-privileges': (p, { maxPartitions, operations }) => {
    const out: Finding[] = [];
    const limited = `${p.class} pipelines get limited privileges`;
    if (maxPartitions !== undefined) {
      for (const o of p.outputs) {
        if (o.partitions <= maxPartitions) continue;
        out.push({
          subject: `topic ${o.name}`,
          at: contractAt(o, 'partitions'),
          message: `topic ${o.name}: ${o.partitions} partitions is more than the ${p.class} policy allows (at most ${maxPartitions}); ${limited}, so set partitions to at most ${maxPartitions} or promote pipeline ${p.name} to another class`,
        });
      }
    }
    if (operations !== undefined && !operations.includes('all')) {
      p.acls.forEach((acl, i) => {
        const denied = acl.operations.filter((op) => !operations.includes(op));
        if (denied.length === 0) return;
        out.push({
          subject: `pipeline ${p.name}`,
          at: pipelineAt(p, 'acls', i, 'operations', acl.operations.indexOf(denied[0]!)),
          message: `pipeline ${p.name}: the ACL for ${acl.principal} grants ${list(denied)}, which the ${p.class} policy does not allow (only ${list(operations)}); ${limited}, so remove ${denied.length === 1 ? 'it' : 'them'} or promote the pipeline to another class`,
        });
      });
    }
    return out;
  },
  'no-dependents': (p, _params, ctx) => {
    const out: Finding[] = [];
    for (const { name: topic } of p.outputs) {
      for (const reader of ctx.estate.pipelines) {
        if (reader.class === p.class || !(reader.sources.includes(topic) || sqlReads(ctx, reader).includes(topic))) continue;
        out.push({
          subject: `pipeline ${reader.name}`,
          at: sourceAt(reader, topic),
          message: `pipeline ${reader.name}: it reads topic ${topic}, an output of ${p.class} pipeline ${p.name}; the ${p.class} policy lets no pipeline of another class depend on ${p.class} pipelines, so promote ${p.name} to another class first (change its spec.class) or stop reading ${topic}`,
        });
      }
    }
    return out;
  },
};
