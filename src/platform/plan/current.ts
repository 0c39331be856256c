// The current state: what apply made (the platform store), what the cluster has (one
// describeTopics call for every topic the plan is about: desired, managed, and the pipelines'
// sources), what the registry holds for each desired subject (with the desired schema tested
// against it when it is new, or why the registry cannot read it), and whether each active pipeline's job runs.
import type { DatabaseSync } from 'node:sqlite';
import type { Cluster, ClusterTopic } from '../cluster/types.ts';
import type { JobRunner } from '../jobs/types.ts';
import type { CompatibilityResult, SchemaRegistryApi } from '../registry/types.ts';
import type { Compatibility } from '../spec/model.ts';
import type { PlatformStore } from '../store.ts';
import type { CurrentJob, CurrentSchema, CurrentState, DesiredSchema, DesiredState } from './state.ts';
import { sha256 } from './desired.ts';
import { isWeirError } from '../../util/errors.ts';

export interface World {
  readonly store: PlatformStore;
  readonly cluster: Cluster;
  readonly registry: SchemaRegistryApi;
  readonly jobs: JobRunner;
}

/** `extraTopics`: other topics to describe (the pipelines' sources, for the policy's facts). */
export async function currentState(world: World, desired: DesiredState, extraTopics: readonly string[]): Promise<CurrentState> {
  const managed = world.store.managedTopics();
  const names = new Set([...desired.topics.keys(), ...managed.map((t) => t.name), ...extraTopics]);
  const described = names.size === 0 ? [] : await world.cluster.describeTopics([...names].sort());
  const clusterTopics = new Map<string, ClusterTopic>(described.map((t) => [t.name, t]));

  const schemas = new Map<string, CurrentSchema>();
  for (const s of desired.schemas.values()) schemas.set(s.subject, currentSchema(world.store.db, world.registry, s));

  const pipelines = new Map(world.store.pipelines().map((p) => [p.name, p]));
  const jobs = new Map<string, CurrentJob>();
  for (const p of pipelines.values()) {
    if (p.status === 'active') jobs.set(p.name, { pipeline: p.name, hash: sha256(p.sql), state: world.jobs.health(p.name).state });
  }
  return {
    clusterTopics,
    managedTopics: new Map(managed.map((t) => [t.name, t])),
    schemas,
    acls: byId(world.store.acls()),
    jobs,
    alerts: byId(world.store.alerts()),
    tags: byId(world.store.tags()),
    pipelines,
  };
}

function currentSchema(db: DatabaseSync, registry: SchemaRegistryApi, s: DesiredSchema): CurrentSchema {
  const latest = registry.latest(s.subject)?.version;
  const level = registry.subjectCompatibility(s.subject);
  const base = { subject: s.subject, effective: registry.compatibility(s.subject), ...(level === undefined ? {} : { level }) };
  const known = latest === undefined ? {} : { latest };
  let registered: number | undefined;
  try {
    // The lookup parses the schema, also for a subject with no versions yet.
    registered = registry.lookup(s.subject, { schemaType: s.format, schema: s.schema })?.version;
  } catch (err) {
    // A schema the registry cannot read: the plan shows the registry's message as a violation.
    return { ...base, ...known, invalid: isWeirError(err) ? err.describe() : String(err) };
  }
  if (latest === undefined) return base;
  if (registered !== undefined) return { ...base, latest, registered };
  return { ...base, latest, test: testUnder(db, registry, s, level) };
}

/** The compatibility test under the level the spec asks for (apply sets the level before it
 * registers): when it differs, the level is set inside a savepoint that is rolled back, so the
 * plan writes nothing. */
function testUnder(db: DatabaseSync, registry: SchemaRegistryApi, s: DesiredSchema, level: Compatibility | undefined): CompatibilityResult {
  const input = { schemaType: s.format, schema: s.schema };
  if (level === s.compatibility) return registry.testCompatibility(s.subject, input);
  db.exec('SAVEPOINT weir_plan_level');
  try {
    registry.setCompatibility(s.subject, s.compatibility);
    return registry.testCompatibility(s.subject, input);
  } finally {
    db.exec('ROLLBACK TO weir_plan_level');
    db.exec('RELEASE weir_plan_level');
  }
}

function byId<T extends { readonly id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}
