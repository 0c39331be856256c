// What the platform offers the HTTP API (src/server) — implemented by Platform in ./index.ts.
// The CLI and the console reach it only through the HTTP API.
import type { Inventory, LineageGraph, LineageView } from './lineage/types.ts';
import type { ApplyRecord, ApplyResult, PlanResult } from './plan/types.ts';
import type { SchemaRegistry } from './registry/registry.ts';
import type { JobHealth } from './jobs/types.ts';
import type { SpecFile, WorkloadClass } from './spec/model.ts';

export type PipelineHealth = 'healthy' | 'degraded' | 'failed' | 'stopped' | 'expired';

export interface PipelineSummary {
  readonly name: string;
  readonly class: WorkloadClass;
  readonly owner: string;
  /** The job state (jobs/types.ts JobHealthState). */
  readonly status: string;
  readonly version: number;
  readonly health: PipelineHealth;
  /** Why health is not 'healthy' (firing alerts, failure, expiry). */
  readonly reasons: readonly string[];
  readonly updatedAt: string;
}

export interface PipelineVersion {
  readonly version: number;
  readonly appliedAt: string;
  readonly appliedBy: string;
  /** The spec document's YAML text and its SQL at that version. */
  readonly spec: string;
  readonly sql: string;
}

export interface PipelineDetail extends PipelineSummary {
  readonly job: JobHealth;
  readonly versions: readonly PipelineVersion[];
  readonly sources: readonly string[];
  readonly outputs: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly cost?: { readonly domain: string; readonly tags: Readonly<Record<string, string>> };
  readonly alerts: readonly { readonly kind: string; readonly threshold: number; readonly firing: boolean }[];
}

export interface PlatformApi {
  plan(files: readonly SpecFile[]): Promise<PlanResult>;
  /** All or nothing; idempotent. `expect`: the fingerprint of the plan the user confirmed. */
  apply(files: readonly SpecFile[], options: { readonly user: string; readonly expect?: string }): Promise<ApplyResult>;
  pipelines(): PipelineSummary[];
  pipeline(name: string): PipelineDetail | undefined;
  applies(limit?: number): ApplyRecord[];
  /** A topic or pipeline name (topics first; 'pipeline:x' / 'topic:x' force the kind). */
  lineage(name: string): LineageView | undefined;
  lineageGraph(): LineageGraph;
  /** The managed cluster's inventory, with the estate's contracts and lineage. */
  inventory(): Promise<Inventory>;
  /** Scans any Kafka cluster over the admin protocol; the result is kept as the latest import. */
  importCluster(bootstrap: string): Promise<Inventory>;
  readonly registry: SchemaRegistry;
  close(): Promise<void>;
}
