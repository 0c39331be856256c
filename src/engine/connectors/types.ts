// What a connector gives the runtime: a source reader for scans, a sink writer for INSERTs.
// Option names and their validation live in src/sql/catalog (done at CREATE TABLE); a connector
// reads its already-checked options. Values follow src/sql/types/values.ts.
//
// Sources are partitioned (Kafka partitions, files, generator splits): each record says which
// partition it came from, so the runtime keeps a watermark per partition and can mark a partition
// idle. The runtime polls a reader from one task; it never calls two methods at once.
import type { SharedLog } from '../../storage/index.ts';
import type { Change, Row, RowKind } from '../../sql/types/values.ts';
import type { Field, MetadataColumn } from '../../sql/plan/physical.ts';

/** What the process offers connectors: the in-process broker's log when there is one. */
export interface EngineServices {
  /** The partition logs of the broker running in this process (`weir up`), if any. */
  readonly log?: SharedLog;
  /** host:port addresses the in-process broker listens on, so the kafka connector can tell that a
   * table's `properties.bootstrap.servers` names it and read the log directly. */
  readonly localBootstrap?: readonly string[];
  /** What the in-process broker does around its log, for connectors that write to it directly. */
  readonly broker?: BrokerHooks;
}

export interface BrokerHooks {
  /** Creates a topic as auto-creation would; false when the broker does not auto-create. */
  createTopic?(name: string): boolean;
}

export interface ConnectorContext {
  /** The table as named in the script, for errors. */
  readonly table: string;
  /** The WITH options as written. */
  readonly options: ReadonlyMap<string, string>;
  /** Source: the row to produce (physical columns, then metadata). Sink: the row written. */
  readonly fields: readonly Field[];
  /** Source only: which fields are metadata columns, and their keys. */
  readonly metadata: readonly MetadataColumn[];
  /** PRIMARY KEY positions in `fields`, when declared. */
  readonly primaryKey?: readonly number[];
  /** The session time zone (`table.local-time-zone`), e.g. 'UTC'. */
  readonly timeZone: string;
  readonly services: EngineServices;
  /** The value `position()` / `snapshot()` returned at the checkpoint being restored, if any. */
  readonly restored?: unknown;
  /** Counts records skipped because they could not be decoded (formats' ignore-parse-errors). */
  skipped(count: number): void;
}

export interface SourceRecord {
  readonly partition: number;
  readonly kind: RowKind;
  readonly row: Row;
}

export interface SourceReader {
  /** The partitions this reader serves now (may grow, e.g. new Kafka partitions). */
  partitions(): readonly number[];
  /**
   * Up to `max` records. `[]` when nothing is available right now (the runtime waits a little and
   * polls again); `undefined` once a bounded input is exhausted. A record that cannot be decoded
   * fails with a WeirError naming topic/file, partition, offset/line and the reason.
   */
  poll(max: number): Promise<readonly SourceRecord[] | undefined>;
  /** The position after the last record returned, to resume from (state-codec serializable). */
  position(): unknown;
  close(): Promise<void>;
}

export interface SinkWriter {
  /** Writes changes in order. Insert-only sinks receive only +I (the planner ensures it). */
  write(changes: readonly Change[]): Promise<void>;
  /**
   * Called at each checkpoint before it completes: make everything written durable (at-least-once)
   * or prepare it for commit, and return state to keep in the checkpoint (or undefined).
   */
  checkpoint(id: number): Promise<unknown>;
  /** The checkpoint `id` completed: exactly-once sinks publish what they prepared for it. */
  committed?(id: number): Promise<void>;
  close(): Promise<void>;
}

export interface Connector {
  readonly name: string;
  /** Whether the sink accepts -U/+U/-D (upsert-kafka, print, blackhole) or only +I (kafka, filesystem). */
  readonly sinkAcceptsUpdates: boolean;
  createSource?(ctx: ConnectorContext): Promise<SourceReader>;
  createSink?(ctx: ConnectorContext): Promise<SinkWriter>;
}
