// Idempotent producer state: per partition, per producer id, the epoch and the last 5 batches
// (sequences and offsets), so that Produce can refuse gaps and acknowledge retries without writing
// them twice. The rules are the pure `checkSequence` (./sequence.ts); this class keeps the state,
// serialises a producer's batches on a partition, and makes the state survive restarts.
//
// Produce calls, per partition:
//   const c = await producers.check(topic, partition, header);  // 'append' | 'duplicate' | 'error'
//   if 'append': append to the log, then producers.appended(topic, partition, header, baseOffset)
//                or, if the append failed, producers.failed(topic, partition, header).
// Every 'append' answer for a batch with a producer id must be followed by exactly one of the two.
//
// Concurrency: between check and appended the handler awaits the append. A connection's requests
// are handled one at a time, but a client that times out may resend on a new connection while the
// first copy is still being appended. So a producer has at most one batch in flight per partition:
// `check` of its next batch waits until the one in flight is appended (then the retry is found to
// be a duplicate) or has failed (then it is checked against what was really written). Other
// producers and partitions do not wait. A batch without a producer id never waits.
//
// Durability: the state is rebuilt after a restart (or crash) from a snapshot plus the log. Every
// few seconds, and on close, each partition whose state changed is saved to the metadata store
// (./snapshot.ts) with the offset it is valid to: the log end, or if a batch is in flight, the
// log end when that batch was checked (it lands at or after it). When a partition is first used
// by an idempotent producer after start, its snapshot is loaded and the headers of the batches
// from that offset to the log end are read (no records are decoded) and replayed; batches the
// snapshot already holds are skipped. A snapshot past the log end (an unsynced WAL tail lost in a
// crash) loses the batches that are gone. With no snapshot at all (a partition never used by an
// idempotent producer since this feature exists), at most `maxScanBytes` at the end of the log are
// scanned: producers only further back are unknown, and Kafka accepts an unknown producer at any
// sequence.
//
// Expiry: a producer that has not written to a partition for `producer.id.expiration.ms`
// (default 1 day) is forgotten there, as in Kafka.
// Not here: transactions (transactional batches are refused by Produce until they land).
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import { batchesIn, readBatchHeader, type BatchHeader } from '../../protocol/records/batch.ts';
import type { StreamState } from '../../storage/streams/stream.ts';
import { logger } from '../../util/log.ts';
import type { Broker } from '../broker.ts';
import { ProducerIdAllocator } from './ids.ts';
import { APPEND, applyBatch, batchMetadata, checkSequence, type ProducerEntry, type SequenceCheck, type SequencedBatch } from './sequence.ts';
import { decodeSnapshot, encodeSnapshot, snapshotKey } from './snapshot.ts';

export type { ProducerEntry, SequenceCheck };

/** The header fields ProducerStates needs of a batch. */
export type ProducedBatch = SequencedBatch & Pick<BatchHeader, 'maxTimestamp'>;

export interface ProducerStatesOptions {
  /** How often changed state is saved (default 5 s). */
  readonly snapshotIntervalMs?: number;
  /** Kafka's producer.id.expiration.ms (default 1 day). */
  readonly expirationMs?: number;
  /** With no snapshot, how many bytes at the end of a partition are scanned (default 256 MiB). */
  readonly maxScanBytes?: number;
  /** Bytes read per step of the scan (default 4 MiB). */
  readonly scanReadBytes?: number;
  readonly now?: () => number;
}

interface InFlight {
  readonly epoch: number;
  readonly baseSequence: number;
  /** The log end when the batch was checked: it is appended at or after this offset. */
  readonly logEndAtCheck: bigint;
  readonly done: Promise<void>;
  readonly release: () => void;
}

class PartitionState {
  readonly stream: StreamState;
  readonly producers = new Map<bigint, ProducerEntry>();
  readonly inFlight = new Map<bigint, InFlight>();
  /** The offset of the last saved snapshot, and whether `producers` changed since. */
  savedOffset = -1n;
  dirty = false;

  constructor(stream: StreamState) {
    this.stream = stream;
  }

  /** The offset below which `producers` reflects every batch of the log. */
  validTo(): bigint {
    let to = this.stream.nextOffset;
    for (const f of this.inFlight.values()) if (f.logEndAtCheck < to) to = f.logEndAtCheck;
    return to;
  }
}

const log = logger('producers');

export class ProducerStates {
  readonly broker: Broker;
  private readonly ids: ProducerIdAllocator;
  private readonly partitions = new Map<number, PartitionState>();
  private readonly loading = new Map<number, Promise<PartitionState>>();
  private readonly snapshotIntervalMs: number;
  private readonly expirationMs: number;
  private readonly maxScanBytes: number;
  private readonly scanReadBytes: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(broker: Broker, options: ProducerStatesOptions = {}) {
    this.broker = broker;
    this.ids = new ProducerIdAllocator(broker.log.meta);
    this.snapshotIntervalMs = options.snapshotIntervalMs ?? 5000;
    this.expirationMs = options.expirationMs ?? 86_400_000;
    this.maxScanBytes = options.maxScanBytes ?? 256 * 2 ** 20;
    this.scanReadBytes = options.scanReadBytes ?? 4 * 2 ** 20;
    this.now = options.now ?? Date.now;
  }

