// Class rules (policy spec.classes): each pipeline is checked against the rules its class maps to,
// with the parameters the policy gives them. The vocabulary is fixed — production.ts, analytical.ts,
// migration.ts and exploratory.ts implement it — but any class may use any rule. A rule set to false
// is off. Rule ids are '<class>.<rule>', e.g. 'operational.on-call'.
import { ANALYTICAL_RULES } from './analytical.ts';
import type { ClassRule, ClassRuleTable, Context, Finding } from './context.ts';
import { EXPLORATORY_RULES } from './exploratory.ts';
import { MIGRATION_RULES } from './migration.ts';
import { PRODUCTION_RULES } from './production.ts';
import type { ClassRuleName, ClassRules, Violation } from './types.ts';
import type { Pipeline } from '../spec/model.ts';

/** Every class rule (a new rule in types.ts does not compile until it is here). */
const CLASS_RULES: ClassRuleTable = { ...PRODUCTION_RULES, ...ANALYTICAL_RULES, ...MIGRATION_RULES, ...EXPLORATORY_RULES };
const RULE_NAMES = Object.keys(CLASS_RULES) as ClassRuleName[];

export function checkClasses(ctx: Context): Violation[] {
  const policy = ctx.estate.policy;
  if (policy === undefined) return [];
  const out: Violation[] = [];
  for (const p of ctx.estate.pipelines) {
    const rules = policy.classes[p.class];
    if (rules === undefined) continue;
    for (const name of RULE_NAMES) {
      const rule = `${p.class}.${name}`;
      for (const f of run(name, p, rules, ctx)) out.push({ rule, ...f, ruleAt: policy.ruleAt[rule] });
    }
  }
  return out;
}

function run<K extends ClassRuleName>(name: K, p: Pipeline, rules: ClassRules, ctx: Context): Finding[] {
  const params = rules[name];
  if (params === undefined || params === false) return [];
  const rule = CLASS_RULES[name] as ClassRule<K>;
  return rule(p, params, ctx);
}
