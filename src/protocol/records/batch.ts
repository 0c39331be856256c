// Record batch framing, magic 2 (Kafka's "v2" message format), without touching the records: the
// 61-byte header, splitting a byte range into whole batches, cheap validation, and in-place header
// rewrites. This is the broker's hot path, so nothing here decodes records or decompresses.
//
//   0 baseOffset int64        21 attributes int16          43 producerId int64
//   8 batchLength int32       23 lastOffsetDelta int32     51 producerEpoch int16
//  12 partitionLeaderEpoch    27 baseTimestamp int64       53 baseSequence int32
//  16 magic int8              35 maxTimestamp int64        57 recordCount int32
//  17 crc uint32 (CRC32C over byte 21 to the end)          61 records…
//
// baseOffset, batchLength and partitionLeaderEpoch are outside the CRC, so the broker can assign
// offsets and stamp the leader epoch without recomputing it. Every format (v0, v1, v2) starts with
// an int64 offset and an int32 length and keeps its magic byte at offset 16, which lets the
// splitter walk legacy message sets too.
import { crc32c } from '@node-rs/crc32';
import { codecFromId, type CompressionCodec } from './compression.ts';
import { corrupt } from './fail.ts';

export const BATCH_HEADER_SIZE = 61;
/** The int64 offset + int32 length that precede every batch or legacy message. */
export const LOG_OVERHEAD = 12;
/** The smallest legacy message after LOG_OVERHEAD: crc, magic, attributes, key and value lengths. */
const MIN_LEGACY_MESSAGE = 14;
const CRC_START = 21;

export const BatchOffsets = {
  baseOffset: 0,
  batchLength: 8,
  partitionLeaderEpoch: 12,
  magic: 16,
  crc: 17,
  attributes: 21,
  lastOffsetDelta: 23,
  baseTimestamp: 27,
  maxTimestamp: 35,
  producerId: 43,
  producerEpoch: 51,
  baseSequence: 53,
  recordCount: 57,
} as const;

export const BatchAttributes = {
  compressionMask: 0x07,
  logAppendTime: 0x08,
  transactional: 0x10,
  control: 0x20,
  deleteHorizon: 0x40,
} as const;

export type TimestampType = 'create' | 'log-append';

export interface BatchHeader {
  baseOffset: bigint;
  /** Bytes after the batchLength field; the whole batch is `LOG_OVERHEAD + batchLength`. */
  batchLength: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  compression: CompressionCodec;
  timestampType: TimestampType;
  isTransactional: boolean;
  isControl: boolean;
  /** When set, baseTimestamp holds the delete horizon (log compaction of tombstones). */
  hasDeleteHorizonMs: boolean;
  lastOffsetDelta: number;
  baseTimestamp: bigint;
  maxTimestamp: bigint;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  recordCount: number;
}

const MSG = 'RecordBatch';

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The header of the magic-2 batch at `at`; reads 61 bytes and nothing else (no CRC check). */
export function readBatchHeader(bytes: Uint8Array, at = 0): BatchHeader {
  if (bytes.length - at < BATCH_HEADER_SIZE) {
    throw corrupt(MSG, 'header', at, `needs ${BATCH_HEADER_SIZE} bytes but ${Math.max(0, bytes.length - at)} remain`);
  }
  const v = viewOf(bytes);
  const magic = v.getInt8(at + 16);
  if (magic !== 2) throw corrupt(MSG, 'magic', at + 16, `magic ${magic} is not a v2 record batch`);
  const attributes = v.getInt16(at + 21);
  const compression = codecFromId(attributes & BatchAttributes.compressionMask);
  if (compression === undefined) throw corrupt(MSG, 'attributes', at + 21, `unknown compression codec ${attributes & 7}`);
  return {
    baseOffset: v.getBigInt64(at),
    batchLength: v.getInt32(at + 8),
    partitionLeaderEpoch: v.getInt32(at + 12),
    magic,
    crc: v.getUint32(at + 17),
    attributes,
    compression,
    timestampType: (attributes & BatchAttributes.logAppendTime) !== 0 ? 'log-append' : 'create',
    isTransactional: (attributes & BatchAttributes.transactional) !== 0,
    isControl: (attributes & BatchAttributes.control) !== 0,
    hasDeleteHorizonMs: (attributes & BatchAttributes.deleteHorizon) !== 0,
    lastOffsetDelta: v.getInt32(at + 23),
    baseTimestamp: v.getBigInt64(at + 27),
    maxTimestamp: v.getBigInt64(at + 35),
    producerId: v.getBigInt64(at + 43),
    producerEpoch: v.getInt16(at + 51),
    baseSequence: v.getInt32(at + 53),
    recordCount: v.getInt32(at + 57),
  };
}

