// Moves hot batches into object storage: every stream's durable, not yet uploaded batches go into
// one stream-set object; its ranges and the WAL position it makes safe are committed to the
// metadata store in one transaction; then the WAL is trimmed. By size (uploadBytes) and by time
// (uploadIntervalMs). One upload at a time. A failed upload keeps the batches hot and is retried.
// The uploaded batches go into the range cache as they are (write-through), so readers near the end
// of a stream keep reading them from memory after they stop being hot.
//
// A crash before the commit leaves an orphan object (collected at open) and the WAL untouched; a
// crash after it leaves WAL records that recovery skips because their offsets are uploaded.
import type { SharedLog } from '../log.ts';
import { buildObject, type EntryInput } from './object-format.ts';
import { streamSetObjectKey } from '../paths.ts';
import { logger } from '../../util/log.ts';
import { runOfBatches } from './batches.ts';
import { RangeCache } from './cache.ts';
import type { HotBatch } from './stream.ts';

export interface UploaderOptions {
  readonly uploadBytes: number;
  readonly uploadIntervalMs: number;
}

export class Uploader {
  private readonly log: SharedLog;
  private readonly options: UploaderOptions;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private oldestHotMs: number | null = null;
  private readonly logger = logger('uploader');
  uploads = 0;
  failures = 0;

  constructor(log: SharedLog, options: UploaderOptions) {
    this.log = log;
    this.options = options;
  }

  /** Starts the timer that uploads by age. */
  start(): void {
    if (this.timer !== null) return;
    this.timer = setInterval(() => {
      if (this.oldestHotMs !== null && this.log.now() - this.oldestHotMs >= this.options.uploadIntervalMs) void this.upload();
    }, Math.max(10, Math.floor(this.options.uploadIntervalMs / 4)));
    this.timer.unref();
  }

  noteAppended(): void {
    this.oldestHotMs ??= this.log.now();
    if (this.log.hot.bytes >= this.options.uploadBytes) void this.upload();
  }

  /** Uploads everything hot now (after any upload under way); resolves when done. Errors are logged and retried later. */
  upload(): Promise<void> {
    if (this.running !== null) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.uploadOnce();
        } catch (err) {
          this.failures++;
          this.logger.error({ err }, 'upload failed; the batches stay in the WAL and memory and will be retried');
          break;
        }
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async uploadOnce(): Promise<void> {
    const taken: { streamId: number; batches: HotBatch[]; input: EntryInput }[] = [];
    let checkpoint = -1n;
    for (const s of this.log.streamsById.values()) {
      if (s.hot.length === 0) continue;
      const batches = s.hot.slice();
      let maxTimestamp = -1n;
      for (const b of batches) if (b.maxTimestamp > maxTimestamp) maxTimestamp = b.maxTimestamp;
      for (const lsn of s.hotLsns) if (lsn > checkpoint) checkpoint = lsn;
      taken.push({
        streamId: s.id,
        batches,
        input: { streamId: s.id, startOffset: batches[0]!.baseOffset, endOffset: batches[batches.length - 1]!.lastOffset + 1n, maxTimestamp, batches: batches.map((b) => b.bytes) },
      });
    }
    this.oldestHotMs = null;
    if (taken.length === 0) return;
    const { chunks, entries, size } = buildObject(taken.map((t) => t.input));
    const key = streamSetObjectKey(this.log.nextObjectId());
    await this.log.store.put(key, chunks);
    const ranges = entries.map((e) => ({ ...e }));
    this.log.meta.commitObject({ key, kind: 'stream-set', size, ranges }, checkpoint + 1n, this.log.now());
    entries.forEach((e, i) => {
      const s = this.log.streamsById.get(e.streamId);
      if (s === undefined) return;
      this.log.cache.putRun(RangeCache.key(key, e.position), runOfBatches(taken[i]!.batches));
      s.dropHot(taken[i]!.batches.length);
      s.ranges.push({ ...e, objectKey: key });
    });
    for (const s of this.log.streamsById.values()) if (s.hot.length > 0) this.oldestHotMs ??= this.log.now();
    this.uploads++;
    await this.log.trimWal(checkpoint + 1n);
  }

  async stop(upload = true): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (upload) await this.upload();
    else await this.running;
  }
}
