// The `raw` format (Flink's raw format): the whole message is the table's single physical column.
// STRING/VARCHAR/CHAR are text in 'raw.charset' (default UTF-8); BYTES/VARBINARY/BINARY are the bytes
// as they are; BOOLEAN (1 byte), TINYINT (1), SMALLINT (2), INT (4), BIGINT (8), FLOAT (4) and
// DOUBLE (8) are fixed-size numbers in 'raw.endianness' (default big-endian). A null message
// decodes to NULL; a NULL value encodes to an empty message (the contract's Uint8Array cannot say
// "no value", so a Kafka sink writing raw cannot tell a NULL from '').
import { toSql } from '../../sql/types/types.ts';
import type { Row } from '../../sql/types/values.ts';
import { WeirError } from '../../util/errors.ts';
import { choice } from './options.ts';
import type { Deserializer, Format, FormatContext, Serializer } from './types.ts';

const SIZES: Readonly<Record<string, number>> = { BOOLEAN: 1, TINYINT: 1, SMALLINT: 2, INT: 4, BIGINT: 8, FLOAT: 4, DOUBLE: 8 };

/** Node's name for a Java charset name, or undefined when Weir cannot encode it. */
function charsetOf(name: string): BufferEncoding | 'utf16be' | undefined {
  const n = name.trim().toUpperCase().replaceAll('_', '-');
  if (n === 'UTF-8' || n === 'UTF8') return 'utf8';
  if (n === 'UTF-16LE') return 'utf16le';
  if (n === 'UTF-16BE') return 'utf16be';
  if (n === 'ISO-8859-1' || n === 'LATIN1') return 'latin1';
  if (n === 'US-ASCII' || n === 'ASCII') return 'ascii';
  return undefined;
}

interface Layout {
  readonly kind: string;
  readonly little: boolean;
  readonly charset: BufferEncoding | 'utf16be';
}

function layout(ctx: FormatContext): Layout {
  if (ctx.fields.length !== 1) {
    throw new WeirError('CONFIG_INVALID', `The 'raw' format only supports single physical column. However the defined schema contains multiple physical columns: [${ctx.fields.map((f) => `\`${f.name}\` ${toSql(f.type)}`).join(', ')}]`);
  }
  const type = ctx.fields[0]!.type;
  const text = type.kind === 'CHAR' || type.kind === 'VARCHAR';
  const bytes = type.kind === 'BINARY' || type.kind === 'VARBINARY';
  if (!text && !bytes && SIZES[type.kind] === undefined) {
    throw new WeirError('CONFIG_INVALID', `The 'raw' format doesn't support '${toSql(type)}' as column type`, { hint: 'use STRING, BYTES or a fixed-size number type' });
  }
  const charsetName = ctx.options.get('charset') ?? 'UTF-8';
  const charset = charsetOf(charsetName);
  if (charset === undefined) throw new WeirError('CONFIG_INVALID', `Unsupported raw.charset '${charsetName}'`, { hint: 'use UTF-8, UTF-16LE, UTF-16BE, ISO-8859-1 or US-ASCII' });
  const little = choice(ctx.options, 'endianness', ['big-endian', 'little-endian'] as const, 'big-endian') === 'little-endian';
  return { kind: text ? 'TEXT' : bytes ? 'BYTES' : type.kind, little, charset };
}

function swap16(b: Buffer): Buffer {
  const out = Buffer.from(b);
  return out.length % 2 === 0 ? out.swap16() : out;
}

function deserializer(ctx: FormatContext): Deserializer {
  const l = layout(ctx);
  const size = SIZES[l.kind];
  return {
    decode(bytes: Uint8Array | null): Row | undefined {
      if (bytes === null) return [null];
      const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (l.kind === 'TEXT') return [l.charset === 'utf16be' ? swap16(b).toString('utf16le') : b.toString(l.charset)];
      if (l.kind === 'BYTES') return [new Uint8Array(b)];
      if (b.length !== size) {
        throw new WeirError('RECORD_CORRUPT', `Failed to deserialize raw ${l.kind}: expected ${size} bytes, got ${b.length}`, { hint: "check the producer's encoding and 'raw.endianness'" });
      }
      const le = l.little;
      switch (l.kind) {
        case 'BOOLEAN': return [b[0] !== 0];
        case 'TINYINT': return [b.readInt8(0)];
        case 'SMALLINT': return [le ? b.readInt16LE(0) : b.readInt16BE(0)];
        case 'INT': return [le ? b.readInt32LE(0) : b.readInt32BE(0)];
        case 'BIGINT': return [le ? b.readBigInt64LE(0) : b.readBigInt64BE(0)];
        case 'FLOAT': return [le ? b.readFloatLE(0) : b.readFloatBE(0)];
        default: return [le ? b.readDoubleLE(0) : b.readDoubleBE(0)];
      }
    },
  };
}

function serializer(ctx: FormatContext): Serializer {
  const l = layout(ctx);
  const size = SIZES[l.kind] ?? 0;
  return {
    encode(row: Row): Uint8Array {
      const v = row[0];
      if (v === null || v === undefined) return new Uint8Array(0);
      if (l.kind === 'TEXT') return l.charset === 'utf16be' ? swap16(Buffer.from(v as string, 'utf16le')) : Buffer.from(v as string, l.charset);
      if (l.kind === 'BYTES') return v as Uint8Array;
      const b = Buffer.alloc(size);
      const le = l.little;
      switch (l.kind) {
        case 'BOOLEAN': b[0] = v ? 1 : 0; break;
        case 'TINYINT': b.writeInt8(v as number); break;
        case 'SMALLINT': if (le) b.writeInt16LE(v as number); else b.writeInt16BE(v as number); break;
        case 'INT': if (le) b.writeInt32LE(v as number); else b.writeInt32BE(v as number); break;
        case 'BIGINT': if (le) b.writeBigInt64LE(v as bigint); else b.writeBigInt64BE(v as bigint); break;
        case 'FLOAT': if (le) b.writeFloatLE(v as number); else b.writeFloatBE(v as number); break;
        default: if (le) b.writeDoubleLE(v as number); else b.writeDoubleBE(v as number);
      }
      return b;
    },
  };
}

export const raw: Format = { name: 'raw', deserializer, serializer };
