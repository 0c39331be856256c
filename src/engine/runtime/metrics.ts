// A job's metrics: per operator records in/out, event time, late records dropped and state
// size; per source records read and idleness; checkpoint counts, duration and size; restarts.
import type { Task } from './graph.ts';

export interface OperatorMetrics {
  readonly id: number;
  readonly kind: string;
  /** The table for scans and sinks. */
  readonly table?: string;
  readonly recordsIn: number;
  readonly recordsOut: number;
  /** The operator's current watermark (epoch ms; -Infinity before the first one). */
  readonly watermark: number;
  readonly idle: boolean;
  readonly lateRecordsDropped: number;
  /** Approximate bytes of keyed state. */
  readonly stateBytes: number;
  readonly stateEntries: number;
}

export interface CheckpointMetrics {
  readonly completed: number;
  readonly lastId: number | undefined;
  readonly lastDurationMs: number | undefined;
  readonly lastSizeBytes: number | undefined;
  /** The checkpoint the current attempt was restored from. */
  readonly restoredFrom: number | undefined;
}

export interface JobMetrics {
  readonly operators: readonly OperatorMetrics[];
  readonly checkpoints: CheckpointMetrics;
  readonly restarts: number;
  /** Records skipped by sources' formats (ignore-parse-errors). */
  readonly recordsSkipped: number;
}

export class CheckpointStats {
  count = 0;
  lastId: number | undefined;
  lastDurationMs: number | undefined;
  lastSizeBytes: number | undefined;
  restoredFrom: number | undefined;

  completed(id: number, ms: number, bytes: number): void {
    this.count++;
    this.lastId = id;
    this.lastDurationMs = ms;
    this.lastSizeBytes = bytes;
  }

  toJSON(): CheckpointMetrics {
    return { completed: this.count, lastId: this.lastId, lastDurationMs: this.lastDurationMs, lastSizeBytes: this.lastSizeBytes, restoredFrom: this.restoredFrom };
  }
}

export function operatorMetrics(task: Task, sourceWatermark?: number): OperatorMetrics {
  let bytes = 0;
  let entries = 0;
  for (const t of task.op?.tables() ?? []) {
    bytes += t.bytes();
    entries += t.size;
  }
  const n = task.node;
  return {
    id: n.id,
    kind: n.kind,
    ...(n.kind === 'scan' || n.kind === 'sink' ? { table: n.table } : {}),
    recordsIn: task.recordsIn,
    recordsOut: n.kind === 'sink' || n.kind === 'collect' ? 0 : task.recordsOut,
    watermark: sourceWatermark ?? task.wm,
    idle: task.idle,
    lateRecordsDropped: task.op?.lateDropped ?? 0,
    stateBytes: bytes,
    stateEntries: entries,
  };
}