  /** A producer id never handed out before (InitProducerId). */
  nextProducerId(): bigint {
    return this.ids.allocate();
  }

  /**
   * Decides whether a batch is appended, acknowledged as a duplicate, or refused. After 'append'
   * the caller must call `appended` or `failed`. Waits while the same producer has a batch in
   * flight on this partition, and on first use of a partition while its state is rebuilt.
   */
  async check(topic: string, partition: number, batch: ProducedBatch): Promise<SequenceCheck> {
    const pid = batch.producerId;
    if (pid < 0n) return APPEND;
    let stream: StreamState;
    try {
      stream = this.broker.log.stream(topic, partition);
    } catch (err) {
      return { kind: 'error', errorCode: KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION, message: (err as Error).message };
    }
    let state: PartitionState;
    try {
      state = await this.partition(stream);
    } catch (err) {
      log.warn({ err, partition: `${topic}-${partition}` }, 'cannot rebuild idempotent producer state');
      return { kind: 'error', errorCode: KafkaErrors.KAFKA_STORAGE_ERROR, message: `${topic}-${partition}: producer state cannot be read: ${(err as Error).message}` };
    }
    for (let f = state.inFlight.get(pid); f !== undefined; f = state.inFlight.get(pid)) await f.done;
    const result = checkSequence(state.producers.get(pid), batch);
    if (result.kind === 'append') {
      let release = (): void => {};
      const done = new Promise<void>((resolve) => (release = resolve));
      state.inFlight.set(pid, { epoch: batch.producerEpoch, baseSequence: batch.baseSequence, logEndAtCheck: state.stream.nextOffset, done, release });
    }
    return result;
  }

  /** Records a batch `check` allowed, now in the log at `baseOffset` (`logAppendTime` under LogAppendTime). */
  appended(topic: string, partition: number, batch: ProducedBatch, baseOffset: bigint, logAppendTime: bigint | null = null): void {
    const pid = batch.producerId;
    if (pid < 0n) return;
    const state = this.loaded(topic, partition);
    if (state === undefined) {
      log.warn({ partition: `${topic}-${partition}`, producerId: pid }, 'a batch was appended without a sequence check');
      return;
    }
    const written = batchMetadata(batch, baseOffset, logAppendTime ?? batch.maxTimestamp);
    state.producers.set(pid, applyBatch(state.producers.get(pid), pid, batch.producerEpoch, written, this.now()));
    state.dirty = true;
    this.settle(state, batch);
  }

  /** Ends the flight of a batch `check` allowed whose append failed: nothing was written. */
  failed(topic: string, partition: number, batch: ProducedBatch): void {
    if (batch.producerId < 0n) return;
    const state = this.loaded(topic, partition);
    if (state !== undefined) this.settle(state, batch);
  }

  /** What a partition knows of a producer (undefined also when the partition's state is not loaded). */
  entry(topic: string, partition: number, producerId: bigint): ProducerEntry | undefined {
    return this.loaded(topic, partition)?.producers.get(producerId);
  }

  /** Saves the state of every partition that changed, in one metadata transaction; expires idle producers. */
  snapshot(): void {
    const now = this.now();
    const saves: { state: PartitionState; offset: bigint; text: string }[] = [];
    for (const [id, state] of this.partitions) {
      if (this.broker.log.streamsById.get(id) !== state.stream) {
        this.partitions.delete(id); // its topic was deleted
        continue;
      }
      this.expire(state, now);
      const offset = state.validTo();
      if (!state.dirty && offset === state.savedOffset) continue;
      saves.push({ state, offset, text: encodeSnapshot({ offset, producers: [...state.producers.values()] }) });
    }
    if (saves.length === 0) return;
    const meta = this.broker.log.meta;
    meta.transaction(() => {
      for (const s of saves) meta.setMeta(snapshotKey(s.state.stream.id), s.text);
    });
    for (const s of saves) {
      s.state.dirty = false;
      s.state.savedOffset = s.offset;
    }
  }

