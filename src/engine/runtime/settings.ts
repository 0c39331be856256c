// The job settings the runtime reads, from the plan's SET values (Flink option keys and defaults):
// checkpointing, state TTL, source idleness, time zone and the restart strategy. Restart follows
// Flink: with no `restart-strategy.type`, a job with checkpointing restarts with fixed-delay
// (unbounded attempts, 1 s apart) and one without checkpointing does not restart.
import { durationMs } from '../../sql/catalog/options.ts';
import { WeirError } from '../../util/errors.ts';

export interface JobSettings {
  /** `execution.checkpointing.interval` in ms; undefined = checkpointing off. */
  readonly checkpointInterval: number | undefined;
  readonly stateTtl: number;
  readonly idleTimeout: number;
  readonly timeZone: string;
  /** Restarts allowed after failures, and the pause before each. */
  readonly restart: { readonly attempts: number; readonly delay: number };
}

function duration(settings: Readonly<Record<string, string>>, key: string): number | undefined {
  const v = settings[key];
  if (v === undefined) return undefined;
  try {
    return durationMs(v);
  } catch {
    throw new WeirError('CONFIG_INVALID', `Setting '${key}' = '${v}' is not a duration`, { where: key, hint: "write e.g. '10 s', '1 min' or '500 ms'" });
  }
}

function count(settings: Readonly<Record<string, string>>, key: string): number | undefined {
  const v = settings[key];
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim())) throw new WeirError('CONFIG_INVALID', `Setting '${key}' = '${v}' is not a whole number`, { where: key });
  return Number(v);
}

export function readSettings(settings: Readonly<Record<string, string>>): JobSettings {
  const interval = duration(settings, 'execution.checkpointing.interval');
  const checkpointInterval = interval === undefined || interval <= 0 ? undefined : interval;
  const tz = settings['table.local-time-zone'];
  const type = (settings['restart-strategy.type'] ?? settings['restart-strategy'])?.toLowerCase().replace(/[-_]/g, '');
  let restart: { attempts: number; delay: number };
  if (type === undefined) {
    restart = checkpointInterval === undefined ? { attempts: 0, delay: 0 } : { attempts: Number.MAX_SAFE_INTEGER, delay: 1000 };
  } else if (type === 'none' || type === 'off' || type === 'disable') {
    restart = { attempts: 0, delay: 0 };
  } else if (type === 'fixeddelay') {
    restart = {
      attempts: count(settings, 'restart-strategy.fixed-delay.attempts') ?? 1,
      delay: duration(settings, 'restart-strategy.fixed-delay.delay') ?? 1000,
    };
  } else {
    throw new WeirError('NOT_IMPLEMENTED', `restart-strategy.type '${settings['restart-strategy.type']}' is not supported by the embedded engine`, {
      where: 'restart-strategy.type',
      hint: "use 'fixed-delay' or 'none'",
    });
  }
  return {
    checkpointInterval,
    stateTtl: duration(settings, 'table.exec.state.ttl') ?? 0,
    idleTimeout: duration(settings, 'table.exec.source.idle-timeout') ?? 0,
    timeZone: tz === undefined || tz.toLowerCase() === 'default' ? 'UTC' : tz,
    restart,
  };
}
