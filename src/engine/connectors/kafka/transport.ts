// What the kafka connectors need from a Kafka cluster, one interface with two implementations:
// local.ts reads and appends to the partition logs of the broker in this process, remote.ts talks
// to any Kafka cluster over the wire. Source and sink logic sit above it, so both behave alike.
import type { CompressionCodec, RecordHeader } from '../../../protocol/records/index.ts';

/** One record as read from a partition. */
export interface FetchedRecord {
  readonly offset: bigint;
  readonly timestamp: bigint;
  readonly logAppendTime: boolean;
  /** The batch's partition leader epoch; -1 when unknown. */
  readonly leaderEpoch: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: readonly RecordHeader[];
}

export interface FetchWant {
  readonly topic: string;
  readonly partition: number;
  readonly offset: bigint;
}

export type FetchResult =
  /** `next`: where to fetch from after these records (past control batches and compacted gaps). */
  | { readonly kind: 'records'; readonly records: readonly FetchedRecord[]; readonly next: bigint }
  | { readonly kind: 'out-of-range' }
  /** The partition cannot be read right now (leader moving, topic being created): try again. */
  | { readonly kind: 'retry'; readonly reason: string };

/** One record to write. */
export interface OutRecord {
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: readonly RecordHeader[];
  /** Epoch ms; undefined: the time of writing. */
  readonly timestamp: bigint | undefined;
}

export interface Transport {
  /** For messages: 'the in-process broker' or 'the Kafka cluster at host:port'. */
  readonly description: string;
  /** Every topic name (for 'topic-pattern'). */
  topics(): Promise<string[]>;
  /** How many partitions the topic has; undefined when it does not exist (and `create`, asking for
   * it as a producer does, did not make the broker create it). */
  partitionCount(topic: string, create?: boolean): Promise<number | undefined>;
  /** First and next offset of each partition (log start and high watermark). */
  offsets(topic: string, partitions: readonly number[]): Promise<{ start: bigint; end: bigint }[]>;
  /** The first offset whose record has a timestamp ≥ `ts`, or null if none. */
  offsetForTimestamp(topic: string, partition: number, ts: bigint): Promise<bigint | null>;
  /** The group's committed offsets for the topic's partitions (null where none). */
  committed(group: string, topic: string, partitions: readonly number[]): Promise<(bigint | null)[]>;
  /** Records from each wanted position (results in the same order); waits at most `waitMs` for data. */
  fetch(wants: readonly FetchWant[], maxBytesPerPartition: number, waitMs: number): Promise<FetchResult[]>;
  /** Writes records to one partition as one batch; resolves once acknowledged. */
  produce(topic: string, partition: number, records: readonly OutRecord[], compression: CompressionCodec): Promise<void>;
  close(): Promise<void>;
}
