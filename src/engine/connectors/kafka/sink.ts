// The kafka / upsert-kafka sink writer: each change becomes a record (codec.ts), goes to a
// partition ('sink.partitioner', partitioner.ts) and waits in the accumulator, which sends record
// batches per partition. checkpoint() waits until every record written so far is acknowledged
// (at-least-once; with 'none' it does not wait). upsert-kafka with 'sink.buffer-flush.max-rows' and
// '.interval' both above zero keeps only the last change per key until a flush, as Flink's
// reducing upsert writer. exactly-once (Kafka transactions) is not supported yet.
import type { ConnectorContext, SinkWriter } from '../types.ts';
import { keyOfFields, type Change } from '../../../sql/types/values.ts';
import { WeirError } from '../../../util/errors.ts';
import { partitionerName, type KafkaOptions } from './options.ts';
import { makePartitioner, type Partitioner } from './partitioner.ts';
import { RecordEncoder } from './codec.ts';
import { Accumulator, recordSize } from './accumulator.ts';
import type { Transport } from './transport.ts';

/** Kafka's buffer.memory: writes wait while this much is unacknowledged. */
const BUFFER_BYTES = 32 * 2 ** 20;
/** Kafka's metadata.max.age.ms: how often the partition count is read again. */
const METADATA_AGE_MS = 5 * 60_000;

export class KafkaSinkWriter implements SinkWriter {
  private readonly o: KafkaOptions;
  private readonly transport: Transport;
  private readonly topic: string;
  private readonly encoder: RecordEncoder;
  private readonly partitioner: Partitioner;
  private readonly accumulator: Accumulator;
  private readonly keyFields: readonly number[];
  private partitionCount: number;
  private countReadAt = Date.now();
  /** upsert-kafka's reduce buffer, by key; undefined when not buffering. */
  private readonly buffer: Map<string, Change> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private timerFailure: unknown;

  private constructor(ctx: ConnectorContext, o: KafkaOptions, transport: Transport, topic: string, partitionCount: number, encoder: RecordEncoder) {
    this.o = o;
    this.transport = transport;
    this.topic = topic;
    this.partitionCount = partitionCount;
    this.encoder = encoder;
    this.partitioner = makePartitioner(partitionerName(o), o.batchBytes);
    this.accumulator = new Accumulator(transport, topic, o.compression, o.maxRequestBytes);
    this.keyFields = ctx.primaryKey ?? [];
    if (o.upsert && o.bufferRows > 0 && o.bufferMs > 0) {
      this.buffer = new Map();
      this.timer = setInterval(() => {
        this.flushBuffer().catch((err: unknown) => (this.timerFailure ??= err));
      }, o.bufferMs);
      this.timer.unref();
    }
  }

  static async open(ctx: ConnectorContext, o: KafkaOptions, transport: Transport): Promise<KafkaSinkWriter> {
    if (o.pattern !== undefined || o.topics.length !== 1) {
      throw new WeirError('CONFIG_INVALID', `${o.label} is written to, so it needs exactly one 'topic' (not a list, not 'topic-pattern')`, { where: ctx.table });
    }
    if (o.delivery === 'exactly-once') {
      throw new WeirError('NOT_IMPLEMENTED', `${o.label}: 'sink.delivery-guarantee' = 'exactly-once' needs Kafka transactions, which Weir does not support yet`, {
        where: ctx.table,
        hint: `Use 'at-least-once' (the default)`,
      });
    }
    const topic = o.topics[0]!;
    const count = await transport.partitionCount(topic, true);
    if (count === undefined) {
      throw new WeirError('CONFIG_INVALID', `${o.label}: topic '${topic}' does not exist on ${transport.description}`, { where: topic, hint: 'Create the topic first' });
    }
    const encoder = new RecordEncoder(ctx, o);
    await encoder.open();
    return new KafkaSinkWriter(ctx, o, transport, topic, count, encoder);
  }

  async write(changes: readonly Change[]): Promise<void> {
    this.checkTimer();
    if (this.buffer !== undefined) {
      for (const c of changes) {
        if (c.kind === '-U') continue;
        const key = keyOfFields(c.row, this.keyFields);
        this.buffer.delete(key);
        this.buffer.set(key, c);
      }
      if (this.buffer.size >= this.o.bufferRows) await this.flushBuffer();
      return;
    }
    await this.send(changes);
  }

  private async send(changes: Iterable<Change>): Promise<void> {
    if (Date.now() - this.countReadAt > METADATA_AGE_MS) {
      this.countReadAt = Date.now();
      this.partitionCount = (await this.transport.partitionCount(this.topic)) ?? this.partitionCount;
    }
    for (const c of changes) {
      const record = this.encoder.encode(c);
      if (record === undefined) continue;
      const size = recordSize(record);
      this.accumulator.add(this.partitioner.partition(this.topic, record.key, size, this.partitionCount), record, size);
    }
    this.accumulator.send();
    while (this.accumulator.waitingBytes > BUFFER_BYTES) await this.accumulator.some();
  }

  private async flushBuffer(): Promise<void> {
    if (this.buffer === undefined || this.buffer.size === 0) return;
    const changes = [...this.buffer.values()];
    this.buffer.clear();
    await this.send(changes);
  }

  async checkpoint(): Promise<undefined> {
    this.checkTimer();
    await this.flushBuffer();
    if (this.o.delivery === 'none') this.accumulator.send();
    else await this.accumulator.flush();
    return undefined;
  }

  async close(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    try {
      await this.flushBuffer();
      await this.accumulator.flush();
    } finally {
      await this.transport.close();
    }
  }

  private checkTimer(): void {
    if (this.timerFailure !== undefined) throw this.timerFailure;
  }
}
