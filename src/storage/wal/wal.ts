// The write-ahead log: `openWal` (recover, then open the last segment for appending), `append`
// (group-committed by commit.ts), `replay`/`records` (replay.ts), `trim` (persist the trim point,
// then delete whole segments below it), `close`. Payloads are opaque bytes.
//
// Not here: what a payload means (the stream layer above), caching, uploading, locking the directory
// against a second process (the caller owns its data dir), preallocation (segments grow by
// appending; fdatasync then also commits the new size).
import { WeirError } from '../../util/errors.ts';
import { logger } from '../../util/log.ts';
import { CHECKPOINT_FILE, readTrimPoint, writeTrimPoint } from './checkpoint.ts';
import { Committer, isDiskFull, storageError, type AppendResult, type FsyncPolicy, type Sealed, type WalStats } from './commit.ts';
import { HEADER_BYTES, payloadCrc } from './format.ts';
import { errnoCode, nodeIo, type WalIo } from './io.ts';
import { recoverLog, type Recovery } from './recovery.ts';
import { readLog } from './replay.ts';
import { SegmentWriter } from './segment.ts';

export type { AppendResult, FsyncPolicy, WalStats };

const log = logger('wal');

export interface WalOptions {
  dir: string;
  /** Roll to a new segment before a batch would take the active one past this size. Default 64 MiB. */
  segmentBytes?: number;
  /** 'always' (default): an append resolves after the fdatasync covering it. `{ intervalMs }`: after
   * the write, with an fdatasync at most every `intervalMs` — a crash may lose that window. */
  fsync?: FsyncPolicy;
  /** Upper bound on one group-commit batch (a longer queue is split evenly). Default 32 MiB. */
  maxBatchBytes?: number;
  /** Largest payload accepted. Default 64 MiB. */
  maxRecordBytes?: number;
  /** The I/O seam (tests inject failures or count calls). Default: node:fs. */
  io?: WalIo;
}

export interface WalRecord {
  lsn: bigint;
  /** A view into a shared read buffer (up to 8 MiB): copy it if you keep small ones for long. */
  payload: Buffer;
}

type Resolved = Required<WalOptions>;

export async function openWal(options: WalOptions): Promise<{ wal: Wal; recovery: Recovery }> {
  const o = resolveOptions(options);
  const started = performance.now();
  try {
    await o.io.mkdir(o.dir);
  } catch (err) {
    throw new WeirError('STORAGE_IO', `cannot create the WAL directory: ${(err as Error).message}`, { where: o.dir, cause: err });
  }
  const trimLsn = await readTrimPoint(o.io, o.dir);
  const recovery = await recoverLog(o.io, o.dir, trimLsn);
  if (recovery.cut !== undefined) {
    const c = recovery.cut;
    log.warn({ file: c.file, position: c.position, lsn: c.lsn.toString(), reason: c.reason, bytesCut: c.bytesCut }, 'WAL torn tail cut at the last valid record');
  }
  const sealed: Sealed[] = recovery.segments.map((s) => ({ base: s.base, path: s.path, end: s.base + BigInt(s.size) }));
  const last = recovery.segments.at(-1);
  let active: SegmentWriter;
  if (last !== undefined && last.base + BigInt(last.size) >= trimLsn) {
    sealed.pop();
    active = await SegmentWriter.open(o.io, last, last.size);
  } else {
    // No segment yet, or the log ends below the trim point (an unsynced tail under the interval
    // policy was trimmed, then lost in a crash): start at the trim point, so no new record hides below it.
    active = await SegmentWriter.create(o.io, o.dir, recovery.endLsn > trimLsn ? recovery.endLsn : trimLsn);
  }
  const wal = new Wal(o, new Committer(o, active, sealed), trimLsn);
  log.info(
    { dir: o.dir, segments: sealed.length + 1, records: recovery.records, endLsn: wal.endLsn.toString(), trimLsn: trimLsn.toString(), ms: Math.round(performance.now() - started) },
    'WAL opened',
  );
  return { wal, recovery };
}

