// Where a pipeline's SQL runs. The embedded runner (embedded.ts) runs it on Weir's own engine in
// the `weir up` process; a Flink SQL Gateway runner is a later driver behind the same interface.

export type JobHealthState = 'running' | 'restarting' | 'finished' | 'failed' | 'stopped' | 'absent';

export interface JobHealth {
  readonly state: JobHealthState;
  readonly restarts: number;
  /** The failure, as a user reads it, when state is 'failed'. */
  readonly error?: string;
  /** ms since the last completed checkpoint (undefined: none yet or checkpointing off). */
  readonly checkpointAgeMs?: number;
  readonly recordsIn: number;
  readonly recordsOut: number;
  /** The engine jobs of this pipeline (one per INSERT / statement set). */
  readonly jobs: readonly { readonly id: string; readonly state: string }[];
}

export interface Deployment {
  readonly pipeline: string;
  readonly version: number;
  readonly sql: string;
  /** Names the SQL in error messages (the spec file, or the .sql file it names). */
  readonly file: string;
}

export interface JobRunner {
  /** Plans every statement and starts the pipeline's jobs; throws (with file:line:col) if any
   * statement cannot be planned or started — then nothing of this deployment keeps running.
   * Deploying a pipeline that runs replaces it (stop with a final checkpoint, then start). */
  deploy(d: Deployment): Promise<void>;
  /** Stops a pipeline's jobs with a final checkpoint; no-op if it does not run. */
  stop(pipeline: string): Promise<void>;
  health(pipeline: string): JobHealth;
  /** Stops everything (shutdown). */
  close(): Promise<void>;
}
