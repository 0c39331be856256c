// Values between Weir's rows and avsc's Avro values, for the `avro-confluent` format. Built once
// per (column type, Avro schema) pair: `avroWriter` checks at build time that the column can be
// written as the schema says (a derived schema always can; an explicit `avro-confluent.schema` may
// not), `avroReader` reads values already resolved into the reader schema (avro-schema.ts).
// Avro longs are bigints (avsc's long type with bigint values, `bigintLong`), bytes are Buffers,
// records plain objects, maps objects with string keys.
import avro from 'avsc';
import { Decimal } from '../../sql/types/decimal.ts';
import type { LogicalType } from '../../sql/types/types.ts';
import { toSql } from '../../sql/types/types.ts';
import { WeirError } from '../../util/errors.ts';
import { describe, isNullable, nonNull, type AvroNode } from './avro-schema.ts';

export type Convert = (value: unknown) => unknown;

/** A value that the table cannot hold (a null in a NOT NULL column); the record is bad. */
export class AvroValueError extends Error {}

/** avsc's long type with bigint values, so BIGINT keeps all 64 bits. */
export const bigintLong = avro.types.LongType.__with({
  fromBuffer: (buf: Buffer) => buf.readBigInt64LE(),
  toBuffer: (n: bigint) => {
    const buf = Buffer.alloc(8);
    buf.writeBigInt64LE(n);
    return buf;
  },
  fromJSON: (x: unknown) => BigInt(x as number),
  toJSON: (n: bigint) => Number(n),
  isValid: (n: unknown) => typeof n === 'bigint',
  compare: (a: bigint, b: bigint) => (a === b ? 0 : a < b ? -1 : 1),
});

/** Every long of a schema, `"long"` or `{"type": "long", …}` (timestamps too), as bigintLong. */
function longHook(schema: avro.Schema): avro.Type | undefined {
  return schema === 'long' || (typeof schema === 'object' && !Array.isArray(schema) && (schema as { type?: unknown }).type === 'long') ? bigintLong : undefined;
}

/** avsc's type for a schema's JSON (unions of null and one type unwrapped, longs as bigints). */
export function avscType(schema: unknown): avro.Type {
  return avro.Type.forSchema(schema as avro.Schema, { typeHook: longHook, wrapUnions: 'auto' });
}

// ---- decimals: two's complement, big-endian, as Avro's decimal logical type -----------------------

export function unscaledBytes(unscaled: bigint, size?: number): Buffer {
  let n = 1;
  while (unscaled >= 1n << BigInt(8 * n - 1) || unscaled < -(1n << BigInt(8 * n - 1))) n++;
  const len = size ?? n;
  if (n > len) throw new WeirError('CONFIG_INVALID', `decimal unscaled value ${unscaled} does not fit in fixed(${len})`);
  const u = unscaled < 0n ? unscaled + (1n << BigInt(8 * len)) : unscaled;
  return Buffer.from(u.toString(16).padStart(2 * len, '0'), 'hex');
}

