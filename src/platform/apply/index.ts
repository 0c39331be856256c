// `weir apply`: performs a plan all or nothing. Steps (steps.ts) run in order, each remembered with
// its undo; on a failure the completed steps are undone in reverse and the result names the change
// that failed, the error and what was rolled back. Everything the store keeps — pipeline records and
// versions, managed topics, ACLs, alerts, tags, the spec files and the audit record — is written in
// one SQLite transaction after the last step, so the store has all of an apply or none of it.
// Topic creates run as one CreateTopics call and topic deletes as one DeleteTopics call.
//
// Test hook `faultAfterSteps`: an injected error after that many steps (0: before the first; a
// number ≥ the step count: just before the store's commit).
import type { Logger } from '../../util/log.ts';
import { isWeirError } from '../../util/errors.ts';
import type { ApplyRecord, Change } from '../plan/types.ts';
import type { CurrentState, DesiredState } from '../plan/state.ts';
import type { Cluster } from '../cluster/types.ts';
import { nextVersion } from '../plan/diff.ts';
import type { PlatformStore, StoreCommit } from '../store.ts';
import { stepsFor, type Step, type Targets } from './steps.ts';

export interface ApplyOptions {
  readonly user: string;
  readonly at: string;
  readonly log: Logger;
  /** Test hook: fail with an injected error after this many steps. */
  readonly faultAfterSteps?: number;
}

export interface Applied {
  readonly record?: ApplyRecord;
  readonly failure?: { readonly change: Change; readonly message: string; readonly rolledBack: readonly Change[] };
}

export async function applyChanges(
  changes: readonly Change[],
  current: CurrentState,
  desired: DesiredState,
  targets: Targets & { readonly store: PlatformStore },
  options: ApplyOptions,
): Promise<Applied> {
  if (changes.length === 0) return {};
  const steps = stepsFor(changes, current, desired, targets);
  const limit = options.faultAfterSteps ?? Number.POSITIVE_INFINITY;
  // The change blamed when the store's commit fails: the first one only the store records.
  const storeOnly = changes.find((c) => c.kind !== 'topic' && c.kind !== 'schema' && c.kind !== 'job') ?? changes.at(-1)!;
  const done: Step[] = [];
  let failed = storeOnly;
  try {
    for (let i = 0; i < steps.length;) {
      failed = steps[i]!.change;
      if (done.length >= limit) throw injected(done.length);
      const group = batchAt(steps, i).slice(0, limit - done.length);
      await runGroup(group, targets);
      done.push(...group);
      i += group.length;
    }
    failed = storeOnly;
    if (done.length >= limit) throw injected(done.length);
    const record = targets.store.commit(storeCommit(changes, current, desired, options));
    options.log.info({ apply: record.id, user: options.user, changes: changes.length }, 'applied');
    return { record };
  } catch (err) {
    const message = describe(err);
    options.log.warn({ change: `${failed.action} ${failed.kind} ${failed.id}`, err: message }, 'apply failed; rolling back');
    const { rolledBack, problems } = await rollBack(done, targets.cluster);
    const tail = problems.length === 0 ? '' : ` Not undone: ${problems.join('; ')}.`;
    return { failure: { change: failed, message: message + tail, rolledBack } };
  }
}

function injected(done: number): Error {
  return new Error(`injected fault after ${done} step${done === 1 ? '' : 's'} (test hook faultAfterSteps)`);
}

function describe(err: unknown): string {
  return isWeirError(err) ? err.describe() : err instanceof Error ? err.message : String(err);
}

/** The steps from `i` that run as one call: a run of topic creates, of topic deletes or of
 * registry writes, or one step. */
function batchAt(steps: readonly Step[], i: number): Step[] {
  const kind = steps[i]!.kind;
  if (kind === 'action') return [steps[i]!];
  let j = i + 1;
  while (j < steps.length && steps[j]!.kind === kind) j++;
  return steps.slice(i, j);
}

