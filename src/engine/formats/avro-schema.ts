// Avro schemas for the `avro-confluent` format: Flink's table type → Avro schema mapping
// (AvroSchemaConverter), a writer schema's JSON turned into a tree without name references, and
// the reader schema derived from the table's columns for one writer schema.
//
// Mapping (as Flink's): BOOLEAN boolean; TINYINT, SMALLINT, INT int; BIGINT long; FLOAT float;
// DOUBLE double; CHAR/VARCHAR string; BINARY/VARBINARY bytes; DECIMAL(p, s) bytes with logical type
// decimal; DATE int date; TIME(p ≤ 3) int time-millis; TIMESTAMP / TIMESTAMP_LTZ long
// timestamp-millis (p ≤ 3) or timestamp-micros (p ≤ 6); ARRAY array; MAP with string keys map; ROW
// record, named `record` in namespace org.apache.flink.avro.generated, nested rows
// `record_<field>` (`record_<field>_<field>` deeper). A nullable type is the union ["null", T] and
// a nullable field defaults to null.
//
// The reader schema for a writer follows the writer where the table leaves a choice: record and
// fixed names (as aliases, so Avro's name check passes), an enum's symbols for a string column (read
// as the symbol's name), a fixed or bytes decimal with the writer's
// precision and scale, the time unit of a timestamp or time, and a union with null where the writer
// has one (a null in a NOT NULL column is then a bad record, not an unreadable schema).
import type { LogicalType, RowField } from '../../sql/types/types.ts';
import { toSql } from '../../sql/types/types.ts';
import { WeirError } from '../../util/errors.ts';

export const FLINK_RECORD_NAME = 'org.apache.flink.avro.generated.record';

type Primitive = 'null' | 'boolean' | 'int' | 'long' | 'float' | 'double' | 'bytes' | 'string';
const PRIMITIVES: readonly string[] = ['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'];

interface Logical {
  readonly logicalType?: string;
  readonly precision?: number;
  readonly scale?: number;
}

export interface AvroField {
  readonly name: string;
  readonly type: AvroNode;
  /** Present (possibly null) when the field has a default. */
  readonly default?: unknown;
}

/** An Avro schema as a tree: named types appear in place (full names), never as references. */
export type AvroNode =
  | (Logical & { readonly type: Primitive })
  | { readonly type: 'record'; readonly name: string; readonly aliases?: readonly string[]; readonly fields: readonly AvroField[] }
  | { readonly type: 'enum'; readonly name: string; readonly aliases?: readonly string[]; readonly symbols: readonly string[] }
  | (Logical & { readonly type: 'fixed'; readonly name: string; readonly aliases?: readonly string[]; readonly size: number })
  | { readonly type: 'array'; readonly items: AvroNode }
  | { readonly type: 'map'; readonly values: AvroNode }
  | { readonly type: 'union'; readonly branches: readonly AvroNode[] };

const NULL: AvroNode = { type: 'null' };

function invalid(message: string): never {
  throw new WeirError('CONFIG_INVALID', message);
}

// ---- JSON → tree --------------------------------------------------------------------------------

function fullName(name: string, namespace: string): string {
  return name.includes('.') || namespace === '' ? name : `${namespace}.${name}`;
}

function namespaceOf(full: string): string {
  const i = full.lastIndexOf('.');
  return i < 0 ? '' : full.slice(0, i);
}

function logical(o: Record<string, unknown>): Logical {
  const out: { logicalType?: string; precision?: number; scale?: number } = {};
  if (typeof o.logicalType === 'string') out.logicalType = o.logicalType;
  if (typeof o.precision === 'number') out.precision = o.precision;
  if (typeof o.scale === 'number') out.scale = o.scale;
  return out;
}

