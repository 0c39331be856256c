// Fitting a value to a version: fields the version does not have are set to their defaults, so a
// response built once in the newest shape encodes for any version the client asked for. (The
// encoders refuse a non-default value in a field a version lacks unless it is ignorable, as
// Kafka's do; a broker answers old clients by leaving such fields out.)
import { ZERO_UUID } from './reader.ts';
import type { FieldSchema, VersionRange } from './codec.ts';

export const within = (v: number, r: VersionRange | null): boolean => r !== null && v >= r[0] && v <= r[1];

const PRIMITIVES = new Set(['bool', 'int8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float64', 'string', 'uuid', 'bytes', 'records']);

export function isPrimitive(type: string): boolean {
  return PRIMITIVES.has(type);
}

/** The value Kafka's rules give a field that is absent. */
export function defaultOf(f: FieldSchema): unknown {
  if (f.default === 'null') return null;
  if (f.type.startsWith('[]')) return [];
  if (!PRIMITIVES.has(f.type)) return Object.fromEntries((f.fields ?? []).map((x) => [x.prop, defaultOf(x)]));
  switch (f.type) {
    case 'bool':
      return f.default === 'true';
    case 'int64':
      return BigInt(f.default ?? 0);
    case 'string':
      return f.default ?? '';
    case 'uuid':
      return ZERO_UUID;
    case 'bytes':
      return Buffer.alloc(0);
    case 'records':
      return f.nullable !== null ? null : Buffer.alloc(0);
    default:
      return Number(f.default ?? 0);
  }
}

/** A copy of `value` with every field absent in version `v` at its default (records are not copied). */
export function fitToVersion<T extends object>(fields: readonly FieldSchema[], v: number, value: T): T {
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const f of fields) {
    const x = out[f.prop];
    if (!within(v, f.versions)) out[f.prop] = defaultOf(f);
    else if (f.fields !== undefined && Array.isArray(x)) out[f.prop] = x.map((e: object) => fitToVersion(f.fields!, v, e));
    else if (f.fields !== undefined && x !== null && typeof x === 'object') out[f.prop] = fitToVersion(f.fields, v, x);
  }
  return out as T;
}
