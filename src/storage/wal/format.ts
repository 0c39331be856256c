// The WAL's on-disk framing: segment file names and the 32-byte record header. Pure functions over
// bytes — no I/O, no policy. It does not decide what a bad frame *means* (torn tail or corruption:
// see recovery.ts) and it does not know what a payload holds (the storage layer above decides).
//
// A segment file `wal-<20-digit base LSN>.log` is a plain sequence of frames, no file header.
// A record's LSN is the byte position of its frame in the whole log, so the frame at file offset `o`
// of the segment with base `B` has LSN `B + o`, and the next segment's base is this one's end.
//
//   offset size  field
//   0      1     magic/version  0xA1 (format 1); 0x00 is never valid, so zero-filled space is not a frame
//   1      1     flags          0 (reserved)
//   2      2     reserved       0
//   4      4     payload length (u32, big-endian, like everything here)
//   8      8     LSN            this frame's byte position in the log; must equal B + o
//   16     8     durable LSN    every byte of the log below it was fsync'd before this frame was
//                               written (lets recovery tell a torn tail from mid-log corruption)
//   24     4     payload CRC32C
//   28     4     header CRC32C  of bytes 0..27
//   32     n     payload
import { crc32c } from '@node-rs/crc32';

export const MAGIC = 0xa1;
export const HEADER_BYTES = 32;
/** The format's hard ceiling on one payload; the WAL's configured limit is usually far lower. */
export const MAX_PAYLOAD_BYTES = 2 ** 31 - 1;

const SEGMENT_RE = /^wal-(\d{20})\.log$/;

export function segmentFileName(baseLsn: bigint): string {
  return `wal-${baseLsn.toString().padStart(20, '0')}.log`;
}

/** The base LSN a segment file name declares, or undefined when the name is not a segment's. */
export function parseSegmentFileName(name: string): bigint | undefined {
  const m = SEGMENT_RE.exec(name);
  return m?.[1] === undefined ? undefined : BigInt(m[1]);
}

export interface FrameHeader {
  payloadLength: number;
  lsn: bigint;
  durableLsn: bigint;
  payloadCrc: number;
}

/** Writes a header at `buf[offset..offset+32)`. */
export function encodeHeader(buf: Buffer, offset: number, h: FrameHeader): void {
  writeHeader(buf, offset, h.payloadLength, hi32(h.lsn), lo32(h.lsn), hi32(h.durableLsn), lo32(h.durableLsn), h.payloadCrc);
}

export const hi32 = (v: bigint): number => Number(v >> 32n);
export const lo32 = (v: bigint): number => Number(v & 0xffffffffn);

/** `encodeHeader` for the hot path: LSNs as 32-bit halves (bigint arithmetic per record is slow). */
export function writeHeader(buf: Buffer, o: number, payloadLength: number, lsnHi: number, lsnLo: number, durableHi: number, durableLo: number, crc: number): void {
  buf[o] = MAGIC;
  buf[o + 1] = 0;
  buf[o + 2] = 0;
  buf[o + 3] = 0;
  u32(buf, o + 4, payloadLength);
  u32(buf, o + 8, lsnHi);
  u32(buf, o + 12, lsnLo);
  u32(buf, o + 16, durableHi);
  u32(buf, o + 20, durableLo);
  u32(buf, o + 24, crc);
  u32(buf, o + 28, headerCrc(buf, o));
}

function u32(buf: Buffer, o: number, v: number): void {
  buf[o] = v >>> 24;
  buf[o + 1] = v >>> 16;
  buf[o + 2] = v >>> 8;
  buf[o + 3] = v;
}

// CRC32C (Castagnoli, reflected 0x82F63B78) of a header's first 28 bytes, in JS: for 28 bytes a
// table loop is ~3x faster than a native call plus the subarray it needs. Same value as crc32c().
const TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  TABLE[n] = c;
}

