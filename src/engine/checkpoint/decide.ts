// Which checkpoint to restore and which objects to delete, decided from a listing of the job's
// checkpoint keys alone (STYLE example 5: pure; checkpoint/store.ts does the I/O). A checkpoint is
// complete when both its state object and its commit marker exist: the state is written first and
// the marker last, so a crash between the two leaves the previous checkpoint the latest.
import { parseCheckpointKey } from './paths.ts';

export interface CheckpointListing {
  /** The newest complete checkpoint, if any. */
  readonly latest: number | undefined;
  /** The id the next checkpoint should take: above every id seen, complete or not. */
  readonly nextId: number;
  /** Keys to delete so that only the newest `keep` complete checkpoints remain (and no leftovers
   * of incomplete checkpoints older than the newest complete one). */
  readonly obsolete: readonly string[];
}

export function decideCheckpoints(keys: readonly string[], keep: number): CheckpointListing {
  const parts = new Map<number, { state?: string; commit?: string }>();
  let maxId = 0;
  for (const key of keys) {
    const p = parseCheckpointKey(key);
    if (p === undefined) continue;
    const entry = parts.get(p.id) ?? {};
    entry[p.part] = key;
    parts.set(p.id, entry);
    if (p.id > maxId) maxId = p.id;
  }
  const complete = [...parts].filter(([, e]) => e.state !== undefined && e.commit !== undefined).map(([id]) => id).sort((a, b) => b - a);
  const kept = new Set(complete.slice(0, Math.max(1, keep)));
  const latest = complete[0];
  const obsolete: string[] = [];
  for (const [id, e] of parts) {
    if (kept.has(id)) continue;
    // Incomplete checkpoints newer than the latest complete one may still be being written.
    if (latest === undefined || id > latest) continue;
    if (e.commit !== undefined) obsolete.push(e.commit);
    if (e.state !== undefined) obsolete.push(e.state);
  }
  return { latest, nextId: maxId + 1, obsolete: obsolete.sort() };
}
