// A sticky-error reader (STYLE example 3): every read checks its bounds; the first failure is
// remembered with the field it happened in, later reads return zero values without touching the
// input, and the caller checks once at the end with `check()`. Lengths and counts are validated
// against the bytes that remain before anything is allocated, so a hostile length costs nothing.
import { ProtocolError, type ProtocolErrorContext } from './errors.ts';

export const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

const EMPTY = new Uint8Array(0);

interface Failure {
  field: string;
  reason: string;
  offset: number;
}

export class Reader {
  readonly buf: Buffer;
  readonly view: DataView;
  pos: number;
  readonly end: number;
  private failure: Failure | null = null;

  constructor(input: Uint8Array, start = 0, end = input.length) {
    this.buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    this.pos = start;
    this.end = end;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  get failed(): boolean {
    return this.failure !== null;
  }

  /** Records the first failure and stops all further reading. */
  fail(field: string, reason: string): void {
    if (this.failure === null) this.failure = { field, reason, offset: this.pos };
    this.pos = this.end;
  }

  /** Throws the first failure as a ProtocolError naming message, version and field. */
  check(context: Omit<ProtocolErrorContext, 'field' | 'offset'>): void {
    const f = this.failure;
    if (f !== null) throw new ProtocolError(f.reason, { ...context, field: f.field, offset: f.offset });
  }

  /** Like `check`, and also rejects bytes left over after the message. */
  checkEnd(context: Omit<ProtocolErrorContext, 'field' | 'offset'>): void {
    if (this.failure === null && this.pos !== this.end) {
      this.failure = { field: '(end)', reason: `${this.end - this.pos} unexpected trailing bytes`, offset: this.pos };
    }
    this.check(context);
  }

  private need(n: number, field: string): boolean {
    if (this.end - this.pos >= n) return true;
    if (this.failure === null) this.fail(field, `needs ${n} bytes but ${this.end - this.pos} remain`);
    return false;
  }

  int8(field: string): number {
    if (!this.need(1, field)) return 0;
    return this.view.getInt8(this.pos++);
  }

  bool(field: string): boolean {
    return this.int8(field) !== 0;
  }

  int16(field: string): number {
    if (!this.need(2, field)) return 0;
    const v = this.view.getInt16(this.pos);
    this.pos += 2;
    return v;
  }

  uint16(field: string): number {
    if (!this.need(2, field)) return 0;
    const v = this.view.getUint16(this.pos);
    this.pos += 2;
    return v;
  }

  int32(field: string): number {
    if (!this.need(4, field)) return 0;
    const v = this.view.getInt32(this.pos);
    this.pos += 4;
    return v;
  }

  uint32(field: string): number {
    if (!this.need(4, field)) return 0;
    const v = this.view.getUint32(this.pos);
    this.pos += 4;
    return v;
  }

  int64(field: string): bigint {
    if (!this.need(8, field)) return 0n;
    const v = this.view.getBigInt64(this.pos);
    this.pos += 8;
    return v;
  }

  float64(field: string): number {
    if (!this.need(8, field)) return 0;
    const v = this.view.getFloat64(this.pos);
    this.pos += 8;
    return v;
  }

  uuid(field: string): string {
    if (!this.need(16, field)) return ZERO_UUID;
    const hex = this.buf.toString('hex', this.pos, this.pos + 16);
    this.pos += 16;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** Unsigned varint of at most 5 bytes (a 32-bit value), as Kafka's flexible versions use. */
  uvarint(field: string): number {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      if (this.pos >= this.end) {
        this.fail(field, 'varint runs past the end of the input');
        return 0;
      }
      const b = this.buf[this.pos++]!;
      if (i === 4 && b > 0x0f) {
        this.fail(field, 'varint does not fit in 32 bits');
        return 0;
      }
      value += (b & 0x7f) * 2 ** (7 * i);
      if ((b & 0x80) === 0) return value;
    }
    this.fail(field, 'varint is longer than 5 bytes');
    return 0;
  }

  /** Zig-zag signed varint of at most 5 bytes (record lengths, key and header sizes). */
  varint(field: string): number {
    const u = this.uvarint(field);
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }

  /** Zig-zag signed varlong of at most 10 bytes, as a number (exact within ±2^53). */
  varlong(field: string): number {
    let lo = 0;
    let hi = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) {
        this.fail(field, 'varlong runs past the end of the input');
        return 0;
      }
      const b = this.buf[this.pos++]!;
      if (i < 7) lo += (b & 0x7f) * 2 ** (7 * i);
      else hi |= BigInt(b & 0x7f) << BigInt(7 * i);
      if ((b & 0x80) === 0) {
        if (hi === 0n) return lo % 2 === 0 ? lo / 2 : -(lo + 1) / 2;
        const u = hi | BigInt(lo);
        const v = (u >> 1n) ^ -(u & 1n);
        const n = Number(BigInt.asIntN(64, v));
        if (!Number.isSafeInteger(n)) this.fail(field, 'varlong is outside the exact range of a number');
        return n;
      }
    }
    this.fail(field, 'varlong is longer than 10 bytes');
    return 0;
  }

  /** A slice of the input, not a copy. */
  raw(field: string, n: number): Uint8Array {
    if (n < 0) {
      this.fail(field, `negative length ${n}`);
      return EMPTY;
    }
    if (!this.need(n, field)) return EMPTY;
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  private utf8(field: string, n: number): string {
    if (!this.need(n, field)) return '';
    const s = this.buf.toString('utf8', this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  // Strings: the INT16-prefixed form and the compact (uvarint length + 1) form.

  string(field: string): string {
    const n = this.int16(field);
    if (n < 0) {
      this.fail(field, `string length ${n} where null is not allowed`);
      return '';
    }
    return this.utf8(field, n);
  }

  nullableString(field: string): string | null {
    const n = this.int16(field);
    if (n === -1) return null;
    if (n < -1) {
      this.fail(field, `invalid string length ${n}`);
      return null;
    }
    return this.utf8(field, n);
  }

  compactString(field: string): string {
    const n = this.uvarint(field) - 1;
    if (n < 0) {
      if (!this.failed) this.fail(field, 'null string where null is not allowed');
      return '';
    }
    return this.utf8(field, n);
  }

  compactNullableString(field: string): string | null {
    const n = this.uvarint(field) - 1;
    if (n < 0) return null;
    return this.utf8(field, n);
  }

  // Bytes and records: INT32-prefixed or compact.

  bytes(field: string): Uint8Array {
    const n = this.int32(field);
    if (n < 0) {
      this.fail(field, `bytes length ${n} where null is not allowed`);
      return EMPTY;
    }
    return this.raw(field, n);
  }

  nullableBytes(field: string): Uint8Array | null {
    const n = this.int32(field);
    if (n === -1) return null;
    if (n < -1) {
      this.fail(field, `invalid bytes length ${n}`);
      return null;
    }
    return this.raw(field, n);
  }

  compactBytes(field: string): Uint8Array {
    const n = this.uvarint(field) - 1;
    if (n < 0) {
      if (!this.failed) this.fail(field, 'null bytes where null is not allowed');
      return EMPTY;
    }
    return this.raw(field, n);
  }

  compactNullableBytes(field: string): Uint8Array | null {
    const n = this.uvarint(field) - 1;
    if (n < 0) return null;
    return this.raw(field, n);
  }

  // Array counts. A count larger than the bytes that remain cannot be honest (every element takes
  // at least one byte in every encoding that allows many of them), so it fails before any loop.

  arrayLength(field: string): number {
    const n = this.int32(field);
    return this.validCount(field, n, false);
  }

  nullableArrayLength(field: string): number {
    const n = this.int32(field);
    return this.validCount(field, n, true);
  }

  compactArrayLength(field: string): number {
    const n = this.uvarint(field) - 1;
    return this.validCount(field, n, false);
  }

  compactNullableArrayLength(field: string): number {
    const n = this.uvarint(field) - 1;
    return this.validCount(field, n, true);
  }

  /** The number of tagged fields that follow; each takes at least two bytes. */
  taggedCount(field: string): number {
    const n = this.uvarint(field);
    if (n * 2 > this.end - this.pos) {
      this.fail(field, `${n} tagged fields cannot fit in the ${this.end - this.pos} bytes that remain`);
      return 0;
    }
    return n;
  }

  private validCount(field: string, n: number, nullable: boolean): number {
    if (this.failed) return nullable ? -1 : 0;
    if (n === -1) {
      if (nullable) return -1;
      this.fail(field, 'null array where null is not allowed');
      return 0;
    }
    if (n < -1) {
      this.fail(field, `invalid array length ${n}`);
      return 0;
    }
    if (n > this.end - this.pos) {
      this.fail(field, `array of ${n} elements cannot fit in the ${this.end - this.pos} bytes that remain`);
      return 0;
    }
    return n;
  }
}