/** The offset of the batch's last record (baseOffset + lastOffsetDelta). */
export function lastOffsetOf(header: Pick<BatchHeader, 'baseOffset' | 'lastOffsetDelta'>): bigint {
  return header.baseOffset + BigInt(header.lastOffsetDelta);
}

/**
 * The total size of the batch (or legacy message) at `at`, from its length prefix; null when the
 * 12-byte prefix is not all there. A length too small for any format is corrupt.
 */
export function batchSizeAt(bytes: Uint8Array, at = 0): number | null {
  if (bytes.length - at < LOG_OVERHEAD) return null;
  const length = viewOf(bytes).getInt32(at + 8);
  if (length < MIN_LEGACY_MESSAGE) throw corrupt(MSG, 'batchLength', at + 8, `length ${length} is smaller than any record batch or message`);
  return LOG_OVERHEAD + length;
}

export interface BatchSlice {
  kind: 'batch';
  /** Position of the batch in the input. */
  at: number;
  size: number;
  magic: number;
  /** The batch's bytes (a view, not a copy). */
  bytes: Uint8Array;
}

/** A batch cut short by the end of the input (normal at the end of a Fetch response). */
export interface PartialBatch {
  kind: 'partial';
  at: number;
  /** Bytes of it that are present. */
  available: number;
  /** Its full size, when the length prefix is present. */
  size: number | null;
}

/** The whole batches in `bytes[start, end)`, then a `partial` item if the input ends inside one. */
export function* batchesIn(bytes: Uint8Array, start = 0, end = bytes.length): Generator<BatchSlice | PartialBatch> {
  const range = start === 0 && end === bytes.length ? bytes : bytes.subarray(0, end);
  let at = start;
  while (at < end) {
    const size = batchSizeAt(range, at);
    if (size === null || size > end - at) {
      yield { kind: 'partial', at, available: end - at, size };
      return;
    }
    yield { kind: 'batch', at, size, magic: range[at + 16]! << 24 >> 24, bytes: range.subarray(at, at + size) };
    at += size;
  }
}

/** `batchesIn` gathered: the whole batches, and the partial one at the end if any. */
export function splitBatches(bytes: Uint8Array, start = 0, end = bytes.length): { batches: BatchSlice[]; partial: PartialBatch | null } {
  const batches: BatchSlice[] = [];
  let partial: PartialBatch | null = null;
  for (const item of batchesIn(bytes, start, end)) {
    if (item.kind === 'batch') batches.push(item);
    else partial = item;
  }
  return { batches, partial };
}

/** CRC32C over the batch's attributes to its end, as the crc field should hold. */
export function computeBatchCrc(bytes: Uint8Array, at = 0, size = LOG_OVERHEAD + viewOf(bytes).getInt32(at + 8)): number {
  return crc32c(bytes.subarray(at + CRC_START, at + size)) >>> 0;
}

/**
 * Checks the magic-2 batch at `at` without decoding records: length against the bytes present,
 * magic, CRC32C, codec, record count and last offset delta. Returns its header. Errors are
 * ProtocolError code RECORD_CORRUPT naming the field and its byte offset.
 */
