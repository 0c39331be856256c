// A run of whole record batches in one buffer, with each batch's position, offsets and max
// timestamp parsed from its header (records are never decoded here). Reads find the batch that
// holds an offset by binary search.
import { validateBatch, BATCH_HEADER_SIZE } from '../../protocol/records/index.ts';
import { WeirError } from '../../util/errors.ts';

export interface BatchRun {
  readonly data: Buffer;
  /** Start position of each batch in `data`, plus `data.length` at the end. */
  readonly positions: readonly number[];
  readonly baseOffsets: readonly bigint[];
  readonly lastOffsets: readonly bigint[];
  readonly maxTimestamps: readonly bigint[];
}

/** Parses batch boundaries, checking each batch's CRC; `where` names the source in errors. */
export function batchesOf(data: Buffer, where: string): BatchRun {
  const positions: number[] = [];
  const baseOffsets: bigint[] = [];
  const lastOffsets: bigint[] = [];
  const maxTimestamps: bigint[] = [];
  let at = 0;
  while (at < data.length) {
    if (data.length - at < BATCH_HEADER_SIZE) throw new WeirError('OBJECT_CORRUPT', `${where}: ${data.length - at} stray bytes after the last batch`, { where });
    let header;
    try {
      header = validateBatch(data, at);
    } catch (cause) {
      throw new WeirError('OBJECT_CORRUPT', `${where}: record batch at byte ${at} is corrupt: ${(cause as Error).message}`, { where, cause });
    }
    positions.push(at);
    baseOffsets.push(header.baseOffset);
    lastOffsets.push(header.baseOffset + BigInt(header.lastOffsetDelta));
    maxTimestamps.push(header.maxTimestamp);
    at += header.batchLength + 12;
  }
  positions.push(data.length);
  return { data, positions, baseOffsets, lastOffsets, maxTimestamps };
}

/** Index of the first batch whose last offset is at or after `offset`, or -1 if none. */
export function batchIndexFor(run: BatchRun, offset: bigint): number {
  let lo = 0;
  let hi = run.lastOffsets.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (run.lastOffsets[mid]! >= offset) {
      found = mid;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return found;
}

/** Whole batches from batch `first` on, up to `maxBytes` (always at least one batch). */
export function sliceRun(run: BatchRun, first: number, maxBytes: number): Buffer {
  const start = run.positions[first]!;
  let end = run.positions[first + 1]!;
  for (let i = first + 1; i < run.positions.length - 1; i++) {
    const next = run.positions[i + 1]!;
    if (next - start > maxBytes) break;
    end = next;
  }
  return run.data.subarray(start, end);
}

