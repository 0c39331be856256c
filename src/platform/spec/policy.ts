// A validated `kind: Policy` document → Policy (policy/types.ts): retention bounds in ms, and where
// each rule is set ('estate.<rule>', '<class>.<rule>' → the rule name's line and column) so that a
// violation can point at the policy line that asks for it.
import type { ClassRules, EstateRules, Policy } from '../policy/types.ts';
import type { SourcePos, WorkloadClass } from './model.ts';
import { durationMs } from './duration.ts';
import type { PolicyDocument } from './schema.ts';
import type { YamlSource } from './yaml-source.ts';

export function toPolicy(doc: PolicyDocument, source: YamlSource): Policy {
  const e = doc.spec.estate;
  const ruleAt: Record<string, SourcePos> = {};
  for (const rule of Object.keys(e)) ruleAt[`estate.${rule}`] = source.keyAt(['spec', 'estate', rule]);
  const classes: Partial<Record<WorkloadClass, ClassRules>> = {};
  for (const [cls, rules] of Object.entries(doc.spec.classes) as [WorkloadClass, ClassRules | undefined][]) {
    if (rules === undefined) continue;
    classes[cls] = rules;
    for (const rule of Object.keys(rules)) ruleAt[`${cls}.${rule}`] = source.keyAt(['spec', 'classes', cls, rule]);
  }
  const estate: EstateRules = {
    ...(e['topic-naming'] === undefined ? {} : { 'topic-naming': e['topic-naming'] }),
    ...(e.partitions === undefined ? {} : { partitions: e.partitions }),
    ...(e.retention === undefined ? {} : {
      retention: {
        ...(e.retention.min === undefined ? {} : { minMs: durationMs(e.retention.min)! }),
        ...(e.retention.max === undefined ? {} : { maxMs: durationMs(e.retention.max)! }),
      },
    }),
    ...(e['required-labels'] === undefined ? {} : { 'required-labels': e['required-labels'] }),
  };
  return { name: doc.metadata.name, estate, classes, ruleAt, source };
}
