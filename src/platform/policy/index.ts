// The policy checker: `checkPolicy(estate, facts)` returns every rule the estate's specs break, as
// the user sees them, sorted by file, line and column. A pure function — the caller (plan) gathers
// the facts: the clock, what each pipeline's SQL reads and writes, the cluster's topics.
//   estate.*    estate-wide rules of the policy file (estate.ts);
//   <class>.*   the rules the policy maps each workload class to (classes.ts);
//   replay.retention  the replay contract, always (replay.ts);
//   contract.*  SQL against spec, one writer per topic, known sources, always (contracts.ts).
// docs/policy.md is the reference for every rule and its message.
import type { Estate } from '../spec/model.ts';
import { checkClasses } from './classes.ts';
import { buildContext } from './context.ts';
import { checkContracts } from './contracts.ts';
import { checkEstate } from './estate.ts';
import { checkReplay } from './replay.ts';
import type { PolicyFacts, Violation } from './types.ts';

export function checkPolicy(estate: Estate, facts: PolicyFacts): Violation[] {
  const ctx = buildContext(estate, facts);
  const found = [...checkEstate(ctx), ...checkClasses(ctx), ...checkReplay(ctx), ...checkContracts(ctx)];
  return found.sort((a, b) =>
    compare(a.at.file, b.at.file) || a.at.line - b.at.line || a.at.col - b.at.col || compare(a.rule, b.rule) || compare(a.message, b.message));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
