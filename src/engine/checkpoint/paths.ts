// Object keys of a job's checkpoints (the engine's own corner of the object store; the log's keys
// are in src/storage/paths.ts). A checkpoint is two objects: the state, then a small commit marker
// written create-only; only a checkpoint with both is complete.
//
//   jobs/<job id>/checkpoints/<20-digit checkpoint id>.state
//   jobs/<job id>/checkpoints/<20-digit checkpoint id>.commit
import { createHash } from 'node:crypto';
import { WeirError } from '../../util/errors.ts';

const JOB_ID = /^[A-Za-z0-9._-]{1,200}$/;

export function checkJobId(jobId: string): void {
  if (!JOB_ID.test(jobId) || jobId.startsWith('.') || jobId.includes('..')) {
    throw new WeirError('CONFIG_INVALID', `Invalid job id ${JSON.stringify(jobId)}: use 1-200 characters of [A-Za-z0-9._-], not starting with "."`, { where: 'job id' });
  }
}

/** A job id from a job name: unsafe characters become '-'. */
export function jobIdFromName(name: string): string {
  const id = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 180);
  return id === '' ? 'job' : id;
}

/** The default job id: the name plus a fingerprint of the plan, so that a changed query under the
 * same name starts afresh instead of restoring state that does not fit it. */
export function defaultJobId(name: string, plan: unknown): string {
  const text = JSON.stringify(plan, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  return `${jobIdFromName(name)}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

export function checkpointPrefix(jobId: string): string {
  return `jobs/${jobId}/checkpoints/`;
}

const pad = (id: number): string => id.toString().padStart(20, '0');

export function checkpointStateKey(jobId: string, id: number): string {
  return `${checkpointPrefix(jobId)}${pad(id)}.state`;
}

export function checkpointCommitKey(jobId: string, id: number): string {
  return `${checkpointPrefix(jobId)}${pad(id)}.commit`;
}

/** The checkpoint id and object kind a key names, or undefined for a key that is not one. */
export function parseCheckpointKey(key: string): { id: number; part: 'state' | 'commit' } | undefined {
  const m = /\/checkpoints\/(\d{20})\.(state|commit)$/.exec(key);
  if (m === null) return undefined;
  return { id: Number(m[1]), part: m[2] as 'state' | 'commit' };
}