export function bytesUnscaled(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  const u = BigInt('0x' + Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex'));
  return (b[0]! & 0x80) !== 0 ? u - (1n << BigInt(8 * b.length)) : u;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

// ---- writing ------------------------------------------------------------------------------------

function mismatch(type: LogicalType, node: AvroNode, path: string): never {
  throw new WeirError('CONFIG_INVALID', `column '${path}' of type ${toSql(type)} cannot be written as Avro ${describe(node)}`, {
    hint: "make 'avro-confluent.schema' match the table's columns (see docs/engine.md for the type mapping), or leave it out to derive the schema from the table",
  });
}

/** Converts a column value (non-null) to its Avro value under `node`; checks the pair at build time. */
export function avroWriter(type: LogicalType, node: AvroNode, path: string): Convert {
  const inner = nonNull(node);
  if (inner === undefined) {
    throw new WeirError('NOT_IMPLEMENTED', `column '${path}': Avro union ${describe(node)} is not supported, only a union of null and one type`);
  }
  const write = single(type, inner, path);
  if (isNullable(node)) return (v) => (v === null || v === undefined ? null : write(v));
  return (v) => {
    if (v === null || v === undefined) {
      throw new WeirError('CONFIG_INVALID', `column '${path}' is NULL, but its Avro schema ${describe(node)} does not allow null`, { hint: 'make the Avro field a union with "null", or filter out the NULLs' });
    }
    return write(v);
  };
}

function single(type: LogicalType, node: AvroNode, path: string): Convert {
  const lt = node.type === 'union' || node.type === 'record' || node.type === 'enum' || node.type === 'array' || node.type === 'map' ? undefined : node.logicalType;
  const fail = (): never => mismatch(type, node, path);
  switch (type.kind) {
    case 'BOOLEAN':
      return node.type === 'boolean' ? (v) => v : fail();
    case 'TINYINT': case 'SMALLINT': case 'INT':
      if (node.type === 'int' && lt === undefined) return (v) => v;
      return node.type === 'long' && lt === undefined ? (v) => BigInt(v as number) : fail();
    case 'BIGINT':
      return node.type === 'long' && lt === undefined ? (v) => v : fail();
    case 'FLOAT': case 'DOUBLE':
      return node.type === 'double' || (node.type === 'float' && type.kind === 'FLOAT') ? (v) => v : fail();
    case 'CHAR': case 'VARCHAR':
      return node.type === 'string' || node.type === 'enum' ? (v) => v : fail();
    case 'BINARY': case 'VARBINARY':
      if (node.type === 'bytes' && lt === undefined) return (v) => Buffer.from(v as Uint8Array);
      return node.type === 'fixed' && lt === undefined ? (v) => Buffer.from(v as Uint8Array) : fail();
    case 'DECIMAL': {
      if ((node.type !== 'bytes' && node.type !== 'fixed') || lt !== 'decimal') return fail();
      const scale = node.scale ?? 0;
      const size = node.type === 'fixed' ? node.size : undefined;
      return (v) => unscaledBytes((v as Decimal).setScale(scale).unscaled, size);
    }
    case 'DATE':
      return node.type === 'int' && lt === 'date' ? (v) => v : fail();
    case 'TIME':
      if (node.type === 'int' && lt === 'time-millis') return (v) => v;
      return node.type === 'long' && lt === 'time-micros' ? (v) => BigInt(v as number) * 1000n : fail();
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ':
      if (node.type !== 'long' || lt === undefined || !lt.includes('timestamp-')) return fail();
      return lt.endsWith('-millis') ? (v) => BigInt(v as number) : (v) => BigInt(v as number) * 1000n;
    case 'ARRAY': {
      if (node.type !== 'array') return fail();
      const item = avroWriter(type.element, node.items, `${path}[]`);
      return (v) => (v as unknown[]).map(item);
    }
    case 'MAP': {
      if (node.type !== 'map' || (type.key.kind !== 'CHAR' && type.key.kind !== 'VARCHAR')) return fail();
      const value = avroWriter(type.value, node.values, `${path}{}`);
      return (v) => {
        const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        for (const [k, x] of v as Map<unknown, unknown>) {
          if (k === null || k === undefined) throw new WeirError('CONFIG_INVALID', `column '${path}': a MAP with a NULL key cannot be written as an Avro map`, { hint: 'drop the NULL keys first' });
          out[k as string] = value(x);
        }
        return out;
      };
    }
    case 'ROW': {
      if (node.type !== 'record') return fail();
      const parts = type.fields.map((f, i) => {
        const field = node.fields.find((x) => x.name === f.name);
        if (field === undefined) {
          throw new WeirError('CONFIG_INVALID', `column '${path === '' ? f.name : `${path}.${f.name}`}' has no field in Avro ${describe(node)}`, {
            hint: "add the field to 'avro-confluent.schema', or leave the option out to derive the schema from the table",
          });
        }
        return { i, name: f.name, write: avroWriter(f.type, field.type, path === '' ? f.name : `${path}.${f.name}`) };
      });
      for (const field of node.fields) {
        if (!type.fields.some((f) => f.name === field.name) && !('default' in field)) {
          throw new WeirError('CONFIG_INVALID', `Avro ${describe(node)} has a field '${field.name}' without a default that is not a column of the table`, { hint: 'give the field a default, or add the column' });
        }
      }
      return (v) => {
        const row = v as unknown[];
        const out: Record<string, unknown> = {};
        for (const p of parts) out[p.name] = p.write(row[p.i] ?? null);
        return out;
      };
    }
    case 'NULL':
      return node.type === 'null' ? () => null : fail();
    case 'INTERVAL_YEAR_MONTH': case 'INTERVAL_DAY_TIME':
      return fail();
  }
}

// ---- reading ------------------------------------------------------------------------------------

/** Converts an Avro value resolved into `node` (a reader schema from rowSchema) to a column value. */
export function avroReader(type: LogicalType, node: AvroNode, path: string): Convert {
  const read = readSingle(type, nonNull(node) ?? node, path);
  if (!isNullable(node)) return read;
  return (v) => {
    if (v !== null && v !== undefined) return read(v);
    if (!type.nullable) throw new AvroValueError(`field '${path}' is null, but the column is ${toSql(type)}`);
    return null;
  };
}

function readSingle(type: LogicalType, node: AvroNode, path: string): Convert {
  const lt = node.type === 'union' || node.type === 'record' || node.type === 'enum' || node.type === 'array' || node.type === 'map' ? undefined : node.logicalType;
  switch (type.kind) {
    case 'TINYINT': return (v) => ((v as number) << 24) >> 24;
    case 'SMALLINT': return (v) => ((v as number) << 16) >> 16;
    case 'BINARY': case 'VARBINARY': return (v) => new Uint8Array(v as Buffer);
    case 'DECIMAL': {
      const scale = node.type === 'bytes' || node.type === 'fixed' ? (node.scale ?? 0) : 0;
      return (v) => new Decimal(bytesUnscaled(v as Buffer), scale).fit(type.precision, type.scale);
    }
    case 'TIME':
      return lt === 'time-micros' ? (v) => Number(floorDiv(v as bigint, 1000n)) : (v) => v;
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ':
      return lt?.endsWith('-micros') ? (v) => Number(floorDiv(v as bigint, 1000n)) : (v) => Number(v as bigint);
    case 'ARRAY': {
      const item = avroReader(type.element, node.type === 'array' ? node.items : node, `${path}[]`);
      return (v) => (v as unknown[]).map(item);
    }
    case 'MAP': {
      const value = avroReader(type.value, node.type === 'map' ? node.values : node, `${path}{}`);
      return (v) => {
        const out = new Map<unknown, unknown>();
        for (const k of Object.keys(v as object)) out.set(k, value((v as Record<string, unknown>)[k]));
        return out;
      };
    }
    case 'ROW': {
      const fields = node.type === 'record' ? node.fields : [];
      const parts = type.fields.map((f, i) => avroReader(f.type, fields[i]!.type, path === '' ? f.name : `${path}.${f.name}`));
      const names = type.fields.map((f) => f.name);
      return (v) => {
        const r = v as Record<string, unknown>;
        return parts.map((read, i) => read(r[names[i]!]));
      };
    }
    default:
      return (v) => v;
  }
}
