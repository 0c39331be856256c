// The shared-storage log: partitions as streams of record batches. Appends are group-committed to
// the WAL (one WAL record per group; the next group is written while the one before is fsync'd),
// then served from memory; an uploader moves them into stream-set objects in the object store and
// trims the WAL; compaction rewrites those into per-stream objects; retention and key compaction
// delete or rewrite whole objects. Reads come from memory (hot), the range cache, or ranged GETs of
// objects (cold) with read-ahead.
//
// Offsets are assigned when a group is formed; a group the WAL fails (a full disk) gives its offsets
// back, with those of the groups behind it, which the WAL fails too — so a failure leaves no hole.
// Deliberately not here: the Kafka protocol, producer idempotence and transactions (the broker),
// replication (the object store is the durable copy).
import { validateBatch, readBatchHeader, setBaseOffset, setLogAppendTime, decodeRecords, type BatchHeader } from '../protocol/records/index.ts';
import { WeirError } from '../util/errors.ts';
import { logger } from '../util/log.ts';
import type { ObjectStore } from './object-store/types.ts';
import { MetadataStore, type Topic, type Range } from './metadata/store.ts';
import { StreamState } from './streams/stream.ts';
import { RangeCache } from './streams/cache.ts';
import { batchBytes, batchIndexFor, sliceRun, type BatchRun } from './streams/batches.ts';
import { encodeWalEntry, type WalBatch } from './streams/wal-entry.ts';
import { effectiveConfig, validateTopicConfigs, type EffectiveConfig } from './topic-config.ts';
import { Uploader } from './streams/uploader.ts';
import type { WalPort } from './wal-port.ts';

export interface LogOptions {
  readonly meta: MetadataStore;
  readonly store: ObjectStore;
  readonly wal: WalPort;
  /** Upload when this many bytes are hot (default 16 MiB)… */
  readonly uploadBytes?: number;
  /** …or when the oldest hot batch is this old (default 1 s). */
  readonly uploadIntervalMs?: number;
  /** Appends are refused (retriably) while this many bytes wait for upload (default 1 GiB). */
  readonly maxHotBytes?: number;
  /** Range cache capacity (default 256 MiB). */
  readonly cacheBytes?: number;
  /** Target size of per-stream objects written by compaction (default 16 MiB). */
  readonly streamObjectBytes?: number;
  /** Broker-wide topic config defaults (Kafka names). */
  readonly topicDefaults?: Readonly<Record<string, string>>;
  readonly now?: () => number;
}

export interface AppendResult {
  readonly baseOffset: bigint;
  /** Set when the topic uses LogAppendTime. */
  readonly logAppendTime: bigint | null;
  readonly logStartOffset: bigint;
}

export type ReadResult =
  | { readonly kind: 'ok'; readonly records: Buffer | null; readonly highWatermark: bigint; readonly logStartOffset: bigint }
  | { readonly kind: 'out-of-range'; readonly highWatermark: bigint; readonly logStartOffset: bigint };

/** A read's batches as views, in order (see readBatches). */
export type BatchesResult =
  | { readonly kind: 'ok'; readonly records: readonly Buffer[] | null; readonly highWatermark: bigint; readonly logStartOffset: bigint }
  | { readonly kind: 'out-of-range'; readonly highWatermark: bigint; readonly logStartOffset: bigint };

interface PendingAppend {
  readonly stream: StreamState;
  readonly batch: Buffer;
  readonly lastOffsetDelta: number;
  readonly logAppendTime: boolean;
  readonly resolve: (r: AppendResult) => void;
  readonly reject: (e: unknown) => void;
}

interface TopicState {
  readonly topic: Topic;
  readonly config: EffectiveConfig;
  readonly streams: StreamState[];
}

/** How many object ids are reserved from the metadata store at once. */
const OBJECT_ID_BLOCK = 64;

/** The largest WAL record a group commit writes (well under the WAL's record limit). */
const GROUP_BYTES = 8 * 2 ** 20;

/** Bytes a WAL entry adds to a batch beside its 4-byte batch count: stream id and length (wal-entry.ts). */
const WAL_ENTRY_OVERHEAD = 12;

/** Groups with the WAL at once: one being fdatasync'd and the next being written (see wal/commit.ts). */
const GROUPS_IN_FLIGHT = 2;

