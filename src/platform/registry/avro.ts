// Avro schemas in the registry: parsing with avsc (references are named types defined by other
// registered schemas, loaded into the same avsc registry first), a normalized form for identity, and
// the reader/writer check. Whether a reader can read a writer is avsc's own schema resolution
// (`createResolver` throws when it cannot, with Avro Java's namespace-insensitive name matching, as
// Confluent's registry uses); the messages come from a walk of both schemas that names the rule
// (Avro's SchemaCompatibility error types) and the JSON-pointer path in the reader schema.
//
// Normalized form: Avro's Parsing Canonical Form rules (full names, no namespace attribute,
// primitives as strings, fixed attribute order, doc dropped) but keeping what changes compatibility
// or meaning: field defaults, field order, aliases, enum defaults and logical types.
import avro from 'avsc';
import type { Type } from 'avsc';
import { registryErrors } from './errors.ts';
import { errorMessage, flattenReferences, type FormatHandler, type Incompatibility, type ResolvedReference } from './format.ts';

export interface ParsedAvro {
  readonly type: Type;
  readonly json: unknown;
}

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);

export const avroFormat: FormatHandler<ParsedAvro> = {
  format: 'AVRO',
  parse(schema, references) {
    const registry: Record<string, Type> = {};
    for (const ref of flattenReferences(references)) parseInto(ref.schema, registry, ref);
    const json = parseJson(schema);
    return { type: parseInto(schema, registry, undefined, json), json };
  },
  canonical(parsed) {
    return JSON.stringify(canonicalForm(parsed.json, ''));
  },
  incompatibilities(reader, writer) {
    try {
      reader.type.createResolver(writer.type, { ignoreNamespaces: true });
      return [];
    } catch (error) {
      const found: Incompatibility[] = [];
      walk(reader.type, writer.type, '', found, new Set());
      if (found.length > 0) return found;
      return [{ type: 'TYPE_MISMATCH', path: '/', description: `The {reader} schema cannot read data written with the {writer} schema`, additionalInfo: errorMessage(error) }];
    }
  },
};

function parseJson(text: string, ref?: ResolvedReference): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw registryErrors.invalidSchema(`${where(ref)}is not JSON: ${errorMessage(error)}`);
  }
}

function parseInto(text: string, registry: Record<string, Type>, ref: ResolvedReference | undefined, json = parseJson(text, ref)): Type {
  try {
    return avro.Type.forSchema(json as avro.Schema, { registry });
  } catch (error) {
    throw registryErrors.invalidSchema(`${where(ref)}${errorMessage(error)}`);
  }
}

function where(ref: ResolvedReference | undefined): string {
  return ref === undefined ? '' : `(reference '${ref.name}', subject '${ref.subject}' version ${ref.version}) `;
}

// ---- normalized form -------------------------------------------------------------------------

function fullName(name: string, namespace: string): string {
  return name.includes('.') || namespace === '' ? name : `${namespace}.${name}`;
}

function namespaceOf(full: string): string {
  const dot = full.lastIndexOf('.');
  return dot < 0 ? '' : full.slice(0, dot);
}

function canonicalForm(schema: unknown, namespace: string): unknown {
  if (typeof schema === 'string') return PRIMITIVES.has(schema) ? schema : fullName(schema, namespace);
  if (Array.isArray(schema)) return schema.map((branch) => canonicalForm(branch, namespace));
  if (schema === null || typeof schema !== 'object') return schema;
  const s = schema as Record<string, unknown>;
  const type = s.type;
  if (typeof type !== 'string') return canonicalForm(type, namespace);
  const logical = s.logicalType === undefined ? {} : { logicalType: s.logicalType, precision: s.precision, scale: s.scale };
  if (PRIMITIVES.has(type)) return s.logicalType === undefined ? type : { type, ...logical };
  if (type === 'array') return { type, items: canonicalForm(s.items, namespace) };
  if (type === 'map') return { type, values: canonicalForm(s.values, namespace) };
  const ns = typeof s.namespace === 'string' ? s.namespace : namespace;
  const name = fullName(String(s.name), ns);
  const inner = namespaceOf(name);
  const aliases = Array.isArray(s.aliases) ? s.aliases.map((a) => fullName(String(a), inner)) : undefined;
  if (type === 'enum') return { name, type, symbols: s.symbols, default: s.default, aliases };
  if (type === 'fixed') return { name, type, size: s.size, ...logical, aliases };
  const fields = Array.isArray(s.fields) ? (s.fields as Record<string, unknown>[]) : [];
  return {
    name,
    type,
    fields: fields.map((f) => ({
      name: f.name,
      type: canonicalForm(f.type, inner),
      default: f.default,
      order: f.order === undefined || f.order === 'ascending' ? undefined : f.order,
      aliases: f.aliases,
    })),
    aliases,
  };
}

// ---- messages --------------------------------------------------------------------------------

const PROMOTIONS: Record<string, readonly string[]> = {
  long: ['int'],
  float: ['int', 'long'],
  double: ['int', 'long', 'float'],
  string: ['bytes'],
  bytes: ['string'],
};

