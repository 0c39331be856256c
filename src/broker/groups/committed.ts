// Committed offsets in the metadata store: writing a commit (all partitions of a request in one
// transaction), reading them back, deleting some. Which commits and deletions are allowed is decided
// in offsets.ts from the group's state; this only checks topics, partitions and metadata size.
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { SharedLog } from '../../storage/index.ts';

/** Kafka's offset.metadata.max.bytes default: longer commit metadata is refused. */
export const OFFSET_METADATA_MAX_BYTES = 4096;

export interface CommitPartition {
  readonly partitionIndex: number;
  readonly committedOffset: bigint;
  readonly committedLeaderEpoch: number;
  readonly committedMetadata: string | null;
}

export interface CommittedPartition {
  readonly partitionIndex: number;
  readonly committedOffset: bigint;
  readonly committedLeaderEpoch: number;
  readonly metadata: string | null;
  readonly errorCode: number;
}

export interface PartitionErrors {
  readonly name: string;
  readonly partitions: { partitionIndex: number; errorCode: number }[];
}

const exists = (log: SharedLog, topic: string, partition: number): boolean => {
  const t = log.topic(topic);
  return t !== undefined && partition >= 0 && partition < t.partitions;
};

/** Stores the partitions that pass (`groupError` 0, known partition, metadata not too long); returns each one's error. */
export function writeCommits(log: SharedLog, groupId: string, groupError: number, topics: readonly { name: string; partitions: readonly CommitPartition[] }[], now = Date.now()): PartitionErrors[] {
  const checked = topics.map((t) => ({
    name: t.name,
    partitions: t.partitions.map((p) => {
      let errorCode = groupError;
      if (errorCode === 0 && !exists(log, t.name, p.partitionIndex)) errorCode = KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION;
      else if (errorCode === 0 && p.committedMetadata !== null && Buffer.byteLength(p.committedMetadata) > OFFSET_METADATA_MAX_BYTES) errorCode = KafkaErrors.OFFSET_METADATA_TOO_LARGE;
      return { p, errorCode };
    }),
  }));
  const meta = log.meta;
  meta.transaction(() => {
    for (const t of checked) {
      for (const { p, errorCode } of t.partitions) {
        // Kafka keeps a null metadata string as the empty string.
        if (errorCode === 0) meta.commitOffset(groupId, t.name, p.partitionIndex, p.committedOffset, p.committedLeaderEpoch, p.committedMetadata ?? '', now);
      }
    }
  });
  return checked.map((t) => ({ name: t.name, partitions: t.partitions.map(({ p, errorCode }) => ({ partitionIndex: p.partitionIndex, errorCode })) }));
}

/** Of the partitions asked for (offset -1 where none is committed), or every committed one when `topics` is null. */
export function readCommitted(log: SharedLog, groupId: string, topics: readonly { name: string; partitionIndexes: readonly number[] }[] | null): { name: string; partitions: CommittedPartition[] }[] {
  const committed = log.meta.committedOffsets(groupId);
  const entry = (c: (typeof committed)[number]): CommittedPartition => ({ partitionIndex: c.partition, committedOffset: c.offset, committedLeaderEpoch: c.leaderEpoch, metadata: c.metadata ?? '', errorCode: 0 });
  if (topics === null) {
    const byTopic = new Map<string, CommittedPartition[]>();
    for (const c of committed) {
      let list = byTopic.get(c.topic);
      if (list === undefined) byTopic.set(c.topic, (list = []));
      list.push(entry(c));
    }
    return [...byTopic].map(([name, partitions]) => ({ name, partitions }));
  }
  const index = new Map(committed.map((c) => [`${c.topic}\u0000${c.partition}`, c]));
  return topics.map((t) => ({
    name: t.name,
    partitions: t.partitionIndexes.map((p) => {
      const c = index.get(`${t.name}\u0000${p}`);
      return c !== undefined ? entry(c) : { partitionIndex: p, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 };
    }),
  }));
}

/** The distinct topics of a request that exist (the others' partitions get UNKNOWN_TOPIC_OR_PARTITION). */
export function knownTopics(log: SharedLog, topics: readonly { name: string }[]): string[] {
  return [...new Set(topics.map((t) => t.name).filter((n) => log.topic(n) !== undefined))];
}

/** Deletes the partitions whose topic may go (error 0 in `topicErrors`) in one transaction; returns each one's error. */
export function deleteCommitted(log: SharedLog, groupId: string, topicErrors: ReadonlyMap<string, number>, topics: readonly { name: string; partitions: readonly number[] }[]): PartitionErrors[] {
  const out = topics.map((t) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({ partitionIndex: p, errorCode: exists(log, t.name, p) ? (topicErrors.get(t.name) ?? 0) : KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION })),
  }));
  const meta = log.meta;
  meta.transaction(() => {
    for (const t of out) for (const p of t.partitions) if (p.errorCode === 0) meta.deleteOffsets(groupId, t.name, p.partitionIndex);
  });
  return out;
}

export function hasCommitted(log: SharedLog, groupId: string): boolean {
  return log.meta.committedOffsets(groupId).length > 0;
}
