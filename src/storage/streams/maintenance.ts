// Background work on uploaded data: compaction of stream-set objects into per-stream objects,
// retention by time and size, and key compaction of `cleanup.policy=compact` topics. Each rewrite
// writes its new objects first, swaps the ranges in one metadata transaction, then deletes the
// objects nothing refers to; a crash at any point leaves the old ranges or the new, never a mix
// (orphan objects are collected at open).
import type { SharedLog } from '../log.ts';
import type { Range, NewObject } from '../metadata/store.ts';
import type { StreamState } from './stream.ts';
import { buildObject } from './object-format.ts';
import { streamObjectKey } from '../paths.ts';
import { planRetention, planStreamObjects } from './plans.ts';
import { compactBatches } from './key-compaction.ts';
import { batchBytes } from './batches.ts';

export interface MaintenanceOptions {
  readonly streamObjectBytes: number;
}

export class Maintenance {
  private readonly log: SharedLog;
  private readonly options: MaintenanceOptions;
  compactions = 0;

  constructor(log: SharedLog, options: MaintenanceOptions) {
    this.log = log;
    this.options = options;
  }

  /** Rewrites every stream's small or shared ranges into stream objects; deletes emptied stream-set objects. */
  async compact(): Promise<void> {
    const kinds = new Map<string, 'stream-set' | 'stream'>();
    for (const kind of ['stream-set', 'stream'] as const) for (const o of this.log.meta.objects(kind)) kinds.set(o.key, kind);
    for (const t of [...this.log.topicStates()]) for (const s of t.streams) {
      const groups = planStreamObjects(s.ranges, (k) => kinds.get(k) ?? 'stream', this.options.streamObjectBytes, t.config.objectSpanMs);
      for (const group of groups) {
        const runs = [];
        for (const r of group) runs.push(await this.log.loadRange(r, false));
        let maxTimestamp = -1n;
        for (const r of group) if (r.maxTimestamp > maxTimestamp) maxTimestamp = r.maxTimestamp;
        await this.replace(s, group, [{ batches: runs.flatMap((r) => r.pieces), startOffset: group[0]!.startOffset, endOffset: group[group.length - 1]!.endOffset, maxTimestamp }]);
      }
    }
    this.compactions++;
  }

  /** Applies retention.ms and retention.bytes to every topic with the delete policy. */
  async enforceRetention(): Promise<void> {
    const now = this.log.now();
    for (const t of this.log.topicStates()) {
      for (const s of t.streams) {
        const start = planRetention(s.ranges, s.hotBytes, t.config, now);
        if (start !== null) await this.log.advanceLogStart(s, start);
      }
    }
  }

  /** Keeps the newest record per key in uploaded data of compacted topics; tombstones go after delete.retention.ms. */
  async compactKeys(): Promise<void> {
    const now = BigInt(this.log.now());
    for (const t of this.log.topicStates()) {
      if (!t.config.compactPolicy) continue;
      for (const s of t.streams) {
        if (s.ranges.length === 0) continue;
        const ranges = s.ranges.slice();
        const batches: Buffer[] = [];
        for (const r of ranges) {
          const run = await this.log.loadRange(r, false);
          for (let i = 0; i + 1 < run.positions.length; i++) batches.push(batchBytes(run, i));
        }
        const result = compactBatches(batches, now, BigInt(t.config.deleteRetentionMs));
        if (!result.changed) continue;
        let maxTimestamp = -1n;
        for (const r of ranges) if (r.maxTimestamp > maxTimestamp) maxTimestamp = r.maxTimestamp;
        const pieces = chunkBatches(result.batches, this.options.streamObjectBytes).map((group) => ({
          batches: group.batches,
          startOffset: group.startOffset ?? ranges[0]!.startOffset,
          endOffset: group.endOffset ?? ranges[ranges.length - 1]!.endOffset,
          maxTimestamp,
        }));
        // Offsets of the whole rewritten span stay covered: the first piece starts where the old ranges did, the last ends where they ended.
        if (pieces.length > 0) {
          pieces[0] = { ...pieces[0]!, startOffset: ranges[0]!.startOffset };
          pieces[pieces.length - 1] = { ...pieces[pieces.length - 1]!, endOffset: ranges[ranges.length - 1]!.endOffset };
        }
        await this.replace(s, ranges, pieces);
      }
    }
  }

  /** Writes `pieces` as stream objects and swaps them in for `old` ranges of stream `s`. */
  private async replace(s: StreamState, old: readonly Range[], pieces: readonly { batches: readonly Buffer[]; startOffset: bigint; endOffset: bigint; maxTimestamp: bigint }[]): Promise<void> {
    const added: NewObject[] = [];
    for (const p of pieces) {
      const key = streamObjectKey(s.id, p.startOffset, this.log.nextObjectId());
      const { chunks, entries, size } = buildObject([{ streamId: s.id, ...p }]);
      await this.log.store.put(key, chunks);
      added.push({ key, kind: 'stream', size, ranges: entries });
    }
    // Retention or a topic deletion may have run meanwhile: only ranges still present are swapped.
    const present = old.filter((r) => s.ranges.some((x) => x.startOffset === r.startOffset && x.objectKey === r.objectKey));
    if (present.length !== old.length || this.log.streamsById.get(s.id) !== s) {
      await this.log.store.delete(added.map((a) => a.key));
      return;
    }
    const freed = this.log.meta.replaceRanges(old, added, this.log.now());
    const replaced = new Set(old.map((r) => r.startOffset));
    const fresh = added.flatMap((a) => a.ranges.map((r) => ({ ...r, objectKey: a.key })));
    s.ranges = [...s.ranges.filter((r) => !replaced.has(r.startOffset)), ...fresh].sort((a, b) => (a.startOffset < b.startOffset ? -1 : 1));
    await this.log.deleteObjects(freed);
  }
}

/** Splits batches into groups of about `target` bytes, with each group's offset span. */
function chunkBatches(batches: readonly { bytes: Buffer; baseOffset: bigint; lastOffset: bigint }[], target: number): { batches: Buffer[]; startOffset: bigint | null; endOffset: bigint | null }[] {
  const out: { batches: Buffer[]; startOffset: bigint | null; endOffset: bigint | null }[] = [];
  let cur: { batches: Buffer[]; startOffset: bigint | null; endOffset: bigint | null } = { batches: [], startOffset: null, endOffset: null };
  let size = 0;
  for (const b of batches) {
    if (cur.batches.length > 0 && size + b.bytes.length > target) {
      out.push(cur);
      cur = { batches: [], startOffset: b.baseOffset, endOffset: null };
      size = 0;
    }
    cur.batches.push(b.bytes);
    cur.startOffset ??= b.baseOffset;
    cur.endOffset = b.lastOffset + 1n;
    size += b.bytes.length;
  }
  if (cur.batches.length > 0) out.push(cur);
  // Make the groups' spans contiguous: each ends where the next begins.
  for (let i = 0; i + 1 < out.length; i++) out[i]!.endOffset = out[i + 1]!.startOffset;
  return out;
}
