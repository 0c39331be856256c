// One segment file at a time: listing the segments of a WAL directory, reading a segment's frames in
// large chunks (for recovery and replay), and the writer for the active segment (positional writev
// that survives short writes, fdatasync, truncate). It does not decide when to roll, sync or trim
// (wal.ts) nor what a bad frame means (recovery.ts); it reports faults as data, it does not throw
// them, except for I/O errors, which surface as they are.
import { join } from 'node:path';
import { HEADER_BYTES, checkHeader, checkPayload, parseSegmentFileName, segmentFileName, MAGIC } from './format.ts';
import type { FrameFault } from './format.ts';
import type { WalIo } from './io.ts';

export interface SegmentRef {
  base: bigint;
  path: string;
}

/** The segment files of `dir`, oldest first. Other files are ignored. */
export async function listSegments(io: WalIo, dir: string): Promise<SegmentRef[]> {
  const refs: SegmentRef[] = [];
  for (const name of await io.readdir(dir)) {
    const base = parseSegmentFileName(name);
    if (base !== undefined) refs.push({ base, path: join(dir, name) });
  }
  return refs.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
}

export interface Frame {
  lsn: bigint;
  /** Byte offset of the frame in its segment file. */
  offset: number;
  durableLsn: bigint;
  /** A view into a shared read buffer: copy it if you keep many small ones for long. */
  payload: Buffer;
}

/** Frames read from one chunk; `fault` is set on the last chunk when a bad frame stopped the read. */
export interface FrameChunk {
  frames: Frame[];
  fault?: { offset: number; fault: FrameFault };
}

export const READ_CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Reads the frames of a segment from `start` (a frame boundary) to `end` (exclusive, at most the
 * file size), one chunk per yield, verifying header and payload CRCs and that each LSN is its
 * position. Stops at the first bad frame, reported in the last chunk's `fault`.
 */
export async function* readFrames(io: WalIo, fd: number, base: bigint, start: number, end: number): AsyncGenerator<FrameChunk> {
  let pos = start;
  let want = READ_CHUNK_BYTES;
  while (pos < end) {
    const len = Math.min(Math.max(want, READ_CHUNK_BYTES), end - pos);
    const buf = Buffer.allocUnsafe(len);
    const got = await readFully(io, fd, buf, pos);
    if (got < len) end = pos + got; // the file is shorter than we were told: what is there is all there is
    const frames: Frame[] = [];
    let o = 0;
    want = READ_CHUNK_BYTES;
    while (pos + o < end) {
      const available = end - (pos + o);
      if (got - o < HEADER_BYTES && available >= HEADER_BYTES) break; // header straddles the chunk: read on
      const lsn = base + BigInt(pos + o);
      const h = checkHeader(buf, o, available, lsn);
      if (h.kind === 'bad') {
        const fault = h.fault === 'bad magic' && isZeros(buf, o, got) && pos + got === end ? 'zero-filled' : h.fault;
        yield { frames, fault: { offset: pos + o, fault } };
        return;
      }
      const total = HEADER_BYTES + h.header.payloadLength;
      if (o + total > got) {
        want = total; // payload straddles the chunk (or is bigger than one): re-read from this frame
        break;
      }
      const payload = buf.subarray(o + HEADER_BYTES, o + total);
      if (!checkPayload(payload, h.header.payloadCrc)) {
        yield { frames, fault: { offset: pos + o, fault: 'bad payload crc' } };
        return;
      }
      frames.push({ lsn, offset: pos + o, durableLsn: h.header.durableLsn, payload });
      o += total;
    }
    pos += o;
    yield { frames };
  }
}

function isZeros(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] !== 0) return false;
  return true;
}

