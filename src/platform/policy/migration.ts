// Class rules for migrations and replays (the seeds give them to the migration class; any class may
// use them):
//   bounded-input      spec.migration.input has both `from` and `to`, each an ISO timestamp or an
//                      offset (a whole number), both of the same kind, with from before to;
//   source-retention   every declared source still holds the start of the input range now: its
//                      retention (contract in the estate, else the cluster's; compact-only and
//                      infinite cover anything) is at least now − from. Checked only when `from` is a
//                      timestamp — an offset range cannot be compared with a retention time; a source
//                      whose retention is unknown is left to contract.unknown-source;
//   output-validation  spec.migration.validation is set;
//   cutoff             spec.migration.cutoff is set and is a real date.
import { covers, history, pipelineAt, retentionOf, type ClassRuleTable, type Finding } from './context.ts';
import { formatDuration, formatInstant, parseInstant, possessive } from './text.ts';

type Bound = { readonly kind: 'timestamp' | 'offset'; readonly value: number } | undefined;

function bound(text: string): Bound {
  if (/^\d+$/.test(text.trim())) return { kind: 'offset', value: Number(text) };
  const ms = parseInstant(text);
  return ms === undefined ? undefined : { kind: 'timestamp', value: ms };
}

const HOUR_MS = 3_600_000;

export const MIGRATION_RULES: Pick<ClassRuleTable, 'bounded-input' | 'source-retention' | 'output-validation' | 'cutoff'> = {
  'bounded-input': (p) => {
    const input = p.migration?.input;
    const requires = `the ${p.class} policy requires a bounded, deterministic input range`;
    const finding = (message: string, ...path: string[]): Finding[] =>
      [{ subject: `pipeline ${p.name}`, at: pipelineAt(p, 'migration', 'input', ...path), message: `pipeline ${p.name}: ${message}` }];
    if (input === undefined) {
      return finding(`no input range is set (spec.migration.input); ${requires}, so set spec.migration.input.from and to (ISO timestamps or offsets)`);
    }
    const from = bound(input.from);
    const to = bound(input.to);
    if (from === undefined || to === undefined) {
      const [name, text] = from === undefined ? ['from', input.from] : ['to', input.to];
      return finding(`input range ${name} ${text} is neither an ISO timestamp nor an offset; ${requires}, so write ${name} as a timestamp such as 2026-01-01T00:00:00Z or as an offset`, name);
    }
    if (from.kind !== to.kind) {
      return finding(`the input range goes from ${from.kind} ${input.from} to ${to.kind} ${input.to}; ${requires}, so give from and to as two timestamps or two offsets`);
    }
    if (from.value >= to.value) {
      return finding(`the input range from ${input.from} to ${input.to} is empty; ${requires}, so set from before to`, 'to');
    }
    return [];
  },
  'source-retention': (p, _params, ctx) => {
    const text = p.migration?.input?.from;
    const from = text === undefined ? undefined : bound(text);
    if (from?.kind !== 'timestamp') return [];
    const needed = ctx.facts.now - from.value;
    return p.sources.flatMap((topic, i): Finding[] => {
      const r = retentionOf(ctx, topic);
      if (r === undefined || covers(r, needed)) return [];
      const raise = Math.ceil(needed / HOUR_MS) * HOUR_MS;
      return [{
        subject: `pipeline ${p.name}`,
        at: pipelineAt(p, 'sources', i),
        message: `pipeline ${p.name}: source topic ${topic} keeps ${history(r)} but the input range starts at ${formatInstant(from.value)}, ${formatDuration(raise)} ago; the ${p.class} policy requires source retention to cover the whole input range, so raise ${possessive(topic)} retention to at least ${formatDuration(raise)} or start the range later`,
      }];
    });
  },
  'output-validation': (p) => {
    if (p.migration?.validation !== undefined) return [];
    return [{
      subject: `pipeline ${p.name}`,
      at: pipelineAt(p, 'migration', 'validation'),
      message: `pipeline ${p.name}: no output validation is set (spec.migration.validation); the ${p.class} policy requires a check that the new output matches the old path before cutoff, so set spec.migration.validation.kind (for example row-count)`,
    }];
  },
  cutoff: (p) => {
    const cutoff = p.migration?.cutoff;
    const requires = `the ${p.class} policy requires a cutoff date, when the old path is switched off`;
    if (cutoff === undefined) {
      return [{ subject: `pipeline ${p.name}`, at: pipelineAt(p, 'migration', 'cutoff'), message: `pipeline ${p.name}: no cutoff date is set (spec.migration.cutoff); ${requires}, so set spec.migration.cutoff to a date (YYYY-MM-DD)` }];
    }
    if (parseInstant(cutoff) !== undefined) return [];
    return [{ subject: `pipeline ${p.name}`, at: pipelineAt(p, 'migration', 'cutoff'), message: `pipeline ${p.name}: cutoff ${cutoff} is not a date; ${requires}, so write spec.migration.cutoff as YYYY-MM-DD` }];
  },
};
