// `weir pipelines`: the applied pipelines with class, owner, status, version and health;
// `weir pipelines show <name>`: one pipeline's job, topics, labels, cost, alerts and versions.
import type { Command } from 'commander';
import type { PipelineDetail, PipelineSummary } from '../../platform/api.ts';
import { formatDuration } from '../../platform/policy/text.ts';
import { addServerFlags, printJson, WeirClient, type ServerFlags } from '../client.ts';
import { table } from '../table.ts';

export function register(program: Command): void {
  const pipelines = addServerFlags(program.command('pipelines').description('list the applied pipelines with class, owner, status, version and health'))
    .action(async (flags: ServerFlags) => {
      const list = await new WeirClient(flags.server).pipelines();
      if (flags.json) printJson(list);
      else console.log(list.length === 0 ? 'No pipelines: weir apply creates them.' : pipelineTable(list));
    });
  // --server and --json are the parent's (commander reads them after `show` too).
  pipelines.command('show').description('one pipeline in detail (--server, --json as for pipelines)').argument('<name>', 'the pipeline')
    .action(async (name: string, _: unknown, cmd: Command) => {
      const flags = cmd.optsWithGlobals<ServerFlags>();
      const detail = await new WeirClient(flags.server).pipeline(name);
      if (flags.json) printJson(detail);
      else console.log(describe(detail));
    });
}

function pipelineTable(list: readonly PipelineSummary[]): string {
  const health = (p: PipelineSummary): string => (p.reasons.length === 0 ? p.health : `${p.health} (${p.reasons.join('; ')})`);
  return table(['NAME', 'CLASS', 'OWNER', 'STATUS', 'VERSION', 'HEALTH'], list.map((p) => [p.name, p.class, p.owner, p.status, String(p.version), health(p)]));
}

function describe(p: PipelineDetail): string {
  const pairs = (m: Readonly<Record<string, string>>): string => Object.entries(m).map(([k, v]) => `${k}=${v}`).join(', ');
  const job = p.job;
  const lines = [
    `Pipeline ${p.name} (${p.class}), owner ${p.owner}`,
    `Status:   ${p.status}, version ${p.version}, health ${p.health}${p.reasons.length === 0 ? '' : ` (${p.reasons.join('; ')})`}`,
    `Sources:  ${p.sources.join(', ') || '-'}`,
    `Outputs:  ${p.outputs.join(', ') || '-'}`,
    `Labels:   ${pairs(p.labels) || '-'}`,
    `Cost:     ${p.cost === undefined ? '-' : `${p.cost.domain}${Object.keys(p.cost.tags).length === 0 ? '' : ` (${pairs(p.cost.tags)})`}`}`,
    `Alerts:   ${p.alerts.map((a) => `${a.kind} > ${a.threshold}${a.firing ? ' FIRING' : ''}`).join(', ') || '-'}`,
    `Job:      ${job.state}, ${job.restarts} restarts, ${job.recordsIn} records in, ${job.recordsOut} out` +
      (job.checkpointAgeMs === undefined ? '' : `, last checkpoint ${formatDuration(job.checkpointAgeMs)} ago`) +
      (job.error === undefined ? '' : `\n          error: ${job.error}`),
    '',
    table(['VERSION', 'APPLIED', 'BY'], [...p.versions].reverse().map((v) => [String(v.version), v.appliedAt, v.appliedBy])),
  ];
  return lines.join('\n');
}
