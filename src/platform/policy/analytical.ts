// Class rules for pipelines that fan data out to other systems (the seeds give them to analytical
// pipelines; any class may use them):
//   sink-owner      every sink in spec.sinks names an owner team;
//   batching        spec.batching sets maxRecords or interval;
//   classification  spec.classification is set and is one of the listed values; an output topic
//                   that sets a classification of its own (outputs default to the pipeline's) must
//                   use a listed value too;
//   cost-tags       spec.cost.domain is set and spec.cost.tags has every listed key.
import { contractAt, pipelineAt, type ClassRuleTable, type Finding } from './context.ts';
import { list } from './text.ts';

export const ANALYTICAL_RULES: Pick<ClassRuleTable, 'sink-owner' | 'batching' | 'classification' | 'cost-tags'> = {
  'sink-owner': (p) => p.sinks.flatMap((sink, i): Finding[] => {
    if (sink.owner !== undefined) return [];
    return [{
      subject: `pipeline ${p.name}`,
      at: pipelineAt(p, 'sinks', i, 'owner'),
      message: `pipeline ${p.name}: sink ${sink.name} names no owner; the ${p.class} policy requires every sink to have an owning team that answers for the data it receives, so set owner on sink ${sink.name}`,
    }];
  }),
  batching: (p) => {
    if (p.batching?.maxRecords !== undefined || p.batching?.intervalMs !== undefined) return [];
    return [{
      subject: `pipeline ${p.name}`,
      at: pipelineAt(p, 'batching'),
      message: `pipeline ${p.name}: no batching policy is set (spec.batching); the ${p.class} policy requires one so that sinks receive data in batches, so set spec.batching.maxRecords or spec.batching.interval`,
    }];
  },
  classification: (p, allowed) => {
    const out: Finding[] = [];
    const choices = list(allowed, 'or');
    if (p.classification === undefined) {
      out.push({
        subject: `pipeline ${p.name}`,
        at: pipelineAt(p, 'classification'),
        message: `pipeline ${p.name}: no data classification is set (spec.classification); the ${p.class} policy requires every pipeline to classify its data, so set spec.classification to ${choices}`,
      });
    } else if (!allowed.includes(p.classification)) {
      out.push({
        subject: `pipeline ${p.name}`,
        at: pipelineAt(p, 'classification'),
        message: `pipeline ${p.name}: data classification ${p.classification} is not one the ${p.class} policy allows; set spec.classification to ${choices}`,
      });
    }
    for (const o of p.outputs) {
      if (o.classification === undefined || o.classification === p.classification || allowed.includes(o.classification)) continue;
      out.push({
        subject: `topic ${o.name}`,
        at: contractAt(o, 'classification'),
        message: `topic ${o.name}: data classification ${o.classification} is not one the ${p.class} policy allows; set the output's classification to ${choices}`,
      });
    }
    return out;
  },
  'cost-tags': (p, keys) => {
    const requires = `the ${p.class} policy requires the cost domain that pays for the pipeline${keys.length > 0 ? ` and the cost tags ${list(keys)}` : ''}`;
    if (p.cost === undefined) {
      return [{
        subject: `pipeline ${p.name}`,
        at: pipelineAt(p, 'cost', 'domain'),
        message: `pipeline ${p.name}: no cost domain is set (spec.cost.domain); ${requires}, so set spec.cost.domain${keys.length > 0 ? ' and spec.cost.tags' : ''}`,
      }];
    }
    const missing = keys.filter((k) => !Object.hasOwn(p.cost!.tags, k) || p.cost!.tags[k] === '');
    if (missing.length === 0) return [];
    return [{
      subject: `pipeline ${p.name}`,
      at: pipelineAt(p, 'cost', 'tags'),
      message: `pipeline ${p.name}: spec.cost.tags lacks ${list(missing)}; ${requires}, so add ${missing.length === 1 ? 'it' : 'them'} under spec.cost.tags`,
    }];
  },
};
