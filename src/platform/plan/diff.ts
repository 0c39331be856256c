// The plan as a pure function (STYLE example 5): planChanges(current, desired) lists every change
// apply would make, in apply's order — creates and updates in RESOURCE_ORDER, then deletes in the
// reverse order, each kind by id — with the human lines the diff shows. Rules it follows:
// - a topic's partitions only grow (a decrease is the violation 'contract.partitions-decrease',
//   from diffViolations, not a change); its configs are set to the contract's, and configs an
//   earlier contract set but the new one drops revert to the broker's default;
// - a topic that exists but Weir does not manage yet is adopted (an update saying so);
// - a managed topic whose document is gone is deleted when it was a pipeline's output; a kind Topic
//   document's topic (a source of record) is never deleted: the change is an update that says it is
//   no longer managed (apply forgets it, the topic and its data stay);
// - schemas get a new version when the desired schema is not registered under the subject yet;
//   subjects are never deleted (consumers of old data still need their schemas);
// - a pipeline's version goes up when its spec hash changes; its job is redeployed when its SQL
//   changes (or it is not running at all), and stopped when the pipeline is removed.
import { createHash } from 'node:crypto';
import { formatDuration } from '../policy/text.ts';
import type { Violation } from '../policy/types.ts';
import { RESOURCE_ORDER, type Change, type ChangeAction, type ResourceKind } from './types.ts';
import type { CurrentState, DesiredState, DesiredTopic } from './state.ts';

export function planChanges(current: CurrentState, desired: DesiredState): Change[] {
  const changes = [
    ...topicChanges(current, desired),
    ...schemaChanges(current, desired),
    ...rowChanges('acl', current.acls, desired.acls, (a) => a.owner, () => [], () => []),
    ...jobChanges(current, desired),
    ...rowChanges('alert', current.alerts, desired.alerts, (a) => a.pipeline,
      (a) => [`${a.kind} > ${a.threshold}${a.forMs > 0 ? ` for ${formatDuration(a.forMs)}` : ''}, ${a.severity}`],
      (was, now) => [
        ...changed('threshold', was.threshold, now.threshold),
        ...changed('for', formatDuration(was.forMs), formatDuration(now.forMs)),
        ...changed('severity', was.severity, now.severity),
      ]),
    ...rowChanges('tag', current.tags, desired.tags, (t) => t.pipeline, (t) => [`${t.key}=${t.value}`], (was, now) => changed(now.key, was.value, now.value)),
    ...pipelineChanges(current, desired),
  ];
  return changes.sort(compareChanges);
}

/** Problems only the comparison with the current state reveals: partition decreases, and schemas
 * the registry would refuse (it cannot parse them, or they are incompatible). */
export function diffViolations(current: CurrentState, desired: DesiredState): Violation[] {
  const out: Violation[] = [];
  for (const d of sortedValues(desired.topics)) {
    const c = current.clusterTopics.get(d.name);
    if (c !== undefined && c.partitions > d.partitions) {
      out.push({
        rule: 'contract.partitions-decrease',
        subject: `topic ${d.name}`,
        message: `Topic ${d.name} has ${c.partitions} partitions on the cluster and its contract asks for ${d.partitions}; Kafka cannot remove partitions. ` +
          `Set partitions to ${c.partitions} or more, or create a new topic and move its readers and writers there.`,
        at: d.partitionsAt,
      });
    }
  }
  for (const s of sortedValues(desired.schemas)) {
    const cur = current.schemas.get(s.subject);
    if (cur?.invalid !== undefined) {
      out.push({
        rule: 'schema.invalid',
        subject: `schema ${s.subject}`,
        message: `The schema for subject ${s.subject} is not valid ${s.format}: ${cur.invalid}. Correct the schema text.`,
        at: s.at,
      });
      continue;
    }
    const test = cur?.test;
    if (test === undefined || test.compatible) continue;
    out.push({
      rule: 'schema.compatibility',
      subject: `schema ${s.subject}`,
      message: `The new schema for subject ${s.subject} is not ${s.compatibility}-compatible with what the registry holds: ${test.messages.join('; ')}. ` +
        `Make the change compatible (for example give new fields defaults), or change the subject's compatibility level deliberately.`,
      at: s.at,
    });
  }
  return out;
}

/** What a topic change does on the cluster (shared by the diff's lines and apply's steps). */
export interface TopicDelta {
  /** Configs to set, with the value the topic has now (undefined: not set, default applies). */
  readonly set: Readonly<Record<string, { readonly from: string | undefined; readonly to: string }>>;
  /** Configs an earlier contract set and the new one drops: reverted to the default. */
  readonly remove: readonly { readonly key: string; readonly from: string }[];
  /** The new partition count, when it grows. */
  readonly partitions?: { readonly from: number; readonly to: number };
}

