// The transport to a Kafka cluster over the wire, with @platformatic/kafka: a plain fetch loop
// over assigned partitions (no consumer group membership, as Flink's source), ListOffsets for
// startup positions, OffsetFetch for a group's committed offsets, and a producer for the sink.
// The clients are made on first use. 'properties.*' options map onto the client where they can
// (see clientSettings in ./options.ts): client.id, request timeouts, TLS, SASL PLAIN/SCRAM, acks,
// isolation.level, compression.type.
import { Admin, Consumer, Producer, type ClusterMetadata, type RecordsBatch } from '@platformatic/kafka';
import type { CompressionCodec } from '../../../protocol/records/index.ts';
import { WeirError } from '../../../util/errors.ts';
import type { ClientSettings } from './options.ts';
import type { FetchResult, FetchWant, FetchedRecord, OutRecord, Transport } from './transport.ts';

type FetchRequestTopic = Parameters<Consumer['fetch']>[0]['topics'][number];
type FetchResponse = Awaited<ReturnType<Consumer['fetch']>>;

/** Kafka error codes a fetch answers with that mean "try again after a metadata refresh". */
const RETRY_CODES = new Set([3, 5, 6, 74, 100]);
const OFFSET_OUT_OF_RANGE = 1;
const CONTROL = 0x20;
const LOG_APPEND_TIME = 0x08;

export class RemoteTransport implements Transport {
  readonly description: string;
  private readonly settings: ClientSettings;
  private consumerClient: Consumer | undefined;
  private producerClient: Producer | undefined;

  constructor(settings: ClientSettings) {
    this.settings = settings;
    this.description = `the Kafka cluster at ${settings.base.bootstrapBrokers.join(',')}`;
  }

  private get consumer(): Consumer {
    this.consumerClient ??= new Consumer({ ...this.settings.base, groupId: this.settings.groupId, isolationLevel: this.settings.isolationLevel, retries: 1 });
    return this.consumerClient;
  }

  private get producer(): Producer {
    this.producerClient ??= new Producer({ ...this.settings.base, acks: this.settings.acks, autocreateTopics: true });
    return this.producerClient;
  }

  async topics(): Promise<string[]> {
    const admin = new Admin(this.settings.base);
    try {
      return await this.call('list topics', () => admin.listTopics());
    } finally {
      await admin.close();
    }
  }

  private async metadata(topics: readonly string[], forceUpdate = false, autocreateTopics = false): Promise<ClusterMetadata> {
    return this.call(`read metadata of ${topics.join(', ')}`, () => this.consumer.metadata({ topics: [...topics], forceUpdate, autocreateTopics }));
  }

  async partitionCount(topic: string, create = false): Promise<number | undefined> {
    try {
      return (await this.metadata([topic], true, create)).topics.get(topic)?.partitionsCount;
    } catch (err) {
      if (isUnknownTopic(err)) return undefined;
      throw err;
    }
  }

  async offsets(topic: string, partitions: readonly number[]): Promise<{ start: bigint; end: bigint }[]> {
    const ask = (timestamp: bigint): Promise<Map<string, bigint[]>> =>
      this.call(`list offsets of ${topic}`, () => this.consumer.listOffsets({ topics: [topic], partitions: { [topic]: [...partitions] }, timestamp }));
    const [start, end] = await Promise.all([ask(-2n), ask(-1n)]);
    return partitions.map((p) => ({ start: start.get(topic)?.[p] ?? 0n, end: end.get(topic)?.[p] ?? 0n }));
  }

  async offsetForTimestamp(topic: string, partition: number, ts: bigint): Promise<bigint | null> {
    const found = await this.call(`list offsets of ${topic}`, () =>
      this.consumer.listOffsetsWithTimestamps({ topics: [topic], partitions: { [topic]: [partition] }, timestamp: ts }),
    );
    const offset = found.get(topic)?.get(partition)?.offset;
    return offset === undefined || offset < 0n ? null : offset;
  }

  async committed(group: string, topic: string, partitions: readonly number[]): Promise<(bigint | null)[]> {
    const consumer = group === this.settings.groupId ? this.consumer : new Consumer({ ...this.settings.base, groupId: group });
    try {
      const got = await this.call(`read committed offsets of group ${group}`, () => consumer.listCommittedOffsets({ topics: [{ topic, partitions: [...partitions] }] }));
      const offsets = got.get(topic) ?? [];
      return partitions.map((p) => {
        const o = offsets[p];
        return o === undefined || o < 0n ? null : o;
      });
    } finally {
      if (consumer !== this.consumerClient) await consumer.close();
    }
  }

