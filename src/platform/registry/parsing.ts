// Parsing for the registry: a schema as submitted becomes a Prepared one (its format's parse, with
// its references pinned and resolved from the store, and its identity: a hash of the format, the
// normalized text and the references, which decides whether two schemas share an id).
import { createHash } from 'node:crypto';
import type { SchemaFormat } from '../spec/model.ts';
import { avroFormat } from './avro.ts';
import { registryErrors } from './errors.ts';
import type { FormatHandler, ResolvedReference } from './format.ts';
import { jsonSchemaFormat } from './json-schema.ts';
import { protobufFormat } from './protobuf.ts';
import type { RegistryStore } from './store.ts';
import type { SchemaInput, SchemaReference } from './types.ts';

const FORMATS: Record<SchemaFormat, FormatHandler<unknown>> = {
  AVRO: avroFormat as FormatHandler<unknown>,
  JSON: jsonSchemaFormat as FormatHandler<unknown>,
  PROTOBUF: protobufFormat as FormatHandler<unknown>,
};

const MAX_REFERENCE_DEPTH = 32;
/** Parsed schemas kept (the oldest goes first). */
const PARSED_CACHE_SIZE = 2048;

export interface Prepared {
  readonly schemaType: SchemaFormat;
  readonly schema: string;
  /** As given, with `latest` (-1) versions replaced by the number they mean now. */
  readonly references: readonly SchemaReference[];
  readonly handler: FormatHandler<unknown>;
  readonly parsed: unknown;
  readonly identity: string;
}

export class SchemaParser {
  private readonly store: RegistryStore;
  private readonly cache = new Map<string, { parsed: unknown; identity: string }>();

  constructor(store: RegistryStore) {
    this.store = store;
  }

  /** Parses (once: results are cached by text and resolved references) and identifies a schema. */
  prepare(input: SchemaInput): Prepared {
    const schemaType = input.schemaType ?? 'AVRO';
    const handler = (FORMATS as Partial<Record<string, FormatHandler<unknown>>>)[schemaType];
    if (handler === undefined) throw registryErrors.invalidSchema(`type '${String(schemaType)}': use AVRO, JSON or PROTOBUF`);
    if (typeof input.schema !== 'string' || input.schema.trim() === '') throw registryErrors.invalidSchema('(empty): give the schema text');
    const references = (input.references ?? []).map((r) => this.pinReference(r));
    const resolved = references.map((r) => this.resolve(r, 0));
    const key = createHash('sha256')
      .update(`${schemaType}\u0000${input.schema}\u0000${JSON.stringify(resolved.map(referenceKey))}`)
      .digest('hex');
    let entry = this.cache.get(key);
    if (entry === undefined) {
      const parsed = handler.parse(input.schema, resolved);
      const identity = createHash('sha256')
        .update(`${schemaType}\u0000${handler.canonical(parsed)}\u0000${JSON.stringify(references)}`)
        .digest('hex');
      entry = { parsed, identity };
      if (this.cache.size >= PARSED_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, entry);
    }
    return { schemaType, schema: input.schema, references, handler, ...entry };
  }

  /** A reference with `latest` (version -1) replaced by the number it means now. */
  private pinReference(ref: SchemaReference): SchemaReference {
    if (typeof ref?.name !== 'string' || typeof ref.subject !== 'string' || !Number.isInteger(ref.version)) {
      throw registryErrors.invalidSchema(`reference ${JSON.stringify(ref)}: a reference needs a name, a subject and a version`);
    }
    if (ref.version !== -1) return { name: ref.name, subject: ref.subject, version: ref.version };
    const latest = this.store.versions(ref.subject, false).at(-1);
    if (latest === undefined) throw registryErrors.invalidSchema(`reference '${ref.name}': subject '${ref.subject}' has no versions`);
    return { name: ref.name, subject: ref.subject, version: latest.version };
  }

  private resolve(ref: SchemaReference, depth: number): ResolvedReference & { identity: string } {
    if (depth > MAX_REFERENCE_DEPTH) throw registryErrors.invalidSchema(`reference '${ref.name}': references nest deeper than ${MAX_REFERENCE_DEPTH}`);
    const row = this.store.version(ref.subject, ref.version);
    if (row === undefined) {
      throw registryErrors.invalidSchema(`reference '${ref.name}': subject '${ref.subject}' has no version ${ref.version}`);
    }
    const schema = this.store.schema(row.schemaId);
    if (schema === undefined) throw registryErrors.schemaNotFound(row.schemaId);
    return {
      name: ref.name,
      subject: ref.subject,
      version: ref.version,
      identity: schema.identity,
      schemaType: schema.schemaType,
      schema: schema.schema,
      references: schema.references.map((r) => this.resolve(r, depth + 1)),
    };
  }
}

/** What a resolved reference parses as: its name and its schema's identity (content, not id: a rolled-back id may come back). */
function referenceKey(ref: ResolvedReference & { identity?: string }): unknown {
  return { name: ref.name, identity: ref.identity, refs: ref.references.map(referenceKey) };
}