/** The cluster changes that bring an existing topic to its contract. */
export function topicDelta(current: CurrentState, d: DesiredTopic): TopicDelta {
  const c = current.clusterTopics.get(d.name);
  if (c === undefined) return { set: {}, remove: [] };
  const set: Record<string, { from: string | undefined; to: string }> = {};
  for (const key of Object.keys(d.configs).sort()) {
    const to = d.configs[key]!;
    const from = c.configs[key];
    if (!sameConfig(key, from, to)) set[key] = { from, to };
  }
  const managed = current.managedTopics.get(d.name);
  const remove = managed === undefined ? [] : Object.keys(managed.configs).sort()
    .filter((key) => !(key in d.configs) && c.overrides.includes(key))
    .map((key) => ({ key, from: c.configs[key] ?? '' }));
  return { set, remove, ...(d.partitions > c.partitions ? { partitions: { from: c.partitions, to: d.partitions } } : {}) };
}

/** The version a pipeline will have after apply: a new one when its spec changed or it is new or re-added. */
export function nextVersion(current: CurrentState, desired: DesiredState, name: string): number {
  const was = current.pipelines.get(name);
  const now = desired.pipelines.get(name);
  if (was === undefined) return 1;
  return now !== undefined && (was.status === 'removed' || was.hash !== now.hash) ? was.version + 1 : was.version;
}

/** sha256 of the changes in a canonical form: the same plan always has the same fingerprint. */
export function fingerprint(changes: readonly Change[]): string {
  const canonical = JSON.stringify(changes.map((c) => [c.kind, c.action, c.id, c.owner, c.details]));
  return createHash('sha256').update(canonical).digest('hex');
}

// Topics.

function topicChanges(current: CurrentState, desired: DesiredState): Change[] {
  const out: Change[] = [];
  for (const d of desired.topics.values()) {
    const c = current.clusterTopics.get(d.name);
    const managed = current.managedTopics.get(d.name);
    if (c === undefined) {
      const extra = Object.keys(d.configs).sort().filter((k) => k !== 'retention.ms' && k !== 'cleanup.policy').map((k) => ` ${k}=${d.configs[k]}`);
      const line = `partitions=${d.partitions} retention=${formatDuration(Number(d.configs['retention.ms']))} cleanup=${d.configs['cleanup.policy']}${extra.join('')}`;
      out.push(change('topic', 'create', d.name, d.owner, managed === undefined ? [line] : [line, 'recreated: Weir managed it, but it is gone from the cluster']));
      continue;
    }
    const details: string[] = [];
    if (managed === undefined) details.push('adopted: it exists on the cluster; Weir manages it from now on');
    else {
      if (managed.owner !== d.owner) details.push(`declared by: ${managed.owner} → ${d.owner}`);
      details.push(...contractDetails(managed.contract, d.contract));
    }
    const delta = topicDelta(current, d);
    if (delta.partitions !== undefined) details.push(`partitions: ${delta.partitions.from} → ${delta.partitions.to}`);
    for (const [key, { from, to }] of Object.entries(delta.set)) details.push(`${key}: ${from ?? '(default)'} → ${to}${durationNote(key, from, to)}`);
    for (const { key, from } of delta.remove) details.push(`${key}: ${from} → (default)`);
    if (details.length > 0) out.push(change('topic', 'update', d.name, d.owner, details));
  }
  for (const m of current.managedTopics.values()) {
    if (desired.topics.has(m.name)) continue;
    const c = current.clusterTopics.get(m.name);
    if (m.document === 'Topic') {
      out.push(change('topic', 'update', m.name, m.owner, ['no longer managed: its document is gone; the topic and its data stay on the cluster']));
    } else {
      out.push(change('topic', 'delete', m.name, m.owner, c === undefined ? ['already gone from the cluster'] : [`partitions=${c.partitions}; its data is deleted`]));
    }
  }
  return out;
}

/** 'owner team: web → growth' for each governance field the contract changes. */
function contractDetails(was: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): string[] {
  const LABELS: Readonly<Record<string, string>> = { team: 'owner team', onCall: 'on-call', role: 'role', key: 'key', classification: 'classification' };
  return Object.keys(LABELS).filter((k) => was[k] !== now[k]).map((k) => `${LABELS[k]}: ${was[k] ?? '(none)'} → ${now[k] ?? '(none)'}`);
}

function sameConfig(key: string, actual: string | undefined, wanted: string): boolean {
  if (actual === undefined) return false;
  if (key === 'cleanup.policy') return actual.split(',').map((s) => s.trim()).sort().join(',') === wanted.split(',').map((s) => s.trim()).sort().join(',');
  return actual === wanted;
}

/** ' (7d → 14d)' for a '.ms' config holding durations. */
function durationNote(key: string, from: string | undefined, to: string): string {
  if (!key.endsWith('.ms') || from === undefined || !/^-?\d+$/.test(from) || !/^-?\d+$/.test(to)) return '';
  return ` (${formatDuration(Number(from))} → ${formatDuration(Number(to))})`;
}

// Schemas.

