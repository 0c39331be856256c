// The LZ4 frame format (magic 0x184D2204, FLG/BD descriptor, header checksum, blocks, end mark,
// optional block and content checksums), wrapped around lz4-napi's block codec. lz4-napi's
// `compressSync`/`uncompressSync` speak the raw block format with a 4-byte little-endian size in
// front; its own frame functions cannot bound their output, so the frame layer is done here.
//
// Kafka specifics: the Java producer writes FLG 0x60 (version 1, independent blocks) and BD 0x40
// (64 KiB blocks); Kafka 0.8 clients (message format v0) computed the header checksum over the magic
// number as well as the descriptor, which decoders for v0 must tolerate (`allowBrokenHeaderChecksum`).
// Linked (dependent) blocks, content size, concatenated and skippable frames are also decoded.
import { compressSync, uncompressSync } from 'lz4-napi';
import { asBuffer, compressionError } from './fail.ts';
import { xxhash32 } from './xxhash32.ts';

export const LZ4_FRAME_MAGIC = 0x184d2204;
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;
const UNCOMPRESSED_BIT = 0x80000000;
const WINDOW = 64 * 1024;

export type Lz4BlockSize = 65536 | 262144 | 1048576 | 4194304;

export interface Lz4CompressOptions {
  /** Largest uncompressed block; Kafka's Java producer uses 64 KiB. */
  blockSize?: Lz4BlockSize;
  blockChecksum?: boolean;
  contentChecksum?: boolean;
  /** Write the header checksum the way Kafka 0.8 did (over magic + descriptor), for message format v0. */
  brokenHeaderChecksum?: boolean;
}

export interface Lz4DecompressOptions {
  /** Refuse to produce more than this many bytes. */
  maxBytes: number;
  /** Also accept Kafka 0.8's header checksum (computed over the magic number too). */
  allowBrokenHeaderChecksum?: boolean;
}

function fail(reason: string, cause?: unknown): Error {
  return compressionError('lz4', reason, cause);
}

function headerChecksum(bytes: Uint8Array, start: number, end: number): number {
  return (xxhash32(bytes, 0, start, end) >>> 8) & 0xff;
}

export function lz4FrameCompress(data: Uint8Array, options: Lz4CompressOptions = {}): Buffer {
  const blockSize = options.blockSize ?? 65536;
  const bdCode = Math.log2(blockSize) / 2 - 4;
  if (![4, 5, 6, 7].includes(bdCode)) throw fail(`block size ${blockSize} is not one of 64 KiB, 256 KiB, 1 MiB, 4 MiB`);
  const blockChecksum = options.blockChecksum ?? false;
  const contentChecksum = options.contentChecksum ?? false;
  const header = Buffer.alloc(7);
  header.writeUInt32LE(LZ4_FRAME_MAGIC, 0);
  header[4] = 0x40 | 0x20 | (blockChecksum ? 0x10 : 0) | (contentChecksum ? 0x04 : 0);
  header[5] = bdCode << 4;
  header[6] = options.brokenHeaderChecksum === true ? headerChecksum(header, 0, 6) : headerChecksum(header, 4, 6);
  const parts: Buffer[] = [header];
  const input = asBuffer(data);
  for (let p = 0; p < input.length; p += blockSize) {
    const chunk = input.subarray(p, Math.min(p + blockSize, input.length));
    const packed = compressSync(chunk).subarray(4);
    const stored = packed.length < chunk.length ? packed : chunk;
    const size = Buffer.alloc(4);
    size.writeUInt32LE(stored === chunk ? (chunk.length | UNCOMPRESSED_BIT) >>> 0 : stored.length, 0);
    parts.push(size, stored);
    if (blockChecksum) {
      const sum = Buffer.alloc(4);
      sum.writeUInt32LE(xxhash32(stored), 0);
      parts.push(sum);
    }
  }
  const tail = Buffer.alloc(contentChecksum ? 8 : 4);
  if (contentChecksum) tail.writeUInt32LE(xxhash32(input), 4);
  parts.push(tail);
  return Buffer.concat(parts);
}

export function lz4FrameDecompress(data: Uint8Array, options: Lz4DecompressOptions): Buffer {
  const input = asBuffer(data);
  const out: Buffer[] = [];
  const produced = { bytes: 0 };
  let p = 0;
  if (input.length < 4) throw fail('input is shorter than the frame magic number');
  while (p < input.length) {
    if (input.length - p < 4) throw fail(`${input.length - p} trailing bytes after the frame`);
    const magic = input.readUInt32LE(p);
    if (((magic & SKIPPABLE_MASK) >>> 0) === SKIPPABLE_MAGIC) {
      if (input.length - p < 8) throw fail('skippable frame is truncated');
      p += 8 + input.readUInt32LE(p + 4);
      if (p > input.length) throw fail('skippable frame is truncated');
      continue;
    }
    if (magic !== LZ4_FRAME_MAGIC) throw fail(`bad frame magic 0x${magic.toString(16)} at byte ${p}`);
    p = decodeFrame(input, p, options, out, produced);
  }
  return out.length === 1 ? out[0]! : Buffer.concat(out, produced.bytes);
}

