// What each schema format (avro.ts, json-schema.ts, protobuf.ts) provides to the registry: parsing
// (with its references resolved), a normalized text for identity (the same schema written twice
// differently gets one id), and the reader/writer check the compatibility levels are built from.
import type { SchemaFormat } from '../spec/model.ts';

/** A referenced schema, with its own references resolved, as a format parses it. */
export interface ResolvedReference {
  /** The name the referring schema uses: an Avro full name, a Protobuf import path, a JSON $ref. */
  readonly name: string;
  readonly subject: string;
  readonly version: number;
  readonly schemaType: SchemaFormat;
  readonly schema: string;
  readonly references: readonly ResolvedReference[];
}

/**
 * One reason a reader cannot read what a writer wrote. `description` may say `{reader}` and
 * `{writer}`; the compatibility check replaces them with "new" and "old" as the direction says.
 */
export interface Incompatibility {
  /** Confluent's error type, e.g. READER_FIELD_MISSING_DEFAULT_VALUE, TYPE_NARROWED, MESSAGE_REMOVED. */
  readonly type: string;
  /** Where, in the format's own path syntax (Avro and JSON: a JSON pointer; Protobuf: `#/Message/3`). */
  readonly path: string;
  readonly description: string;
  readonly additionalInfo?: string;
}

export interface FormatHandler<P> {
  readonly format: SchemaFormat;
  /** Parses and validates; throws a RegistryError 42201 naming what is wrong. */
  parse(schema: string, references: readonly ResolvedReference[]): P;
  /** The normalized text used to decide whether two schemas are the same. */
  canonical(parsed: P): string;
  /** Why a consumer using `reader` cannot read data produced with `writer`; empty when it can. */
  incompatibilities(reader: P, writer: P): Incompatibility[];
}

/** All references of a schema, depth first, each once (dependencies before their dependants). */
export function flattenReferences(references: readonly ResolvedReference[]): ResolvedReference[] {
  const out: ResolvedReference[] = [];
  const seen = new Set<string>();
  const visit = (refs: readonly ResolvedReference[]): void => {
    for (const ref of refs) {
      const key = `${ref.subject}\u0000${ref.version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      visit(ref.references);
      out.push(ref);
    }
  };
  visit(references);
  return out;
}

/** JSON text with object keys sorted at every level and no whitespace. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
