// Group commit: the single loop that writes to the active segment. Appends queue up while a write
// is in flight and go out together in the next single writev. Policy 'always': appends resolve
// after an fdatasync that covers them, and the next batch is written while that fdatasync runs
// (one write ahead, one fdatasync at a time), so the disk is not idle while the next batch is
// copied into the page cache. Policy { intervalMs }: appends resolve after the write, and an
// fdatasync runs beside the writes at most every intervalMs.
// A batch never spans segments: before a batch that would overflow the active segment, the segment
// is rolled (the fdatasync in flight settled, the old segment fdatasync'd, the new one's directory
// entry fsync'd). A failed write truncates the segment back to where its batch began and rejects
// that batch and everything queued behind it; a failed 'always' fdatasync truncates back to where
// the batch it covers began and rejects that batch, the one written after it and
// everything queued (DISK_FULL for ENOSPC/EDQUOT, STORAGE_IO otherwise): appends are acknowledged
// in order, and nothing behind a failure is. A failed roll rejects the same way; a failed interval
// fdatasync is logged and retried (its records were already acknowledged). Either way the loop
// goes on: the next append tries again.
// It does not read, trim or recover (wal.ts, replay.ts, recovery.ts), nor validate payloads.
import { WeirError } from '../../util/errors.ts';
import { logger } from '../../util/log.ts';
import { HEADER_BYTES, hi32, lo32, writeHeader } from './format.ts';
import { errnoCode, type WalIo } from './io.ts';
import { SegmentWriter } from './segment.ts';

const log = logger('wal');
const TWO_32 = 2 ** 32;

export type FsyncPolicy = 'always' | { intervalMs: number };

export interface AppendResult {
  lsn: bigint;
  /** Bytes the record takes in the log (header + payload): the next record's LSN is `lsn + size`. */
  size: number;
}

export interface WalStats {
  appends: number;
  batches: number;
  fsyncs: number;
  bytesWritten: number;
  rolls: number;
}

export interface CommitOptions {
  dir: string;
  segmentBytes: number;
  maxBatchBytes: number;
  fsync: FsyncPolicy;
  io: WalIo;
}

/** A segment no longer written to: [base, end) of the log. */
export interface Sealed {
  base: bigint;
  path: string;
  end: bigint;
}

interface Pending {
  payload: Uint8Array | readonly Uint8Array[];
  bytes: number;
  crc: number;
  resolve: (r: AppendResult) => void;
  reject: (e: unknown) => void;
}

/** A batch written to the active segment: its appends, where it went, from which byte. */
interface Written {
  batch: Pending[];
  active: SegmentWriter;
  start: number;
}

export class Committer {
  active: SegmentWriter;
  /** Oldest first; wal.ts removes trimmed ones from the front. */
  readonly sealed: Sealed[];
  readonly counters: WalStats = { appends: 0, batches: 0, fsyncs: 0, bytesWritten: 0, rolls: 0 };
  /** Set when the segment's state is unknown (a failed write could not be undone): every append fails. */
  broken: WeirError | undefined;
  private readonly o: CommitOptions;
  private queue: Pending[] = [];
  /** Frame bytes (header + payload) of everything in `queue`. */
  private queuedBytes = 0;
  private scheduled = false;
  private running = false;
  private drained: PromiseWithResolvers<void> | undefined;
  private syncTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** An interval fdatasync runs beside writes (fdatasync and pwrite on one fd may overlap). */
  private syncing: Promise<void> | undefined;
  private lastSyncAt = 0;
  /** 'always': the batch written ahead, not yet covered by an fdatasync that has started. The loop
   * sets it only while `covering` is set, so it never stops with work pending. */
  private written: Written | undefined;
  /** 'always': the fdatasync in flight, the batch it covers, and what it resolves to: its error, if it fails. */
  private covering: { batch: Written; done: Promise<unknown> } | undefined;
  /** Set while the loop waits on an fdatasync with nothing to write; an append wakes it. */
  private wake: PromiseWithResolvers<'enqueued'> | undefined;

  constructor(o: CommitOptions, active: SegmentWriter, sealed: Sealed[]) {
    this.o = o;
    this.active = active;
    this.sealed = sealed;
  }

  get durableLsn(): bigint {
    return this.active.base + BigInt(this.active.synced);
  }

  enqueue(payload: Uint8Array | readonly Uint8Array[], bytes: number, crc: number): Promise<AppendResult> {
    if (this.broken !== undefined) return Promise.reject(this.broken);
    const { promise, resolve, reject } = Promise.withResolvers<AppendResult>();
    this.queue.push({ payload, bytes, crc, resolve, reject });
    this.queuedBytes += HEADER_BYTES + bytes;
    this.wake?.resolve('enqueued');
    if (!this.scheduled && !this.running) {
      this.scheduled = true;
      setImmediate(() => void this.run()); // gather what arrives in this turn of the event loop
    }
    return promise;
  }