export function validateBatch(bytes: Uint8Array, at = 0): BatchHeader {
  const available = bytes.length - at;
  if (available < LOG_OVERHEAD) throw corrupt(MSG, 'batchLength', at, `needs ${LOG_OVERHEAD} bytes but ${Math.max(0, available)} remain`);
  const v = viewOf(bytes);
  if (available > 16 && bytes[at + 16] !== 2) throw corrupt(MSG, 'magic', at + 16, `magic ${v.getInt8(at + 16)} is not a v2 record batch`);
  const length = v.getInt32(at + 8);
  if (length < BATCH_HEADER_SIZE - LOG_OVERHEAD) {
    throw corrupt(MSG, 'batchLength', at + 8, `length ${length} is smaller than the ${BATCH_HEADER_SIZE - LOG_OVERHEAD}-byte header`);
  }
  if (length > available - LOG_OVERHEAD) {
    throw corrupt(MSG, 'batchLength', at + 8, `length ${length} runs past the ${available - LOG_OVERHEAD} bytes present`);
  }
  const stored = v.getUint32(at + 17);
  const crc = computeBatchCrc(bytes, at, LOG_OVERHEAD + length);
  if (crc !== stored) {
    throw corrupt(MSG, 'crc', at + 17, `CRC32C 0x${stored.toString(16).padStart(8, '0')} does not match the computed 0x${crc.toString(16).padStart(8, '0')}`);
  }
  const header = readBatchHeader(bytes, at);
  if (header.recordCount < 0) throw corrupt(MSG, 'recordCount', at + 57, `negative record count ${header.recordCount}`);
  if (header.lastOffsetDelta < 0) throw corrupt(MSG, 'lastOffsetDelta', at + 23, `negative last offset delta ${header.lastOffsetDelta}`);
  if (header.recordCount > 0 && header.lastOffsetDelta < header.recordCount - 1) {
    throw corrupt(MSG, 'lastOffsetDelta', at + 23, `last offset delta ${header.lastOffsetDelta} cannot hold ${header.recordCount} records`);
  }
  // Every uncompressed record takes at least 7 bytes (length, attributes, two deltas, key, value, header count).
  if (header.compression === 'none' && header.recordCount > (length - (BATCH_HEADER_SIZE - LOG_OVERHEAD)) / 7) {
    throw corrupt(MSG, 'recordCount', at + 57, `${header.recordCount} records cannot fit in ${length - (BATCH_HEADER_SIZE - LOG_OVERHEAD)} bytes`);
  }
  return header;
}

function requireWholeBatch(bytes: Uint8Array, at: number, field: string): number {
  const size = batchSizeAt(bytes, at);
  if (size === null || size > bytes.length - at || size < BATCH_HEADER_SIZE) {
    throw corrupt(MSG, field, at, 'the bytes do not hold a whole record batch');
  }
  if (bytes[at + 16] !== 2) throw corrupt(MSG, 'magic', at + 16, `magic ${bytes[at + 16]} is not a v2 record batch`);
  return size;
}

/** Rewrites baseOffset in place. It is outside the CRC, so nothing else changes. */
export function setBaseOffset(bytes: Uint8Array, offset: bigint, at = 0): void {
  if (bytes.length - at < BATCH_HEADER_SIZE) throw corrupt(MSG, 'baseOffset', at, 'the bytes do not hold a batch header');
  viewOf(bytes).setBigInt64(at, offset);
}

/** Rewrites partitionLeaderEpoch in place. It is outside the CRC, so nothing else changes. */
export function setPartitionLeaderEpoch(bytes: Uint8Array, epoch: number, at = 0): void {
  if (bytes.length - at < BATCH_HEADER_SIZE) throw corrupt(MSG, 'partitionLeaderEpoch', at, 'the bytes do not hold a batch header');
  viewOf(bytes).setInt32(at + 12, epoch);
}

/**
 * Sets the timestamp type and maxTimestamp in place and recomputes the CRC (records untouched).
 * For LogAppendTime the broker stamps its clock here; readers then give every record this time.
 */
export function setMaxTimestamp(bytes: Uint8Array, timestampType: TimestampType, maxTimestamp: bigint, at = 0): void {
  const size = requireWholeBatch(bytes, at, 'maxTimestamp');
  const v = viewOf(bytes);
  const attributes = v.getInt16(at + 21);
  const next = timestampType === 'log-append' ? attributes | BatchAttributes.logAppendTime : attributes & ~BatchAttributes.logAppendTime;
  v.setInt16(at + 21, next);
  v.setBigInt64(at + 35, maxTimestamp);
  v.setUint32(at + 17, computeBatchCrc(bytes, at, size));
}

/** LogAppendTime: sets the attribute bit and maxTimestamp = `timestamp`, recomputing the CRC. */
export function setLogAppendTime(bytes: Uint8Array, timestamp: bigint, at = 0): void {
  setMaxTimestamp(bytes, 'log-append', timestamp, at);
}