interface AvroNode {
  readonly typeName: string;
  readonly name?: string;
  readonly aliases?: string[];
  readonly types?: readonly AvroNode[];
  readonly fields?: readonly { name: string; type: AvroNode; aliases: string[]; defaultValue(): unknown }[];
  readonly symbols?: readonly string[];
  readonly default?: unknown;
  readonly size?: number;
  readonly itemsType?: AvroNode;
  readonly valuesType?: AvroNode;
  readonly underlyingType?: AvroNode;
}

function kind(node: AvroNode): string {
  return node.typeName.startsWith('union') ? 'union' : node.typeName;
}

function unqualified(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function upper(node: AvroNode): string {
  return kind(node).toUpperCase();
}

/** Walks reader and writer as Avro's resolution does, recording each rule that fails. */
function walk(readerType: Type, writerType: Type, path: string, out: Incompatibility[], seen: Set<string>): void {
  let reader = readerType as unknown as AvroNode;
  let writer = writerType as unknown as AvroNode;
  while (reader.underlyingType !== undefined) reader = reader.underlyingType;
  while (writer.underlyingType !== undefined) writer = writer.underlyingType;
  if (reader.name !== undefined && writer.name !== undefined) {
    const pair = `${reader.name}|${writer.name}`;
    if (seen.has(pair)) return; // a recursive type: this pair is being (or was) walked
    seen.add(pair);
  }
  const rk = kind(reader);
  const wk = kind(writer);
  if (wk === 'union') {
    writer.types!.forEach((branch, i) => walk(readerType, branch as unknown as Type, rk === 'union' ? path : `${path}/${i}`, out, seen));
    return;
  }
  if (rk === 'union') {
    const readable = reader.types!.some((branch) => {
      const trial: Incompatibility[] = [];
      walk(branch as unknown as Type, writerType, path, trial, new Set(seen));
      return trial.length === 0;
    });
    if (!readable) {
      out.push({
        type: 'MISSING_UNION_BRANCH',
        path: path || '/',
        description: `The {reader} schema has no union branch at path '${path || '/'}' that can read the {writer} schema's type`,
        additionalInfo: `reader union lacking writer type: ${upper(writer)}`,
      });
    }
    return;
  }
  if (rk !== wk) {
    if (PROMOTIONS[rk]?.includes(wk)) return;
    out.push(typeMismatch(path, reader, writer));
    return;
  }
  if (reader.name !== undefined && writer.name !== undefined && !nameMatches(reader, writer)) {
    out.push({
      type: 'NAME_MISMATCH',
      path: `${path}/name`,
      description: `The name of the {reader} schema's type at path '${path || '/'}' does not match the {writer} schema's`,
      additionalInfo: `expected: ${writer.name}`,
    });
    return;
  }
  switch (rk) {
    case 'record':
      reader.fields!.forEach((field, i) => {
        const names = [field.name, ...field.aliases];
        const match = writer.fields!.find((w) => names.includes(w.name));
        if (match !== undefined) walk(field.type as unknown as Type, match.type as unknown as Type, `${path}/fields/${i}/type`, out, seen);
        else if (field.defaultValue() === undefined) {
          out.push({
            type: 'READER_FIELD_MISSING_DEFAULT_VALUE',
            path: `${path}/fields/${i}`,
            description: `The field '${field.name}' at path '${path}/fields/${i}' in the {reader} schema has no default value and is missing in the {writer} schema`,
            additionalInfo: field.name,
          });
        }
      });
      return;
    case 'enum': {
      const missing = writer.symbols!.filter((s) => !reader.symbols!.includes(s));
      if (missing.length > 0 && reader.default === undefined) {
        out.push({
          type: 'MISSING_ENUM_SYMBOLS',
          path: `${path}/symbols`,
          description: `The {reader} schema is missing enum symbols '[${missing.join(', ')}]' at path '${path}/symbols' in the {writer} schema`,
          additionalInfo: `[${missing.join(', ')}]`,
        });
      }
      return;
    }
    case 'fixed':
      if (reader.size !== writer.size) {
        out.push({
          type: 'FIXED_SIZE_MISMATCH',
          path: `${path}/size`,
          description: `The size of the fixed type at path '${path}/size' in the {reader} schema does not match the {writer} schema`,
          additionalInfo: `expected: ${writer.size}, found: ${reader.size}`,
        });
      }
      return;
    case 'array':
      walk(reader.itemsType as unknown as Type, writer.itemsType as unknown as Type, `${path}/items`, out, seen);
      return;
    case 'map':
      walk(reader.valuesType as unknown as Type, writer.valuesType as unknown as Type, `${path}/values`, out, seen);
      return;
    default:
      return;
  }
}

function nameMatches(reader: AvroNode, writer: AvroNode): boolean {
  const wanted = unqualified(writer.name!);
  return [reader.name!, ...(reader.aliases ?? [])].some((n) => unqualified(n) === wanted);
}

function typeMismatch(path: string, reader: AvroNode, writer: AvroNode): Incompatibility {
  return {
    type: 'TYPE_MISMATCH',
    path: path || '/',
    description: `The type (path '${path || '/'}') of a field in the {reader} schema does not match the {writer} schema`,
    additionalInfo: `reader type: ${upper(reader)} not compatible with writer type: ${upper(writer)}`,
  };
}
