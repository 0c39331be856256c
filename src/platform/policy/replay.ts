// The replay contract (seed 000), always checked: a pipeline with spec.replay must be able to
// recompute its state from Kafka history, so each declared source must keep at least
//   replay window + checkpoint restore + delayed recovery
// of history. A source's retention comes from its contract in the estate, else from the cluster;
// a compact-only topic keeps every key's latest value and covers any window, and infinite
// retention (-1) covers anything. A source whose retention is unknown is left to
// contract.unknown-source. Rule id 'replay.retention'; reported at the source in spec.sources.
import { covers, history, pipelineAt, retentionOf, type Context } from './context.ts';
import { formatDuration, possessive } from './text.ts';
import type { Violation } from './types.ts';

export function checkReplay(ctx: Context): Violation[] {
  const out: Violation[] = [];
  for (const p of ctx.estate.pipelines) {
    if (p.replay === undefined) continue;
    const { windowMs, checkpointRestoreMs, delayedRecoveryMs } = p.replay;
    const needed = windowMs + checkpointRestoreMs + delayedRecoveryMs;
    const parts = `replay window ${formatDuration(windowMs)} + checkpoint restore ${formatDuration(checkpointRestoreMs)} + delayed recovery ${formatDuration(delayedRecoveryMs)}`;
    p.sources.forEach((topic, i) => {
      const r = retentionOf(ctx, topic);
      if (r === undefined || covers(r, needed)) return;
      out.push({
        rule: 'replay.retention',
        subject: `pipeline ${p.name}`,
        at: pipelineAt(p, 'sources', i),
        message: `pipeline ${p.name}: source topic ${topic} keeps ${history(r)} but the replay contract needs ${formatDuration(needed)} (${parts}); raise ${possessive(topic)} retention to at least ${formatDuration(needed)} or shorten the window`,
      });
    });
  }
  return out;
}
