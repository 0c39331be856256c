// The logical plan: what a query means, before the planner picks operators. Built from the AST by
// query.ts, rewritten by rules.ts, turned into the physical plan by to-physical.ts. Nodes are
// readonly and tagged by `kind`; each has the layout of the rows it produces (`fields`).
import type { TableEntry } from '../catalog/index.ts';
import type { AggCall, Field, JoinType, MetadataColumn, WindowSpec } from './physical.ts';
import type { Rex, SourcePos } from './rex.ts';

interface Base {
  readonly fields: readonly Field[];
}

export interface LScan extends Base {
  readonly kind: 'scan';
  readonly entry: TableEntry;
  /** The table's name as written. */
  readonly name: string;
  readonly sourceFields: readonly Field[];
  readonly metadata: readonly MetadataColumn[];
  /** Output columns (all the table's columns, or those kept by projection push-down) from the connector row. */
  readonly projection: readonly Rex[];
  readonly watermark?: { readonly time: number; readonly expr: Rex };
  readonly primaryKey?: readonly number[];
}

export interface LProject extends Base {
  readonly kind: 'project';
  readonly input: LogicalNode;
  readonly exprs: readonly Rex[];
}

export interface LFilter extends Base {
  readonly kind: 'filter';
  readonly input: LogicalNode;
  readonly condition: Rex;
}

/** GROUP BY: output = keys, aggregates (then, with a window, window_start, window_end, window_time). */
export interface LAggregate extends Base {
  readonly kind: 'aggregate';
  readonly input: LogicalNode;
  readonly keys: readonly number[];
  readonly aggs: readonly AggCall[];
  readonly window?: { readonly spec: WindowSpec; readonly timeKind: 'rowtime' | 'proctime' };
}

/** A window TVF: input fields, then window_start, window_end, window_time. */
export interface LWindowTvf extends Base {
  readonly kind: 'windowTvf';
  readonly input: LogicalNode;
  readonly window: WindowSpec;
  readonly timeKind: 'rowtime' | 'proctime';
}

export interface LJoin extends Base {
  readonly kind: 'join';
  readonly joinType: JoinType;
  readonly left: LogicalNode;
  readonly right: LogicalNode;
  /** Over left fields then right fields. */
  readonly condition: Rex;
}

export interface LUnion extends Base {
  readonly kind: 'union';
  readonly inputs: readonly LogicalNode[];
}

export type LogicalNode = LScan | LProject | LFilter | LAggregate | LWindowTvf | LJoin | LUnion;

/** What a statement writes to. */
export type LogicalSink =
  | {
      readonly kind: 'sink'; readonly input: LogicalNode; readonly entry: TableEntry; readonly name: string;
      readonly fields: readonly Field[]; readonly metadata: readonly MetadataColumn[]; readonly at: SourcePos;
    }
  | { readonly kind: 'collect'; readonly input: LogicalNode; readonly fields: readonly Field[]; readonly at: SourcePos };
