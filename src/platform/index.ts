// The platform: plan/apply over an estate of spec files, the pipelines it made and their health,
// the apply history, lineage and inventory, imports of other clusters, and the schema registry —
// what the HTTP API (src/server) serves, through PlatformApi. Its state lives in
// <dataDir>/platform.db (store.ts; the registry's tables too). Plans and applies run one at a time.
// On open, every active pipeline's job is deployed again, so a restarted `weir up` resumes them
// (each from its jobs' last checkpoint).
import type { Logger } from '../util/log.ts';
import { logger } from '../util/log.ts';
import { isWeirError } from '../util/errors.ts';
import type { PipelineDetail, PipelineHealth, PipelineSummary, PipelineVersion, PlatformApi } from './api.ts';
import type { Cluster, ClusterGroup } from './cluster/types.ts';
import { kafkaCluster } from './cluster/kafka.ts';
import { scanCluster, type ClusterScan } from './cluster/scan.ts';
import type { JobHealth, JobRunner } from './jobs/types.ts';
import { buildInventory, buildLineage, lineageOf } from './lineage/index.ts';
import type { Inventory, LineageGraph, LineageView, PipelineIO } from './lineage/types.ts';
import { applyChanges } from './apply/index.ts';
import { IoCache, makePlan } from './plan/index.ts';
import type { World } from './plan/current.ts';
import type { ApplyRecord, ApplyResult, PlanResult } from './plan/types.ts';
import { expiresAt, formatDuration, formatInstant } from './policy/text.ts';
import { SchemaRegistry } from './registry/registry.ts';
import { loadEstate } from './spec/index.ts';
import type { Estate, Pipeline, SpecFile } from './spec/model.ts';
import { PlatformStore, type StoredAlert, type StoredPipeline } from './store.ts';

export { renderPlan } from './plan/render.ts';
export type * from './api.ts';
export type * from './plan/types.ts';
export type { Inventory, LineageGraph, LineageView } from './lineage/types.ts';
export type { SpecFile } from './spec/model.ts';

export interface PlatformOptions {
  /** Where platform.db goes. */
  readonly dataDir: string;
  /** The managed cluster (the Platform closes it). */
  readonly cluster: Cluster;
  /** Where pipelines' jobs run (the Platform closes it). */
  readonly jobs: JobRunner;
  /** Wall clock in ms (default Date.now): audit times, expiry checks. */
  readonly now?: () => number;
  /** Test hook: the next apply with changes fails with an injected error after this many steps. */
  readonly faultAfterSteps?: number;
  readonly log?: Logger;
}

const EMPTY_ESTATE: Estate = { pipelines: [], topics: [], errors: [] };

/** A pipeline as the store keeps it (store.ts StoredPipeline.model). */
type StoredModel = Omit<Pipeline, 'sql' | 'source'> & { readonly sql: string };

export class Platform implements PlatformApi {
  readonly registry: SchemaRegistry;
  readonly #store: PlatformStore;
  readonly #cluster: Cluster;
  readonly #jobs: JobRunner;
  readonly #now: () => number;
  readonly #log: Logger;
  readonly #io = new IoCache();
  #fault: number | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  /** The applied estate and its pipelines' reads and writes (rebuilt after an apply). */
  #applied: { readonly estate: Estate; readonly ios: readonly PipelineIO[] } | undefined;
  /** The managed cluster's consumer groups as last seen (open, apply, inventory). */
  #groups: readonly ClusterGroup[] = [];
  #graph: LineageGraph | undefined;

  private constructor(o: PlatformOptions) {
    this.#store = new PlatformStore(o.dataDir);
    this.registry = new SchemaRegistry(this.#store.db);
    this.#cluster = o.cluster;
    this.#jobs = o.jobs;
    this.#now = o.now ?? Date.now;
    this.#log = o.log ?? logger('platform');
    this.#fault = o.faultAfterSteps;
  }

  static async open(options: PlatformOptions): Promise<Platform> {
    const p = new Platform(options);
    await p.#resume();
    await p.#refreshGroups();
    return p;
  }

  /** Deploys every active pipeline's current version again; one that fails is logged (its health says so). */
  async #resume(): Promise<void> {
    for (const p of this.#store.pipelines()) {
      if (p.status !== 'active') continue;
      try {
        await this.#jobs.deploy({ pipeline: p.name, version: p.version, sql: p.sql, file: p.sqlFile });
      } catch (err) {
        this.#log.error({ pipeline: p.name, err: isWeirError(err) ? err.describe() : String(err) }, 'pipeline could not be resumed');
      }
    }
  }