function resolveOptions(options: WalOptions): Resolved {
  const o: Resolved = {
    dir: options.dir,
    segmentBytes: options.segmentBytes ?? 64 * 2 ** 20,
    fsync: options.fsync ?? 'always',
    maxBatchBytes: options.maxBatchBytes ?? 32 * 2 ** 20,
    maxRecordBytes: options.maxRecordBytes ?? 64 * 2 ** 20,
    io: options.io ?? nodeIo,
  };
  const positive = (name: string, v: number, max = Number.MAX_SAFE_INTEGER): void => {
    if (!Number.isInteger(v) || v <= 0 || v > max) {
      throw new WeirError('CONFIG_INVALID', `wal.${name} must be an integer from 1 to ${max}, got ${v}`, { where: `wal.${name}` });
    }
  };
  positive('segmentBytes', o.segmentBytes);
  positive('maxBatchBytes', o.maxBatchBytes);
  positive('maxRecordBytes', o.maxRecordBytes, 2 ** 31 - 1);
  if (o.fsync !== 'always') positive('fsync.intervalMs', o.fsync.intervalMs, 2 ** 31 - 1);
  return o;
}

export class Wal {
  private readonly o: Resolved;
  private readonly c: Committer;
  private trimPoint: bigint;
  private closing: Promise<void> | undefined;
  private trimming: Promise<unknown> = Promise.resolve();

  constructor(o: Resolved, committer: Committer, trimLsn: bigint) {
    this.o = o;
    this.c = committer;
    this.trimPoint = trimLsn;
  }

  /** The LSN the next written record gets. */
  get endLsn(): bigint {
    return this.c.active.endLsn;
  }

  /** Every record below this LSN has been fdatasync'd. */
  get durableLsn(): bigint {
    return this.c.durableLsn;
  }

  /** Records below this LSN are never replayed. */
  get trimLsn(): bigint {
    return this.trimPoint;
  }

  get maxRecordBytes(): number {
    return this.o.maxRecordBytes;
  }

  stats(): WalStats {
    return { ...this.c.counters };
  }

  /**
   * Appends one record (the concatenation of the parts, if given several). Do not change the bytes
   * until the promise settles. Resolves, in append order, once durable per the fsync policy; rejects
   * with DISK_FULL (retriable) or STORAGE_IO, and then no byte of the record is in the log, and every
   * record appended after it and not yet settled is rejected too (possibly before the records ahead
   * of it settle). A record over maxRecordBytes is refused alone (CONFIG_INVALID).
   * `knownCrcs[i]`, if given, must be the CRC32C of part i: the frame's payload CRC is then derived
   * from it rather than from the part's bytes (same frame, same checks; see format.ts `payloadCrc`).
   */
  append(payload: Uint8Array | readonly Uint8Array[], knownCrcs?: readonly (number | undefined)[]): Promise<AppendResult> {
    if (this.closing !== undefined) return Promise.reject(new WeirError('STORAGE_IO', 'the WAL is closed', { where: this.o.dir, retriable: false }));
    let bytes = 0;
    if (payload instanceof Uint8Array) bytes = payload.length;
    else for (const p of payload) bytes += p.length;
    if (bytes > this.o.maxRecordBytes) {
      return Promise.reject(
        new WeirError('CONFIG_INVALID', `a WAL record of ${bytes} bytes exceeds wal.maxRecordBytes (${this.o.maxRecordBytes})`, { where: 'wal.maxRecordBytes', hint: 'Raise wal.maxRecordBytes or write smaller batches' }),
      );
    }
    return this.c.enqueue(payload instanceof Uint8Array ? payload : [...payload], bytes, payloadCrc(payload, knownCrcs));
  }

  /** Records from `fromLsn` (or the trim point, if later) up to the end written when called, in order. */
  records(fromLsn = 0n): AsyncGenerator<WalRecord> {
    return flatten(this.chunks(fromLsn));
  }

