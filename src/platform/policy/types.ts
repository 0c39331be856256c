// Policies as data: a `kind: Policy` document, edited by the platform team, maps each workload class
// to the rules its pipelines must follow, plus estate-wide rules. The vocabulary of rules is fixed
// (each is implemented in a file of policy/: estate.ts, production.ts, analytical.ts, migration.ts,
// exploratory.ts, replay.ts, contracts.ts); which rules apply to which class, and their parameters,
// is the policy file's choice — any class may use any rule.
//
//   apiVersion: weir/v1
//   kind: Policy
//   metadata: { name: estate }
//   spec:
//     estate:
//       topic-naming: { pattern: '^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$' }
//       partitions: { min: 1, max: 64 }
//       retention: { min: 1h, max: 90d }
//       required-labels: [team]
//     classes:
//       operational: { on-call: true, alerts: [lag, checkpoint-age], production-acls: { principal: '^User:svc-' }, rollback: true }
//       analytical:  { sink-owner: true, batching: true, classification: [public, internal, confidential], cost-tags: [cost-center] }
//       migration:   { bounded-input: true, source-retention: true, output-validation: true, cutoff: true }
//       exploratory: { expiry: { maxDays: 14 }, limited-privileges: { maxPartitions: 3, operations: [read, describe] }, no-dependents: true }
//
// Always checked, policy file or not: the replay contract (rule `replay.retention`) and the
// contract rules (`contract.*`: SQL reads only declared sources and writes only declared outputs,
// a topic has one writer, sources have a contract or exist on the cluster).
import type { AclOperation, AlertKind, SourcePos, SpecSource, WorkloadClass } from '../spec/model.ts';

export interface EstateRules {
  readonly 'topic-naming'?: { readonly pattern: string };
  readonly partitions?: { readonly min?: number; readonly max?: number };
  /** ms; -1 (infinite) counts as larger than any max. */
  readonly retention?: { readonly minMs?: number; readonly maxMs?: number };
  readonly 'required-labels'?: readonly string[];
}

export interface ClassRules {
  readonly 'on-call'?: boolean;
  readonly alerts?: readonly AlertKind[];
  readonly 'production-acls'?: { readonly principal?: string };
  readonly rollback?: boolean;
  readonly 'sink-owner'?: boolean;
  readonly batching?: boolean;
  readonly classification?: readonly string[];
  readonly 'cost-tags'?: readonly string[];
  readonly 'bounded-input'?: boolean;
  readonly 'source-retention'?: boolean;
  readonly 'output-validation'?: boolean;
  readonly cutoff?: boolean;
  readonly expiry?: { readonly maxDays: number };
  readonly 'limited-privileges'?: { readonly maxPartitions?: number; readonly operations?: readonly AclOperation[] };
  readonly 'no-dependents'?: boolean;
}

export type EstateRuleName = keyof EstateRules;
export type ClassRuleName = keyof ClassRules;

export interface Policy {
  readonly name: string;
  readonly estate: EstateRules;
  readonly classes: Readonly<Partial<Record<WorkloadClass, ClassRules>>>;
  /** Where each rule is set: key 'estate.<rule>' or '<class>.<rule>'. */
  readonly ruleAt: Readonly<Record<string, SourcePos>>;
  readonly source: SpecSource;
}

/** A rule a spec breaks, as the user sees it. */
export interface Violation {
  /** 'estate.topic-naming', 'operational.on-call', 'replay.retention', 'contract.undeclared-source', … */
  readonly rule: string;
  /** What breaks it: 'pipeline order-enrichment', 'topic orders.enriched'. */
  readonly subject: string;
  /** A whole sentence: what is wrong, what the rule asks for, what to do. */
  readonly message: string;
  /** The spec field that breaks the rule (or the document, when a field is missing). */
  readonly at: SourcePos;
  /** Where the policy file sets the rule (absent for always-on rules). */
  readonly ruleAt?: SourcePos;
}

/** Facts the rules need besides the specs. */
export interface PolicyFacts {
  /** Wall-clock ms (expiry checks). */
  readonly now: number;
  /** What each pipeline's SQL reads and writes, by pipeline name (lineage/pipelineIO). */
  readonly io: ReadonlyMap<string, { readonly reads: readonly string[]; readonly writes: readonly string[] }>;
  /** Topics on the cluster, for sources that have no contract in the estate. */
  readonly clusterTopics: ReadonlyMap<string, { readonly retentionMs: number; readonly cleanupPolicy: string }>;
  /** When each applied pipeline was first applied (ms): a relative `expires: 14d` counts from it
   * (from `now` for a pipeline not applied yet). */
  readonly firstApplied?: ReadonlyMap<string, number>;
}