  /** Resolves when nothing is queued, running or scheduled; then stops interval syncs (for close). */
  async drain(): Promise<void> {
    while (this.scheduled || this.running) {
      this.drained ??= Promise.withResolvers<void>();
      await this.drained.promise;
    }
    this.stopped = true;
    clearTimeout(this.syncTimer);
    this.syncTimer = undefined;
    await this.syncing;
  }

  /** fdatasyncs the active segment if it has unsynced bytes (after any interval sync in flight). */
  async sync(): Promise<void> {
    await this.syncing;
    if (this.active.synced < this.active.size) {
      await this.active.sync();
      this.counters.fsyncs++;
    }
  }

  private async run(): Promise<void> {
    this.scheduled = false;
    this.running = true;
    try {
      for (;;) {
        if (this.queue.length > 0 && this.written === undefined) {
          await this.writeBatch();
          if (this.written !== undefined && this.covering === undefined) this.startSync();
        } else if (this.covering !== undefined) {
          // Nothing to write yet: wait for the fdatasync, or for an append to write beside it.
          if (this.queue.length === 0 && (await this.syncedOrEnqueued()) === 'enqueued') continue;
          await this.finishSync();
          if (this.written !== undefined) this.startSync();
        } else break;
      }
    } catch (err) {
      // writeBatch and finishSync handle I/O errors themselves; anything here is a bug. Fail loudly, don't crash.
      this.broken = new WeirError('INTERNAL', `WAL write loop failed: ${(err as Error).message}`, { cause: err });
      const pending = [...(this.covering?.batch.batch ?? []), ...(this.written?.batch ?? [])];
      this.covering = undefined;
      this.written = undefined;
      for (const p of pending.concat(this.takeAll())) p.reject(this.broken);
      log.error({ err }, 'WAL write loop failed');
    } finally {
      this.running = false;
      this.drained?.resolve();
      this.drained = undefined;
    }
  }

  /** Writes the next batch from the queue. Under 'always' it then waits in `written` for an fdatasync. */
  private async writeBatch(): Promise<void> {
    const first = this.queue[0]!;
    if (this.active.size > 0 && this.active.size + HEADER_BYTES + first.bytes > this.o.segmentBytes) {
      // A batch never waits for an fdatasync across segments: settle the one in flight first, then
      // decide again (if it failed, the segment was cut back and the queue is another one).
      if (this.covering !== undefined) {
        await this.finishSync();
        return;
      }
      try {
        await this.roll();
      } catch (err) {
        this.fail([], err, 'roll to a new segment', `${this.active.path}:${this.active.size}`);
        return;
      }
    }
    const active = this.active;
    const start = active.size;
    const room = this.o.segmentBytes - start;
    const limit = Math.max(Math.min(this.o.maxBatchBytes, room), HEADER_BYTES + first.bytes);
    // When maxBatchBytes is what splits the queue, split it evenly (not one full batch and a runt).
    const target = this.queuedBytes > limit && limit < room ? Math.ceil(this.queuedBytes / Math.ceil(this.queuedBytes / limit)) : limit;
    let n = 0;
    let total = 0;
    for (const p of this.queue) {
      if (n > 0 && (total >= target || total + HEADER_BYTES + p.bytes > limit)) break;
      total += HEADER_BYTES + p.bytes;
      n++;
    }
    const batch = this.queue.splice(0, n);
    this.queuedBytes -= total;
    const headers = Buffer.allocUnsafe(HEADER_BYTES * n);
    const buffers: Uint8Array[] = [];
    const baseHi = hi32(active.base);
    const baseLo = lo32(active.base);
    const durable = this.durableLsn;
    const durableHi = hi32(durable);
    const durableLo = lo32(durable);
    let offset = start;
    for (let i = 0; i < n; i++) {
      const p = batch[i]!;
      const lo = baseLo + offset; // LSN = base + offset, in 32-bit halves (no bigint per record)
      writeHeader(headers, i * HEADER_BYTES, p.bytes, baseHi + Math.floor(lo / TWO_32), lo % TWO_32, durableHi, durableLo, p.crc);
      buffers.push(headers.subarray(i * HEADER_BYTES, (i + 1) * HEADER_BYTES));
      if (p.payload instanceof Uint8Array) buffers.push(p.payload);
      else for (const part of p.payload) buffers.push(part);
      offset += HEADER_BYTES + p.bytes;
    }
    try {
      await active.write(buffers, total);
    } catch (err) {
      // Only this batch's bytes go: a batch written before it keeps its fdatasync (under way) and its result.
      await this.truncateBack(active, start, err);
      this.fail(batch, err, 'write', `${active.path}:${start}`);
      return;
    }
    this.counters.batches++;
    this.counters.bytesWritten += total;
    const written = { batch, active, start };
    if (this.o.fsync === 'always') {
      this.written = written;
      return;
    }
    this.settle(written);
    this.scheduleSync(this.o.fsync.intervalMs);
  }