  /** Calls `onRecord` for each record from `fromLsn` (awaiting it when it returns a promise). */
  async replay(fromLsn: bigint, onRecord: (record: WalRecord) => void | Promise<void>): Promise<{ records: number; bytes: number; endLsn: bigint }> {
    let records = 0;
    let bytes = 0;
    let endLsn = fromLsn > this.trimPoint ? fromLsn : this.trimPoint;
    for await (const chunk of this.chunks(fromLsn)) {
      for (const r of chunk) {
        const p = onRecord(r);
        if (p !== undefined) await p;
        records++;
        bytes += r.payload.length;
        endLsn = r.lsn + BigInt(HEADER_BYTES + r.payload.length);
      }
    }
    return { records, bytes, endLsn };
  }

  private chunks(fromLsn: bigint): AsyncGenerator<WalRecord[]> {
    const active = this.c.active;
    const segments = [...this.c.sealed, { base: active.base, path: active.path, end: active.endLsn }];
    return readLog(this.o.io, segments, fromLsn > this.trimPoint ? fromLsn : this.trimPoint, () => this.trimPoint);
  }

  /**
   * Persists `upToLsn` as the trim point (records below it are never replayed again), then deletes
   * every sealed segment whose records all lie below it. The active segment is never deleted.
   */
  trim(upToLsn: bigint): Promise<{ trimLsn: bigint; deleted: string[] }> {
    const next = this.trimming.then(() => this.trimNow(upToLsn));
    this.trimming = next.catch(() => {});
    return next;
  }

  private async trimNow(upToLsn: bigint): Promise<{ trimLsn: bigint; deleted: string[] }> {
    if (upToLsn > this.endLsn) {
      throw new WeirError('INTERNAL', `cannot trim the WAL to LSN ${upToLsn}: it ends at ${this.endLsn}`, { where: this.o.dir });
    }
    if (upToLsn <= this.trimPoint) return { trimLsn: this.trimPoint, deleted: [] };
    const where = `${this.o.dir}/${CHECKPOINT_FILE}:0`;
    const deleted: string[] = [];
    try {
      await writeTrimPoint(this.o.io, this.o.dir, upToLsn);
    } catch (err) {
      if (!isDiskFull(err)) throw storageError(err, 'checkpoint write', where);
      // The disk is full, and trimming is how space comes back: delete first, then try again. (A
      // crash in between replays the live segment's records below the point — never a lost one.)
      deleted.push(...(await this.deleteSealedBelow(upToLsn)));
      await writeTrimPoint(this.o.io, this.o.dir, upToLsn).catch((again: unknown) => {
        throw storageError(again, 'checkpoint write', where);
      });
    }
    this.trimPoint = upToLsn;
    deleted.push(...(await this.deleteSealedBelow(upToLsn)));
    log.debug({ trimLsn: upToLsn.toString(), deleted: deleted.length }, 'WAL trimmed');
    return { trimLsn: upToLsn, deleted };
  }

  private async deleteSealedBelow(upToLsn: bigint): Promise<string[]> {
    const deleted: string[] = [];
    const sealed = this.c.sealed;
    while (sealed.length > 0 && sealed[0]!.end <= upToLsn) {
      const s = sealed.shift()!;
      try {
        await this.o.io.unlink(s.path);
      } catch (err) {
        // Harmless once the trim point is persisted: open() deletes segments wholly below it.
        if (errnoCode(err) !== 'ENOENT') log.warn({ err, file: s.path }, 'deleting a trimmed WAL segment failed');
      }
      deleted.push(s.path);
    }
    if (deleted.length > 0) await this.o.io.fsyncDir(this.o.dir).catch((err: unknown) => log.warn({ err }, 'fsync of the WAL directory failed after trim'));
    return deleted;
  }

  /** Writes what is queued, fdatasyncs, closes the file. Later appends are rejected. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.c.drain();
      await this.trimming;
      try {
        if (this.c.broken === undefined) await this.c.sync();
      } finally {
        await this.c.active.close();
      }
      log.info({ dir: this.o.dir, endLsn: this.endLsn.toString() }, 'WAL closed');
    })();
    return this.closing;
  }
}

async function* flatten(chunks: AsyncGenerator<WalRecord[]>): AsyncGenerator<WalRecord> {
  for await (const chunk of chunks) yield* chunk;
}