  /**
   * Stops the periodic snapshot and saves a last one. Call after in-flight requests end, before
   * storage closes. Never throws: without the last snapshot, the next start scans a little more.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    try {
      this.snapshot();
    } catch (err) {
      log.warn({ err }, 'saving idempotent producer state at shutdown failed; the next start rebuilds it from the log');
    }
  }

  private settle(state: PartitionState, batch: ProducedBatch): void {
    const f = state.inFlight.get(batch.producerId);
    if (f === undefined || f.epoch !== batch.producerEpoch || f.baseSequence !== batch.baseSequence) return;
    state.inFlight.delete(batch.producerId);
    f.release();
  }

  private loaded(topic: string, partition: number): PartitionState | undefined {
    let stream: StreamState;
    try {
      stream = this.broker.log.stream(topic, partition);
    } catch {
      return undefined;
    }
    const state = this.partitions.get(stream.id);
    return state?.stream === stream ? state : undefined;
  }

  private partition(stream: StreamState): Promise<PartitionState> {
    const state = this.partitions.get(stream.id);
    if (state !== undefined && state.stream === stream) return Promise.resolve(state);
    let pending = this.loading.get(stream.id);
    if (pending === undefined) {
      pending = this.load(stream).finally(() => this.loading.delete(stream.id));
      this.loading.set(stream.id, pending);
    }
    return pending;
  }

  /** Rebuilds a partition's state: its snapshot, then the batch headers from the snapshot's offset to the log end. */
  private async load(stream: StreamState): Promise<PartitionState> {
    const state = new PartitionState(stream);
    const text = this.broker.log.meta.getMeta(snapshotKey(stream.id));
    let from: bigint | null = null;
    if (text !== undefined) {
      try {
        const snap = decodeSnapshot(text, stream.where);
        for (const p of snap.producers) state.producers.set(p.producerId, p);
        from = snap.offset;
      } catch (err) {
        log.warn({ err, partition: stream.where }, 'ignoring an unreadable producer state snapshot; rebuilding from the log');
        state.producers.clear();
      }
    }
    if (from !== null && from > stream.nextOffset) {
      // The log is shorter than the snapshot says: its unsynced end was lost in a crash.
      for (const [pid, e] of state.producers) {
        const kept = e.batches.filter((b) => b.lastOffset < stream.nextOffset);
        if (kept.length === 0) state.producers.delete(pid);
        else state.producers.set(pid, { ...e, batches: kept });
      }
      from = stream.nextOffset;
      state.dirty = true;
    }
    const tail = tailStart(stream, this.maxScanBytes);
    if (from === null || from < tail) {
      if (from !== null && state.producers.size > 0) {
        // What lies between the snapshot and the scanned tail is not read: forget the producers
        // rather than judge their sequences against state that may be stale.
        log.warn({ partition: stream.where, snapshotOffset: from, scanFrom: tail }, 'producer state snapshot is too far behind; producers before the scanned tail are forgotten');
        state.producers.clear();
        state.dirty = true;
      }
      from = tail;
    }
    if (from < stream.logStartOffset) from = stream.logStartOffset;
    await this.scan(state, from);
    this.expire(state, this.now());
    this.partitions.set(stream.id, state);
    this.startTimer();
    return state;
  }

  /** Replays the producer batches of the log from `from` to its end (reading headers only). */
  private async scan(state: PartitionState, from: bigint): Promise<void> {
    const { stream } = state;
    const now = this.now();
    let offset = from;
    while (offset < stream.nextOffset) {
      const r = await this.broker.log.read(stream.topic, stream.partition, offset, this.scanReadBytes);
      if (r.kind === 'out-of-range') {
        if (offset < r.logStartOffset) {
          offset = r.logStartOffset; // retention moved the start meanwhile
          continue;
        }
        break;
      }
      if (r.records === null) break;
      let next = offset;
      for (const item of batchesIn(r.records)) {
        if (item.kind !== 'batch') break;
        if (item.magic !== 2) continue;
        const h = readBatchHeader(item.bytes);
        const last = h.baseOffset + BigInt(h.lastOffsetDelta);
        if (last >= next) next = last + 1n;
        if (h.producerId < 0n || h.isControl || last < offset || h.baseSequence < 0) continue;
        const written = batchMetadata(h, h.baseOffset, h.maxTimestamp);
        const before = state.producers.get(h.producerId);
        const after = applyBatch(before, h.producerId, h.producerEpoch, written, now);
        if (after !== before) {
          state.producers.set(h.producerId, after);
          state.dirty = true;
        }
      }
      if (next <= offset) break;
      offset = next;
    }
  }

  private expire(state: PartitionState, now: number): void {
    for (const [pid, e] of state.producers) {
      if (now - e.lastAppendMs >= this.expirationMs && !state.inFlight.has(pid)) {
        state.producers.delete(pid);
        state.dirty = true;
      }
    }
  }

  private startTimer(): void {
    if (this.timer !== null || this.closed) return;
    this.timer = setInterval(() => {
      try {
        this.snapshot();
      } catch (err) {
        if ((err as { code?: unknown }).code === 'ERR_INVALID_STATE') {
          // The metadata store was closed (the broker stopped without calling close()).
          this.closed = true;
          if (this.timer !== null) clearInterval(this.timer);
          this.timer = null;
          return;
        }
        log.warn({ err }, 'saving idempotent producer state failed; it is retried at the next interval');
      }
    }, this.snapshotIntervalMs);
    this.timer.unref();
  }
}

/** The offset from which the last `maxBytes` of the stream begin (whole ranges; hot batches always count). */
function tailStart(stream: StreamState, maxBytes: number): bigint {
  let start = stream.hot[0]?.baseOffset ?? stream.nextOffset;
  let bytes = stream.hotBytes;
  for (let i = stream.ranges.length - 1; i >= 0; i--) {
    const r = stream.ranges[i]!;
    if (r.startOffset >= start) continue;
    if (bytes + r.size > maxBytes) break;
    bytes += r.size;
    start = r.startOffset;
  }
  return start;
}
