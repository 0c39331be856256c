// A run of whole record batches, with each batch's position, offsets and max timestamp parsed from
// its header (records are never decoded here). Reads find the batch that holds an offset by binary
// search. The run's bytes are pieces that each hold whole batches: one piece when the run was read
// from an object, one per batch when it was kept in memory as it was uploaded (the batches as they
// were produced, never joined). Slices of a run are lists of buffers, written out without copying.
import { validateBatch, BATCH_HEADER_SIZE } from '../../protocol/records/index.ts';
import { WeirError } from '../../util/errors.ts';
import type { HotBatch } from './stream.ts';

/** A kept batch under 1/SHARE_TO_COPY of its buffer is copied rather than keeping the buffer. */
const SHARE_TO_COPY = 8;

export interface BatchRun {
  /** The run's bytes in order, in pieces that each hold whole batches. */
  readonly pieces: readonly Buffer[];
  /** Start position of each piece in the run, plus the run's size at the end. */
  readonly pieceStarts: readonly number[];
  /** Start position of each batch in the run, plus the run's size at the end. */
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
  return { pieces: [data], pieceStarts: [0, data.length], positions, baseOffsets, lastOffsets, maxTimestamps };
}

/**
 * A run of batches that were checked when they were appended (no CRC pass). A batch is kept as it is,
 * one piece, unless it is a small part of a larger buffer (a small produce request read with others in
 * one socket chunk): such batches are copied, neighbours together, so that keeping them does not keep
 * the whole buffer.
 */
export function runOfBatches(batches: readonly HotBatch[]): BatchRun {
  const positions: number[] = [0];
  const pieces: Buffer[] = [];
  const pieceStarts: number[] = [];
  let small: Buffer[] = [];
  const flushSmall = (): void => {
    if (small.length === 0) return;
    pieceStarts.push(positions[positions.length - 1 - small.length]!);
    // A buffer of its own (not a slice of Node's shared pool, which the cache would then keep).
    const joined = Buffer.allocUnsafeSlow(small.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of small) at += b.copy(joined, at);
    pieces.push(joined);
    small = [];
  };
  for (const b of batches) {
    if (b.bytes.length * SHARE_TO_COPY < b.bytes.buffer.byteLength) small.push(b.bytes);
    else {
      flushSmall();
      pieceStarts.push(positions[positions.length - 1]!);
      pieces.push(b.bytes);
    }
    positions.push(positions[positions.length - 1]! + b.bytes.length);
  }
  flushSmall();
  pieceStarts.push(positions[positions.length - 1]!);
  return {
    pieces,
    pieceStarts,
    positions,
    baseOffsets: batches.map((b) => b.baseOffset),
    lastOffsets: batches.map((b) => b.lastOffset),
    maxTimestamps: batches.map((b) => b.maxTimestamp),
  };
}

/** Bytes the run holds. */
export function runSize(run: BatchRun): number {
  return run.positions[run.positions.length - 1]!;
}

/** Index of the piece that holds position `at` of the run. */
function pieceAt(run: BatchRun, at: number): number {
  let lo = 0;
  let hi = run.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (run.pieceStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Bytes `start` to `end` of the run, as views of its pieces (no copy). */
function bytesOf(run: BatchRun, start: number, end: number): Buffer[] {
  const out: Buffer[] = [];
  for (let k = pieceAt(run, start); start < end; k++) {
    const base = run.pieceStarts[k]!;
    const stop = Math.min(end, run.pieceStarts[k + 1]!);
    out.push(run.pieces[k]!.subarray(start - base, stop - base));
    start = stop;
  }
  return out;
}

/** Batch `i` of the run (a view; a batch never spans pieces). */
export function batchBytes(run: BatchRun, i: number): Buffer {
  return bytesOf(run, run.positions[i]!, run.positions[i + 1]!)[0]!;
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

/** Whole batches from batch `first` on, up to `maxBytes` (always at least one batch), as views. */
export function sliceRun(run: BatchRun, first: number, maxBytes: number): Buffer[] {
  const start = run.positions[first]!;
  let end = run.positions[first + 1]!;
  for (let i = first + 1; i < run.positions.length - 1; i++) {
    const next = run.positions[i + 1]!;
    if (next - start > maxBytes) break;
    end = next;
  }
  return bytesOf(run, start, end);
}

