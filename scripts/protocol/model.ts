// The message-definition model: Kafka's JSON (with `//` comments) read into normalised structures.
import { readFileSync } from 'node:fs';

/** An inclusive version range; `max` is Infinity for "N+"; empty when min > max. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

export const NONE: Range = { min: 1, max: 0 };

export type Primitive = 'bool' | 'int8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64' | 'float64' | 'string' | 'uuid' | 'bytes' | 'records';

export type FieldType =
  | { readonly kind: 'primitive'; readonly name: Primitive }
  | { readonly kind: 'struct'; readonly struct: string }
  | { readonly kind: 'array'; readonly element: FieldType };

export interface Field {
  readonly name: string;
  readonly prop: string;
  readonly type: FieldType;
  readonly versions: Range;
  readonly nullable: Range;
  readonly tagged: Range;
  readonly tag: number | null;
  readonly ignorable: boolean;
  /** The field's own flexibleVersions override (only RequestHeader.ClientId uses it). */
  readonly flexible: Range | null;
  readonly default: string | null;
  readonly about: string;
}

export interface Struct {
  readonly name: string;
  readonly fields: readonly Field[];
}

export interface Message {
  readonly file: string;
  readonly name: string;
  readonly kind: 'request' | 'response' | 'header' | 'data';
  readonly apiKey: number | null;
  readonly valid: Range;
  readonly flexible: Range;
  readonly listeners: readonly string[];
  readonly latestVersionUnstable: boolean;
  /** Every struct, the message's own top level first (named like the message). */
  readonly structs: ReadonlyMap<string, Struct>;
}

const PRIMITIVES = new Set<string>(['bool', 'int8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float64', 'string', 'uuid', 'bytes', 'records']);

export function parseRange(text: string | undefined): Range {
  if (text === undefined || text === 'none') return NONE;
  const plus = /^(\d+)\+$/.exec(text);
  if (plus) return { min: Number(plus[1]), max: Infinity };
  const span = /^(\d+)-(\d+)$/.exec(text);
  if (span) return { min: Number(span[1]), max: Number(span[2]) };
  if (/^\d+$/.test(text)) return { min: Number(text), max: Number(text) };
  throw new Error(`invalid version range ${JSON.stringify(text)}`);
}

export function intersect(a: Range, b: Range): Range {
  return { min: Math.max(a.min, b.min), max: Math.min(a.max, b.max) };
}

export function isEmpty(r: Range): boolean {
  return r.min > r.max;
}

export function contains(outer: Range, inner: Range): boolean {
  return isEmpty(inner) || (outer.min <= inner.min && outer.max >= inner.max);
}

/** Removes `//` comments outside strings. */
export function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else {
      out += c;
    }
  }
  return out;
}

export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number | string;
  ignorable?: boolean;
  flexibleVersions?: string;
  default?: string | number | boolean;
  about?: string;
  fields?: RawField[];
}

interface RawMessage {
  type: Message['kind'];
  name: string;
  apiKey?: number;
  validVersions: string;
  flexibleVersions: string;
  listeners?: string[];
  latestVersionUnstable?: boolean;
  fields: RawField[];
  commonStructs?: { name: string; versions: string; fields: RawField[] }[];
}

export function loadMessage(path: string, file: string): Message {
  const raw = JSON.parse(stripComments(readFileSync(path, 'utf8'))) as RawMessage;
  const structs = new Map<string, Struct>();
  const defineStruct = (name: string, fields: RawField[]): void => {
    if (structs.has(name)) throw new Error(`${file}: struct ${name} defined twice`);
    structs.set(name, { name, fields: [] });
    structs.set(name, { name, fields: fields.map((f) => toField(f)) });
  };
  const toType = (t: string, f: RawField): FieldType => {
    if (t.startsWith('[]')) return { kind: 'array', element: toType(t.slice(2), f) };
    if (PRIMITIVES.has(t)) return { kind: 'primitive', name: t as Primitive };
    if (f.fields !== undefined) defineStruct(t, f.fields);
    return { kind: 'struct', struct: t };
  };
  const toField = (f: RawField): Field => ({
    name: f.name,
    prop: camel(f.name),
    type: toType(f.type, f),
    versions: parseRange(f.versions),
    nullable: parseRange(f.nullableVersions),
    tagged: parseRange(f.taggedVersions),
    tag: f.tag === undefined ? null : Number(f.tag),
    ignorable: f.ignorable === true,
    flexible: f.flexibleVersions === undefined ? null : parseRange(f.flexibleVersions),
    default: f.default === undefined ? null : String(f.default),
    about: (f.about ?? '').replace(/\s+/g, ' ').trim(),
  });
  structs.set(raw.name, { name: raw.name, fields: [] });
  for (const c of raw.commonStructs ?? []) defineStruct(c.name, c.fields);
  structs.set(raw.name, { name: raw.name, fields: raw.fields.map(toField) });
  const message: Message = {
    file,
    name: raw.name,
    kind: raw.type,
    apiKey: raw.apiKey ?? null,
    valid: parseRange(raw.validVersions),
    flexible: parseRange(raw.flexibleVersions),
    listeners: raw.listeners ?? [],
    latestVersionUnstable: raw.latestVersionUnstable === true,
    structs,
  };
  for (const s of structs.values()) {
    for (const f of s.fields) {
      if (f.type.kind === 'struct' && !structs.has(f.type.struct)) throw new Error(`${file}: unknown type ${f.type.struct}`);
      if (f.type.kind === 'array' && f.type.element.kind === 'struct' && !structs.has(f.type.element.struct)) {
        throw new Error(`${file}: unknown type ${f.type.element.struct}`);
      }
    }
  }
  return message;
}