/** A group handed to the WAL and not yet settled: the next offset of each of its streams after it. */
type GroupInFlight = ReadonlyMap<StreamState, bigint>;

export class SharedLog {
  readonly meta: MetadataStore;
  readonly store: ObjectStore;
  private readonly wal: WalPort;
  private readonly topicsByName = new Map<string, TopicState>();
  readonly streamsById = new Map<number, StreamState>();
  readonly cache: RangeCache;
  /** Ranged GETs under way, by cache key. */
  private readonly loading = new Map<string, Promise<BatchRun>>();
  private objectIds = { next: 0n, end: 0n };
  /** Bytes of all streams waiting for upload. */
  readonly hot = { bytes: 0 };
  readonly uploader: Uploader;
  private readonly options: LogOptions;
  private queue: PendingAppend[] = [];
  /** Groups with the WAL, oldest first. */
  private inFlight: GroupInFlight[] = [];
  private appendListener: ((topic: string, partition: number) => void) | null = null;
  private closed = false;
  /** True from construction until `recovered()`: streams are being rebuilt from the WAL. */
  private recovering = true;
  readonly now: () => number;
  private readonly log = logger('log');

  constructor(options: LogOptions) {
    this.options = options;
    this.meta = options.meta;
    this.store = options.store;
    this.wal = options.wal;
    this.now = options.now ?? Date.now;
    this.cache = new RangeCache(options.cacheBytes ?? 256 * 2 ** 20);
    this.uploader = new Uploader(this, { uploadBytes: options.uploadBytes ?? 16 * 2 ** 20, uploadIntervalMs: options.uploadIntervalMs ?? 1000 });
    for (const topic of this.meta.listTopics()) this.loadTopic(topic);
  }

  private loadTopic(topic: Topic): TopicState {
    const streams: StreamState[] = [];
    for (let p = 0; p < topic.partitions; p++) {
      const row = this.meta.streamOf(topic.id, p)!;
      const existing = this.streamsById.get(row.id);
      if (existing !== undefined) {
        streams.push(existing);
        continue;
      }
      const s = new StreamState(row.id, topic.name, p, row.logStartOffset, row.uploadedEnd, this.meta.ranges(row.id), this.hot);
      if (!this.recovering) s.recovered();
      streams.push(s);
      this.streamsById.set(s.id, s);
    }
    const state = { topic, config: effectiveConfig(topic.configs, this.options.topicDefaults), streams };
    this.topicsByName.set(topic.name, state);
    return state;
  }

  // Topics.

  createTopic(name: string, partitions: number, configs: Record<string, string> = {}): Topic {
    validateTopicName(name);
    if (!Number.isInteger(partitions) || partitions < 1) throw new WeirError('CONFIG_INVALID', `topic ${name}: partitions must be at least 1, not ${partitions}`);
    validateTopicConfigs(name, configs);
    const topic = this.meta.createTopic(name, partitions, configs, this.now());
    this.loadTopic(topic);
    return topic;
  }

  async deleteTopic(name: string): Promise<void> {
    const state = this.topicsByName.get(name);
    if (state === undefined) return;
    const keys = this.meta.deleteTopic(name);
    this.topicsByName.delete(name);
    for (const s of state.streams) {
      s.dropHot(s.hot.length);
      this.streamsById.delete(s.id);
    }
    await this.deleteObjects(keys);
  }

  addPartitions(name: string, total: number): void {
    this.requireTopic(name);
    this.meta.addPartitions(name, total);
    this.loadTopic(this.meta.getTopic(name)!);
  }

  alterTopicConfigs(name: string, configs: Record<string, string>): void {
    validateTopicConfigs(name, configs);
    const state = this.requireTopic(name);
    this.meta.setTopicConfigs(name, configs);
    const topic = { ...state.topic, configs };
    this.topicsByName.set(name, { topic, config: effectiveConfig(configs, this.options.topicDefaults), streams: state.streams });
  }

  topic(name: string): Topic | undefined {
    return this.topicsByName.get(name)?.topic;
  }

  topics(): Topic[] {
    return [...this.topicsByName.values()].map((t) => t.topic).sort((a, b) => a.name.localeCompare(b.name));
  }

  configOf(name: string): EffectiveConfig {
    return this.requireTopic(name).config;
  }