/** The tree of an Avro schema's JSON text; references to named types are replaced by their definitions. */
export function parseSchema(text: string): AvroNode {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    invalid(`not an Avro schema (not JSON): ${(e as Error).message}`);
  }
  const named = new Map<string, AvroNode | 'open'>();
  const walk = (s: unknown, ns: string): AvroNode => {
    if (typeof s === 'string') {
      if (PRIMITIVES.includes(s)) return { type: s as Primitive };
      const found = named.get(fullName(s, ns)) ?? named.get(s);
      if (found === 'open') invalid(`recursive Avro type '${s}' is not supported`);
      if (found === undefined) invalid(`unknown Avro type '${s}'`);
      return found;
    }
    if (Array.isArray(s)) return { type: 'union', branches: s.map((b) => walk(b, ns)) };
    if (typeof s !== 'object' || s === null) return invalid(`not an Avro schema: ${JSON.stringify(s)}`);
    const o = s as Record<string, unknown>;
    const t = o.type;
    if (typeof t !== 'string' || (!PRIMITIVES.includes(t) && !['record', 'error', 'enum', 'fixed', 'array', 'map'].includes(t))) {
      const inner = walk(t, ns);
      return inner.type === 'int' || inner.type === 'long' || inner.type === 'bytes' ? { ...inner, ...logical(o) } : inner;
    }
    if (PRIMITIVES.includes(t)) return { type: t as Primitive, ...logical(o) };
    if (t === 'array') return { type: 'array', items: walk(o.items, ns) };
    if (t === 'map') return { type: 'map', values: walk(o.values, ns) };
    if (typeof o.name !== 'string') invalid(`Avro ${t} without a name: ${JSON.stringify(s).slice(0, 200)}`);
    const name = fullName(o.name, typeof o.namespace === 'string' ? o.namespace : ns);
    if (t === 'enum') return define(named, name, { type: 'enum', name, symbols: Array.isArray(o.symbols) ? o.symbols.map(String) : [] });
    if (t === 'fixed') return define(named, name, { type: 'fixed', name, size: Number(o.size), ...logical(o) });
    named.set(name, 'open');
    const fields = (Array.isArray(o.fields) ? o.fields : []).map((f: Record<string, unknown>) => ({
      name: String(f.name),
      type: walk(f.type, namespaceOf(name)),
      ...('default' in f ? { default: f.default } : {}),
    }));
    return define(named, name, { type: 'record', name, fields });
  };
  return walk(json, '');
}

function define(named: Map<string, AvroNode | 'open'>, name: string, node: AvroNode): AvroNode {
  named.set(name, node);
  return node;
}

// ---- tree → JSON --------------------------------------------------------------------------------

function unqualified(full: string): string {
  return full.slice(full.lastIndexOf('.') + 1);
}

/** The schema's JSON text, names written relative to their enclosing namespace as Avro prints them. */
export function schemaText(node: AvroNode): string {
  return JSON.stringify(toJson(node, ''));
}

function toJson(node: AvroNode, ns: string): unknown {
  const named = (full: string): Record<string, unknown> => {
    const space = namespaceOf(full);
    return { name: unqualified(full), ...(space !== ns ? { namespace: space } : {}) };
  };
  switch (node.type) {
    case 'union': return node.branches.map((b) => toJson(b, ns));
    case 'array': return { type: 'array', items: toJson(node.items, ns) };
    case 'map': return { type: 'map', values: toJson(node.values, ns) };
    case 'enum': return { type: 'enum', ...named(node.name), ...(node.aliases ? { aliases: node.aliases } : {}), symbols: node.symbols };
    case 'fixed': {
      const { type, name, aliases, size, ...rest } = node;
      return { type, ...named(name), ...(aliases ? { aliases } : {}), size, ...rest };
    }
    case 'record': {
      const inner = namespaceOf(node.name);
      const fields = node.fields.map((f) => ({ name: f.name, type: toJson(f.type, inner), ...('default' in f ? { default: f.default } : {}) }));
      return { type: 'record', ...named(node.name), ...(node.aliases ? { aliases: node.aliases } : {}), fields };
    }
    default: {
      const { type, ...rest } = node;
      return Object.keys(rest).length === 0 ? type : node;
    }
  }
}

// ---- table type → schema ------------------------------------------------------------------------

/** The branch of a union with null, or the node itself. */
export function nonNull(node: AvroNode): AvroNode | undefined {
  if (node.type !== 'union') return node;
  const rest = node.branches.filter((b) => b.type !== 'null');
  return rest.length === 1 ? rest[0] : undefined;
}

export function isNullable(node: AvroNode): boolean {
  return node.type === 'null' || (node.type === 'union' && node.branches.some((b) => b.type === 'null'));
}

const TIMESTAMP_UNITS = ['timestamp-millis', 'timestamp-micros', 'local-timestamp-millis', 'local-timestamp-micros'];

/**
 * The Avro schema of a row of `fields` (Flink's derivation), or, given a `writer`, the reader
 * schema to resolve that writer's data into.
 */
export function rowSchema(fields: readonly RowField[], writer?: AvroNode): AvroNode {
  return record(fields, FLINK_RECORD_NAME, writer === undefined ? undefined : nonNull(writer));
}

