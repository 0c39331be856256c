// Estate-wide rules (policy spec.estate), applied to every topic contract — kind Topic documents and
// pipeline outputs — and, for required labels, to every pipeline:
//   topic-naming     the topic name matches the pattern (a JavaScript regular expression, checked by the loader);
//   partitions       min ≤ partitions ≤ max;
//   retention        min ≤ retention ≤ max; infinite (-1) is above any max and meets any min; a
//                    compact-only topic keeps every key's latest value whatever its age, so it skips this rule;
//   required-labels  each pipeline's metadata.labels has every listed key.
import { topicContracts } from '../spec/model.ts';
import { contractAt, type Context, type Finding } from './context.ts';
import { formatDuration, list } from './text.ts';
import type { EstateRuleName, EstateRules, Violation } from './types.ts';

type EstateRule<K extends EstateRuleName> = (params: NonNullable<EstateRules[K]>, ctx: Context) => Finding[];

/** Every estate rule, by its name in the policy file (a new rule does not compile until it is here). */
export const ESTATE_RULES: { readonly [K in EstateRuleName]-?: EstateRule<K> } = {
  'topic-naming': (params, ctx) => {
    const pattern = new RegExp(params.pattern);
    return topicContracts(ctx.estate).filter((c) => !pattern.test(c.name)).map((c) => ({
      subject: `topic ${c.name}`,
      at: contractAt(c, 'name'),
      message: `topic ${c.name}: the name does not match the estate's naming pattern ${params.pattern}; rename the topic so that it matches`,
    }));
  },
  partitions: ({ min, max }, ctx) => {
    const out: Finding[] = [];
    for (const c of topicContracts(ctx.estate)) {
      const at = contractAt(c, 'partitions');
      const range = `set partitions to ${min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`}`;
      if (min !== undefined && c.partitions < min) {
        out.push({ subject: `topic ${c.name}`, at, message: `topic ${c.name}: ${c.partitions} partitions is fewer than the estate's minimum of ${min}; ${range}` });
      } else if (max !== undefined && c.partitions > max) {
        out.push({ subject: `topic ${c.name}`, at, message: `topic ${c.name}: ${c.partitions} partitions is more than the estate's maximum of ${max}; ${range}` });
      }
    }
    return out;
  },
  retention: ({ minMs, maxMs }, ctx) => {
    const out: Finding[] = [];
    for (const c of topicContracts(ctx.estate)) {
      if (c.cleanupPolicy === 'compact') continue;
      const at = contractAt(c, 'retention');
      const has = `retention ${formatDuration(c.retentionMs)} (retention.ms=${c.retentionMs})`;
      if (maxMs !== undefined && (c.retentionMs < 0 || c.retentionMs > maxMs)) {
        const fix = c.retentionMs < 0
          ? `set a finite retention of at most ${formatDuration(maxMs)}, or cleanupPolicy: compact for a topic that keeps each key's latest value`
          : `set retention to at most ${formatDuration(maxMs)}`;
        out.push({ subject: `topic ${c.name}`, at, message: `topic ${c.name}: ${has} is more than the estate's maximum of ${formatDuration(maxMs)}; ${fix}` });
      } else if (minMs !== undefined && c.retentionMs >= 0 && c.retentionMs < minMs) {
        out.push({ subject: `topic ${c.name}`, at, message: `topic ${c.name}: ${has} is less than the estate's minimum of ${formatDuration(minMs)}; set retention to at least ${formatDuration(minMs)}` });
      }
    }
    return out;
  },
  'required-labels': (keys, ctx) => {
    const out: Finding[] = [];
    for (const p of ctx.estate.pipelines) {
      const missing = keys.filter((k) => !Object.hasOwn(p.labels, k) || p.labels[k] === '');
      if (missing.length === 0) continue;
      out.push({
        subject: `pipeline ${p.name}`,
        at: p.source.at(['metadata', 'labels']),
        message: `pipeline ${p.name}: metadata.labels lacks ${list(missing)}; the estate requires every pipeline to carry the labels ${list(keys)} (they go on its metrics and alerts), so add them under metadata.labels`,
      });
    }
    return out;
  },
};

const RULE_NAMES = Object.keys(ESTATE_RULES) as EstateRuleName[];

export function checkEstate(ctx: Context): Violation[] {
  const policy = ctx.estate.policy;
  if (policy === undefined) return [];
  const out: Violation[] = [];
  for (const name of RULE_NAMES) {
    const rule = `estate.${name}`;
    for (const f of run(name, policy.estate, ctx)) out.push({ rule, ...f, ruleAt: policy.ruleAt[rule] });
  }
  return out;
}

function run<K extends EstateRuleName>(name: K, rules: EstateRules, ctx: Context): Finding[] {
  const params = rules[name];
  if (params === undefined) return [];
  const rule = ESTATE_RULES[name] as EstateRule<K>;
  return rule(params, ctx);
}
