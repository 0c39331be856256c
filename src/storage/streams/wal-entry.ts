// What the log writes into one WAL record: the batches of one group commit, each tagged with its
// stream.   u32 count, then per batch: u32 streamId, u32 length, the batch (its base offset set).
import { WeirError } from '../../util/errors.ts';

export interface WalBatch {
  readonly streamId: number;
  readonly batch: Buffer;
}

/** The record as chunks for the WAL's writev; batches are referenced, not copied. */
export function encodeWalEntry(batches: readonly WalBatch[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const count = Buffer.alloc(4);
  count.writeUInt32BE(batches.length);
  chunks.push(count);
  for (const b of batches) {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(b.streamId, 0);
    head.writeUInt32BE(b.batch.length, 4);
    chunks.push(head, b.batch);
  }
  return chunks;
}

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
