// The operator contract (STYLE example 6): what every node of a running job implements. The
// runtime (attempt.ts, through graph.ts) calls operators from one task, between awaits, in batches:
// `process` gets an array of changes from one input and pushes its results onto `out`; the runtime
// routes `out` to the node's consumers. Nothing here is async except the sink hooks.
import type { Change } from '../../sql/types/values.ts';
import type { EvalContext } from '../../sql/functions/types.ts';
import type { KeyedState } from '../state/keyed.ts';

export interface Operator {
  /** The keyed state tables the operator owns (for TTL, size metrics and checkpoints). */
  tables(): readonly KeyedState<unknown>[];
  /** Handles a batch of changes from input `input` (0 for single-input operators). */
  process(changes: readonly Change[], input: number, out: Change[]): void;
  /** The operator's event time advanced to `wm` (min over its inputs); fire what is due. */
  onWatermark?(wm: number, out: Change[]): void;
  /** Processing time is `now` (called often by the runtime): fire processing-time timers. */
  onTime?(now: number, out: Change[]): void;
  /** State besides the tables (e.g. the current watermark), for a checkpoint. */
  snapshot?(): unknown;
  restore?(state: unknown): void;
  /** Records dropped because they arrived after the watermark passed their window. */
  readonly lateDropped?: number;
}

/** What operators share: evaluation context and settings. */
export interface OperatorContext {
  readonly eval: EvalContext;
  /** `table.exec.state.ttl` in ms (0 = keep forever). */
  readonly stateTtl: number;
  /** Where a failure is reported: the node, e.g. 'groupAggregate #4'. */
  readonly where: string;
}

/** The watermark before any was seen (Flink's Long.MIN_VALUE). */
export const NO_WATERMARK = -Infinity;
/** The watermark at the end of a bounded input (Flink's Long.MAX_VALUE). */
export const END_WATERMARK = Infinity;

/** A sink-side operator (sink, collect): the end of the DAG, with async hooks. */
export interface Terminal extends Operator {
  /** Writes what the last batches produced. */
  flush(): Promise<void>;
  /** At checkpoint `id`, after flush: returns state to keep in the checkpoint. */
  checkpoint(id: number): Promise<unknown>;
  /** Checkpoint `id` completed. */
  committed(id: number): Promise<void>;
  close(): Promise<void>;
}
