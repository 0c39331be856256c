// The embedded job runner (types.ts JobRunner): a pipeline's SQL runs as engine jobs in the
// `weir up` process, one SqlSession per deployment. A deployment is all or nothing: if a statement
// cannot be planned or started, the jobs it already started are stopped and the error is thrown;
// a pipeline that runs is stopped (final checkpoint) before its new version starts, and started
// again if the new version fails.
//
// Job ids: `<pipeline>-<first 8 hex of the SQL's sha256>-<statement index>`. They depend only on
// the pipeline and its SQL, so a restart of `weir up` (or a new pipeline version that changes no
// SQL) resumes from the jobs' checkpoints, and rolling back to an earlier SQL resumes from the
// final checkpoint its jobs took when they were replaced. A changed SQL starts fresh under new ids
// (the engine refuses to restore a checkpoint into a different plan); carrying state across a
// changed SQL (savepoints, state compatibility) is the platform's upgrade story, not built yet.
// Checkpoints of replaced SQL are kept, not collected.
import { createHash } from 'node:crypto';
import { jobIdFromName, type EngineServices, type Job } from '../../engine/index.ts';
import type { ObjectStore } from '../../storage/index.ts';
import { logger, type Logger } from '../../util/log.ts';
import { describeError, SqlSession } from './session.ts';
import type { Deployment, JobHealth, JobHealthState, JobRunner } from './types.ts';

export interface EmbeddedJobRunnerOptions {
  readonly services: EngineServices;
  /** Where checkpoints go. */
  readonly store: ObjectStore;
  readonly log?: Logger;
}

interface Deployed {
  readonly deployment: Deployment;
  readonly session: SqlSession;
  stopped: boolean;
}

/** How often each job's completed-checkpoint count is sampled, to date its last checkpoint (the engine's metrics carry no time). */
const SAMPLE_MS = 1000;

