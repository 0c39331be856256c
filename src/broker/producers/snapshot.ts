// A partition's producer state as saved in the metadata store's meta table, one JSON value per
// stream under `producers.<streamId>`: the offset below which the state covers every batch of the
// log (`offset`), and each producer's epoch, last append time and last 5 batches. After a restart
// the state is this snapshot plus a scan of the batch headers from `offset` to the log's end.
//
// Why not the `producers` table: it keeps only a producer's last batch and last offset (not the 5
// batches, nor their base offsets) and cannot delete a producer, and the offset the snapshot is
// valid to has to be written in the same transaction anyway. See the reply to issue 4 for the
// schema this would move to.
import { WeirError } from '../../util/errors.ts';
import type { BatchMetadata, ProducerEntry } from './sequence.ts';

export interface ProducerSnapshot {
  /** Every batch below this offset is reflected in `producers`. */
  readonly offset: bigint;
  readonly producers: readonly ProducerEntry[];
}

/** The meta-table key of a stream's snapshot. */
export function snapshotKey(streamId: number): string {
  return `producers.${streamId}`;
}

type BatchJson = [firstSeq: number, lastSeq: number, baseOffset: string, lastOffset: string, timestamp: string];

interface SnapshotJson {
  v: 1;
  offset: string;
  producers: { id: string; epoch: number; lastAppendMs: number; batches: BatchJson[] }[];
}

export function encodeSnapshot(s: ProducerSnapshot): string {
  const json: SnapshotJson = {
    v: 1,
    offset: s.offset.toString(),
    producers: s.producers.map((p) => ({
      id: p.producerId.toString(),
      epoch: p.epoch,
      lastAppendMs: p.lastAppendMs,
      batches: p.batches.map((b) => [b.firstSeq, b.lastSeq, b.baseOffset.toString(), b.lastOffset.toString(), b.timestamp.toString()]),
    })),
  };
  return JSON.stringify(json);
}

export function decodeSnapshot(text: string, where: string): ProducerSnapshot {
  try {
    const json = JSON.parse(text) as SnapshotJson;
    if (json.v !== 1) throw new Error(`version ${String(json.v)} is not 1`);
    return {
      offset: BigInt(json.offset),
      producers: json.producers.map((p) => ({
        producerId: BigInt(p.id),
        epoch: p.epoch,
        lastAppendMs: p.lastAppendMs,
        batches: p.batches.map(([firstSeq, lastSeq, baseOffset, lastOffset, timestamp]): BatchMetadata => ({
          firstSeq,
          lastSeq,
          baseOffset: BigInt(baseOffset),
          lastOffset: BigInt(lastOffset),
          timestamp: BigInt(timestamp),
        })),
      })),
    };
  } catch (cause) {
    throw new WeirError('INTERNAL', `${where}: the saved idempotent producer state cannot be read: ${(cause as Error).message}`, { where, cause });
  }
}
