// The kafka / upsert-kafka source reader: every partition of the table's topics (or of the topics
// matching 'topic-pattern'), each with a global index in the order found, read from its startup
// position up to its bounded stop offset if any. position() is each partition's next offset (and
// stop); a restored reader starts exactly there. Partitions found later (discovery every
// 'scan.topic-partition-discovery.interval', unbounded only), or missing from the restored
// position, start at the earliest offset, as Flink's KafkaSource does.
import type { ConnectorContext, SourceReader, SourceRecord } from '../types.ts';
import { WeirError } from '../../../util/errors.ts';
import type { KafkaOptions, ResetStrategy } from './options.ts';
import { RecordDecoder } from './codec.ts';
import { reset, resetStrategyOf, resolveOffsets } from './positions.ts';
import type { FetchedRecord, Transport } from './transport.ts';

interface Assigned {
  readonly topic: string;
  readonly partition: number;
  readonly index: number;
  /** The next offset to return. */
  next: bigint;
  /** Exclusive end (bounded mode). */
  stop: bigint | undefined;
  /** Fetched, not yet returned; `after` is where the next fetch starts. */
  pending: FetchedRecord[];
  after: bigint;
}

/** What position() returns: JSON-safe, offsets as decimal strings. */
interface SavedPosition {
  readonly partitions: readonly { topic: string; partition: number; offset: string; stop?: string }[];
}

/** How long a poll that has nothing yet waits for records to arrive. */
const FETCH_WAIT_MS = 100;

export class KafkaSourceReader implements SourceReader {
  private readonly ctx: ConnectorContext;
  private readonly o: KafkaOptions;
  private readonly transport: Transport;
  private readonly decoder: RecordDecoder;
  private readonly assigned: Assigned[] = [];
  private readonly byName = new Map<string, Assigned>();
  private readonly resetStrategy: ResetStrategy;
  private lastDiscovery = 0;
  private rotate = 0;

  private constructor(ctx: ConnectorContext, o: KafkaOptions, transport: Transport) {
    this.ctx = ctx;
    this.o = o;
    this.transport = transport;
    this.decoder = new RecordDecoder(ctx, o);
    this.resetStrategy = resetStrategyOf(o.startup);
  }

  static async open(ctx: ConnectorContext, o: KafkaOptions, transport: Transport): Promise<KafkaSourceReader> {
    const reader = new KafkaSourceReader(ctx, o, transport);
    if (ctx.restored !== undefined) {
      for (const p of savedPartitions(ctx.restored, o.label)) reader.assign(p.topic, p.partition, BigInt(p.offset), p.stop === undefined ? undefined : BigInt(p.stop));
    }
    await reader.discover(ctx.restored === undefined);
    return reader;
  }

  partitions(): readonly number[] {
    return this.assigned.map((a) => a.index);
  }

  position(): SavedPosition {
    return {
      partitions: this.assigned.map((a) => ({ topic: a.topic, partition: a.partition, offset: String(a.next), ...(a.stop === undefined ? {} : { stop: String(a.stop) }) })),
    };
  }

  async poll(max: number): Promise<readonly SourceRecord[] | undefined> {
    if (this.o.bounded === undefined && this.o.discoveryMs > 0 && Date.now() - this.lastDiscovery >= this.o.discoveryMs) await this.discover(false);
    const out: SourceRecord[] = [];
    this.drain(out, max);
    if (out.length < max) {
      const wanting = this.assigned.filter((a) => a.pending.length === 0 && !done(a));
      if (wanting.length > 0) {
        // Records already taken in this poll are not held back waiting for more.
        const wait = out.length > 0 ? 0 : FETCH_WAIT_MS;
        const results = await this.transport.fetch(wanting.map((a) => ({ topic: a.topic, partition: a.partition, offset: a.after })), this.o.maxFetchBytes, wait);
        for (let i = 0; i < wanting.length; i++) {
          const a = wanting[i]!;
          const r = results[i]!;
          if (r.kind === 'records') {
            a.pending = a.stop === undefined ? [...r.records] : r.records.filter((rec) => rec.offset < a.stop!);
            a.after = r.next;
            if (a.pending.length === 0) a.next = clamp(a.after, a.stop);
          } else if (r.kind === 'out-of-range') {
            const [bounds] = await this.transport.offsets(a.topic, [a.partition]);
            a.next = a.after = reset(this.o, this.resetStrategy, bounds!, a.topic, a.partition);
          }
        }
        const ready = this.decoder.prepare(wanting.map((a) => a.pending));
        if (ready !== undefined) await ready;
        this.drain(out, max);
      }
    }
    if (out.length === 0 && this.o.bounded !== undefined && this.assigned.every(done)) return undefined;
    return out;
  }

