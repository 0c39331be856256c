// The transport to the broker running in this process: reads and appends go straight to its
// SharedLog, with the semantics of the broker's Fetch and Produce paths — whole batches read from
// an offset (control batches skipped), appends of magic-2 batches no larger than the topic's
// max.message.bytes, offsets assigned by the log, acknowledged once durable in the WAL.
// When asked to as a producer asks (the sink), it auto-creates a missing topic through the
// process's BrokerHooks, as the broker would (when the broker allows it); a fetch never creates
// one. Other clients' Fetch long-polls are woken by the log itself (SharedLog.onAppend).
import type { SharedLog } from '../../../storage/index.ts';
import type { BrokerHooks } from '../types.ts';
import { batchesIn, decodeRecords, encodeBatch, type CompressionCodec } from '../../../protocol/records/index.ts';
import { WeirError } from '../../../util/errors.ts';
import type { FetchResult, FetchWant, FetchedRecord, OutRecord, Transport } from './transport.ts';

export class LocalTransport implements Transport {
  readonly description = 'the in-process broker';
  private readonly log: SharedLog;
  private readonly hooks: BrokerHooks;

  constructor(log: SharedLog, hooks: BrokerHooks = {}) {
    this.log = log;
    this.hooks = hooks;
  }

  /** Whether the topic exists; with `create`, auto-creating it when the broker would. */
  private exists(topic: string, create: boolean): boolean {
    return this.log.topic(topic) !== undefined || (create && this.hooks.createTopic?.(topic) === true);
  }

  async topics(): Promise<string[]> {
    return this.log.topics().map((t) => t.name);
  }

  async partitionCount(topic: string, create = false): Promise<number | undefined> {
    if (!this.exists(topic, create)) return undefined;
    return this.log.topic(topic)?.partitions;
  }

  async offsets(topic: string, partitions: readonly number[]): Promise<{ start: bigint; end: bigint }[]> {
    return partitions.map((p) => {
      const o = this.log.offsets(topic, p);
      return { start: o.logStartOffset, end: o.highWatermark };
    });
  }

  async offsetForTimestamp(topic: string, partition: number, ts: bigint): Promise<bigint | null> {
    return (await this.log.offsetForTimestamp(topic, partition, ts))?.offset ?? null;
  }

  async committed(group: string, topic: string, partitions: readonly number[]): Promise<(bigint | null)[]> {
    const all = this.log.meta.committedOffsets(group).filter((c) => c.topic === topic);
    return partitions.map((p) => all.find((c) => c.partition === p)?.offset ?? null);
  }

  async fetch(wants: readonly FetchWant[], maxBytesPerPartition: number): Promise<FetchResult[]> {
    const results: FetchResult[] = [];
    for (const w of wants) {
      if (!this.exists(w.topic, false)) {
        results.push({ kind: 'retry', reason: `topic ${w.topic} does not exist on ${this.description}` });
        continue;
      }
      const r = await this.log.read(w.topic, w.partition, w.offset, maxBytesPerPartition);
      if (r.kind === 'out-of-range') {
        results.push({ kind: 'out-of-range' });
        continue;
      }
      const records: FetchedRecord[] = [];
      let next = w.offset;
      if (r.records !== null) {
        for (const slice of batchesIn(r.records)) {
          if (slice.kind !== 'batch') break;
          const { header, records: decoded } = decodeRecords(slice.bytes, { verifyCrc: false });
          const last = header.baseOffset + BigInt(header.lastOffsetDelta);
          if (last >= next) next = last + 1n;
          if (header.isControl) continue;
          const logAppendTime = header.timestampType === 'log-append';
          for (const rec of decoded) {
            if (rec.offset < w.offset) continue;
            records.push({ offset: rec.offset, timestamp: rec.timestamp, logAppendTime, leaderEpoch: header.partitionLeaderEpoch, key: rec.key, value: rec.value, headers: rec.headers });
          }
        }
      }
      results.push({ kind: 'records', records, next });
    }
    return results;
  }

  async produce(topic: string, partition: number, records: readonly OutRecord[], compression: CompressionCodec): Promise<void> {
    if (records.length === 0) return;
    // As the wire producer (autocreateTopics) would, should the topic go away after the sink opened.
    if (!this.exists(topic, true)) {
      throw new WeirError('CONFIG_INVALID', `topic ${topic} does not exist on ${this.description}`, {
        where: topic,
        hint: `Create it first, e.g. kcat or kafka-topics --create --topic ${topic}`,
        retriable: true,
      });
    }
    const maxBytes = this.log.configOf(topic).maxMessageBytes;
    const appends: Promise<unknown>[] = [];
    // Halves a batch until it fits max.message.bytes, as a producer's max.request.size would.
    const append = (part: readonly OutRecord[]): void => {
      const batch = encodeBatch({ records: part.map(toInput), compression });
      if (batch.length <= maxBytes) {
        appends.push(this.log.append(topic, partition, batch));
        return;
      }
      if (part.length === 1) {
        throw new WeirError('CONFIG_INVALID', `a record of ${batch.length} bytes (as a batch) is larger than max.message.bytes (${maxBytes}) of topic ${topic}`, {
          where: `${topic}-${partition}`,
          hint: `Raise the topic's max.message.bytes, or write smaller records`,
        });
      }
      const half = Math.ceil(part.length / 2);
      append(part.slice(0, half));
      append(part.slice(half));
    };
    append(records);
    await Promise.all(appends);
  }

  async close(): Promise<void> {}
}

function toInput(r: OutRecord): { key: Uint8Array | null; value: Uint8Array | null; headers: OutRecord['headers']; timestamp?: bigint } {
  return r.timestamp === undefined ? { key: r.key, value: r.value, headers: r.headers } : { key: r.key, value: r.value, headers: r.headers, timestamp: r.timestamp };
}
