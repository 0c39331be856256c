// Reads and writes a job's checkpoints in the object store: the state object (the state codec's
// bytes) with `put`, then the commit marker with `putIfAbsent`; restore reads the newest complete
// one; pruning keeps the newest few. The decisions are in decide.ts.
import type { ObjectStore } from '../../storage/object-store/types.ts';
import { WeirError } from '../../util/errors.ts';
import { decodeState, encodeState } from '../state/codec.ts';
import { decideCheckpoints } from './decide.ts';
import { checkpointCommitKey, checkpointPrefix, checkpointStateKey } from './paths.ts';

/** Checkpoints kept after a new one completes (Flink's state.checkpoints.num-retained is 1). */
export const RETAINED_CHECKPOINTS = 2;

export class CheckpointStore {
  private readonly store: ObjectStore;
  readonly jobId: string;

  constructor(store: ObjectStore, jobId: string) {
    this.store = store;
    this.jobId = jobId;
  }

  /** The newest complete checkpoint (decoded) and the id the next one should use. */
  async latest(): Promise<{ nextId: number; restored?: { id: number; data: unknown } }> {
    const listing = decideCheckpoints((await this.store.list(checkpointPrefix(this.jobId))).map((o) => o.key), RETAINED_CHECKPOINTS);
    if (listing.latest === undefined) return { nextId: listing.nextId };
    const key = checkpointStateKey(this.jobId, listing.latest);
    const bytes = await this.store.get(key);
    let data: unknown;
    try {
      data = decodeState(bytes);
    } catch (err) {
      throw new WeirError('OBJECT_CORRUPT', `Checkpoint ${listing.latest} of job ${this.jobId} cannot be read`, { where: `${this.store.description} ${key}`, cause: err });
    }
    return { nextId: listing.nextId, restored: { id: listing.latest, data } };
  }

  /** Writes checkpoint `id` and commits it; returns its size in bytes. */
  async write(id: number, data: unknown): Promise<number> {
    const bytes = encodeState(data);
    await this.store.put(checkpointStateKey(this.jobId, id), bytes);
    const marker = new TextEncoder().encode(JSON.stringify({ id, bytes: bytes.length, at: new Date().toISOString() }));
    const result = await this.store.putIfAbsent(checkpointCommitKey(this.jobId, id), marker);
    if (!result.created) {
      throw new WeirError('INTERNAL', `Checkpoint ${id} of job ${this.jobId} was already committed by someone else`, {
        where: `${this.store.description} ${checkpointCommitKey(this.jobId, id)}`,
        hint: 'Two jobs with the same id are running; stop one of them',
      });
    }
    return bytes.length;
  }

  /** Deletes checkpoints older than the newest few complete ones. */
  async prune(): Promise<void> {
    const listing = decideCheckpoints((await this.store.list(checkpointPrefix(this.jobId))).map((o) => o.key), RETAINED_CHECKPOINTS);
    if (listing.obsolete.length > 0) await this.store.delete(listing.obsolete);
  }
}
