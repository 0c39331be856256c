// A bounded LRU cache of range data: whole ranges of record batches read from (or uploaded to)
// object storage, with their batch boundaries parsed once so a read finds its batch by binary search.
import { batchesOf, type BatchRun } from './batches.ts';

export class RangeCache {
  private readonly entries = new Map<string, BatchRun>();
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

  /** Adds a run of batches (parsing its boundaries) and evicts the least recently used beyond capacity. */
  put(key: string, data: Buffer, where: string): BatchRun {
    const existing = this.entries.get(key);
    if (existing !== undefined) return existing;
    const run = batchesOf(data, where);
    if (data.length > this.capacity) return run;
    this.entries.set(key, run);
    this.bytes += data.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.capacity) break;
      this.entries.delete(k);
      this.bytes -= v.data.length;
    }
    return run;
  }

  drop(objectKey: string): void {
    for (const [k, v] of this.entries) {
      if (k.startsWith(`${objectKey}@`)) {
        this.entries.delete(k);
        this.bytes -= v.data.length;
      }
    }
  }

  get size(): number {
    return this.bytes;
  }
}
