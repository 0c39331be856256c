// A growable writer. Small values go into a scratch buffer; large byte fields (record batches)
// are kept as references and emitted as separate chunks, so a Fetch response carrying megabytes
// of cached batches is written to the socket without copying them (`chunks()` + writev). A records
// field may also be given as a list of buffers (batches held apart), written one after another.
import { ProtocolError } from './errors.ts';

/**
 * A records field as encoders take it: one buffer, or whole batches in several buffers that are
 * written one after another, never joined. Decoders always give one Uint8Array.
 */
export type Records = Uint8Array | readonly Uint8Array[];

/** The bytes a records field holds. */
export function recordsLength(r: Records): number {
  if (r instanceof Uint8Array) return r.length;
  let n = 0;
  for (const b of r) n += b.length;
  return n;
}

/** A records field as one buffer (joining a list: a copy, for the rare reader that needs it whole). */
export function recordsBytes(r: Records): Uint8Array {
  if (r instanceof Uint8Array) return r;
  return r.length === 1 ? r[0]! : Buffer.concat(r);
}

/** Byte fields at least this long are referenced, not copied. */
const REFERENCE_THRESHOLD = 8192;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class Writer {
  private done: Uint8Array[] = [];
  private doneBytes = 0;
  private buf: Buffer;
  private view: DataView;
  private pos = 0;
  private start = 0;

  constructor(initialCapacity = 512) {
    this.buf = Buffer.allocUnsafe(initialCapacity);
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.doneBytes + this.pos - this.start;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const used = this.pos - this.start;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, used + n, 512));
    this.buf.copy(next, 0, this.start, this.pos);
    this.buf = next;
    this.view = new DataView(next.buffer, next.byteOffset, next.byteLength);
    this.start = 0;
    this.pos = used;
  }

  int8(v: number): void {
    this.ensure(1);
    this.view.setInt8(this.pos++, v);
  }

  bool(v: boolean): void {
    this.int8(v ? 1 : 0);
  }

  int16(v: number): void {
    this.ensure(2);
    this.view.setInt16(this.pos, v);
    this.pos += 2;
  }

  uint16(v: number): void {
    this.ensure(2);
    this.view.setUint16(this.pos, v);
    this.pos += 2;
  }

  int32(v: number): void {
    this.ensure(4);
    this.view.setInt32(this.pos, v);
    this.pos += 4;
  }

  uint32(v: number): void {
    this.ensure(4);
    this.view.setUint32(this.pos, v);
    this.pos += 4;
  }

  int64(v: bigint): void {
    this.ensure(8);
    this.view.setBigInt64(this.pos, v);
    this.pos += 8;
  }

  float64(v: number): void {
    this.ensure(8);
    this.view.setFloat64(this.pos, v);
    this.pos += 8;
  }

  uuid(v: string): void {
    if (!UUID_PATTERN.test(v)) throw new ProtocolError(`not a UUID: ${JSON.stringify(v)}`, {}, 'PROTOCOL_ENCODE');
    this.ensure(16);
    this.buf.write(v.replaceAll('-', ''), this.pos, 16, 'hex');
    this.pos += 16;
  }

  uvarint(v: number): void {
    this.ensure(5);
    let n = v >>> 0;
    while (n >= 0x80) {
      this.buf[this.pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.pos++] = n;
  }

  varint(v: number): void {
    this.uvarint(((v << 1) ^ (v >> 31)) >>> 0);
  }

  /** Zig-zag varlong from a number (exact within ±2^53). */
  varlong(v: number): void {
    if (v >= -0x40000000 && v < 0x40000000) {
      this.varint(v);
      return;
    }
    let u = BigInt.asUintN(64, (BigInt(v) << 1n) ^ (BigInt(v) >> 63n));
    this.ensure(10);
    while (u >= 0x80n) {
      this.buf[this.pos++] = Number(u & 0x7fn) | 0x80;
      u >>= 7n;
    }
    this.buf[this.pos++] = Number(u);
  }

  /** Appends bytes as they are; large ones are referenced rather than copied. */
  raw(b: Uint8Array): void {
    if (b.length >= REFERENCE_THRESHOLD) {
      this.cut();
      this.done.push(b);
      this.doneBytes += b.length;
      return;
    }
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  private cut(): void {
    if (this.pos > this.start) {
      this.done.push(this.buf.subarray(this.start, this.pos));
      this.doneBytes += this.pos - this.start;
      this.start = this.pos;
    }
  }

  private utf8(s: string, lengthBytes: 'int16' | 'uvarint'): void {
    const n = Buffer.byteLength(s, 'utf8');
    if (lengthBytes === 'int16') {
      if (n > 0x7fff) throw new ProtocolError(`string of ${n} bytes is longer than 32767`, {}, 'PROTOCOL_ENCODE');
      this.int16(n);
    } else {
      this.uvarint(n + 1);
    }
    this.ensure(n);
    this.buf.write(s, this.pos, n, 'utf8');
    this.pos += n;
  }

  string(s: string): void {
    this.utf8(s, 'int16');
  }

  nullableString(s: string | null): void {
    if (s === null) this.int16(-1);
    else this.utf8(s, 'int16');
  }

  compactString(s: string): void {
    this.utf8(s, 'uvarint');
  }

  compactNullableString(s: string | null): void {
    if (s === null) this.uvarint(0);
    else this.utf8(s, 'uvarint');
  }

  bytes(b: Uint8Array): void {
    this.int32(b.length);
    this.raw(b);
  }

  nullableBytes(b: Uint8Array | null): void {
    if (b === null) this.int32(-1);
    else this.bytes(b);
  }

  compactBytes(b: Uint8Array): void {
    this.uvarint(b.length + 1);
    this.raw(b);
  }

  compactNullableBytes(b: Uint8Array | null): void {
    if (b === null) this.uvarint(0);
    else this.compactBytes(b);
  }

  records(r: Records): void {
    this.int32(recordsLength(r));
    this.rawRecords(r);
  }

  nullableRecords(r: Records | null): void {
    if (r === null) this.int32(-1);
    else this.records(r);
  }

  compactRecords(r: Records): void {
    this.uvarint(recordsLength(r) + 1);
    this.rawRecords(r);
  }

  compactNullableRecords(r: Records | null): void {
    if (r === null) this.uvarint(0);
    else this.compactRecords(r);
  }

  private rawRecords(r: Records): void {
    if (r instanceof Uint8Array) this.raw(r);
    else for (const b of r) this.raw(b);
  }

  /** Overwrites an int32 written earlier at absolute position `at` (a size prefix, say). */
  patchInt32(at: number, v: number): void {
    if (at >= this.doneBytes) {
      this.view.setInt32(this.start + at - this.doneBytes, v);
      return;
    }
    // Cuts happen only between writes, so the four bytes lie within one chunk that this writer wrote.
    let base = 0;
    for (const chunk of this.done) {
      if (at < base + chunk.length) {
        new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength).setInt32(at - base, v);
        return;
      }
      base += chunk.length;
    }
  }

  /** The output as chunks, for writev. The writer must not be used afterwards. */
  chunks(): Uint8Array[] {
    this.cut();
    return this.done;
  }

  /** The output as one contiguous buffer. */
  finish(): Buffer {
    this.cut();
    if (this.done.length === 1) {
      const only = this.done[0]!;
      return Buffer.isBuffer(only) ? only : Buffer.from(only.buffer, only.byteOffset, only.byteLength);
    }
    return Buffer.concat(this.done, this.doneBytes);
  }
}
