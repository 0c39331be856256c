// Per-partition watermarks of one source, as Flink's per-split watermark generation: a
// partition's watermark is the max of the WATERMARK FOR expression over its records; the source's
// is the min over its non-idle partitions. With `table.exec.source.idle-timeout` > 0 a partition
// with no records for that long is idle and does not hold the source back; when every partition
// is idle the source itself is idle. The emitted watermark never goes backwards.
import { NO_WATERMARK } from '../runtime/operator.ts';

export interface SourceWatermark {
  /** The watermark to emit, or undefined when it did not advance. */
  readonly advanced: number | undefined;
  readonly idle: boolean;
}

export class PartitionWatermarks {
  private readonly idleTimeout: number;
  private readonly max = new Map<number, number>();
  private readonly lastActive = new Map<number, number>();
  private emitted = NO_WATERMARK;
  private readonly startedAt: number;

  constructor(idleTimeout: number, now: number) {
    this.idleTimeout = idleTimeout;
    this.startedAt = now;
  }

  /** A record of `partition` arrived at processing time `now`. */
  active(partition: number, now: number): void {
    this.lastActive.set(partition, now);
  }

  /** The watermark expression gave `value` for a record of `partition`. */
  observe(partition: number, value: number): void {
    const m = this.max.get(partition);
    if (m === undefined || value > m) this.max.set(partition, value);
  }

  /** The source watermark over `partitions` at processing time `now`. */
  current(partitions: readonly number[], now: number): SourceWatermark {
    let min = Infinity;
    let active = 0;
    for (const p of partitions) {
      const last = this.lastActive.get(p) ?? this.startedAt;
      if (this.idleTimeout > 0 && now - last >= this.idleTimeout) continue;
      active++;
      const m = this.max.get(p) ?? NO_WATERMARK;
      if (m < min) min = m;
    }
    if (active === 0) return { advanced: undefined, idle: partitions.length > 0 || this.idleTimeout > 0 };
    if (min > this.emitted) {
      this.emitted = min;
      return { advanced: min, idle: false };
    }
    return { advanced: undefined, idle: false };
  }

  get watermark(): number {
    return this.emitted;
  }

  snapshot(): unknown {
    return { max: [...this.max], emitted: this.emitted };
  }

  restore(state: unknown): void {
    const s = state as { max: [number, number][]; emitted: number };
    this.max.clear();
    for (const [p, m] of s.max) this.max.set(p, m);
    this.emitted = s.emitted;
  }
}