  /** Starts the fdatasync that covers the batch written ahead ('always'); the next batch may be written meanwhile. */
  private startSync(): void {
    const batch = this.written!;
    this.written = undefined;
    this.covering = {
      batch,
      done: this.active.sync().then(
        () => {
          this.counters.fsyncs++;
          return undefined;
        },
        (err: unknown) => err ?? new Error('fdatasync failed'),
      ),
    };
  }

  /**
   * Waits for the fdatasync in flight. On success its batch is acknowledged. On failure the segment
   * is cut back to where that batch began, so it, the batch written after it and everything queued
   * are rejected: nothing after an unsynced gap is ever acknowledged.
   */
  private async finishSync(): Promise<void> {
    const { batch, done } = this.covering!;
    const err = await done;
    this.covering = undefined;
    if (err === undefined) {
      this.settle(batch);
      return;
    }
    const failed = [...batch.batch, ...(this.written?.batch ?? [])];
    this.written = undefined;
    await this.truncateBack(batch.active, batch.start, err);
    this.fail(failed, err, 'fdatasync', `${batch.active.path}:${batch.start}`);
  }

  /** 'enqueued' as soon as an append arrives, 'synced' when the fdatasync in flight ends first. */
  private async syncedOrEnqueued(): Promise<'synced' | 'enqueued'> {
    this.wake = Promise.withResolvers<'enqueued'>();
    try {
      return await Promise.race([this.covering!.done.then(() => 'synced' as const), this.wake.promise]);
    } finally {
      this.wake = undefined;
    }
  }

  /** Resolves a written (and, under 'always', synced) batch's appends with their LSNs. */
  private settle(w: Written): void {
    this.counters.appends += w.batch.length;
    let lsn = w.active.base + BigInt(w.start);
    for (const p of w.batch) {
      const size = HEADER_BYTES + p.bytes;
      p.resolve({ lsn, size });
      lsn += BigInt(size);
    }
  }

  private async roll(): Promise<void> {
    const old = this.active;
    await this.sync(); // seal: a segment is complete and durable before the next one exists
    const next = await SegmentWriter.create(this.o.io, this.o.dir, old.endLsn);
    this.sealed.push({ base: old.base, path: old.path, end: old.endLsn });
    this.active = next;
    this.counters.rolls++;
    await this.syncing; // an interval sync may have started on the old segment meanwhile
    await old.close().catch((err: unknown) => log.warn({ err, file: old.path }, 'closing a sealed WAL segment failed'));
  }

  /** Removes a failed batch's bytes so no partial (or rejected) frame stays in the log. */
  private async truncateBack(active: SegmentWriter, length: number, cause: unknown): Promise<void> {
    try {
      await active.truncate(length);
    } catch (err) {
      this.broken = new WeirError('STORAGE_IO', `WAL segment could not be truncated after a failed write (${(cause as Error).message}): ${(err as Error).message}`, {
        where: `${active.path}:${length}`,
        cause: err,
        retriable: false,
        hint: 'Restart: recovery cuts the torn tail',
      });
      log.error({ err, file: active.path, position: length }, 'WAL is unusable until reopened');
    }
  }

  private takeAll(): Pending[] {
    this.queuedBytes = 0;
    return this.queue.splice(0);
  }

  private fail(batch: Pending[], err: unknown, op: string, where: string): void {
    const error = this.broken ?? storageError(err, op, where);
    const failed = batch.concat(this.takeAll());
    log.warn({ code: error.code, where, appends: failed.length, err }, `WAL ${op} failed`);
    for (const p of failed) p.reject(error);
  }

  private scheduleSync(intervalMs: number): void {
    if (this.syncTimer !== undefined || this.syncing !== undefined || this.stopped) return; // one is coming
    const wait = Math.max(0, this.lastSyncAt + intervalMs - performance.now());
    this.syncTimer = setTimeout(() => {
      this.syncTimer = undefined;
      this.intervalSync(intervalMs);
    }, wait);
  }

  private intervalSync(intervalMs: number): void {
    const segment = this.active;
    this.lastSyncAt = performance.now();
    this.syncing = segment
      .sync()
      .then(
        () => void this.counters.fsyncs++,
        // The records were acknowledged at write time: keep them, try again next interval.
        (err: unknown) => log.error({ err, file: segment.path }, 'WAL fdatasync failed; retrying at the next interval'),
      )
      .finally(() => {
        this.syncing = undefined;
        if (this.active.synced < this.active.size) this.scheduleSync(intervalMs);
      });
  }
}

export function isDiskFull(err: unknown): boolean {
  const code = errnoCode(err);
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** DISK_FULL (retriable: space can come back) for ENOSPC/EDQUOT, STORAGE_IO for any other failure. */
export function storageError(err: unknown, op: string, where: string): WeirError {
  const full = isDiskFull(err);
  return new WeirError(full ? 'DISK_FULL' : 'STORAGE_IO', `WAL ${op} failed: ${(err as Error).message}`, {
    where,
    cause: err,
    hint: full ? 'Free space on the WAL disk (uploads let the WAL trim); later appends succeed once there is room' : undefined,
  });
}