function record(fields: readonly RowField[], name: string, w: AvroNode | undefined): AvroNode {
  const wr = w?.type === 'record' ? w : undefined;
  return {
    type: 'record',
    name,
    ...(wr !== undefined ? { aliases: [unqualified(wr.name)] } : {}),
    fields: fields.map((f) => {
      const type = derive(f.type, `${name}_${f.name}`, wr?.fields.find((x) => x.name === f.name)?.type);
      return type.type === 'union' ? { name: f.name, type, default: null } : { name: f.name, type };
    }),
  };
}

function derive(type: LogicalType, name: string, w: AvroNode | undefined): AvroNode {
  const inner = single(type, name, w === undefined ? undefined : nonNull(w));
  return type.nullable || (w !== undefined && isNullable(w)) ? { type: 'union', branches: [NULL, inner] } : inner;
}

function single(type: LogicalType, name: string, w: AvroNode | undefined): AvroNode {
  switch (type.kind) {
    case 'BOOLEAN': return { type: 'boolean' };
    case 'TINYINT': case 'SMALLINT': case 'INT': return { type: 'int' };
    case 'BIGINT': return { type: 'long' };
    case 'FLOAT': return { type: 'float' };
    case 'DOUBLE': return { type: 'double' };
    case 'CHAR': case 'VARCHAR':
      return w?.type === 'enum' ? { type: 'enum', name, aliases: [unqualified(w.name)], symbols: w.symbols } : { type: 'string' };
    case 'BINARY': case 'VARBINARY':
      return w?.type === 'fixed' && w.logicalType === undefined ? { type: 'fixed', name, aliases: [unqualified(w.name)], size: w.size } : { type: 'bytes' };
    case 'DECIMAL': {
      if ((w?.type === 'bytes' || w?.type === 'fixed') && w.logicalType === 'decimal') {
        const d = { logicalType: 'decimal', precision: w.precision ?? type.precision, scale: w.scale ?? 0 };
        return w.type === 'fixed' ? { type: 'fixed', name, aliases: [unqualified(w.name)], size: w.size, ...d } : { type: 'bytes', ...d };
      }
      return { type: 'bytes', logicalType: 'decimal', precision: type.precision, scale: type.scale };
    }
    case 'DATE': return { type: 'int', logicalType: 'date' };
    case 'TIME':
      if (w?.type === 'long' && w.logicalType === 'time-micros') return { type: 'long', logicalType: 'time-micros' };
      if (type.precision > 3) unsupported(type, 'Avro does not support TIME with a precision above 3 (time-millis)');
      return { type: 'int', logicalType: 'time-millis' };
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ':
      if (w?.type === 'long' && TIMESTAMP_UNITS.includes(w.logicalType ?? '')) return { type: 'long', logicalType: w.logicalType! };
      if (type.precision > 6) unsupported(type, 'Avro timestamps have a precision of at most 6 (timestamp-micros)');
      return { type: 'long', logicalType: type.precision <= 3 ? 'timestamp-millis' : 'timestamp-micros' };
    case 'ARRAY':
      return { type: 'array', items: derive(type.element, name, w?.type === 'array' ? w.items : undefined) };
    case 'MAP':
      if (type.key.kind !== 'CHAR' && type.key.kind !== 'VARCHAR') unsupported(type, 'Avro map keys are strings, so the MAP key type must be STRING, CHAR or VARCHAR');
      return { type: 'map', values: derive(type.value, name, w?.type === 'map' ? w.values : undefined) };
    case 'ROW': return record(type.fields, name, w);
    case 'NULL': return NULL;
    case 'INTERVAL_YEAR_MONTH': case 'INTERVAL_DAY_TIME':
      return unsupported(type, 'Avro has no interval type');
  }
}

function unsupported(type: LogicalType, why: string): never {
  throw new WeirError('NOT_IMPLEMENTED', `Unsupported type ${toSql(type)} for the avro-confluent format: ${why}`, {
    hint: 'cast the column to a supported type (see docs/engine.md, formats)',
  });
}

/** A short description of a node for messages: `"long" (timestamp-micros)`, `record com.acme.Order`. */
export function describe(node: AvroNode): string {
  switch (node.type) {
    case 'record': case 'enum': case 'fixed': return `${node.type} ${node.name}`;
    case 'union': return `[${node.branches.map(describe).join(', ')}]`;
    case 'array': return `array of ${describe(node.items)}`;
    case 'map': return `map of ${describe(node.values)}`;
    default: return node.logicalType === undefined ? `"${node.type}"` : `"${node.type}" (${node.logicalType})`;
  }
}
