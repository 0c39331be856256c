// The storage layer's entry point: opens the metadata store, the object store and the WAL under a
// data directory, recovers the log from the WAL, collects orphan objects, and starts background
// upload and maintenance.
import { join } from 'node:path';
import { MetadataStore } from './metadata/store.ts';
import { openObjectStore } from './object-store/index.ts';
import type { ObjectStore } from './object-store/types.ts';
import { openWal, type FsyncPolicy, type WalIo } from './wal/index.ts';
import { SharedLog } from './log.ts';
import { Maintenance } from './streams/maintenance.ts';
import { decodeWalEntry } from './streams/wal-entry.ts';
import { STREAM_OBJECT_PREFIX, STREAM_SET_PREFIX } from './paths.ts';
import { logger } from '../util/log.ts';

export { SharedLog, validateTopicName, type AppendResult, type ReadResult } from './log.ts';
export { MetadataStore, type StoredAcl, type Topic } from './metadata/store.ts';
export { TOPIC_CONFIG_DEFAULTS, effectiveConfig, validateTopicConfigs } from './topic-config.ts';
export type { ObjectStore } from './object-store/types.ts';
export { openObjectStore } from './object-store/index.ts';

export interface StorageOptions {
  readonly dataDir: string;
  /** A folder path or `s3://bucket/prefix?endpoint=…`; default `<dataDir>/objects`. */
  readonly objectStore?: string | ObjectStore;
  /** Default `<dataDir>/wal`. */
  readonly walDir?: string;
  readonly fsync?: FsyncPolicy;
  readonly walSegmentBytes?: number;
  /** The WAL's file-system seam (tests inject a full disk through it). */
  readonly walIo?: WalIo;
  readonly uploadBytes?: number;
  readonly uploadIntervalMs?: number;
  readonly maxHotBytes?: number;
  readonly cacheBytes?: number;
  readonly streamObjectBytes?: number;
  /** How often compaction, retention and key compaction run (default 60 s; 0 = only on demand). */
  readonly maintenanceIntervalMs?: number;
  readonly topicDefaults?: Readonly<Record<string, string>>;
  readonly now?: () => number;
}

export interface Storage {
  readonly log: SharedLog;
  readonly maintenance: Maintenance;
  /** What recovery found: records replayed and any torn WAL tail that was cut. */
  readonly recovery: { replayedRecords: number; orphansDeleted: number; tailCut: string | null };
  /** Closes everything; with `upload: false` hot data stays only in the WAL (as after a crash). */
  close(options?: { upload?: boolean }): Promise<void>;
}

export async function openStorage(options: StorageOptions): Promise<Storage> {
  const log = logger('storage');
  const meta = new MetadataStore(join(options.dataDir, 'metadata.sqlite'));
  const store = typeof options.objectStore === 'object' ? options.objectStore : await openObjectStore(options.objectStore ?? join(options.dataDir, 'objects'));
  const { wal, recovery } = await openWal({
    dir: options.walDir ?? join(options.dataDir, 'wal'),
    ...(options.fsync === undefined ? {} : { fsync: options.fsync }),
    ...(options.walSegmentBytes === undefined ? {} : { segmentBytes: options.walSegmentBytes }),
    ...(options.walIo === undefined ? {} : { io: options.walIo }),
  });
  // A WAL that ends before the checkpoint is not the WAL the checkpoint was taken on (a fresh WAL
  // directory over the same object store and metadata): nothing in it is uploaded yet.
  if (wal.endLsn < meta.walCheckpoint()) meta.setMeta('wal_checkpoint', '0');
  const sharedLog = new SharedLog({ meta, store, wal, ...pick(options, ['uploadBytes', 'uploadIntervalMs', 'maxHotBytes', 'cacheBytes', 'streamObjectBytes', 'topicDefaults', 'now']) });
  const replay = await wal.replay(meta.walCheckpoint(), (record) => {
    for (const b of decodeWalEntry(record.payload, `WAL position ${record.lsn}`)) sharedLog.recover(b.streamId, Buffer.from(b.batch), record.lsn);
  });
  sharedLog.recovered();

  // Objects no metadata row refers to are leftovers of uploads or compactions cut short by a crash.
  const known = meta.objectKeys();
  const orphans: string[] = [];
  for (const prefix of [STREAM_SET_PREFIX, STREAM_OBJECT_PREFIX]) for (const o of await store.list(prefix)) if (!known.has(o.key)) orphans.push(o.key);
  if (orphans.length > 0) await store.delete(orphans);

  const maintenance = new Maintenance(sharedLog, { streamObjectBytes: options.streamObjectBytes ?? 16 * 2 ** 20 });
  sharedLog.uploader.start();
  const interval = options.maintenanceIntervalMs ?? 60_000;
  let running = false;
  const timer =
    interval > 0
      ? setInterval(() => {
          if (running) return;
          running = true;
          void (async () => {
            try {
              await maintenance.compact();
              await maintenance.enforceRetention();
              await maintenance.compactKeys();
            } catch (err) {
              log.error({ err }, 'maintenance failed; it will run again');
            } finally {
              running = false;
            }
          })();
        }, interval).unref()
      : null;

  const tailCut = recovery.cut === undefined ? null : `${recovery.cut.file} at byte ${recovery.cut.position}: ${recovery.cut.reason} (${recovery.cut.bytesCut} bytes cut)`;
  log.info({ replayedRecords: replay.records, orphansDeleted: orphans.length, tailCut }, 'storage open');
  return {
    log: sharedLog,
    maintenance,
    recovery: { replayedRecords: replay.records, orphansDeleted: orphans.length, tailCut },
    async close(closeOptions = {}) {
      if (timer !== null) clearInterval(timer);
      while (running) await new Promise((r) => setTimeout(r, 5));
      await sharedLog.close(closeOptions.upload ?? true);
      await store.close();
      meta.close();
    },
  };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
