// A plan as a reader sees it: one line per change — `+` create, `~`
// update, `-` delete — with its detail inline when there is one and indented below when there are
// more; then the policy violations and spec errors as `file:line:col  [rule]  message`; then a
// summary line. Works on plain data (PlanResult), so the CLI renders what the HTTP API returns.
import type { SourcePos } from '../spec/model.ts';
import type { Change, PlanResult } from './types.ts';

const SIGN = { create: '+', update: '~', delete: '-' } as const;

function renderChange(c: Change): string {
  const head = `${SIGN[c.action]} ${c.kind} ${c.id}`;
  if (c.details.length === 0) return head;
  if (c.details.length === 1) return `${head}  ${c.details[0]}`;
  return [head, ...c.details.map((d) => `    ${d}`)].join('\n');
}

export function renderPlan(plan: PlanResult): string {
  const lines = plan.changes.map(renderChange);
  if (plan.violations.length > 0) {
    lines.push('', `Policy violations (${plan.violations.length}):`);
    for (const v of plan.violations) lines.push(`  ${pos(v.at)}  [${v.rule}]  ${v.message}`);
  }
  if (plan.errors.length > 0) {
    lines.push('', `Spec errors (${plan.errors.length}):`);
    for (const e of plan.errors) lines.push(`  ${pos(e)}  [${e.field}]  ${e.message}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(summary(plan));
  return lines.join('\n');
}

/** 'Plan: 5 to create, 1 to change, 0 to destroy.', or 'No changes. …'. */
function summary(plan: Pick<PlanResult, 'changes' | 'violations' | 'errors'>): string {
  const problems = [count(plan.violations.length, 'policy violation'), count(plan.errors.length, 'spec error')].filter((t) => t !== '').join(' and ');
  const refused = problems === '' ? '' : ` Apply is refused: fix the ${problems} first.`;
  if (plan.changes.length === 0) return `No changes.${problems === '' ? ' The estate matches the specs.' : refused}`;
  const n = (action: Change['action']): number => plan.changes.filter((c) => c.action === action).length;
  return `Plan: ${n('create')} to create, ${n('update')} to change, ${n('delete')} to destroy.${refused}`;
}

function count(n: number, noun: string): string {
  return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function pos(p: SourcePos): string {
  return `${p.file}:${p.line}:${p.col}`;
}
