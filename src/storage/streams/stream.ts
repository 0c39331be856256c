// One partition's stream as the log keeps it in memory: its offsets, the batches that are durable
// in the WAL but not yet uploaded (hot), and the ranges of it that live in objects (cold).
import type { Range } from '../metadata/store.ts';

/** A batch durable in the WAL and not yet uploaded. */
export interface HotBatch {
  readonly baseOffset: bigint;
  readonly lastOffset: bigint;
  readonly maxTimestamp: bigint;
  readonly bytes: Buffer;
}

/** Hot bytes of all streams together, kept by every stream as it changes. */
export interface HotAccount {
  bytes: number;
}

export class StreamState {
  readonly id: number;
  readonly topic: string;
  readonly partition: number;
  logStartOffset: bigint;
  /** One past the last durable offset: the high watermark. */
  nextOffset: bigint;
  /** Durable, not yet uploaded, in offset order. */
  hot: HotBatch[] = [];
  hotBytes = 0;
  /** Uploaded ranges, in offset order. */
  ranges: Range[];

  /** WAL position of each hot batch's record, parallel to `hot`. */
  hotLsns: bigint[] = [];

  /** Starts at what was uploaded; WAL recovery then adds the rest, and `recovered()` settles the end. */
  private readonly account: HotAccount;

  constructor(id: number, topic: string, partition: number, logStartOffset: bigint, uploadedEnd: bigint, ranges: Range[], account: HotAccount) {
    this.account = account;
    this.id = id;
    this.topic = topic;
    this.partition = partition;
    this.logStartOffset = logStartOffset;
    this.ranges = ranges;
    this.nextOffset = uploadedEnd;
  }

  /** After WAL replay: the end is never below the log start (records deleted up to there). */
  recovered(): void {
    if (this.nextOffset < this.logStartOffset) this.nextOffset = this.logStartOffset;
  }

  get where(): string {
    return `${this.topic}-${this.partition}`;
  }

  addHot(batch: HotBatch, lsn: bigint): void {
    this.hot.push(batch);
    this.hotLsns.push(lsn);
    this.hotBytes += batch.bytes.length;
    this.account.bytes += batch.bytes.length;
    this.nextOffset = batch.lastOffset + 1n;
  }

  /** Removes the first `count` hot batches once they are uploaded. */
  dropHot(count: number): void {
    for (const b of this.hot.splice(0, count)) {
      this.hotBytes -= b.bytes.length;
      this.account.bytes -= b.bytes.length;
    }
    this.hotLsns.splice(0, count);
  }

  /** Bytes the stream holds: uploaded ranges plus hot batches. */
  get totalBytes(): number {
    let n = this.hotBytes;
    for (const r of this.ranges) n += r.size;
    return n;
  }

  /** The uploaded range holding `offset`, or else the first one after it (offsets removed by key compaction leave gaps). */
  rangeFor(offset: bigint): Range | undefined {
    let lo = 0;
    let hi = this.ranges.length - 1;
    let found: Range | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.ranges[mid]!;
      if (r.endOffset > offset) {
        found = r;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }
}
