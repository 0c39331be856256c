// A bounded LRU cache of range data: whole ranges of record batches read from object storage (their
// batch boundaries parsed and CRCs checked once), or kept as they were uploaded (the produced batches
// themselves, checked when appended), so a read finds its batch by binary search. Keeping uploaded
// ranges makes reads near the end of a stream, the common case, come from memory without a copy.
// The size counted is the memory held: each distinct buffer under the cached pieces once, whole (a
// kept batch may be part of a larger produce request that its neighbours share).
import { batchesOf, type BatchRun } from './batches.ts';

export class RangeCache {
  private readonly entries = new Map<string, BatchRun>();
  /** How many cached pieces lie in each buffer. */
  private readonly holders = new Map<ArrayBufferLike, number>();
  private bytes = 0;
  readonly capacity: number;

  constructor(capacityBytes: number) {
    this.capacity = capacityBytes;
  }

  static key(objectKey: string, position: number): string {
    return `${objectKey}@${position}`;
  }

  get(key: string): BatchRun | undefined {
    const run = this.entries.get(key);
    if (run === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, run);
    return run;
  }

  /** Whether `key` is cached, without making it the most recently used. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Adds a range read from storage (parsing and checking its batches); `where` names it in errors. */
  put(key: string, data: Buffer, where: string): BatchRun {
    return this.entries.get(key) ?? this.putRun(key, batchesOf(data, where));
  }

  /** Adds a run of batches and evicts the least recently used beyond capacity; returns the cached run. */
  putRun(key: string, run: BatchRun): BatchRun {
    const existing = this.entries.get(key);
    if (existing !== undefined) return existing;
    const buffers = new Set(run.pieces.map((p) => p.buffer));
    let held = 0;
    for (const b of buffers) held += b.byteLength;
    if (held > this.capacity) return run;
    this.entries.set(key, run);
    this.hold(run, 1);
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.capacity) break;
      this.entries.delete(k);
      this.hold(v, -1);
    }
    return run;
  }

  /** Counts (+1) or releases (-1) the buffers under a run's pieces. */
  private hold(run: BatchRun, by: 1 | -1): void {
    for (const piece of run.pieces) {
      const n = (this.holders.get(piece.buffer) ?? 0) + by;
      if (n === 0) this.holders.delete(piece.buffer);
      else this.holders.set(piece.buffer, n);
      if (n === 0) this.bytes -= piece.buffer.byteLength;
      else if (n === 1 && by === 1) this.bytes += piece.buffer.byteLength;
    }
  }

  drop(objectKey: string): void {
    for (const [k, v] of this.entries) {
      if (k.startsWith(`${objectKey}@`)) {
        this.entries.delete(k);
        this.hold(v, -1);
      }
    }
  }

  get size(): number {
    return this.bytes;
  }
}
