// The physical plan: what the planner hands the runtime (src/engine) to run. A job is a DAG of
// readonly nodes tagged by `kind` (a node may feed several parents; `id` is unique in the job).
// Rows flowing out of a node have the layout `fields`; every Rex in a node refers to positions of
// its input row (a join's condition: left fields then right fields).
//
// `changelog` says what a node emits: 'insert-only' (+I only) or 'retract' (+I, -U, +U, -D — every
// update as a -U of the old row followed by a +U of the new one). Sources that produce upserts
// (upsert-kafka) are followed by a `changelogNormalize` node, so operators only ever see these two.
import type { LogicalType } from '../types/types.ts';
import type { Rex } from './rex.ts';

export interface Field {
  readonly name: string;
  readonly type: LogicalType;
}

export type Changelog = 'insert-only' | 'retract';

interface Base {
  readonly id: number;
  readonly fields: readonly Field[];
  readonly changelog: Changelog;
}

/** An aggregate call: `fn` as src/sql/functions names it; `args` are input positions. */
export interface AggCall {
  readonly fn: string;
  readonly args: readonly number[];
  readonly distinct: boolean;
  /** FILTER (WHERE …): position of a BOOLEAN input field; the row counts only when it is TRUE. */
  readonly filter?: number;
  readonly type: LogicalType;
  /** Output name, for EXPLAIN and metrics. */
  readonly name: string;
}

/** Window assignment, sizes in milliseconds; `time` is the input position of the time attribute. */
export type WindowSpec =
  | { readonly kind: 'tumble'; readonly time: number; readonly size: number; readonly offset: number }
  | { readonly kind: 'hop'; readonly time: number; readonly size: number; readonly slide: number; readonly offset: number }
  | { readonly kind: 'cumulate'; readonly time: number; readonly size: number; readonly step: number; readonly offset: number }
  | { readonly kind: 'session'; readonly time: number; readonly gap: number };

/** Metadata a connector reads into a column: the connector row's position and the key ('offset', 'timestamp', …). */
export interface MetadataColumn {
  readonly index: number;
  readonly key: string;
}

export interface Scan extends Base {
  readonly kind: 'scan';
  /** The table as written in the script, e.g. 'orders'. */
  readonly table: string;
  readonly connector: string;
  readonly options: Readonly<Record<string, string>>;
  /** The row the connector produces: physical columns, then metadata columns, in declaration order. */
  readonly sourceFields: readonly Field[];
  readonly metadata: readonly MetadataColumn[];
  /** Output row (`fields`, the table's columns incl. computed ones) from the connector row. */
  readonly projection: readonly Rex[];
  /** WATERMARK FOR: the rowtime output position and the watermark expression over the output row. */
  readonly watermark?: { readonly time: number; readonly expr: Rex };
  /** PRIMARY KEY positions in the output row. */
  readonly primaryKey?: readonly number[];
}

/** Projection and filter in one: rows for which `condition` is TRUE, projected. */
export interface Calc extends Base {
  readonly kind: 'calc';
  readonly input: PhysicalNode;
  readonly projection: readonly Rex[];
  readonly condition?: Rex;
}

/** GROUP BY without windows: output = keys, then aggregates; emits a retract changelog. */
export interface GroupAggregate extends Base {
  readonly kind: 'groupAggregate';
  readonly input: PhysicalNode;
  readonly keys: readonly number[];
  readonly aggs: readonly AggCall[];
}

/** Window aggregation: output = keys, aggregates, window_start, window_end, window_time. Results
 * are emitted once, when the watermark (or processing time) passes the window's end. */
export interface WindowAggregate extends Base {
  readonly kind: 'windowAggregate';
  readonly input: PhysicalNode;
  readonly window: WindowSpec;
  readonly keys: readonly number[];
  readonly aggs: readonly AggCall[];
  /** 'rowtime' windows fire on watermarks, 'proctime' ones on the wall clock. */
  readonly timeKind: 'rowtime' | 'proctime';
}

/** A window TVF on its own: input fields, then window_start, window_end, window_time (HOP and
 * CUMULATE emit a row per window the input row falls in). SESSION is only planned with an aggregate. */
export interface WindowTvf extends Base {
  readonly kind: 'windowTvf';
  readonly input: PhysicalNode;
  readonly window: WindowSpec;
}

export type JoinType = 'inner' | 'left' | 'right' | 'full';

/** Regular join: keeps both sides in keyed state (`table.exec.state.ttl`); output = left fields
 * then right fields (the side an outer join pads is NULL). */
export interface Join extends Base {
  readonly kind: 'join';
  readonly joinType: JoinType;
  readonly left: PhysicalNode;
  readonly right: PhysicalNode;
  readonly leftKeys: readonly number[];
  readonly rightKeys: readonly number[];
  /** Non-equi part of the ON clause, over left fields then right fields. */
  readonly condition?: Rex;
}

/** Interval join on rowtime: rows match when right.time − left.time ∈ [lower, upper] (ms) and the
 * keys are equal; state older than the watermark allows is dropped. Output as Join. */
export interface IntervalJoin extends Base {
  readonly kind: 'intervalJoin';
  readonly joinType: JoinType;
  readonly left: PhysicalNode;
  readonly right: PhysicalNode;
  readonly leftKeys: readonly number[];
  readonly rightKeys: readonly number[];
  readonly leftTime: number;
  readonly rightTime: number;
  readonly lower: number;
  readonly upper: number;
  readonly condition?: Rex;
}

export interface Union extends Base {
  readonly kind: 'union';
  readonly inputs: readonly PhysicalNode[];
}

/** Turns an upsert stream (+I/+U/-D by `keys`, no -U) into a retract changelog, keeping the last
 * row per key in state; drops updates that change nothing. */
export interface ChangelogNormalize extends Base {
  readonly kind: 'changelogNormalize';
  readonly input: PhysicalNode;
  readonly keys: readonly number[];
}

/** INSERT INTO a table. `fields` are the table's physical columns; the input has the same layout. */
export interface Sink extends Base {
  readonly kind: 'sink';
  readonly input: PhysicalNode;
  readonly table: string;
  readonly connector: string;
  readonly options: Readonly<Record<string, string>>;
  /** Writable metadata columns among `fields` (kafka 'timestamp', 'headers'). */
  readonly metadata: readonly MetadataColumn[];
  readonly primaryKey?: readonly number[];
}

/** A plain SELECT: results go back to the caller (the shell, a test) as a changelog. */
export interface Collect extends Base {
  readonly kind: 'collect';
  readonly input: PhysicalNode;
}

export type PhysicalNode =
  | Scan | Calc | GroupAggregate | WindowAggregate | WindowTvf | Join | IntervalJoin | Union
  | ChangelogNormalize | Sink | Collect;

export type PhysicalKind = PhysicalNode['kind'];

/** One job: its sinks (INSERTs of a statement set, or one collect) and the settings in force. */
export interface JobPlan {
  readonly name: string;
  readonly sinks: readonly (Sink | Collect)[];
  /** SET values in force when the job was planned (Flink option keys). */
  readonly settings: Readonly<Record<string, string>>;
}

/** The inputs of a node, in order. */
export function inputsOf(n: PhysicalNode): readonly PhysicalNode[] {
  switch (n.kind) {
    case 'scan': return [];
    case 'join': case 'intervalJoin': return [n.left, n.right];
    case 'union': return n.inputs;
    default: return [n.input];
  }
}
