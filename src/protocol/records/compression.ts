// Kafka's compression codecs (the low three bits of a batch's attributes): none, gzip (node:zlib),
// snappy (xerial-framed or raw, see snappy-xerial.ts), lz4 (frame format, see lz4-frame.ts) and
// zstd (node:zlib). Decompression is always bounded: output beyond `maxBytes` (64 MiB unless the
// caller says otherwise) is refused with a ProtocolError code COMPRESSION before it is allocated,
// and corrupt input is a ProtocolError code COMPRESSION naming the codec.
import zlib from 'node:zlib';
import { asBuffer, compressionError } from './fail.ts';
import { lz4FrameCompress, lz4FrameDecompress } from './lz4-frame.ts';
import { snappyDecompress, snappyRawCompress, snappyXerialCompress } from './snappy-xerial.ts';

export type CompressionCodec = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

/** Codec ids as they appear in attributes bits 0-2. */
export const CODEC_IDS = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const satisfies Record<CompressionCodec, number>;

const CODEC_NAMES: readonly CompressionCodec[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** The codec for an attributes id, or undefined for ids Kafka does not define (5-7). */
export function codecFromId(id: number): CompressionCodec | undefined {
  return CODEC_NAMES[id];
}

export const DEFAULT_MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024;

export interface CompressOptions {
  /** gzip 1-9 (default 6); zstd 1-22 (default 3, as Kafka). Ignored by snappy and lz4. */
  level?: number;
  /** Snappy framing; 'xerial' (default) is what the Java client writes and every client reads. */
  snappyFormat?: 'xerial' | 'raw';
  /** LZ4 header checksum as Kafka 0.8 wrote it: only for message format v0. */
  lz4BrokenHeaderChecksum?: boolean;
}

export interface DecompressOptions {
  /** Refuse output larger than this (default 64 MiB). */
  maxBytes?: number;
  /** Accept Kafka 0.8's LZ4 header checksum (message format v0). */
  lz4AllowBrokenHeaderChecksum?: boolean;
}

export function compress(codec: CompressionCodec, data: Uint8Array, options: CompressOptions = {}): Buffer {
  switch (codec) {
    case 'none':
      return asBuffer(data);
    case 'gzip':
      return zlib.gzipSync(data, { level: options.level ?? 6 });
    case 'snappy':
      return options.snappyFormat === 'raw' ? snappyRawCompress(data) : snappyXerialCompress(data);
    case 'lz4':
      return lz4FrameCompress(data, { brokenHeaderChecksum: options.lz4BrokenHeaderChecksum ?? false });
    case 'zstd':
      return zlib.zstdCompressSync(data, { params: { [zlib.constants.ZSTD_c_compressionLevel]: options.level ?? 3 } });
  }
}

export function decompress(codec: CompressionCodec, data: Uint8Array, options: DecompressOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES;
  switch (codec) {
    case 'none':
      if (data.length > maxBytes) throw compressionError(codec, `data exceeds the limit of ${maxBytes} bytes`);
      return asBuffer(data);
    case 'gzip':
      return viaZlib(codec, () => zlib.gunzipSync(data, { maxOutputLength: Math.max(1, maxBytes) }), maxBytes);
    case 'zstd':
      return viaZlib(codec, () => zlib.zstdDecompressSync(data, { maxOutputLength: Math.max(1, maxBytes) }), maxBytes);
    case 'snappy':
      return snappyDecompress(data, maxBytes);
    case 'lz4':
      return lz4FrameDecompress(data, { maxBytes, allowBrokenHeaderChecksum: options.lz4AllowBrokenHeaderChecksum ?? false });
  }
}

function viaZlib(codec: CompressionCodec, run: () => Buffer, maxBytes: number): Buffer {
  let out: Buffer;
  try {
    out = run();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE') throw compressionError(codec, `decompressed data exceeds the limit of ${maxBytes} bytes`, error);
    throw compressionError(codec, `corrupt input: ${e.message}`, error);
  }
  if (out.length > maxBytes) throw compressionError(codec, `decompressed data exceeds the limit of ${maxBytes} bytes`);
  return out;
}
