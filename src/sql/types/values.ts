// How SQL values are held at run time — the one representation every part of the engine shares
// (functions, operators, state, formats, connectors). Flink's internal data structures, in JS:
//
//   BOOLEAN                     boolean
//   TINYINT, SMALLINT, INT      number (integer, in the type's range)
//   BIGINT                      bigint (exact: never a double)
//   FLOAT, DOUBLE               number (FLOAT rounded with Math.fround)
//   DECIMAL(p, s)               Decimal (src/sql/types/decimal.ts), already fitted to (p, s)
//   CHAR, VARCHAR, STRING       string
//   BINARY, VARBINARY, BYTES    Uint8Array
//   DATE                        number: days since 1970-01-01
//   TIME(p)                     number: milliseconds of the day
//   TIMESTAMP(p)                number: milliseconds since 1970-01-01T00:00 of the wall clock (no
//                               zone); sub-millisecond digits are not kept (documented limit)
//   TIMESTAMP_LTZ(p)            number: epoch milliseconds (an instant)
//   INTERVAL YEAR TO MONTH      number: months
//   INTERVAL DAY TO SECOND      number: milliseconds
//   ARRAY<T>                    unknown[]
//   MAP<K, V>                   Map<unknown, unknown> (keys compared with `keyOf`)
//   ROW<…>                      Row (an array in field order)
//   any type, when NULL         null
//
// A row is an array of values in the order of its type's fields. A change is a row with its
// RowKind, Flink's changelog: +I insert, -U update before, +U update after, -D delete.

import { Decimal } from './decimal.ts';

export type Row = unknown[];
export type RowKind = '+I' | '-U' | '+U' | '-D';

export interface Change {
  readonly kind: RowKind;
  readonly row: Row;
}

/** True for +I and +U (the row is added), false for -U and -D (the row is taken away). */
export const isAccumulate = (kind: RowKind): boolean => kind === '+I' || kind === '+U';

/**
 * A string that is equal for equal values and different for different ones, for hash maps of
 * keys (grouping, joins, distinct, MAP keys). Types are not part of the key: callers only mix
 * values of one type per position.
 */
export function keyOf(value: unknown): string {
  if (value === null || value === undefined) return 'n';
  switch (typeof value) {
    case 'string': return 's' + value.length + ':' + value;
    case 'number': return 'd' + (Object.is(value, -0) ? 0 : value);
    case 'bigint': return 'i' + value;
    case 'boolean': return value ? 'T' : 'F';
  }
  if (value instanceof Decimal) return 'm' + value.toString();
  if (value instanceof Uint8Array) return 'b' + Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (Array.isArray(value)) return '[' + value.map(keyOf).join(',') + ']';
  if (value instanceof Map) return '{' + [...value].map(([k, v]) => keyOf(k) + '=' + keyOf(v)).sort().join(',') + '}';
  return 'o' + JSON.stringify(value);
}

/** The key of several positions of a row (a grouping or join key). */
export function keyOfFields(row: Row, fields: readonly number[]): string {
  if (fields.length === 1) return keyOf(row[fields[0]!]);
  let k = '';
  for (const f of fields) k += keyOf(row[f]) + '|';
  return k;
}

/**
 * Orders two non-null values of the same type (numbers, bigints, strings, booleans, Decimals,
 * byte arrays, arrays and rows element-wise). NULL sorts first. Returns <0, 0 or >0.
 */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (a instanceof Decimal && b instanceof Decimal) return a.compare(b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.compare(a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareValues(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0;
}