async function readFully(io: WalIo, fd: number, buf: Buffer, position: number): Promise<number> {
  let got = 0;
  while (got < buf.length) {
    const n = await io.read(fd, buf, got, buf.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/**
 * The first well-formed frame header after `from` (exclusive) up to `end`, found by scanning every
 * byte position: its header CRC holds and its LSN is its position. Used to tell a torn tail (nothing
 * valid follows) from mid-log corruption. Payloads are not checked: the header alone is evidence.
 */
export async function findLaterFrame(io: WalIo, fd: number, base: bigint, from: number, end: number): Promise<{ offset: number; durableLsn: bigint } | undefined> {
  let pos = from + 1;
  while (pos + HEADER_BYTES <= end) {
    const buf = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, end - pos));
    const got = await readFully(io, fd, buf, pos);
    let o = 0;
    for (; o + HEADER_BYTES <= got; o++) {
      if (buf[o] !== MAGIC) continue;
      const h = checkHeader(buf, o, end - (pos + o), base + BigInt(pos + o));
      if (h.kind === 'ok' || h.fault === 'short payload') {
        const durableLsn = buf.readBigUInt64BE(o + 16);
        return { offset: pos + o, durableLsn };
      }
    }
    if (got < HEADER_BYTES) break;
    pos += o; // the last 31 bytes are scanned again as the start of the next chunk
  }
  return undefined;
}

/** The active segment: positional writes at its end, fdatasync, truncate. */
export class SegmentWriter {
  readonly base: bigint;
  readonly path: string;
  readonly fd: number;
  /** Bytes written (complete frames only). */
  size: number;
  /** Bytes covered by the last successful fdatasync. */
  synced: number;
  private readonly io: WalIo;

  private constructor(io: WalIo, base: bigint, path: string, fd: number, size: number) {
    this.io = io;
    this.base = base;
    this.path = path;
    this.fd = fd;
    this.size = size;
    this.synced = size;
  }

  /** Creates a new, empty segment and makes its directory entry durable before anything is acked in it. */
  static async create(io: WalIo, dir: string, base: bigint): Promise<SegmentWriter> {
    const path = join(dir, segmentFileName(base));
    const fd = await io.open(path, 'wx');
    try {
      await io.fsyncDir(dir);
    } catch (err) {
      await io.close(fd).catch(() => {});
      await io.unlink(path).catch(() => {});
      throw err;
    }
    return new SegmentWriter(io, base, path, fd, 0);
  }

  /** Opens an existing segment for appending at `size` (its verified length). */
  static async open(io: WalIo, ref: SegmentRef, size: number): Promise<SegmentWriter> {
    return new SegmentWriter(io, ref.base, ref.path, await io.open(ref.path, 'r+'), size);
  }

  get endLsn(): bigint {
    return this.base + BigInt(this.size);
  }

  /** Writes all of `buffers` (`bytes` long) at the end; on error the file may hold part of them. */
  async write(buffers: Uint8Array[], bytes: number): Promise<void> {
    let done = 0;
    let rest = buffers;
    while (done < bytes) {
      const n = await this.io.writev(this.fd, rest, this.size + done);
      if (n <= 0) throw Object.assign(new Error(`writev wrote ${n} bytes`), { code: 'EIO' });
      done += n;
      if (done < bytes) rest = dropBytes(rest, n);
    }
    this.size += bytes;
  }

  async sync(): Promise<void> {
    const target = this.size;
    if (this.synced >= target) return;
    await this.io.fdatasync(this.fd);
    // Writes may have landed meanwhile (interval policy) and a failed one been truncated away.
    this.synced = Math.min(Math.max(this.synced, target), this.size);
  }

  async truncate(length: number): Promise<void> {
    await this.io.ftruncate(this.fd, length);
    this.size = length;
    if (this.synced > length) this.synced = length;
  }

  async close(): Promise<void> {
    await this.io.close(this.fd);
  }
}

/** `buffers` without their first `n` bytes. */
function dropBytes(buffers: Uint8Array[], n: number): Uint8Array[] {
  let i = 0;
  while (i < buffers.length && n >= buffers[i]!.length) n -= buffers[i++]!.length;
  const rest = buffers.slice(i);
  if (n > 0 && rest[0] !== undefined) rest[0] = rest[0].subarray(n);
  return rest;
}