async function runGroup(group: readonly Step[], targets: Targets & { readonly store: PlatformStore }): Promise<void> {
  const { cluster, store } = targets;
  const first = group[0]!;
  if (first.kind === 'action') return first.run();
  if (first.kind === 'delete-topic') return cluster.deleteTopics(group.map((s) => s.change.id));
  if (first.kind === 'registry') {
    // One transaction (one fsync) for all: if one write fails, none of them stays.
    store.transaction(() => {
      for (const s of group) if (s.kind === 'registry') s.run();
    });
    return;
  }
  const topics = group.flatMap((s) => (s.kind === 'create-topic' ? [s.topic] : []));
  try {
    await cluster.createTopics(topics);
  } catch (err) {
    // The broker may have created some of them before refusing the rest: those go again.
    const made = await cluster.describeTopics(topics.map((t) => t.name)).catch(() => []);
    if (made.length > 0) await cluster.deleteTopics(made.map((t) => t.name)).catch(() => undefined);
    throw err;
  }
}

/** Undoes completed steps in reverse (created topics in one DeleteTopics call); returns the
 * changes rolled back, and what stays: undos that failed and steps that cannot be undone. */
async function rollBack(done: readonly Step[], cluster: Cluster): Promise<{ rolledBack: Change[]; problems: string[] }> {
  const rolledBack: Change[] = [];
  const problems: string[] = [];
  const created: Change[] = [];
  for (const step of [...done].reverse()) {
    if (step.kind === 'create-topic') created.push(step.change);
    if (step.kind === 'delete-topic') problems.push(`topic ${step.change.id} was deleted (a deleted topic cannot be restored)`);
    if (step.kind === 'action' && step.irreversible !== undefined) problems.push(step.irreversible);
    if (step.kind === 'create-topic' || step.kind === 'delete-topic' || step.undo === undefined) continue;
    try {
      await step.undo();
      if (!rolledBack.includes(step.change)) rolledBack.push(step.change);
    } catch (err) {
      problems.push(`${step.change.action} ${step.change.kind} ${step.change.id}: ${describe(err)}`);
    }
  }
  if (created.length > 0) {
    try {
      await cluster.deleteTopics(created.map((c) => c.id));
      rolledBack.push(...created);
    } catch (err) {
      problems.push(`delete created topics ${created.map((c) => c.id).join(', ')}: ${describe(err)}`);
    }
  }
  return { rolledBack, problems };
}

function storeCommit(changes: readonly Change[], current: CurrentState, desired: DesiredState, o: ApplyOptions): StoreCommit {
  const of = (kind: Change['kind']): Change[] => changes.filter((c) => c.kind === kind);
  const kept = (kind: Change['kind']): Change[] => of(kind).filter((c) => c.action !== 'delete');
  const gone = (kind: Change['kind']): string[] => of(kind).filter((c) => c.action === 'delete').map((c) => c.id);
  const pipelines = kept('pipeline').map((c) => ({
    ...desired.pipelines.get(c.id)!,
    version: nextVersion(current, desired, c.id),
    status: 'active' as const,
    updatedAt: o.at,
  }));
  const topics = of('topic');
  const n = (action: Change['action']): number => changes.filter((c) => c.action === action).length;
  return {
    user: o.user,
    at: o.at,
    summary: `${n('create')} created, ${n('update')} changed, ${n('delete')} destroyed`,
    changes,
    pipelines,
    newVersions: pipelines.map((p) => ({ name: p.name, version: p.version, spec: p.spec, sql: p.sql, appliedAt: o.at, appliedBy: o.user })),
    removedPipelines: gone('pipeline'),
    topics: {
      put: topics.flatMap((c) => {
        const d = desired.topics.get(c.id);
        return d === undefined ? [] : [{ name: d.name, owner: d.owner, document: d.document, configs: d.configs, contract: d.contract }];
      }),
      remove: topics.filter((c) => !desired.topics.has(c.id)).map((c) => c.id),
    },
    acls: { put: kept('acl').map((c) => desired.acls.get(c.id)!), remove: gone('acl') },
    alerts: { put: kept('alert').map((c) => desired.alerts.get(c.id)!), remove: gone('alert') },
    tags: { put: kept('tag').map((c) => desired.tags.get(c.id)!), remove: gone('tag') },
    files: desired.files,
  };
}