export class EmbeddedJobRunner implements JobRunner {
  readonly #options: EmbeddedJobRunnerOptions;
  readonly #log: Logger;
  readonly #pipelines = new Map<string, Deployed>();
  /** Per job: the last completed checkpoint seen and when it was first seen. */
  readonly #checkpoints = new WeakMap<Job, { id: number; at: number }>();
  readonly #sampler: NodeJS.Timeout;
  /** deploy, stop and close run one at a time. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: EmbeddedJobRunnerOptions) {
    this.#options = options;
    this.#log = options.log ?? logger('jobs');
    this.#sampler = setInterval(() => {
      for (const d of this.#pipelines.values()) for (const j of d.session.jobs()) this.#sample(j);
    }, SAMPLE_MS);
    this.#sampler.unref();
  }

  deploy(d: Deployment): Promise<void> {
    return this.#serial(() => this.#deploy(d));
  }

  stop(pipeline: string): Promise<void> {
    return this.#serial(async () => {
      const d = this.#pipelines.get(pipeline);
      if (d === undefined || d.stopped) return;
      await d.session.stopAll();
      d.stopped = true;
      this.#log.info({ pipeline, version: d.deployment.version }, 'pipeline stopped');
    });
  }

  health(pipeline: string): JobHealth {
    const d = this.#pipelines.get(pipeline);
    if (d === undefined) return { state: 'absent', restarts: 0, recordsIn: 0, recordsOut: 0, jobs: [] };
    const jobs = d.session.jobs();
    let restarts = 0;
    let recordsIn = 0;
    let recordsOut = 0;
    let oldest: number | undefined;
    for (const j of jobs) {
      const m = j.metrics();
      restarts += m.restarts;
      for (const o of m.operators) {
        if (o.kind === 'scan') recordsIn += o.recordsIn;
        if (o.kind === 'sink' || o.kind === 'collect') recordsOut += o.recordsIn;
      }
      const seen = this.#sample(j);
      if (seen !== undefined && j.status().state === 'running') oldest = Math.min(oldest ?? seen.at, seen.at);
    }
    // After sampling: a checkpoint first seen just now must not have a negative age.
    const now = Date.now();
    const failed = jobs.find((j) => j.status().state === 'failed');
    let state: JobHealthState;
    if (d.stopped) state = 'stopped';
    else if (failed !== undefined) state = 'failed';
    else if (jobs.some((j) => j.status().state === 'running')) state = 'running';
    else if (jobs.some((j) => j.status().state === 'cancelled')) state = 'stopped';
    else state = 'finished';
    return {
      state,
      restarts,
      ...(state === 'failed' ? { error: `job ${failed!.id}: ${describeError(failed!.status().error)}` } : {}),
      ...(oldest === undefined || state === 'stopped' ? {} : { checkpointAgeMs: now - oldest }),
      recordsIn,
      recordsOut,
      jobs: jobs.map((j) => ({ id: j.id, state: d.stopped ? 'stopped' : j.status().state })),
    };
  }

  close(): Promise<void> {
    clearInterval(this.#sampler);
    return this.#serial(async () => {
      await Promise.all([...this.#pipelines.values()].filter((d) => !d.stopped).map((d) => d.session.stopAll()));
      for (const d of this.#pipelines.values()) d.stopped = true;
    });
  }

  async #deploy(d: Deployment): Promise<void> {
    const old = this.#pipelines.get(d.pipeline);
    const wasRunning = old !== undefined && !old.stopped;
    if (wasRunning && old.deployment.sql === d.sql && old.session.jobs().every((j) => j.status().state === 'running')) {
      // Same SQL, healthy: restarting would change nothing but the version it runs under.
      this.#pipelines.set(d.pipeline, { ...old, deployment: d });
      return;
    }
    if (wasRunning) {
      await old.session.stopAll();
      old.stopped = true;
    }
    try {
      this.#pipelines.set(d.pipeline, await this.#start(d));
      this.#log.info({ pipeline: d.pipeline, version: d.version }, 'pipeline deployed');
    } catch (err) {
      if (wasRunning) {
        try {
          this.#pipelines.set(d.pipeline, await this.#start(old.deployment));
          this.#log.warn({ pipeline: d.pipeline, version: d.version, restored: old.deployment.version, err }, 'deployment failed; the previous version runs again');
        } catch (again) {
          this.#log.error({ pipeline: d.pipeline, version: old.deployment.version, err: again }, 'the previous version could not be started again');
        }
      }
      throw err;
    }
  }

  /** Runs every statement of `d` in a fresh session; on a failure stops what it started and throws. */
  async #start(d: Deployment): Promise<Deployed> {
    const session = new SqlSession({
      file: d.file,
      services: this.#options.services,
      store: this.#options.store,
      jobIdPrefix: jobIdPrefix(d),
      print: (text) => this.#log.debug({ pipeline: d.pipeline }, text),
    });
    try {
      await session.executeScript(d.sql);
    } catch (err) {
      await session.stopAll();
      throw err;
    }
    return { deployment: d, session, stopped: false };
  }

  /** Notes when a job's newest completed checkpoint was first seen; returns that, or undefined before its first. */
  #sample(job: Job): { id: number; at: number } | undefined {
    const id = job.metrics().checkpoints.lastId;
    if (id === undefined) return undefined;
    const seen = this.#checkpoints.get(job);
    if (seen?.id === id) return seen;
    const now = { id, at: Date.now() };
    this.#checkpoints.set(job, now);
    return now;
  }

  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(fn);
    this.#queue = next.catch(() => {});
    return next;
  }
}

/** `<pipeline>-<sql hash>`: stable for a pipeline's SQL, new when the SQL changes. */
export function jobIdPrefix(d: Pick<Deployment, 'pipeline' | 'sql'>): string {
  return `${jobIdFromName(d.pipeline)}-${createHash('sha256').update(d.sql).digest('hex').slice(0, 8)}`;
}
