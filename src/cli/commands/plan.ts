// `weir plan [dir]`: sends the estate's spec files to the Weir server and prints the plan — every
// topic, schema, ACL, job, alert and tag apply would create, change or remove, and every spec error
// and policy violation with its file:line:col and rule. Exit 0 when the plan is clean (with or
// without changes), 1 when it has errors or violations, 2 for usage or connection problems.
import type { Command } from 'commander';
import { renderPlan } from '../../platform/index.ts';
import { addServerFlags, printJson, WeirClient, type ServerFlags } from '../client.ts';
import { readEstate } from '../estate-files.ts';

export function register(program: Command): void {
  addServerFlags(program.command('plan')
    .description('show what apply would change in the running Weir, and every policy violation')
    .argument('[dir]', 'the estate directory (specs, SQL and schema files)', '.'))
    .action(async (dir: string, flags: ServerFlags) => {
      const plan = await new WeirClient(flags.server).plan(readEstate(dir));
      if (flags.json) printJson(plan);
      else process.stdout.write(renderPlan(plan).replace(/\n?$/, '\n'));
      process.exitCode = plan.ok ? 0 : 1;
    });
}
