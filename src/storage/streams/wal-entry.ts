// What the log writes into one WAL record: the batches of one group commit, each tagged with its
// stream.   u32 count, then per batch: u32 streamId, u32 length, the batch (its base offset set).
import { WeirError } from '../../util/errors.ts';

export interface WalBatch {
  readonly streamId: number;
  readonly batch: Buffer;
}

/**
 * The record as chunks for the WAL's writev (batches referenced, not copied). The batches must be
 * magic 2 with a correct CRC field (validated on the way in, or recomputed after a change): each
 * batch's CRC-covered part (from byte 21, its attributes, to its end) is a chunk of its own whose
 * CRC32C is that field, so the WAL checksums the record without reading the batches again.
 */
export function encodeWalEntry(batches: readonly WalBatch[]): { parts: Uint8Array[]; knownCrcs: (number | undefined)[] } {
  const parts: Uint8Array[] = [];
  const knownCrcs: (number | undefined)[] = [];
  const count = Buffer.alloc(4);
  count.writeUInt32BE(batches.length);
  parts.push(count);
  knownCrcs.push(undefined);
  for (const b of batches) {
    if (b.batch.length < KAFKA_CRC_START) throw new WeirError('RECORD_CORRUPT', `a batch of ${b.batch.length} bytes is too short to be a record batch`, { where: `stream ${b.streamId}` });
    const head = Buffer.allocUnsafe(8 + KAFKA_CRC_START);
    head.writeUInt32BE(b.streamId, 0);
    head.writeUInt32BE(b.batch.length, 4);
    b.batch.copy(head, 8, 0, KAFKA_CRC_START);
    parts.push(head, b.batch.subarray(KAFKA_CRC_START));
    knownCrcs.push(undefined, b.batch.readUInt32BE(KAFKA_CRC_FIELD));
  }
  return { parts, knownCrcs };
}

/** Where a magic-2 batch's CRC field is, and where the bytes it covers start. */
const KAFKA_CRC_FIELD = 17;
const KAFKA_CRC_START = 21;

export function decodeWalEntry(payload: Buffer, where: string): WalBatch[] {
  const out: WalBatch[] = [];
  if (payload.length < 4) throw new WeirError('WAL_CORRUPT', `WAL record at ${where} is too short to hold a batch count`, { where });
  const count = payload.readUInt32BE(0);
  let at = 4;
  for (let i = 0; i < count; i++) {
    if (payload.length - at < 8) throw new WeirError('WAL_CORRUPT', `WAL record at ${where}: batch ${i} header runs past the record`, { where });
    const streamId = payload.readUInt32BE(at);
    const length = payload.readUInt32BE(at + 4);
    at += 8;
    if (payload.length - at < length) throw new WeirError('WAL_CORRUPT', `WAL record at ${where}: batch ${i} runs past the record`, { where });
    out.push({ streamId, batch: payload.subarray(at, at + length) });
    at += length;
  }
  return out;
}
