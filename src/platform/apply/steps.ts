// Apply's steps: what each change does outside the platform store, and how to undo it. A step is
// one action on the cluster, the registry or the job runner; changes that only touch the store
// (alerts, tags, pipeline records, a topic adopted or let go) have no action here — apply writes
// them, and every other change's record, in one transaction at the very end. Order (the plan's,
// topics regrouped, ACLs batched into one CreateAcls and one DeleteAcls):
//   topic creates → topic config changes → topic partition increases → schemas → ACL creates
//   → jobs (deploy) → jobs (stop) → ACL deletes → topic deletes.
// ACLs go to the cluster through the Kafka admin protocol (Weir's broker stores them; it does not
// enforce them until it authenticates clients). A cluster without an authorizer answers
// SECURITY_DISABLED: the ACLs are then only recorded by Weir, and the log says so.
// Partition increases come last among topic steps because they cannot be undone: Kafka has no way to
// remove partitions. If a later step fails, apply rolls everything else back and the topic keeps
// its extra partitions (its data is untouched; the next plan finds the count already right).
// Topic deletes are last of all, as the plan orders deletes, and cannot be undone either (the data
// is gone): only the store's commit can fail after them.
import type { JobRunner } from '../jobs/types.ts';
import type { AclBinding, Cluster, ClusterAclOperation, ClusterAclResource, NewTopic } from '../cluster/types.ts';
import type { StoredAcl } from '../store.ts';
import type { Logger } from '../../util/log.ts';
import type { SchemaRegistryApi } from '../registry/types.ts';
import type { Change } from '../plan/types.ts';
import type { CurrentState, DesiredState } from '../plan/state.ts';
import { nextVersion, topicDelta } from '../plan/diff.ts';

export interface Targets {
  readonly cluster: Cluster;
  readonly log: Logger;
  readonly registry: SchemaRegistryApi;
  readonly jobs: JobRunner;
}

/** One step: a topic to create or delete (apply batches runs of these into one call), a registry
 * write (synchronous: a run of them is one SQLite transaction), or an action with its undo — or,
 * when it cannot be undone, what stays (said in the failure's message). */
export type Step =
  | { readonly kind: 'create-topic'; readonly change: Change; readonly topic: NewTopic }
  | { readonly kind: 'delete-topic'; readonly change: Change }
  | { readonly kind: 'registry'; readonly change: Change; run(): void; undo(): void }
  | { readonly kind: 'action'; readonly change: Change; run(): Promise<void>; undo?(): Promise<void>; readonly irreversible?: string };

export function stepsFor(changes: readonly Change[], current: CurrentState, desired: DesiredState, t: Targets): Step[] {
  const creates: Step[] = [];
  const topicSteps: Step[] = [];
  const partitionSteps: Step[] = [];
  const schemaSteps: Step[] = [];
  const jobSteps: Step[] = [];
  const aclCreates: { change: Change; acl: StoredAcl }[] = [];
  const aclDeletes: { change: Change; acl: StoredAcl }[] = [];
  const deletes: Step[] = [];
  for (const c of changes) {
    if (c.kind === 'topic') {
      if (c.action === 'delete') {
        if (current.clusterTopics.has(c.id)) deletes.push({ kind: 'delete-topic', change: c });
        continue;
      }
      const d = desired.topics.get(c.id);
      if (d === undefined) continue; // no longer managed: the store forgets it
      if (c.action === 'create') {
        creates.push({ kind: 'create-topic', change: c, topic: { name: d.name, partitions: d.partitions, configs: d.configs } });
        continue;
      }
      const delta = topicDelta(current, d);
      const overrides = current.clusterTopics.get(d.name)?.overrides ?? [];
      const set = Object.fromEntries(Object.entries(delta.set).map(([k, v]) => [k, v.to]));
      const remove = delta.remove.map((r) => r.key);
      if (Object.keys(set).length > 0 || remove.length > 0) {
        // Undo: keys that were overridden get their old value back, the others go back to the default.
        const restore = Object.fromEntries([
          ...Object.entries(delta.set).filter(([k, v]) => v.from !== undefined && overrides.includes(k)).map(([k, v]) => [k, v.from!]),
          ...delta.remove.map((r) => [r.key, r.from]),
        ]);
        const unset = Object.keys(delta.set).filter((k) => !overrides.includes(k));
        topicSteps.push({
          kind: 'action',
          change: c,
          run: () => t.cluster.alterTopicConfigs(d.name, set, remove),
          undo: () => t.cluster.alterTopicConfigs(d.name, restore, unset),
        });
      }
      const partitions = delta.partitions;
      if (partitions !== undefined) {
        partitionSteps.push({
          kind: 'action',
          change: c,
          run: () => t.cluster.createPartitions(d.name, partitions.to),
          irreversible: `topic ${d.name} keeps ${partitions.to} partitions (it had ${partitions.from}; Kafka cannot remove partitions)`,
        });
      }
    } else if (c.kind === 'schema') {
      schemaSteps.push(schemaStep(c, current, desired, t.registry));
    } else if (c.kind === 'job') {
      jobSteps.push(jobStep(c, current, desired, t.jobs));
    } else if (c.kind === 'acl') {
      const created = desired.acls.get(c.id);
      const deleted = current.acls.get(c.id);
      if (c.action === 'create' && created !== undefined) aclCreates.push({ change: c, acl: created });
      if (c.action === 'delete' && deleted !== undefined) aclDeletes.push({ change: c, acl: deleted });
    }
  }
  const aclStep = (batch: readonly { change: Change; acl: StoredAcl }[], create: boolean): Step[] => {
    if (batch.length === 0) return [];
    const bindings = batch.map((b) => aclBinding(b.acl));
    const put = (): Promise<void> => authorizing(t, () => t.cluster.createAcls(bindings));
    const drop = (): Promise<void> => authorizing(t, () => t.cluster.deleteAcls(bindings));
    return [{ kind: 'action', change: batch[0]!.change, run: create ? put : drop, undo: create ? drop : put }];
  };
  return [...creates, ...topicSteps, ...partitionSteps, ...schemaSteps, ...aclStep(aclCreates, true), ...jobSteps, ...aclStep(aclDeletes, false), ...deletes];
}

