// `weir apply [dir] [--yes]`: plans, shows the plan, asks for confirmation on a terminal (only
// 'yes' is accepted; --yes skips the question, and is required when stdin is not a terminal),
// then applies exactly the plan shown: the server refuses if its own plan has a different
// fingerprint (the estate moved meanwhile). Prints what was done, or the step that failed and what
// was rolled back. Exit 0 when applied or there was nothing to do, 1 when refused, cancelled or
// rolled back, 2 for usage or connection problems.
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { renderPlan } from '../../platform/index.ts';
import type { ApplyResult, Change } from '../../platform/plan/types.ts';
import { WeirError } from '../../util/errors.ts';
import { addServerFlags, printJson, WeirClient, type ServerFlags } from '../client.ts';
import { readEstate } from '../estate-files.ts';

interface ApplyFlags extends ServerFlags {
  yes?: boolean;
}

export function register(program: Command): void {
  addServerFlags(program.command('apply')
    .description('apply the estate to the running Weir, all or nothing, after confirmation')
    .argument('[dir]', 'the estate directory (specs, SQL and schema files)', '.')
    .option('-y, --yes', 'apply without asking'))
    .action(async (dir: string, flags: ApplyFlags) => {
      const client = new WeirClient(flags.server);
      const files = readEstate(dir);
      const plan = await client.plan(files);
      const out = (text: string): void => {
        if (!flags.json) process.stdout.write(text.replace(/\n?$/, '\n'));
      };
      out(renderPlan(plan));
      // Refused (renderPlan says why) or nothing to do: the server would answer the same.
      if (!plan.ok || plan.changes.length === 0) {
        if (flags.json) printJson({ plan, applied: plan.ok } satisfies ApplyResult);
        process.exitCode = plan.ok ? 0 : 1;
        return;
      }
      if (!flags.yes && !(await confirm(plan.changes.length))) {
        out('Apply cancelled; nothing changed.');
        process.exitCode = 1;
        return;
      }
      const result = await client.apply(files, plan.fingerprint);
      if (flags.json) printJson(result);
      else out(describeResult(result, plan.fingerprint));
      process.exitCode = result.applied ? 0 : 1;
    });
}

/** Asks on the terminal; without one, the user must have passed --yes. */
async function confirm(count: number): Promise<boolean> {
  if (!process.stdin.isTTY) {
    throw new WeirError('CLI_USAGE', 'weir apply asks for confirmation, but stdin is not a terminal', { hint: 'Pass --yes to apply without asking' });
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`Apply ${count === 1 ? 'this change' : `these ${count} changes`}? Only 'yes' is accepted: `);
    return answer.trim() === 'yes';
  } catch (err) {
    // Ctrl-C or Ctrl-D at the question (readline aborts it): the answer is no.
    if ((err as Error).name !== 'AbortError') throw err;
    process.stderr.write('\n');
    return false;
  } finally {
    rl.close();
  }
}

const changeLine = (c: Change): string => `${c.action} ${c.kind} ${c.id}`;

function describeResult(r: ApplyResult, expected: string): string {
  if (r.failure !== undefined) {
    const undone = r.failure.rolledBack;
    return [
      `Apply failed at ${changeLine(r.failure.change)}: ${r.failure.message}`,
      undone.length === 0 ? 'Nothing had been changed before it.' : `Rolled back, newest first:\n${undone.map((c) => `  ${changeLine(c)}`).join('\n')}`,
      'Nothing of this apply remains.',
    ].join('\n');
  }
  if (!r.applied && r.plan.fingerprint !== expected) {
    return `Not applied: the estate changed since this plan was made. The plan now is:\n${renderPlan(r.plan)}\nRun weir apply again to review it.`;
  }
  if (!r.applied) return `Not applied:\n${renderPlan(r.plan)}`;
  if (r.record === undefined) return 'No changes were needed.';
  const versions = Object.entries(r.record.versions).map(([name, v]) => `  pipeline ${name}: version ${v}`);
  return [`Applied ${r.record.changes} change${r.record.changes === 1 ? '' : 's'} (apply #${r.record.id} by ${r.record.user} at ${r.record.at}).`, ...versions].join('\n');
}
