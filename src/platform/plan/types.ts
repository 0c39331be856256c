// A plan: every change apply would make, computed by a pure function from the current state and
// the desired state (STYLE example 5: planChanges(current, desired)). Apply performs the changes in
// the order of `RESOURCE_ORDER` (deletes in reverse), each step with an undo.
import type { Violation } from '../policy/types.ts';
import type { SpecError } from '../spec/model.ts';

export type ResourceKind = 'topic' | 'schema' | 'acl' | 'job' | 'alert' | 'tag' | 'pipeline';
export const RESOURCE_ORDER: readonly ResourceKind[] = ['topic', 'schema', 'acl', 'job', 'alert', 'tag', 'pipeline'];

export type ChangeAction = 'create' | 'update' | 'delete';

export interface Change {
  readonly kind: ResourceKind;
  readonly action: ChangeAction;
  /** The resource: topic name, schema subject, 'User:x read topic:y', job = pipeline name, 'pipeline/alert-kind', … */
  readonly id: string;
  /** The pipeline (or 'topic <name>' document) it belongs to. */
  readonly owner: string;
  /** Human lines for the diff: 'partitions: 3 → 6', 'retention.ms: 604800000 → 1209600000', 'new version (BACKWARD: compatible)'. */
  readonly details: readonly string[];
}

/** What `weir plan` returns. `ok` = no spec errors and no violations: apply would go ahead. */
export interface PlanResult {
  readonly ok: boolean;
  readonly changes: readonly Change[];
  readonly violations: readonly Violation[];
  readonly errors: readonly SpecError[];
  /** A hash of the changes; `apply` with `expect` refuses if its own plan differs (state moved). */
  readonly fingerprint: string;
}

export interface ApplyResult {
  readonly plan: PlanResult;
  /** False when refused (errors, violations, fingerprint mismatch) or rolled back. */
  readonly applied: boolean;
  /** The step that failed and why, after rollback; undefined on success. */
  readonly failure?: { readonly change: Change; readonly message: string; readonly rolledBack: readonly Change[] };
  /** The audit record (absent when nothing changed or not applied). */
  readonly record?: ApplyRecord;
}

export interface ApplyRecord {
  readonly id: number;
  readonly user: string;
  readonly at: string;
  readonly changes: number;
  /** Pipeline name → version created by this apply. */
  readonly versions: Readonly<Record<string, number>>;
  readonly summary: string;
}
