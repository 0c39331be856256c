// `weir plan`: spec files in, PlanResult out. Loads the estate (spec errors), reads what each
// pipeline's SQL reads and writes (SQL errors become spec errors at the SQL's file:line:col),
// derives the desired state, reads the current one, diffs them (planChanges), and collects every
// reason apply would refuse: policy violations (checkPolicy), partition decreases and incompatible
// schemas (diffViolations), and new topics the broker itself would reject (CreateTopics with
// validate_only, rule 'cluster.topic-config'). Apply (../apply) runs the same plan, then performs it.
import { loadEstate } from '../spec/index.ts';
import { checkPolicy } from '../policy/index.ts';
import { pipelineIO } from '../lineage/index.ts';
import type { PipelineIO } from '../lineage/types.ts';
import type { Violation } from '../policy/types.ts';
import type { Estate, Pipeline, SpecError, SpecFile } from '../spec/model.ts';
import type { Cluster } from '../cluster/types.ts';
import { isWeirError } from '../../util/errors.ts';
import type { PlanResult } from './types.ts';
import type { CurrentState, DesiredState } from './state.ts';
import { desiredState, sha256 } from './desired.ts';
import { currentState, type World } from './current.ts';
import { diffViolations, fingerprint, planChanges } from './diff.ts';

/** A plan with what it was computed from (apply performs it against `current` and `desired`). */
export interface Planned {
  readonly result: PlanResult;
  readonly estate: Estate;
  /** Undefined when the specs did not load (then there are no changes). */
  readonly desired?: DesiredState;
  readonly current?: CurrentState;
  readonly io: ReadonlyMap<string, PipelineIO>;
}

/** Remembers each SQL's reads and writes (or its error), so a plan after a plan does not analyze
 * unchanged SQL again. */
export class IoCache {
  readonly #entries = new Map<string, PipelineIO | SpecError>();

  get(p: Pipeline): PipelineIO | SpecError {
    const key = sha256(`${p.name}\0${p.sql.file}:${p.sql.line}:${p.sql.col}\0${p.sql.text}`);
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = analyze(p);
      if (this.#entries.size >= 10_000) this.#entries.clear();
      this.#entries.set(key, entry);
    }
    return entry;
  }
}

export async function makePlan(world: World, files: readonly SpecFile[], now: number, cache: IoCache): Promise<Planned> {
  const estate = loadEstate(files);
  const io = new Map<string, PipelineIO>();
  if (estate.errors.length > 0) {
    const result = { ok: false, changes: [], violations: [], errors: estate.errors, fingerprint: fingerprint([]) };
    return { result, estate, io };
  }
  const errors: SpecError[] = [];
  for (const p of estate.pipelines) {
    const r = cache.get(p);
    if ('pipeline' in r) io.set(p.name, r);
    else errors.push(r);
  }
  const desired = desiredState(estate, files);
  const sources = estate.pipelines.flatMap((p) => [...p.sources, ...(io.get(p.name)?.reads ?? [])]);
  const current = await currentState(world, desired, sources);
  const changes = planChanges(current, desired);
  // The cluster as apply leaves it: a topic the plan deletes is no source anyone can still read.
  const deleted = new Set(changes.filter((c) => c.kind === 'topic' && c.action === 'delete').map((c) => c.id));
  const clusterTopics = new Map([...current.clusterTopics.values()].filter((t) => !deleted.has(t.name)).map((t) => [t.name, {
    retentionMs: Number(t.configs['retention.ms'] ?? Number.NaN),
    cleanupPolicy: t.configs['cleanup.policy'] ?? 'delete',
  }]));
  const violations: Violation[] = [
    ...checkPolicy(estate, { now, io, clusterTopics, firstApplied: world.store.firstApplied() }),
    ...diffViolations(current, desired),
    ...(await brokerViolations(world.cluster, desired, changes.filter((c) => c.kind === 'topic' && c.action === 'create').map((c) => c.id))),
  ];
  const result: PlanResult = { ok: errors.length === 0 && violations.length === 0, changes, violations, errors, fingerprint: fingerprint(changes) };
  return { result, estate, desired, current, io };
}

function analyze(p: Pipeline): PipelineIO | SpecError {
  try {
    return pipelineIO(p);
  } catch (err) {
    if (!isWeirError(err)) throw err;
    const m = /^(.*):(\d+):(\d+)$/.exec(err.where ?? '');
    const at = m === null ? { file: p.sql.file, line: p.sql.line, col: p.sql.col } : { file: m[1]!, line: Number(m[2]), col: Number(m[3]) };
    // The SQL layer's message may start with the position the SpecError carries already.
    const message = err.describe().replace(`${err.where ?? ''}: `, '');
    return { ...at, field: 'spec.sql', message };
  }
}

/** The broker's own check of the topics to create: one validate-only call for all of them, and
 * only when it fails one call per topic, to name each topic the broker rejects and why. */
async function brokerViolations(cluster: Cluster, desired: DesiredState, names: readonly string[]): Promise<Violation[]> {
  const topics = names.map((n) => desired.topics.get(n)!);
  if (topics.length === 0) return [];
  const validate = (ts: typeof topics): Promise<void> =>
    cluster.createTopics(ts.map((t) => ({ name: t.name, partitions: t.partitions, configs: t.configs })), { validateOnly: true });
  try {
    await validate(topics);
    return [];
  } catch {
    const out: Violation[] = [];
    for (const t of topics) {
      try {
        await validate([t]);
      } catch (err) {
        const message = isWeirError(err) ? err.describe() : String(err);
        out.push({ rule: 'cluster.topic-config', subject: `topic ${t.name}`, message: `The cluster refuses to create topic ${t.name}: ${message}`, at: t.at });
      }
    }
    return out;
  }
}
