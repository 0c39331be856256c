// The engine's public API: run a physical plan (src/sql/plan/physical.ts) continuously.
//
//   const job = startJob(plan, { services, store, onCollect: (changes) => … });
//   await job.done;          // bounded inputs: resolves when they are read; rejects if the job failed
//   job.metrics(); job.stop() /* final checkpoint, then close */; job.cancel();
//
// A job checkpoints every `execution.checkpointing.interval` into `store` under its id (option
// `jobId`, else the plan's name and a fingerprint of the plan); a job started with the id of one
// that has checkpoints resumes from the newest complete one. Failures restart the job from its last
// checkpoint as the restart strategy says (runtime/settings.ts).
import type { JobPlan } from '../sql/plan/physical.ts';
import type { Change } from '../sql/types/values.ts';
import type { ObjectStore } from '../storage/object-store/types.ts';
import { WeirError } from '../util/errors.ts';
import { logger, type Logger } from '../util/log.ts';
import type { Connector, EngineServices } from './connectors/types.ts';
import { CheckpointStore } from './checkpoint/store.ts';
import { checkJobId, defaultJobId } from './checkpoint/paths.ts';
import { Attempt, type AttemptControl } from './runtime/attempt.ts';
import { CheckpointStats, operatorMetrics, type JobMetrics } from './runtime/metrics.ts';
import { readSettings } from './runtime/settings.ts';

export type { JobMetrics, OperatorMetrics, CheckpointMetrics } from './runtime/metrics.ts';
export type { EngineServices } from './connectors/types.ts';
export { jobIdFromName } from './checkpoint/paths.ts';

export type JobState = 'running' | 'finished' | 'failed' | 'cancelled';

export interface JobStatus {
  readonly state: JobState;
  readonly error?: unknown;
}

export interface JobOptions {
  readonly services: EngineServices;
  /** Where checkpoints go. */
  readonly store: ObjectStore;
  /** Names the job's checkpoints; default: the plan's name and a fingerprint of the plan. A job
   * started with the id of one that left checkpoints resumes from them. */
  readonly jobId?: string;
  /** Receives a collect job's results (changes in order). */
  readonly onCollect?: (changes: readonly Change[]) => void;
  /** Test hook: fail once, after this many source records and at least one completed checkpoint. */
  readonly failAfterRecords?: number;
  readonly log?: Logger;
  /** Connector lookup (tests substitute their own); default: src/engine/connectors. */
  readonly connectorFor?: (name: string) => Connector;
}

export interface Job {
  readonly id: string;
  readonly name: string;
  status(): JobStatus;
  metrics(): JobMetrics;
  /** Settles when the job ends: resolves 'finished' or 'cancelled', rejects with the failure. */
  readonly done: Promise<JobState>;
  /** Ends the job without a checkpoint. */
  cancel(): Promise<void>;
  /** With checkpointing on, takes a final checkpoint; then ends the job (the SIGTERM path). */
  stop(): Promise<void>;
}

/** Starts running `plan`; returns at once. */
export function startJob(plan: JobPlan, options: JobOptions): Job {
  return new RunningJob(plan, options);
}

class RunningJob implements Job {
  readonly id: string;
  readonly name: string;
  readonly done: Promise<JobState>;
  private state: JobStatus = { state: 'running' };
  private readonly control: AttemptControl = { stop: false, cancel: false };
  private readonly stats = new CheckpointStats();
  private attempt: Attempt | undefined;
  private restarts = 0;
  private failed = false;
  private readonly plan: JobPlan;
  private readonly options: JobOptions;
  private readonly log: Logger;
  private wake: (() => void) | undefined;

  constructor(plan: JobPlan, options: JobOptions) {
    this.plan = plan;
    this.options = options;
    this.name = plan.name;
    this.id = options.jobId ?? defaultJobId(plan.name, plan);
    this.log = options.log ?? logger('engine', { job: this.id });
    this.done = this.run();
    this.done.catch(() => {});
  }

  status(): JobStatus {
    return this.state;
  }

  metrics(): JobMetrics {
    const a = this.attempt;
    const sourceWm = new Map(a?.sources.map((s) => [s.task, s.scan.watermark]) ?? []);
    return {
      operators: a?.tasks.map((t) => operatorMetrics(t, sourceWm.get(t))) ?? [],
      checkpoints: this.stats.toJSON(),
      restarts: this.restarts,
      recordsSkipped: a?.skipped.count ?? 0,
    };
  }

  async cancel(): Promise<void> {
    this.control.cancel = true;
    this.wake?.();
    await this.done.catch(() => {});
  }

  async stop(): Promise<void> {
    this.control.stop = true;
    this.wake?.();
    await this.done.catch(() => {});
  }

  private async run(): Promise<JobState> {
    checkJobId(this.id);
    const settings = readSettings(this.plan.settings);
    const checkpoints = new CheckpointStore(this.options.store, this.id);
    const connectorFor = this.options.connectorFor ?? (await import('./connectors/index.ts')).connectorFor;
    for (;;) {
      let attempt: Attempt | undefined;
      try {
        const latest = await checkpoints.latest();
        this.stats.restoredFrom = latest.restored?.id;
        if (latest.restored !== undefined) this.log.info({ checkpoint: latest.restored.id }, 'restoring from checkpoint');
        attempt = await Attempt.open({
          plan: this.plan,
          settings,
          services: this.options.services,
          connectorFor,
          onCollect: this.options.onCollect ?? (() => {}),
          checkpoints,
          restored: latest.restored,
          nextCheckpointId: latest.nextId,
          stats: this.stats,
          log: this.log,
          ...(this.options.failAfterRecords === undefined ? {} : { onProgress: (n: number) => this.maybeFail(n) }),
        });
        this.attempt = attempt;
        const end = await attempt.run(this.control);
        await attempt.close();
        this.state = { state: end === 'cancelled' ? 'cancelled' : 'finished' };
        return this.state.state;
      } catch (err) {
        await attempt?.close().catch((e: unknown) => this.log.warn({ err: e }, 'error while closing a failed job'));
        if (this.control.cancel) {
          this.state = { state: 'cancelled' };
          return 'cancelled';
        }
        if (this.restarts >= settings.restart.attempts || this.control.stop) {
          this.state = { state: 'failed', error: err };
          this.log.error({ err }, 'job failed');
          throw err;
        }
        this.restarts++;
        this.log.warn({ err, restart: this.restarts, delayMs: settings.restart.delay }, 'job failed; restarting from the last checkpoint');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, settings.restart.delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
        if (this.control.cancel) {
          this.state = { state: 'cancelled' };
          return 'cancelled';
        }
      }
    }
  }

  private maybeFail(records: number): void {
    if (this.failed || records < this.options.failAfterRecords! || this.stats.count === 0) return;
    this.failed = true;
    throw new WeirError('INTERNAL', `Injected failure after ${records} source records (failAfterRecords test hook)`, { where: `job ${this.id}` });
  }
}
