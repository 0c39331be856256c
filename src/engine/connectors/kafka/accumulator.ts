// The sink's record accumulator, as a Kafka producer's: records wait per partition; each partition
// has at most one request in flight (so records stay in order), and while it is in flight new
// records gather into the next batch (up to `maxRequestBytes`). `flush()` resolves once every
// record added before it is acknowledged; the first failure is kept and thrown from then on.
import type { CompressionCodec } from '../../../protocol/records/index.ts';
import type { OutRecord, Transport } from './transport.ts';

interface Lane {
  records: OutRecord[];
  sizes: number[];
  sending: Promise<void> | undefined;
}

/** A record's size as a batch holds it: key, value, headers, and a varint-and-delta overhead. */
export function recordSize(r: OutRecord): number {
  let n = 20 + (r.key?.length ?? 0) + (r.value?.length ?? 0);
  for (const h of r.headers) n += 10 + h.key.length + (h.value?.length ?? 0);
  return n;
}

export class Accumulator {
  private readonly transport: Transport;
  private readonly topic: string;
  private readonly compression: CompressionCodec;
  private readonly maxRequestBytes: number;
  private readonly lanes = new Map<number, Lane>();
  private failure: unknown;
  private failed = false;
  /** Bytes added and not yet acknowledged. */
  waitingBytes = 0;

  constructor(transport: Transport, topic: string, compression: CompressionCodec, maxRequestBytes: number) {
    this.transport = transport;
    this.topic = topic;
    this.compression = compression;
    this.maxRequestBytes = maxRequestBytes;
  }

  add(partition: number, record: OutRecord, size: number): void {
    this.check();
    let lane = this.lanes.get(partition);
    if (lane === undefined) this.lanes.set(partition, (lane = { records: [], sizes: [], sending: undefined }));
    lane.records.push(record);
    lane.sizes.push(size);
    this.waitingBytes += size;
  }

  /** Sends what waits on every partition that has no request in flight. */
  send(): void {
    for (const [partition, lane] of this.lanes) if (lane.sending === undefined && lane.records.length > 0) this.sendLane(partition, lane);
  }

  private sendLane(partition: number, lane: Lane): void {
    let take = 0;
    let bytes = 0;
    while (take < lane.records.length && (take === 0 || bytes + lane.sizes[take]! <= this.maxRequestBytes)) bytes += lane.sizes[take++]!;
    const records = lane.records.splice(0, take);
    lane.sizes.splice(0, take);
    lane.sending = this.transport.produce(this.topic, partition, records, this.compression).then(
      () => {
        this.waitingBytes -= bytes;
        lane.sending = undefined;
        if (lane.records.length > 0 && !this.failed) this.sendLane(partition, lane);
      },
      (err: unknown) => {
        if (!this.failed) {
          this.failed = true;
          this.failure = err;
        }
        lane.sending = undefined;
      },
    );
  }

  /** Waits until at least one request in flight completes (for back-pressure). */
  async some(): Promise<void> {
    const inFlight = [...this.lanes.values()].map((l) => l.sending).filter((s) => s !== undefined);
    if (inFlight.length > 0) await Promise.race(inFlight);
    this.check();
  }

  /** Sends everything and waits until all of it is acknowledged. */
  async flush(): Promise<void> {
    this.send();
    for (;;) {
      this.check();
      const inFlight = [...this.lanes.values()].map((l) => l.sending).filter((s) => s !== undefined);
      if (inFlight.length === 0) break;
      await Promise.all(inFlight);
    }
    this.check();
  }

  private check(): void {
    if (this.failed) throw this.failure;
  }
}