function headerCrc(buf: Uint8Array, o: number): number {
  let c = -1;
  for (let i = o; i < o + 28; i++) c = TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Why bytes at a frame position are not a valid frame. */
export type FrameFault =
  | 'short header' // fewer than 32 bytes left in the file
  | 'zero-filled' // only zero bytes from here to the end of the file
  | 'bad magic'
  | 'bad header crc'
  | 'lsn mismatch' // a well-formed header whose LSN is not its position: stale or misplaced bytes
  | 'short payload' // the header promises more bytes than the file holds
  | 'bad payload crc';

export type HeaderCheck = { kind: 'ok'; header: FrameHeader } | { kind: 'bad'; fault: FrameFault };

/**
 * Checks the header at `buf[offset..]` expected to hold LSN `expectedLsn`. `available` is how many
 * bytes of the file remain from `offset` (may exceed what `buf` holds); the payload is not checked.
 */
export function checkHeader(buf: Buffer, offset: number, available: number, expectedLsn: bigint): HeaderCheck {
  if (available < HEADER_BYTES) return { kind: 'bad', fault: 'short header' };
  if (buf[offset] !== MAGIC) return { kind: 'bad', fault: 'bad magic' };
  if (headerCrc(buf, offset) !== buf.readUInt32BE(offset + 28)) return { kind: 'bad', fault: 'bad header crc' };
  const header: FrameHeader = {
    payloadLength: buf.readUInt32BE(offset + 4),
    lsn: buf.readBigUInt64BE(offset + 8),
    durableLsn: buf.readBigUInt64BE(offset + 16),
    payloadCrc: buf.readUInt32BE(offset + 24),
  };
  if (header.lsn !== expectedLsn) return { kind: 'bad', fault: 'lsn mismatch' };
  if (header.payloadLength > MAX_PAYLOAD_BYTES || HEADER_BYTES + header.payloadLength > available) {
    return { kind: 'bad', fault: 'short payload' };
  }
  return { kind: 'ok', header };
}

/**
 * CRC32C of a payload given as one buffer or as parts (the CRC of their concatenation).
 * `knownCrcs[i]`, when given, is the CRC32C of part i that the caller already holds (for example
 * a Kafka batch's own checksum, verified when the batch arrived): a large part's CRC is then
 * combined arithmetically instead of reading its bytes again. The result is the same value.
 */
export function payloadCrc(payload: Uint8Array | readonly Uint8Array[], knownCrcs?: readonly (number | undefined)[]): number {
  if (payload instanceof Uint8Array) return crc32c(payload) >>> 0;
  let crc = 0;
  for (let i = 0; i < payload.length; i++) {
    const part = payload[i]!;
    const known = knownCrcs?.[i];
    crc = known !== undefined && part.length >= COMBINE_MIN_BYTES ? crc32cCombine(crc, known, part.length) : crc32c(part, crc);
  }
  return crc >>> 0;
}

// Combining costs about as much as hashing a few KB natively; below this, hashing is cheaper.
const COMBINE_MIN_BYTES = 16 * 1024;

// CRC combination as in zlib's crc32_combine (polynomial arithmetic modulo the CRC polynomial):
// crc(A ‖ B) = crc(A)·x^(8·|B|) mod P  xor  crc(B). X2N[k] = x^(2^k) mod P, bit-reflected.
function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if ((a & m) !== 0) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ 0x82f63b78 : b >>> 1;
  }
  return p >>> 0;
}

const X2N: number[] = [0x40000000];
for (let k = 1; k < 32; k++) X2N.push(multModP(X2N[k - 1]!, X2N[k - 1]!));

/** CRC32C of A ‖ B from crc(A), crc(B) and B's length in bytes. */
export function crc32cCombine(crcA: number, crcB: number, lengthB: number): number {
  let xp = 0x80000000; // x^0
  let k = 3; // bytes → bits: x^(8n) = x^(n·2^3)
  for (let n = lengthB; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) xp = multModP(X2N[k & 31]!, xp);
  return (multModP(xp, crcA >>> 0) ^ crcB) >>> 0;
}

export function checkPayload(payload: Uint8Array, expectedCrc: number): boolean {
  return (crc32c(payload) >>> 0) === expectedCrc;
}
