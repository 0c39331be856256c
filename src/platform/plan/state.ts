// The two inputs of planChanges (diff.ts): the desired state, derived from the spec files
// (desired.ts), and the current state, read from the store, the cluster, the registry and the job
// runner (current.ts). Both are plain data keyed by resource id, so the diff is a pure function.
import type { ClusterTopic } from '../cluster/types.ts';
import type { JobHealthState } from '../jobs/types.ts';
import type { CompatibilityResult } from '../registry/types.ts';
import type { Compatibility, SchemaFormat, SourcePos, SpecFile, TopicRole } from '../spec/model.ts';
import type { ManagedTopic, StoredAcl, StoredAlert, StoredPipeline, StoredTag } from '../store.ts';

export interface DesiredTopic {
  readonly name: string;
  /** The document it comes from: the pipeline's name, or 'topic <name>' for a kind Topic document. */
  readonly owner: string;
  readonly document: 'Topic' | 'Pipeline';
  readonly role: TopicRole;
  readonly partitions: number;
  /** What the contract says beyond configs, as the inventory shows it (owner team, on-call, role,
   * key, classification): a change of it is a topic update even when the cluster stays as it is. */
  readonly contract: Readonly<Record<string, string>>;
  /** retention.ms and cleanup.policy from the contract, plus its other configs as written. */
  readonly configs: Readonly<Record<string, string>>;
  /** The contract, and its partitions field (for the partitions-decrease violation). */
  readonly at: SourcePos;
  readonly partitionsAt: SourcePos;
}

export interface DesiredSchema {
  readonly subject: string;
  readonly format: SchemaFormat;
  readonly schema: string;
  readonly compatibility: Compatibility;
  readonly owner: string;
  readonly topic: string;
  /** The schema field of the contract. */
  readonly at: SourcePos;
}

export interface DesiredJob {
  readonly pipeline: string;
  /** sha256 of the SQL: a different one means redeploy. */
  readonly hash: string;
  readonly sql: string;
  readonly file: string;
}

/** A pipeline's record as apply will store it (apply sets version, status and updatedAt). */
export type DesiredPipeline = Omit<StoredPipeline, 'version' | 'status' | 'updatedAt'>;

export interface DesiredState {
  readonly topics: ReadonlyMap<string, DesiredTopic>;
  readonly schemas: ReadonlyMap<string, DesiredSchema>;
  readonly acls: ReadonlyMap<string, StoredAcl>;
  readonly jobs: ReadonlyMap<string, DesiredJob>;
  readonly alerts: ReadonlyMap<string, StoredAlert>;
  readonly tags: ReadonlyMap<string, StoredTag>;
  readonly pipelines: ReadonlyMap<string, DesiredPipeline>;
  /** The spec files, kept by apply (lineage is rebuilt from them). */
  readonly files: readonly SpecFile[];
}

/** One subject as the registry has it, with respect to the desired schema. */
export interface CurrentSchema {
  readonly subject: string;
  /** The latest version, absent when the subject has none. */
  readonly latest?: number;
  /** The version of the desired schema, when it is registered already. */
  readonly registered?: number;
  /** The subject's own compatibility level, if set. */
  readonly level?: Compatibility;
  /** The level in force (the subject's, or the global one). */
  readonly effective: Compatibility;
  /** The desired schema tested against the subject (under the desired level), when it is new. */
  readonly test?: CompatibilityResult;
  /** Why the registry cannot read the desired schema, when it cannot (then there is no test). */
  readonly invalid?: string;
}

export interface CurrentJob {
  readonly pipeline: string;
  readonly hash: string;
  readonly state: JobHealthState;
}

export interface CurrentState {
  /** The cluster's view of every topic the plan is about (desired, managed, sources) that exists. */
  readonly clusterTopics: ReadonlyMap<string, ClusterTopic>;
  readonly managedTopics: ReadonlyMap<string, ManagedTopic>;
  readonly schemas: ReadonlyMap<string, CurrentSchema>;
  readonly acls: ReadonlyMap<string, StoredAcl>;
  /** Jobs of active pipelines. */
  readonly jobs: ReadonlyMap<string, CurrentJob>;
  readonly alerts: ReadonlyMap<string, StoredAlert>;
  readonly tags: ReadonlyMap<string, StoredTag>;
  /** Every pipeline ever applied, active or removed. */
  readonly pipelines: ReadonlyMap<string, StoredPipeline>;
}
