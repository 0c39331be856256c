// Down-conversion for old Fetch versions: magic-2 batches (and v1 messages, when v0 is asked for)
// re-encoded as v0/v1 message sets. Offsets, keys, values and timestamps are kept; headers, producer
// ids and sequence numbers have no place in the old formats and are dropped; control batches and
// empty batches are left out, as Kafka does. The codec is kept unless the caller overrides it;
// zstd has no legacy form, so a zstd batch needs an explicit `compression`.
import { ProtocolError } from '../errors.ts';
import { batchesIn, type PartialBatch } from './batch.ts';
import type { CompressionCodec } from './compression.ts';
import { decodeMessage, encodeMessageSet, type LegacyMagic } from './legacy.ts';
import { decodeRecords } from './records.ts';

export interface DownConvertOptions {
  /** Codec for the converted messages (default: the source batch's). */
  compression?: CompressionCodec;
  maxDecompressedBytes?: number;
}

function codecFor(source: CompressionCodec, magic: LegacyMagic, options: DownConvertOptions): CompressionCodec {
  const codec = options.compression ?? source;
  if (codec === 'zstd') {
    throw new ProtocolError(`zstd batches cannot be down-converted to message format v${magic}; choose another codec`, { message: 'RecordBatch', field: 'attributes' }, 'COMPRESSION');
  }
  return codec;
}

/** One magic-2 batch as a v0/v1 message set (empty for control or empty batches). */
export function downConvertBatch(batch: Uint8Array, magic: LegacyMagic, options: DownConvertOptions = {}): Buffer {
  const decodeOptions = options.maxDecompressedBytes === undefined ? {} : { maxDecompressedBytes: options.maxDecompressedBytes };
  const { header, records } = decodeRecords(batch, decodeOptions);
  if (header.isControl || records.length === 0) return Buffer.alloc(0);
  return encodeMessageSet(records, {
    magic,
    compression: codecFor(header.compression, magic, options),
    timestampType: header.timestampType,
    logAppendTime: header.maxTimestamp,
  });
}

/**
 * Converts every batch in `bytes` whose magic is above `magic`; batches already at or below it are
 * copied as they are. A partial trailing batch is left out and reported.
 */
export function downConvert(bytes: Uint8Array, magic: LegacyMagic, options: DownConvertOptions = {}): { bytes: Buffer; partial: PartialBatch | null } {
  const parts: Uint8Array[] = [];
  let partial: PartialBatch | null = null;
  for (const item of batchesIn(bytes)) {
    if (item.kind === 'partial') {
      partial = item;
      break;
    }
    if (item.magic <= magic) {
      parts.push(item.bytes);
    } else if (item.magic === 2) {
      parts.push(downConvertBatch(item.bytes, magic, options));
    } else {
      const decodeOptions = options.maxDecompressedBytes === undefined ? {} : { maxDecompressedBytes: options.maxDecompressedBytes };
      const records = decodeMessage(item.bytes, 0, item.size, decodeOptions);
      const first = records[0];
      if (first === undefined) continue;
      parts.push(encodeMessageSet(records, { magic, compression: codecFor(first.compression, magic, options) }));
    }
  }
  return { bytes: Buffer.concat(parts), partial };
}