  get #world(): World {
    return { store: this.#store, cluster: this.#cluster, registry: this.registry, jobs: this.#jobs };
  }

  /** Runs plans and applies one at a time. */
  #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  plan(files: readonly SpecFile[]): Promise<PlanResult> {
    return this.#exclusive(async () => (await makePlan(this.#world, files, this.#now(), this.#io)).result);
  }

  apply(files: readonly SpecFile[], options: { readonly user: string; readonly expect?: string }): Promise<ApplyResult> {
    return this.#exclusive(async () => {
      const planned = await makePlan(this.#world, files, this.#now(), this.#io);
      const plan = planned.result;
      const { desired, current } = planned;
      if (!plan.ok || desired === undefined || current === undefined) return { plan, applied: false };
      if (options.expect !== undefined && options.expect !== plan.fingerprint) return { plan, applied: false };
      if (plan.changes.length === 0) return { plan, applied: true };
      const faultAfterSteps = this.#fault;
      this.#fault = undefined;
      const targets = { store: this.#store, cluster: this.#cluster, registry: this.registry, jobs: this.#jobs, log: this.#log };
      const at = new Date(this.#now()).toISOString();
      const r = await applyChanges(plan.changes, current, desired, targets, { user: options.user, at, log: this.#log, faultAfterSteps });
      if (r.failure !== undefined) return { plan, applied: false, failure: r.failure };
      this.#applied = undefined;
      this.#graph = undefined;
      await this.#refreshGroups();
      return { plan, applied: true, record: r.record };
    });
  }

  // Pipelines and applies.

  pipelines(): PipelineSummary[] {
    const alerts = Map.groupBy(this.#store.alerts(), (a) => a.pipeline);
    const first = this.#store.firstApplied();
    return this.#store.pipelines().filter((p) => p.status === 'active').map((p) => this.#summary(p, this.#jobs.health(p.name), alerts.get(p.name) ?? [], first));
  }

  pipeline(name: string): PipelineDetail | undefined {
    const p = this.#store.pipeline(name);
    if (p === undefined) return undefined;
    const job = this.#jobs.health(name);
    const model = JSON.parse(p.model) as StoredModel;
    const alerts = this.#store.alerts().filter((a) => a.pipeline === name);
    const versions = this.#store.versions(name).map((v): PipelineVersion => ({ version: v.version, appliedAt: v.appliedAt, appliedBy: v.appliedBy, spec: v.spec, sql: v.sql }));
    return {
      ...this.#summary(p, job, alerts),
      job,
      versions,
      sources: model.sources,
      outputs: model.outputs.map((o) => o.name),
      labels: model.labels,
      ...(model.cost === undefined ? {} : { cost: model.cost }),
      alerts: alerts.map((a) => ({ kind: a.kind, threshold: a.threshold, firing: firing(a, job) !== undefined })),
    };
  }

  applies(limit?: number): ApplyRecord[] {
    return this.#store.applies(limit);
  }

  #summary(p: StoredPipeline, job: JobHealth, alerts: readonly StoredAlert[], firstApplied: ReadonlyMap<string, number> = this.#store.firstApplied()): PipelineSummary {
    const now = this.#now();
    const { health, reasons } = p.status === 'removed'
      ? { health: 'stopped' as const, reasons: ['removed from the estate'] }
      : healthOf(JSON.parse(p.model) as StoredModel, job, alerts, now, firstApplied.get(p.name) ?? now);
    return { name: p.name, class: p.class, owner: p.owner, status: p.status === 'removed' ? 'removed' : job.state, version: p.version, health, reasons, updatedAt: p.updatedAt };
  }

  // Lineage and inventory.

  lineage(name: string): LineageView | undefined {
    return lineageOf(this.lineageGraph(), name);
  }

  lineageGraph(): LineageGraph {
    if (this.#graph === undefined) {
      const { estate, ios } = this.#estate();
      this.#graph = buildLineage(estate, ios, this.#groups);
    }
    return this.#graph;
  }

  async inventory(): Promise<Inventory> {
    const scan = await scanCluster(this.#cluster);
    this.#groups = scan.groups;
    this.#graph = undefined;
    const inventory = this.#inventoryOf(scan, this.#estate());
    this.#store.saveImport(inventory);
    return inventory;
  }

  /** A foreign cluster is scanned with an empty estate (every topic flagged: no owner, no
   * contract); the managed cluster's bootstrap gives the estate's inventory. */
  async importCluster(bootstrap: string): Promise<Inventory> {
    if (sameBootstrap(bootstrap, this.#cluster.name)) return this.inventory();
    const cluster = await kafkaCluster(bootstrap);
    try {
      const inventory = this.#inventoryOf(await scanCluster(cluster), { estate: EMPTY_ESTATE, ios: [] });
      this.#store.saveImport(inventory);
      return inventory;
    } finally {
      await cluster.close();
    }
  }

  #inventoryOf(scan: ClusterScan, of: { readonly estate: Estate; readonly ios: readonly PipelineIO[] }): Inventory {
    return buildInventory({ estate: of.estate, ios: of.ios, cluster: { name: scan.name, topics: scan.topics, groups: scan.groups }, now: new Date(this.#now()) });
  }

  /** The estate of the last apply, from its stored spec files. */
  #estate(): { readonly estate: Estate; readonly ios: readonly PipelineIO[] } {
    if (this.#applied === undefined) {
      const estate = loadEstate(this.#store.estateFiles());
      const ios = estate.pipelines.flatMap((p) => {
        const r = this.#io.get(p);
        return 'pipeline' in r ? [r] : [];
      });
      this.#applied = { estate, ios };
    }
    return this.#applied;
  }

  async #refreshGroups(): Promise<void> {
    try {
      this.#groups = await this.#cluster.listGroups();
      this.#graph = undefined;
    } catch (err) {
      this.#log.warn({ err: isWeirError(err) ? err.describe() : String(err) }, 'consumer groups not listed; lineage shows none');
    }
  }

  async close(): Promise<void> {
    await this.#queue;
    await this.#jobs.close();
    await this.#cluster.close();
    this.#store.close();
  }
}

/** Health from the job and the pipeline's alerts. Lag is not measured yet (the engine's sources
 * report no lag), so a lag alert never fires; error-rate compares the job's restarts (the only
 * error count the engine keeps) with its threshold; checkpoint-age compares ms. */
function healthOf(model: StoredModel, job: JobHealth, alerts: readonly StoredAlert[], now: number, firstApplied: number): { health: PipelineHealth; reasons: string[] } {
  const expiry = model.class === 'exploratory' && model.expires !== undefined ? expiresAt(model.expires, firstApplied)?.ms : undefined;
  if (job.state === 'failed') return { health: 'failed', reasons: [job.error ?? 'the job failed'] };
  if (expiry !== undefined && expiry < now) return { health: 'expired', reasons: [`expired on ${formatInstant(expiry)}: promote it to another class or remove it`] };
  if (job.state !== 'running' && job.state !== 'restarting') return { health: 'stopped', reasons: [`job ${job.state}`] };
  const reasons = alerts.flatMap((a) => firing(a, job) ?? []);
  if (job.restarts > 0) reasons.push(`restarted ${job.restarts} time${job.restarts === 1 ? '' : 's'}`);
  return { health: reasons.length > 0 ? 'degraded' : 'healthy', reasons };
}

/** Why an alert fires, or undefined. */
function firing(a: StoredAlert, job: JobHealth): string | undefined {
  if (a.kind === 'checkpoint-age' && job.checkpointAgeMs !== undefined && job.checkpointAgeMs > a.threshold) {
    return `checkpoint-age alert: last checkpoint ${formatDuration(job.checkpointAgeMs)} ago (threshold ${formatDuration(a.threshold)})`;
  }
  if (a.kind === 'error-rate' && job.restarts > a.threshold) return `error-rate alert: ${job.restarts} restarts (threshold ${a.threshold})`;
  return undefined;
}

/** Whether two bootstrap lists name the same brokers (order, case and localhost/127.0.0.1 aside). */
function sameBootstrap(a: string, b: string): boolean {
  const norm = (s: string): string => s.split(',').map((h) => h.trim().toLowerCase().replace(/^localhost:/, '127.0.0.1:')).filter((h) => h !== '').sort().join(',');
  return norm(a) === norm(b);
}