  private requireTopic(name: string): TopicState {
    const t = this.topicsByName.get(name);
    if (t === undefined) throw new WeirError('CONFIG_INVALID', `unknown topic ${name}`, { where: `topic ${name}` });
    return t;
  }

  stream(topic: string, partition: number): StreamState {
    const s = this.requireTopic(topic).streams[partition];
    if (s === undefined) throw new WeirError('CONFIG_INVALID', `topic ${topic} has no partition ${partition}`, { where: `${topic}-${partition}` });
    return s;
  }

  // Appends.

  /**
   * Appends one record batch (magic 2; the log takes ownership and sets its base offset in place).
   * Resolves once the batch is durable in the WAL. `validated` is the header from the caller's own
   * `validateBatch` of these bytes (the broker checks every produced batch), so the CRC is not
   * computed twice; without it the log validates the batch itself.
   */
  append(topic: string, partition: number, batch: Buffer, validated?: BatchHeader): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new WeirError('STORAGE_IO', 'the log is closed'));
    const backlog = this.hot.bytes;
    if (backlog > (this.options.maxHotBytes ?? 2 ** 30)) {
      return Promise.reject(
        new WeirError('OBJECT_STORE_UNAVAILABLE', `${backlog} bytes are waiting for upload to ${this.store.description}; appends resume when uploads catch up`, { where: `${topic}-${partition}` }),
      );
    }
    const state = this.requireTopic(topic);
    const stream = this.stream(topic, partition);
    // Refused here, before it takes offsets: the WAL refuses an oversized record alone, while the
    // groups behind it go on, which would leave a hole in the offsets they were given.
    if (WAL_ENTRY_OVERHEAD + batch.length > this.wal.maxRecordBytes) {
      return Promise.reject(
        new WeirError('CONFIG_INVALID', `${stream.where}: a batch of ${batch.length} bytes does not fit in one WAL record (wal.maxRecordBytes ${this.wal.maxRecordBytes})`, {
          where: stream.where,
          hint: 'Send smaller batches, or lower the topic\'s max.message.bytes',
        }),
      );
    }
    let header = validated;
    try {
      header ??= validateBatch(batch);
    } catch (cause) {
      return Promise.reject(cause);
    }
    if (header.batchLength + 12 !== batch.length) {
      return Promise.reject(new WeirError('RECORD_CORRUPT', `${stream.where}: expected exactly one batch of ${header.batchLength + 12} bytes, got ${batch.length}`, { where: stream.where }));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ stream, batch, lastOffsetDelta: header.lastOffsetDelta, logAppendTime: state.config.logAppendTime, resolve, reject });
      this.writeGroups();
    });
  }

  /**
   * Sets the one listener told of each partition appended to, once the append is durable and its
   * caller's promise resolved (the broker wakes Fetch long-polls with it). It must not throw.
   */
  onAppend(listener: (topic: string, partition: number) => void): void {
    this.appendListener = listener;
  }

  /**
   * Hands queued appends to the WAL as groups (one WAL record each, at most GROUP_BYTES), with up
   * to GROUPS_IN_FLIGHT groups with the WAL at once, so the next group is written while the one
   * before it is fdatasync'd. Offsets are assigned when a group is formed, after those of the
   * groups still in flight.
   */
  private writeGroups(): void {
    while (this.queue.length > 0 && this.inFlight.length < GROUPS_IN_FLIGHT) {
      const limit = Math.min(GROUP_BYTES, this.wal.maxRecordBytes);
      let take = 0;
      let bytes = 4; // the entry's batch count
      while (take < this.queue.length && (take === 0 || bytes + WAL_ENTRY_OVERHEAD + this.queue[take]!.batch.length <= limit)) bytes += WAL_ENTRY_OVERHEAD + this.queue[take++]!.batch.length;
      const group = this.queue.splice(0, take);
      const ends = new Map<StreamState, bigint>();
      const now = BigInt(this.now());
      const entries: WalBatch[] = [];
      for (const a of group) {
        const base = ends.get(a.stream) ?? this.assignedEnd(a.stream);
        setBaseOffset(a.batch, base);
        if (a.logAppendTime) setLogAppendTime(a.batch, now);
        ends.set(a.stream, base + BigInt(a.lastOffsetDelta) + 1n);
        entries.push({ streamId: a.stream.id, batch: a.batch });
      }
      this.inFlight.push(ends);
      void this.commitGroup(ends, group, entries, now);
    }
  }

  /** The next offset of `s` after the groups in flight. */
  private assignedEnd(s: StreamState): bigint {
    for (let i = this.inFlight.length - 1; i >= 0; i--) {
      const end = this.inFlight[i]!.get(s);
      if (end !== undefined) return end;
    }
    return s.nextOffset;
  }

  /** Appends one group to the WAL (called in group order: the WAL keeps it) and settles its appends. */
  private async commitGroup(flight: GroupInFlight, group: PendingAppend[], entries: WalBatch[], now: bigint): Promise<void> {
    let lsn: bigint;
    try {
      // Every batch here passed validateBatch in append(), and setLogAppendTime recomputes the CRC.
      const { parts, knownCrcs } = encodeWalEntry(entries);
      lsn = (await this.wal.append(parts, knownCrcs)).lsn;
    } catch (err) {
      // The WAL fails every record behind a failed one (append() refused the one kind of record it
      // refuses alone: too big), so the groups handed to it after this one fail too: their offsets
      // are free again from here.
      const i = this.inFlight.indexOf(flight);
      if (i >= 0) this.inFlight.splice(i);
      for (const a of group) a.reject(err);
      this.writeGroups();
      return;
    }
    const at = this.inFlight.indexOf(flight);
    if (at !== 0) this.log.error({ at }, 'the WAL acknowledged a group before the one ahead of it'); // never, by WalPort's contract
    if (at >= 0) this.inFlight.splice(at, 1);
    for (const a of group) {
      const h = readBatchHeader(a.batch);
      a.stream.addHot({ baseOffset: h.baseOffset, lastOffset: h.baseOffset + BigInt(h.lastOffsetDelta), maxTimestamp: h.maxTimestamp, bytes: a.batch }, lsn);
      a.resolve({ baseOffset: h.baseOffset, logAppendTime: a.logAppendTime ? now : null, logStartOffset: a.stream.logStartOffset });
    }
    if (this.appendListener !== null) for (const stream of flight.keys()) this.appendListener(stream.topic, stream.partition);
    this.uploader.noteAppended();
    this.writeGroups();
  }

  /** Adds a batch recovered from the WAL record at `lsn` (its offsets already assigned). */
  recover(streamId: number, batch: Buffer, lsn: bigint): void {
    const stream = this.streamsById.get(streamId);
    if (stream === undefined) return; // its topic was deleted
    const h = readBatchHeader(batch); // the WAL record's CRC32C covers it
    if (h.baseOffset < stream.nextOffset) return; // uploaded before the crash, or before its WAL segment was trimmed
    if (h.baseOffset !== stream.nextOffset) {
      throw new WeirError('WAL_CORRUPT', `${stream.where}: WAL batch at offset ${h.baseOffset} does not follow ${stream.nextOffset}`, { where: stream.where });
    }
    stream.addHot({ baseOffset: h.baseOffset, lastOffset: h.baseOffset + BigInt(h.lastOffsetDelta), maxTimestamp: h.maxTimestamp, bytes: batch }, lsn);
  }

  /** Ends WAL recovery: every stream's end is settled. */
  recovered(): void {
    this.recovering = false;
    for (const s of this.streamsById.values()) s.recovered();
  }

  // Reads.

  offsets(topic: string, partition: number): { logStartOffset: bigint; highWatermark: bigint } {
    const s = this.stream(topic, partition);
    return { logStartOffset: s.logStartOffset, highWatermark: s.nextOffset };
  }

  /** Whole batches from the one holding `offset`, up to `maxBytes` (at least one batch when any exists), in one buffer. */
  async read(topic: string, partition: number, offset: bigint, maxBytes: number): Promise<ReadResult> {
    const r = await this.readBatches(topic, partition, offset, maxBytes);
    if (r.kind !== 'ok') return r;
    return { ...r, records: r.records === null ? null : r.records.length === 1 ? r.records[0]! : Buffer.concat(r.records) };
  }

  /**
   * As read(), the batches as views of what memory holds (hot batches, cached ranges), never joined
   * or copied: what a Fetch response writes out.
   */
  async readBatches(topic: string, partition: number, offset: bigint, maxBytes: number): Promise<BatchesResult> {
    const s = this.stream(topic, partition);
    const bounds = { highWatermark: s.nextOffset, logStartOffset: s.logStartOffset };
    if (offset < s.logStartOffset || offset > s.nextOffset) return { kind: 'out-of-range', ...bounds };
    if (offset === s.nextOffset) return { kind: 'ok', records: null, ...bounds };
    const firstHot = s.hot[0];
    if (firstHot !== undefined && offset >= firstHot.baseOffset) return { kind: 'ok', records: readHot(s, offset, maxBytes), ...bounds };
    // A range can end past its last batch (key compaction removed the batches there): the read then
    // goes on from the next range, or the hot batches, as Kafka serves the next batch after a gap.
    for (let from = offset; ; ) {
      const range = s.rangeFor(from);
      if (range === undefined) {
        const hot = s.hot[0];
        return { kind: 'ok', records: hot === undefined ? null : readHot(s, hot.baseOffset, maxBytes), ...bounds };
      }
      const run = await this.loadRange(range);
      const i = batchIndexFor(run, from);
      if (i >= 0) return { kind: 'ok', records: sliceRun(run, i, maxBytes), ...bounds };
      from = range.endOffset;
    }
  }

  /**
   * A range's batches, from the cache or with one ranged GET (one GET per range at a time, however
   * many readers want it); the next range of the stream is then fetched ahead if it is neither
   * cached nor on its way, so a sequential reader finds each next range loaded or loading.
   */
  async loadRange(range: Range, readAhead = true): Promise<BatchRun> {
    const run = this.cache.get(RangeCache.key(range.objectKey, range.position)) ?? (await this.fetchRange(range));
    if (readAhead) {
      const after = this.streamsById.get(range.streamId)?.rangeFor(range.endOffset);
      if (after !== undefined) {
        const key = RangeCache.key(after.objectKey, after.position);
        if (!this.cache.has(key) && !this.loading.has(key)) this.fetchRange(after).catch((err: unknown) => this.log.warn({ err, key: after.objectKey }, 'read-ahead failed'));
      }
    }
    return run;
  }

  private fetchRange(range: Range): Promise<BatchRun> {
    const key = RangeCache.key(range.objectKey, range.position);
    let loading = this.loading.get(key);
    if (loading === undefined) {
      loading = (async () => {
        const data = await this.store.getRange(range.objectKey, range.position, range.position + range.size);
        if (data.length !== range.size) {
          throw new WeirError('OBJECT_CORRUPT', `object ${range.objectKey}: range at ${range.position} has ${data.length} bytes, expected ${range.size}`, { where: range.objectKey });
        }
        return this.cache.put(key, data, `object ${range.objectKey} (stream ${range.streamId} offsets ${range.startOffset}-${range.endOffset - 1n})`);
      })().finally(() => this.loading.delete(key));
      this.loading.set(key, loading);
    }
    return loading;
  }

  /** The first record with timestamp ≥ `ts`: its offset and timestamp, or null if none. */
  async offsetForTimestamp(topic: string, partition: number, ts: bigint): Promise<{ offset: bigint; timestamp: bigint } | null> {
    const s = this.stream(topic, partition);
    for (const r of s.ranges) {
      if (r.maxTimestamp < ts || r.endOffset <= s.logStartOffset) continue;
      const found = firstAtOrAfter(await this.loadRange(r), ts, s.logStartOffset);
      if (found !== null) return found;
    }
    for (const b of s.hot) {
      if (b.maxTimestamp < ts) continue;
      const found = firstRecordAtOrAfter(b.bytes, ts, s.logStartOffset);
      if (found !== null) return found;
    }
    return null;
  }

  /** The record with the largest timestamp (the first such): its offset and timestamp, or null when empty. */
  async maxTimestamp(topic: string, partition: number): Promise<{ offset: bigint; timestamp: bigint } | null> {
    const s = this.stream(topic, partition);
    let bestBytes: Buffer | null = null;
    let bestTs = -1n;
    for (const r of s.ranges) {
      if (bestBytes !== null && r.maxTimestamp <= bestTs) continue;
      const run = await this.loadRange(r);
      for (let i = 0; i < run.maxTimestamps.length; i++) {
        const ts = run.maxTimestamps[i]!;
        if (bestBytes === null || ts > bestTs) {
          bestBytes = batchBytes(run, i);
          bestTs = ts;
        }
      }
    }
    for (const b of s.hot) {
      if (bestBytes === null || b.maxTimestamp > bestTs) {
        bestBytes = b.bytes;
        bestTs = b.maxTimestamp;
      }
    }
    if (bestBytes === null) return null;
    const [bytes, ts] = [bestBytes, bestTs];
    return firstRecordAtOrAfter(bytes, ts, s.logStartOffset);
  }

  /** Advances the log start offset (DeleteRecords); whole objects below it are deleted. */
  async deleteRecords(topic: string, partition: number, offset: bigint): Promise<bigint> {
    const s = this.stream(topic, partition);
    const target = offset === -1n ? s.nextOffset : offset;
    if (target < 0n || target > s.nextOffset) throw new WeirError('CONFIG_INVALID', `${s.where}: cannot delete records before ${offset}: the high watermark is ${s.nextOffset}`, { where: s.where });
    await this.advanceLogStart(s, target);
    return s.logStartOffset;
  }

  /** Moves the log start offset forward and drops ranges wholly below it. */
  async advanceLogStart(s: StreamState, offset: bigint): Promise<void> {
    if (offset <= s.logStartOffset) return;
    const keys = this.meta.dropRangesBefore(s.id, offset);
    s.logStartOffset = offset;
    s.ranges = s.ranges.filter((r) => r.endOffset > offset);
    await this.deleteObjects(keys);
  }

  async deleteObjects(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    for (const k of keys) this.cache.drop(k);
    await this.store.delete(keys);
  }

  /** A new object id. Ids are reserved from the metadata store in blocks, so most cost no transaction. */
  nextObjectId(): bigint {
    if (this.objectIds.next >= this.objectIds.end) {
      const first = this.meta.reserveObjectIds(OBJECT_ID_BLOCK);
      this.objectIds = { next: first, end: first + BigInt(OBJECT_ID_BLOCK) };
    }
    return this.objectIds.next++;
  }

  /** Trims the WAL below `lsn` (everything there is uploaded); a failure only delays the trim. */
  async trimWal(lsn: bigint): Promise<void> {
    try {
      await this.wal.trim(lsn);
    } catch (err) {
      this.log.warn({ err, lsn }, 'WAL trim failed; it will be retried after the next upload');
    }
  }

  topicStates(): Iterable<TopicState> {
    return this.topicsByName.values();
  }

  /** Finishes appends under way, uploads everything hot (unless `upload` is false), and closes the WAL. */
  async close(upload = true): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.inFlight.length > 0 || this.queue.length > 0) await new Promise((r) => setTimeout(r, 1));
    await this.uploader.stop(upload);
    await this.wal.close();
  }
}