/** Decodes one frame starting at its magic number; returns the position after it. */
function decodeFrame(input: Buffer, start: number, options: Lz4DecompressOptions, out: Buffer[], produced: { bytes: number }): number {
  let p = start + 4;
  if (input.length - p < 3) throw fail('frame descriptor is truncated');
  const flg = input[p]!;
  const bd = input[p + 1]!;
  if (flg >>> 6 !== 1) throw fail(`unsupported frame version ${flg >>> 6}`);
  if ((flg & 0x02) !== 0 || (bd & 0x8f) !== 0) throw fail('reserved bits are set in the frame descriptor');
  const independent = (flg & 0x20) !== 0;
  const hasBlockChecksum = (flg & 0x10) !== 0;
  const hasContentSize = (flg & 0x08) !== 0;
  const hasContentChecksum = (flg & 0x04) !== 0;
  if ((flg & 0x01) !== 0) throw fail('frames that need a dictionary are not supported');
  const bdCode = (bd >>> 4) & 0x07;
  if (bdCode < 4) throw fail(`invalid block maximum size code ${bdCode}`);
  const maxBlock = 1 << (2 * bdCode + 8);
  const descriptorEnd = p + 2 + (hasContentSize ? 8 : 0);
  if (input.length < descriptorEnd + 1) throw fail('frame descriptor is truncated');
  let contentSize: number | null = null;
  if (hasContentSize) {
    const size = input.readBigUInt64LE(p + 2);
    if (size > BigInt(options.maxBytes - produced.bytes)) throw fail(`frame declares ${size} bytes, over the limit of ${options.maxBytes}`);
    contentSize = Number(size);
  }
  const hc = input[descriptorEnd]!;
  if (hc !== headerChecksum(input, p, descriptorEnd)) {
    const legacy = options.allowBrokenHeaderChecksum === true && hc === headerChecksum(input, start, descriptorEnd);
    if (!legacy) throw fail('frame header checksum does not match');
  }
  p = descriptorEnd + 1;
  const frameStart = produced.bytes;
  const firstChunk = out.length;
  let history: Buffer | undefined;
  for (;;) {
    if (input.length - p < 4) throw fail('frame is truncated before its end mark');
    const word = input.readUInt32LE(p);
    p += 4;
    if (word === 0) break;
    const size = (word & ~UNCOMPRESSED_BIT) >>> 0;
    const stored = (word & UNCOMPRESSED_BIT) !== 0;
    if (size > maxBlock) throw fail(`block of ${size} bytes is larger than the frame's maximum ${maxBlock}`);
    if (input.length - p < size + (hasBlockChecksum ? 4 : 0)) throw fail('block is truncated');
    const block = input.subarray(p, p + size);
    p += size;
    if (hasBlockChecksum) {
      if (input.readUInt32LE(p) !== xxhash32(block)) throw fail('block checksum does not match');
      p += 4;
    }
    const budget = options.maxBytes - produced.bytes;
    let plain: Buffer;
    if (stored) {
      if (size > budget) throw overLimit(options.maxBytes);
      plain = Buffer.from(block);
    } else {
      plain = decodeBlock(block, Math.min(maxBlock, budget), maxBlock, independent ? undefined : history, options.maxBytes);
    }
    out.push(plain);
    produced.bytes += plain.length;
    if (!independent) history = window(history, plain);
  }
  if (contentSize !== null && produced.bytes - frameStart !== contentSize) {
    throw fail(`frame declares ${contentSize} bytes but holds ${produced.bytes - frameStart}`);
  }
  if (hasContentChecksum) {
    if (input.length - p < 4) throw fail('content checksum is truncated');
    const content = Buffer.concat(out.slice(firstChunk), produced.bytes - frameStart);
    if (input.readUInt32LE(p) !== xxhash32(content)) throw fail('content checksum does not match');
    p += 4;
  }
  return p;
}

function overLimit(maxBytes: number): Error {
  return fail(`decompressed data exceeds the limit of ${maxBytes} bytes`);
}

function decodeBlock(block: Buffer, capacity: number, maxBlock: number, dict: Buffer | undefined, maxBytes: number): Buffer {
  const attempt = (cap: number): Buffer => {
    const framed = Buffer.allocUnsafe(block.length + 4);
    framed.writeUInt32LE(cap, 0);
    block.copy(framed, 4);
    return uncompressSync(framed, dict);
  };
  try {
    return attempt(capacity);
  } catch (error) {
    if (capacity < maxBlock) {
      // The budget, not the format, may have been what failed: tell the two apart.
      let fits = false;
      try {
        attempt(maxBlock);
        fits = true;
      } catch {}
      if (fits) throw overLimit(maxBytes);
    }
    throw fail(`corrupt block: ${(error as Error).message}`, error);
  }
}

/** The last 64 KiB of output, which a linked block may refer back into. */
function window(history: Buffer | undefined, plain: Buffer): Buffer {
  if (plain.length >= WINDOW) return plain.subarray(plain.length - WINDOW);
  const joined = history === undefined ? plain : Buffer.concat([history, plain]);
  return joined.length > WINDOW ? joined.subarray(joined.length - WINDOW) : joined;
}
