// Idempotent producer sequence rules, as pure functions (STYLE example 5): what Kafka's
// ProducerStateManager/ProducerAppendInfo decide for one batch of one producer on one partition,
// given what that producer last wrote there. The caller (ProducerStates) does the I/O.
//
// Kafka's rules (3.x/4.x, for batches sent by clients):
// - producerId -1: not idempotent, always appended.
// - A retry of one of the producer's last 5 batches (same epoch, same first and last sequence) is a
//   duplicate: acknowledged with the offsets it got the first time, not written again.
// - An epoch below the producer's current one: INVALID_PRODUCER_EPOCH (47). Since Kafka 2.7 a
//   produce request gets 47, not PRODUCER_FENCED (90), which is InitProducerId's answer to
//   transactional producers.
// - A new (higher) epoch must start at sequence 0, else OUT_OF_ORDER_SEQUENCE_NUMBER (45).
// - Within an epoch the first sequence must follow the last one (with wrap-around from int32 max
//   to 0), else OUT_OF_ORDER_SEQUENCE_NUMBER; Kafka no longer sends DUPLICATE_SEQUENCE_NUMBER (46)
//   for an old batch that fell out of the window of 5.
// - A producer the partition knows nothing of is accepted at any sequence: Kafka stopped answering
//   UNKNOWN_PRODUCER_ID (59) here (the producer's records may have been deleted by retention or
//   DeleteRecords, and refusing makes the client resend from its buffer, which creates duplicates).
// - A batch with a producer id but no sequence (-1) is INVALID_RECORD (87), as Kafka's validator says.
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { BatchHeader } from '../../protocol/records/batch.ts';

/** How many of a producer's batches per partition are remembered for duplicate detection (Kafka's 5). */
export const BATCHES_RETAINED = 5;

const INT32_MAX = 0x7fffffff;

/** One batch a producer wrote: its sequences and where it went. */
export interface BatchMetadata {
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly baseOffset: bigint;
  readonly lastOffset: bigint;
  /** The batch's max timestamp (the append time under LogAppendTime). */
  readonly timestamp: bigint;
}

/** What one partition knows of one producer. */
export interface ProducerEntry {
  readonly producerId: bigint;
  readonly epoch: number;
  /** Oldest first; at most BATCHES_RETAINED, all of `epoch`. */
  readonly batches: readonly BatchMetadata[];
  /** Broker wall-clock time of the last append (for expiry). */
  readonly lastAppendMs: number;
}

/** The header fields the rules look at. */
export type SequencedBatch = Pick<BatchHeader, 'producerId' | 'producerEpoch' | 'baseSequence' | 'lastOffsetDelta'>;

export type SequenceCheck =
  | { readonly kind: 'append' }
  | { readonly kind: 'duplicate'; readonly baseOffset: bigint; readonly lastOffset: bigint; readonly timestamp: bigint }
  | { readonly kind: 'error'; readonly errorCode: number; readonly message: string };

export const APPEND: SequenceCheck = { kind: 'append' };

/** The sequence of a batch's last record: Kafka's `incrementSequence(base, lastOffsetDelta)`, wrapping past int32 max to 0. */
export function lastSequenceOf(baseSequence: number, lastOffsetDelta: number): number {
  if (baseSequence > INT32_MAX - lastOffsetDelta) return lastOffsetDelta - (INT32_MAX - baseSequence) - 1;
  return baseSequence + lastOffsetDelta;
}

/** True when `next` is the sequence right after `last`. */
export function inSequence(last: number, next: number): boolean {
  return next === last + 1 || (next === 0 && last === INT32_MAX);
}

/** Whether `batch` from `entry`'s producer may be appended, is a retry of a batch already written, or is refused. */
export function checkSequence(entry: ProducerEntry | undefined, batch: SequencedBatch): SequenceCheck {
  const pid = batch.producerId;
  if (pid < 0n) return APPEND;
  if (batch.baseSequence < 0) {
    return { kind: 'error', errorCode: KafkaErrors.INVALID_RECORD, message: `invalid sequence number ${batch.baseSequence} in a record batch with producer id ${pid}` };
  }
  if (entry === undefined) return APPEND;
  const firstSeq = batch.baseSequence;
  const lastSeq = lastSequenceOf(firstSeq, batch.lastOffsetDelta);
  if (batch.producerEpoch === entry.epoch) {
    const dup = entry.batches.find((b) => b.firstSeq === firstSeq && b.lastSeq === lastSeq);
    if (dup !== undefined) return { kind: 'duplicate', baseOffset: dup.baseOffset, lastOffset: dup.lastOffset, timestamp: dup.timestamp };
  }
  if (batch.producerEpoch < entry.epoch) {
    return { kind: 'error', errorCode: KafkaErrors.INVALID_PRODUCER_EPOCH, message: `epoch ${batch.producerEpoch} of producer ${pid} is smaller than the last seen epoch ${entry.epoch}` };
  }
  if (batch.producerEpoch !== entry.epoch) {
    if (firstSeq === 0) return APPEND;
    return {
      kind: 'error',
      errorCode: KafkaErrors.OUT_OF_ORDER_SEQUENCE_NUMBER,
      message: `invalid sequence number for new epoch ${batch.producerEpoch} of producer ${pid}: ${firstSeq} (a new epoch starts at 0; current epoch ${entry.epoch})`,
    };
  }
  const last = entry.batches.at(-1)?.lastSeq ?? -1;
  if (inSequence(last, firstSeq)) return APPEND;
  return {
    kind: 'error',
    errorCode: KafkaErrors.OUT_OF_ORDER_SEQUENCE_NUMBER,
    message: `out of order sequence number for producer ${pid}: ${firstSeq} (incoming), ${last} (current end sequence number)`,
  };
}

/** The metadata of a batch written at `baseOffset`. */
export function batchMetadata(batch: SequencedBatch, baseOffset: bigint, timestamp: bigint): BatchMetadata {
  return {
    firstSeq: batch.baseSequence,
    lastSeq: lastSequenceOf(batch.baseSequence, batch.lastOffsetDelta),
    baseOffset,
    lastOffset: baseOffset + BigInt(batch.lastOffsetDelta),
    timestamp,
  };
}

/** The entry after `written` (of `epoch`) was appended: a new epoch starts afresh; the window keeps the last 5. */
export function withBatch(entry: ProducerEntry | undefined, producerId: bigint, epoch: number, written: BatchMetadata, now: number): ProducerEntry {
  if (entry === undefined || entry.epoch !== epoch) return { producerId, epoch, batches: [written], lastAppendMs: now };
  const batches = [...entry.batches, written];
  if (batches.length > BATCHES_RETAINED) batches.splice(0, batches.length - BATCHES_RETAINED);
  return { producerId, epoch, batches, lastAppendMs: now };
}

/**
 * The entry after a batch that is in the log: just appended, or found by the scan that rebuilds
 * state after a restart. A batch at or below the entry's newest offset is already in it (a
 * snapshot may hold batches past the offset it is valid to; see ProducerStates) and changes
 * nothing, nor does a batch of an older epoch.
 */
export function applyBatch(entry: ProducerEntry | undefined, producerId: bigint, epoch: number, written: BatchMetadata, now: number): ProducerEntry {
  if (entry !== undefined) {
    const newest = entry.batches.at(-1);
    if (newest !== undefined && written.baseOffset <= newest.lastOffset) return entry;
    if (epoch < entry.epoch) return entry;
  }
  return withBatch(entry, producerId, epoch, written, now);
}