  /** Takes pending records into `out`, partitions in turn, until `max`. */
  private drain(out: SourceRecord[], max: number): void {
    const n = this.assigned.length;
    for (let k = 0; k < n && out.length < max; k++) {
      const a = this.assigned[(this.rotate + k) % n]!;
      let taken = 0;
      while (taken < a.pending.length && out.length < max) {
        const rec = a.pending[taken++]!;
        const decoded = this.decoder.decode(a.topic, a.partition, rec);
        a.next = rec.offset + 1n;
        if (decoded !== undefined) out.push({ partition: a.index, kind: decoded.kind, row: decoded.row });
      }
      a.pending = a.pending.slice(taken);
      if (a.pending.length === 0 && taken > 0) a.next = clamp(a.after, a.stop);
    }
    this.rotate = n === 0 ? 0 : (this.rotate + 1) % n;
  }

  /** Finds the partitions of the table's topics; new ones start at the startup position (`initial`) or earliest. */
  private async discover(initial: boolean): Promise<void> {
    this.lastDiscovery = Date.now();
    let topics: string[];
    if (this.o.pattern !== undefined) {
      const pattern = this.o.pattern;
      topics = (await this.transport.topics()).filter((t) => pattern.test(t)).sort();
    } else {
      topics = [...this.o.topics];
    }
    for (const topic of topics) {
      const count = await this.transport.partitionCount(topic);
      if (count === undefined) {
        if (this.o.pattern !== undefined) continue;
        throw new WeirError('CONFIG_INVALID', `${this.o.label}: topic '${topic}' does not exist on ${this.transport.description}`, {
          where: topic,
          hint: 'Create the topic, or correct the table\'s \'topic\' option',
        });
      }
      const fresh: number[] = [];
      for (let p = 0; p < count; p++) if (!this.byName.has(`${topic}\u0000${p}`)) fresh.push(p);
      if (fresh.length === 0) continue;
      const starts = await resolveOffsets(this.transport, this.o, initial ? this.o.startup : { kind: 'earliest' }, topic, fresh);
      const stops = this.o.bounded === undefined ? undefined : await resolveOffsets(this.transport, this.o, this.o.bounded, topic, fresh);
      fresh.forEach((p, i) => this.assign(topic, p, starts[i]!, stops?.[i]));
    }
  }

  private assign(topic: string, partition: number, offset: bigint, stop: bigint | undefined): void {
    const a: Assigned = { topic, partition, index: this.assigned.length, next: offset, stop, pending: [], after: offset };
    this.assigned.push(a);
    this.byName.set(`${topic}\u0000${partition}`, a);
  }

  async close(): Promise<void> {
    await this.transport.close();
  }
}

function done(a: Assigned): boolean {
  return a.stop !== undefined && a.next >= a.stop;
}

function clamp(offset: bigint, stop: bigint | undefined): bigint {
  return stop !== undefined && offset > stop ? stop : offset;
}

function savedPartitions(restored: unknown, label: string): SavedPosition['partitions'] {
  const list = (restored as Partial<SavedPosition> | null)?.partitions;
  const ok =
    Array.isArray(list) &&
    list.every((p) => typeof p?.topic === 'string' && Number.isInteger(p.partition) && /^\d+$/.test(p.offset) && (p.stop === undefined || /^\d+$/.test(p.stop)));
  if (!ok) throw new WeirError('INTERNAL', `${label}: the restored source position is not one this connector saved: ${JSON.stringify(restored)}`);
  return list;
}