function readHot(s: StreamState, offset: bigint, maxBytes: number): Buffer[] | null {
  // Binary search for the first hot batch that ends at or after `offset`.
  let lo = 0;
  let hi = s.hot.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.hot[mid]!.lastOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  const out: Buffer[] = [];
  let size = 0;
  for (let i = lo; i < s.hot.length; i++) {
    const b = s.hot[i]!;
    if (out.length > 0 && size + b.bytes.length > maxBytes) break;
    out.push(b.bytes);
    size += b.bytes.length;
  }
  return out.length === 0 ? null : out;
}

function firstAtOrAfter(run: BatchRun, ts: bigint, from: bigint): { offset: bigint; timestamp: bigint } | null {
  for (let i = 0; i < run.maxTimestamps.length; i++) {
    if (run.maxTimestamps[i]! < ts || run.lastOffsets[i]! < from) continue;
    const found = firstRecordAtOrAfter(batchBytes(run, i), ts, from);
    if (found !== null) return found;
  }
  return null;
}

function firstRecordAtOrAfter(batch: Buffer, ts: bigint, from: bigint): { offset: bigint; timestamp: bigint } | null {
  for (const r of decodeRecords(batch).records) {
    if (r.offset >= from && r.timestamp >= ts) return { offset: r.offset, timestamp: r.timestamp };
  }
  return null;
}

const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

export function validateTopicName(name: string): void {
  if (!TOPIC_NAME.test(name) || name === '.' || name === '..') {
    throw new WeirError('CONFIG_INVALID', `invalid topic name ${JSON.stringify(name)}`, { hint: 'Use 1 to 249 characters from [a-zA-Z0-9._-], not "." or ".."' });
  }
}
