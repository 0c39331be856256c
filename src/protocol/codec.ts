// What generated codecs share: tagged-field handling (a struct keeps the tagged fields it did not
// recognise, raw, so that re-encoding gives back the same bytes), encode errors, and schema types.
import { Writer } from './writer.ts';
import { ProtocolError } from './errors.ts';

export interface TaggedField {
  readonly tag: number;
  readonly data: Uint8Array;
}

/** A known tagged field to write: its tag and a function writing its value. */
export interface KnownTag {
  readonly tag: number;
  readonly write: (w: Writer) => void;
}

export const NO_TAGS: KnownTag[] = [];

/** Writes the tagged-field section: known fields that differ from their default, and unknown ones, by ascending tag. */
export function writeTaggedFields(w: Writer, known: KnownTag[], unknown: readonly TaggedField[] | undefined): void {
  const total = known.length + (unknown?.length ?? 0);
  w.uvarint(total);
  if (total === 0) return;
  const entries: { tag: number; data: Uint8Array }[] = unknown === undefined ? [] : [...unknown];
  for (const k of known) {
    const sub = new Writer(64);
    k.write(sub);
    entries.push({ tag: k.tag, data: sub.finish() });
  }
  entries.sort((a, b) => a.tag - b.tag);
  for (const e of entries) {
    w.uvarint(e.tag);
    w.uvarint(e.data.length);
    w.raw(e.data);
  }
}

/** Deep equality of plain generated values, for deciding whether a struct-typed tagged field is at its default. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return a instanceof Uint8Array && b instanceof Uint8Array && Buffer.compare(a, b) === 0;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** A field set to a non-default value in a version that has no such field (and it is not ignorable). */
export function unsupportedField(path: string, version: number): ProtocolError {
  return new ProtocolError(`has a non-default value, but the field does not exist in this version`, { field: path, version }, 'PROTOCOL_ENCODE');
}

/** A null where the version does not allow one. */
export function nullNotAllowed(path: string, version: number): ProtocolError {
  return new ProtocolError(`is null, but the field is not nullable in this version`, { field: path, version }, 'PROTOCOL_ENCODE');
}

/** A version range as data: [min, max], max 32767 for "N+". */
export type VersionRange = readonly [number, number];

/** A field of a message definition, as data (for tools and tests that walk every API). */
export interface FieldSchema {
  readonly name: string;
  readonly prop: string;
  /** A primitive (`int32`, `string`, `records`…), a struct name, or `[]` + either. */
  readonly type: string;
  readonly versions: VersionRange;
  readonly nullable: VersionRange | null;
  readonly tagged: VersionRange | null;
  readonly tag: number | null;
  readonly ignorable: boolean;
  readonly flexible: VersionRange | null;
  readonly default: string | null;
  readonly fields?: readonly FieldSchema[];
}

export interface MessageSchema {
  readonly name: string;
  readonly kind: 'request' | 'response' | 'header' | 'data';
  readonly apiKey: number | null;
  readonly validVersions: VersionRange;
  readonly flexibleVersions: VersionRange | null;
  readonly fields: readonly FieldSchema[];
}