function schemaChanges(current: CurrentState, desired: DesiredState): Change[] {
  const out: Change[] = [];
  for (const s of desired.schemas.values()) {
    const cur = current.schemas.get(s.subject);
    if (cur?.latest === undefined) {
      out.push(change('schema', 'create', s.subject, s.owner, [`${s.format} version 1, compatibility ${s.compatibility}${cur?.invalid === undefined ? '' : ': INVALID'}`]));
      continue;
    }
    const details: string[] = [];
    if (cur.level !== s.compatibility) details.push(`compatibility: ${cur.level ?? `(global ${cur.effective})`} → ${s.compatibility}`);
    if (cur.registered === undefined) {
      const verdict = cur.invalid !== undefined ? ': INVALID' : cur.test === undefined ? '' : cur.test.compatible ? ': compatible' : ': INCOMPATIBLE';
      details.push(`new version ${cur.latest + 1} (${s.compatibility}${verdict})`);
    }
    if (details.length > 0) out.push(change('schema', 'update', s.subject, s.owner, details));
  }
  return out;
}

// Jobs and pipelines.

function jobChanges(current: CurrentState, desired: DesiredState): Change[] {
  const out: Change[] = [];
  for (const j of desired.jobs.values()) {
    const cur = current.jobs.get(j.pipeline);
    const version = nextVersion(current, desired, j.pipeline);
    if (cur === undefined) out.push(change('job', 'create', j.pipeline, j.pipeline, [`deploy version ${version}`]));
    else if (cur.hash !== j.hash) out.push(change('job', 'update', j.pipeline, j.pipeline, [`SQL changed: redeploy as version ${version}`]));
    else if (cur.state === 'absent') out.push(change('job', 'update', j.pipeline, j.pipeline, [`not running: deploy version ${version}`]));
  }
  for (const cur of current.jobs.values()) {
    if (!desired.jobs.has(cur.pipeline)) out.push(change('job', 'delete', cur.pipeline, cur.pipeline, ['stop']));
  }
  return out;
}

function pipelineChanges(current: CurrentState, desired: DesiredState): Change[] {
  const out: Change[] = [];
  for (const p of desired.pipelines.values()) {
    const was = current.pipelines.get(p.name);
    const version = nextVersion(current, desired, p.name);
    if (was === undefined || was.status === 'removed') {
      const again = was === undefined ? '' : ' (added again)';
      out.push(change('pipeline', 'create', p.name, p.name, [`version ${version}${again}, class ${p.class}, owner ${p.owner}`]));
    } else if (was.hash !== p.hash) {
      const what = [...changed('class', was.class, p.class), ...changed('owner', was.owner, p.owner), ...(was.sql !== p.sql ? ['SQL changed'] : [])];
      out.push(change('pipeline', 'update', p.name, p.name, [`version ${was.version} → ${version}`, ...(what.length > 0 ? what : ['spec changed'])]));
    }
  }
  for (const was of current.pipelines.values()) {
    if (was.status === 'active' && !desired.pipelines.has(was.name)) {
      out.push(change('pipeline', 'delete', was.name, was.name, [`marked removed at version ${was.version}; its versions are kept`]));
    }
  }
  return out;
}

// Helpers.

/** Create / update / delete of store rows keyed by id; `describe` gives a created row's lines,
 * `compare` the lines of what changed (an owner change is added by this function). */
function rowChanges<T extends { readonly id: string }>(
  kind: ResourceKind,
  current: ReadonlyMap<string, T>,
  desired: ReadonlyMap<string, T>,
  ownerOf: (row: T) => string,
  describe: (row: T) => string[],
  compare: (was: T, now: T) => string[],
): Change[] {
  const out: Change[] = [];
  for (const now of desired.values()) {
    const was = current.get(now.id);
    if (was === undefined) {
      out.push(change(kind, 'create', now.id, ownerOf(now), describe(now)));
      continue;
    }
    const details = [...changed('owner', ownerOf(was), ownerOf(now)), ...compare(was, now)];
    if (details.length > 0) out.push(change(kind, 'update', now.id, ownerOf(now), details));
  }
  for (const was of current.values()) {
    if (!desired.has(was.id)) out.push(change(kind, 'delete', was.id, ownerOf(was), []));
  }
  return out;
}

function changed(field: string, was: string | number, now: string | number): string[] {
  return was === now ? [] : [`${field}: ${was} → ${now}`];
}

function change(kind: ResourceKind, action: ChangeAction, id: string, owner: string, details: string[]): Change {
  return { kind, action, id, owner, details };
}

function sortedValues<T>(map: ReadonlyMap<string, T>): T[] {
  return [...map.keys()].sort().map((k) => map.get(k)!);
}

const RANK = new Map(RESOURCE_ORDER.map((k, i) => [k, i]));

function compareChanges(a: Change, b: Change): number {
  const aDel = a.action === 'delete';
  const bDel = b.action === 'delete';
  if (aDel !== bDel) return aDel ? 1 : -1;
  const rank = RANK.get(a.kind)! - RANK.get(b.kind)!;
  if (rank !== 0) return aDel ? -rank : rank;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