/** The Kafka ACL binding of a planned ACL row ('topic:orders' → a literal topic resource). */
function aclBinding(a: StoredAcl): AclBinding {
  const colon = a.resource.indexOf(':');
  return {
    resourceType: a.resource.slice(0, colon) as ClusterAclResource,
    resourceName: a.resource.slice(colon + 1),
    patternType: 'literal',
    principal: a.principal,
    host: '*',
    operation: a.operation as ClusterAclOperation,
    permission: 'allow',
  };
}

/** Runs an ACL call; a cluster without an authorizer (SECURITY_DISABLED) keeps no ACLs — Weir records them only. */
async function authorizing(t: Targets, call: () => Promise<void>): Promise<void> {
  try {
    await call();
  } catch (e) {
    if (!(e instanceof Error) || !e.message.includes('SECURITY_DISABLED')) throw e;
    t.log.warn({ cluster: t.cluster.name }, 'the cluster has no authorizer (SECURITY_DISABLED): ACLs are recorded by Weir only');
  }
}

/** Sets the subject's level first (a new version is checked under the level the spec asks for),
 * then registers; the undo deletes the new version and restores the previous level. */
function schemaStep(c: Change, current: CurrentState, desired: DesiredState, registry: SchemaRegistryApi): Step {
  const s = desired.schemas.get(c.id)!;
  const cur = current.schemas.get(c.id);
  let registered: number | undefined;
  let levelSet = false;
  return {
    kind: 'registry',
    change: c,
    run: () => {
      if (cur?.level !== s.compatibility) {
        registry.setCompatibility(s.subject, s.compatibility);
        levelSet = true;
      }
      if (cur?.registered === undefined) {
        const r = registry.register(s.subject, { schemaType: s.format, schema: s.schema });
        if (cur?.latest === undefined || r.version > cur.latest) registered = r.version;
      }
    },
    undo: () => {
      if (registered !== undefined) registry.deleteVersion(s.subject, registered);
      if (levelSet) registry.setCompatibility(s.subject, cur?.level);
    },
  };
}

/** Deploy (new or changed SQL, or not running) or stop; the undo puts back what ran before:
 * the previous version when its job was running, else nothing. */
function jobStep(c: Change, current: CurrentState, desired: DesiredState, jobs: JobRunner): Step {
  const was = current.pipelines.get(c.id);
  const ran = current.jobs.get(c.id);
  const previous = was !== undefined && ran !== undefined && ran.state !== 'absent'
    ? { pipeline: was.name, version: was.version, sql: was.sql, file: was.sqlFile }
    : undefined;
  const restore = (): Promise<void> => (previous === undefined ? jobs.stop(c.id) : jobs.deploy(previous));
  if (c.action === 'delete') return { kind: 'action', change: c, run: () => jobs.stop(c.id), undo: restore };
  const j = desired.jobs.get(c.id)!;
  const deployment = { pipeline: j.pipeline, version: nextVersion(current, desired, j.pipeline), sql: j.sql, file: j.file };
  return { kind: 'action', change: c, run: () => jobs.deploy(deployment), undo: restore };
}
