// The state codec: any runtime value (src/sql/types/values.ts) and the plain data operators keep as
// state — null, undefined, booleans, numbers (NaN, ±Infinity, -0 kept), bigints, strings, Decimal,
// Uint8Array, arrays, plain objects, Map and Set — to bytes and back exactly. A small tagged binary
// format: one tag byte, then the payload; lengths and small integers as unsigned LEB128 varints.
// Checkpoints are written with it (src/engine/checkpoint). Class instances other than Decimal, and
// functions and symbols, are refused with an error naming where in the value they were.
import { Decimal } from '../../sql/types/decimal.ts';
import { WeirError } from '../../util/errors.ts';

const T = {
  NULL: 0, UNDEFINED: 1, FALSE: 2, TRUE: 3, INT: 4, NEG_INT: 5, FLOAT: 6, BIGINT: 7, STRING: 8,
  DECIMAL: 9, BYTES: 10, ARRAY: 11, OBJECT: 12, MAP: 13, SET: 14,
} as const;

const utf8 = new TextEncoder();
const utf8Decode = new TextDecoder('utf-8', { fatal: true });

class Writer {
  buf = new Uint8Array(256);
  view = new DataView(this.buf.buffer);
  pos = 0;

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.pos++] = b;
  }

  varint(n: number): void {
    this.ensure(8);
    while (n >= 0x80) {
      this.buf[this.pos++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.pos++] = n;
  }

  bytes(b: Uint8Array): void {
    this.varint(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  string(s: string): void {
    // ASCII fast path; otherwise encode (at most 3 bytes per UTF-16 unit).
    this.ensure(s.length * 3 + 8);
    let ascii = true;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
    if (ascii) {
      this.varint(s.length);
      for (let i = 0; i < s.length; i++) this.buf[this.pos++] = s.charCodeAt(i);
    } else {
      this.bytes(utf8.encode(s));
    }
  }

  value(v: unknown, path: string): void {
    if (v === null) return this.byte(T.NULL);
    switch (typeof v) {
      case 'undefined': return this.byte(T.UNDEFINED);
      case 'boolean': return this.byte(v ? T.TRUE : T.FALSE);
      case 'number':
        if (Number.isSafeInteger(v) && !Object.is(v, -0)) {
          this.byte(v >= 0 ? T.INT : T.NEG_INT);
          return this.varint(Math.abs(v));
        }
        this.byte(T.FLOAT);
        this.ensure(8);
        this.view.setFloat64(this.pos, v);
        this.pos += 8;
        return;
      case 'bigint':
        this.byte(T.BIGINT);
        return this.string(v.toString(36));
      case 'string':
        this.byte(T.STRING);
        return this.string(v);
    }
    if (v instanceof Decimal) {
      this.byte(T.DECIMAL);
      this.string(v.unscaled.toString(36));
      return this.varint(v.scale);
    }
    if (v instanceof Uint8Array) {
      this.byte(T.BYTES);
      return this.bytes(v);
    }
    if (Array.isArray(v)) {
      this.byte(T.ARRAY);
      this.varint(v.length);
      for (let i = 0; i < v.length; i++) this.value(v[i], path);
      return;
    }
    if (v instanceof Map) {
      this.byte(T.MAP);
      this.varint(v.size);
      for (const [k, x] of v) {
        this.value(k, path);
        this.value(x, path);
      }
      return;
    }
    if (v instanceof Set) {
      this.byte(T.SET);
      this.varint(v.size);
      for (const x of v) this.value(x, path);
      return;
    }
    if (typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
      const keys = Object.keys(v);
      this.byte(T.OBJECT);
      this.varint(keys.length);
      for (const k of keys) {
        this.string(k);
        this.value((v as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`);
      }
      return;
    }
    const what = typeof v === 'object' ? `a ${(v as object).constructor?.name ?? 'class'} instance` : `a ${typeof v}`;
    throw new WeirError('INTERNAL', `The state codec cannot encode ${what}`, { where: path === '' ? 'state value' : `state value field ${path}` });
  }
}

class Reader {
  pos = 0;
  readonly view: DataView;
  readonly buf: Uint8Array;

  constructor(buf: Uint8Array) {
    this.buf = buf;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  fail(why: string): never {
    throw new WeirError('OBJECT_CORRUPT', `Cannot decode state: ${why}`, { where: `byte ${this.pos}` });
  }

  byte(): number {
    if (this.pos >= this.buf.length) this.fail('unexpected end of data');
    return this.buf[this.pos++]!;
  }

  varint(): number {
    let n = 0;
    let mul = 1;
    for (;;) {
      const b = this.byte();
      n += (b & 0x7f) * mul;
      if (b < 0x80) return n;
      mul *= 0x80;
      if (mul > 2 ** 56) this.fail('varint too long');
    }
  }

  raw(): Uint8Array {
    const n = this.varint();
    if (this.pos + n > this.buf.length) this.fail('length beyond the end of data');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  string(): string {
    const b = this.raw();
    let ascii = true;
    for (let i = 0; i < b.length; i++) if (b[i]! > 0x7f) { ascii = false; break; }
    if (ascii && b.length < 4096) return String.fromCharCode.apply(null, b as unknown as number[]);
    try {
      return utf8Decode.decode(b);
    } catch {
      return this.fail('invalid UTF-8 in a string');
    }
  }

  bigint(): bigint {
    const s = this.string();
    const neg = s.startsWith('-');
    let n = 0n;
    for (let i = neg ? 1 : 0; i < s.length; i++) {
      const d = parseInt(s[i]!, 36);
      if (Number.isNaN(d)) this.fail('invalid bigint digits');
      n = n * 36n + BigInt(d);
    }
    return neg ? -n : n;
  }

  value(): unknown {
    const tag = this.byte();
    switch (tag) {
      case T.NULL: return null;
      case T.UNDEFINED: return undefined;
      case T.FALSE: return false;
      case T.TRUE: return true;
      case T.INT: return this.varint();
      case T.NEG_INT: return -this.varint();
      case T.FLOAT: {
        if (this.pos + 8 > this.buf.length) this.fail('unexpected end of data');
        const v = this.view.getFloat64(this.pos);
        this.pos += 8;
        return v;
      }
      case T.BIGINT: return this.bigint();
      case T.STRING: return this.string();
      case T.DECIMAL: {
        const unscaled = this.bigint();
        return new Decimal(unscaled, this.varint());
      }
      case T.BYTES: return this.raw().slice();
      case T.ARRAY: {
        const n = this.varint();
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) out[i] = this.value();
        return out;
      }
      case T.OBJECT: {
        const n = this.varint();
        const out: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const k = this.string();
          // defineProperty so a key named __proto__ stays a plain own property
          Object.defineProperty(out, k, { value: this.value(), enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      case T.MAP: {
        const n = this.varint();
        const out = new Map<unknown, unknown>();
        for (let i = 0; i < n; i++) {
          const k = this.value();
          out.set(k, this.value());
        }
        return out;
      }
      case T.SET: {
        const n = this.varint();
        const out = new Set<unknown>();
        for (let i = 0; i < n; i++) out.add(this.value());
        return out;
      }
    }
    return this.fail(`unknown tag ${tag}`);
  }
}

/** Encodes a value (see the file comment for what is accepted). */
export function encodeState(value: unknown): Uint8Array {
  const w = new Writer();
  w.value(value, '');
  return w.buf.slice(0, w.pos);
}

/** Decodes what encodeState wrote; OBJECT_CORRUPT on malformed or trailing bytes. */
export function decodeState(bytes: Uint8Array): unknown {
  const r = new Reader(bytes);
  const v = r.value();
  if (r.pos !== bytes.length) r.fail(`${bytes.length - r.pos} trailing bytes`);
  return v;
}