  async fetch(wants: readonly FetchWant[], maxBytesPerPartition: number, waitMs: number): Promise<FetchResult[]> {
    const results: FetchResult[] = new Array(wants.length);
    if (wants.length === 0) return results;
    let meta: ClusterMetadata;
    try {
      meta = await this.metadata([...new Set(wants.map((w) => w.topic))]);
    } catch (err) {
      return wants.map(() => ({ kind: 'retry', reason: describe(err) }));
    }
    // One Fetch request per leader, each answering for its partitions.
    const byNode = new Map<number, { topics: Map<string, FetchRequestTopic>; index: Map<string, number> }>();
    wants.forEach((w, i) => {
      const t = meta.topics.get(w.topic);
      const leader = t?.partitions[w.partition]?.leader;
      if (t === undefined || leader === undefined || leader < 0) {
        results[i] = { kind: 'retry', reason: `no leader known for ${w.topic}-${w.partition}` };
        return;
      }
      let node = byNode.get(leader);
      if (node === undefined) byNode.set(leader, (node = { topics: new Map(), index: new Map() }));
      let topic = node.topics.get(t.id);
      if (topic === undefined) node.topics.set(t.id, (topic = { topicId: t.id, partitions: [] }));
      topic.partitions.push({ partition: w.partition, currentLeaderEpoch: -1, fetchOffset: w.offset, lastFetchedEpoch: -1, partitionMaxBytes: maxBytesPerPartition });
      node.index.set(`${t.id}:${w.partition}`, i);
    });
    await Promise.all(
      [...byNode].map(async ([node, { topics, index }]) => {
        let response: FetchResponse;
        try {
          response = await this.consumer.fetch({ node, topics: [...topics.values()], maxWaitTime: waitMs, minBytes: 1, maxBytes: maxBytesPerPartition * index.size });
        } catch (err) {
          const partial = responseOf(err);
          if (partial === undefined) {
            this.consumer.clearMetadata();
            for (const i of index.values()) results[i] = { kind: 'retry', reason: describe(err) };
            return;
          }
          response = partial;
        }
        for (const t of response.responses) {
          for (const p of t.partitions) {
            const i = index.get(`${t.topicId}:${p.partitionIndex}`);
            if (i === undefined) continue;
            results[i] = this.partitionResult(wants[i]!, p.errorCode, p.records ?? []);
          }
        }
        for (const i of index.values()) results[i] ??= { kind: 'retry', reason: 'the broker did not answer for this partition' };
      }),
    );
    return results;
  }

  private partitionResult(want: FetchWant, errorCode: number, batches: readonly RecordsBatch[]): FetchResult {
    if (errorCode === OFFSET_OUT_OF_RANGE) return { kind: 'out-of-range' };
    if (RETRY_CODES.has(errorCode)) {
      this.consumer.clearMetadata();
      return { kind: 'retry', reason: `Kafka error code ${errorCode}` };
    }
    if (errorCode !== 0) {
      throw new WeirError('STORAGE_IO', `fetching ${want.topic}-${want.partition} from ${this.description} failed with Kafka error code ${errorCode}`, { where: `${want.topic}-${want.partition}` });
    }
    const records: FetchedRecord[] = [];
    let next = want.offset;
    for (const b of batches) {
      const last = b.firstOffset + BigInt(b.lastOffsetDelta);
      if (last >= next) next = last + 1n;
      if ((b.attributes & CONTROL) !== 0) continue;
      const logAppendTime = (b.attributes & LOG_APPEND_TIME) !== 0;
      for (const r of b.records) {
        const offset = b.firstOffset + BigInt(r.offsetDelta);
        if (offset < want.offset) continue;
        records.push({
          offset,
          timestamp: logAppendTime ? b.maxTimestamp : b.firstTimestamp + r.timestampDelta,
          logAppendTime,
          leaderEpoch: b.partitionLeaderEpoch,
          key: r.key,
          value: r.value,
          headers: r.headers.map(([k, v]) => ({ key: k === null ? '' : k.toString('utf8'), value: v })),
        });
      }
    }
    return { kind: 'records', records, next };
  }

  async produce(topic: string, partition: number, records: readonly OutRecord[], compression: CompressionCodec): Promise<void> {
    if (records.length === 0) return;
    const messages = records.map((r) => ({
      topic,
      partition,
      ...(r.key === null ? {} : { key: Buffer.from(r.key.buffer, r.key.byteOffset, r.key.byteLength) }),
      ...(r.value === null ? {} : { value: Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength) }),
      headers: new Map(r.headers.map((h) => [Buffer.from(h.key), h.value === null ? (null as unknown as Buffer) : Buffer.from(h.value)])),
      ...(r.timestamp === undefined ? {} : { timestamp: r.timestamp }),
    }));
    await this.call(`produce to ${topic}-${partition}`, () => this.producer.send({ messages: messages as Parameters<Producer['send']>[0]['messages'], compression }));
  }

  async close(): Promise<void> {
    await Promise.all([this.consumerClient?.close(), this.producerClient?.close()]);
  }

  /** Runs a client call; its failure becomes a WeirError naming the cluster and what was done. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw new WeirError('STORAGE_IO', `could not ${what} on ${this.description}: ${describe(err)}`, { cause: err, retriable: true });
    }
  }
}

function describe(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return `${err.message} (${err.errors.map(describe).join('; ')})`;
  return err instanceof Error ? err.message : String(err);
}

/** The Fetch response carried by a client error that reports partition-level error codes. */
function responseOf(err: unknown): FetchResponse | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const response = (err as { response?: unknown }).response;
  if (typeof response === 'object' && response !== null && Array.isArray((response as FetchResponse).responses)) return response as FetchResponse;
  if (err instanceof AggregateError) for (const e of err.errors) if (responseOf(e) !== undefined) return responseOf(e);
  return undefined;
}

/** Whether a client error says the topic does not exist (the client rewords UNKNOWN_TOPIC_OR_PARTITION). */
function isUnknownTopic(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  if ((err as { apiCode?: unknown }).apiCode === 3 || (err instanceof Error && err.message.startsWith('Unknown topic '))) return true;
  const wrapped = [(err as { cause?: unknown }).cause, ...(err instanceof AggregateError ? err.errors : [])];
  return wrapped.some(isUnknownTopic);
}
