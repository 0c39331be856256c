// The JSON Schema reader/writer check: can every document valid under the writer schema be read
// with the reader schema? Confluent's rule names, for the common cases:
// - type: TYPE_CHANGED, TYPE_NARROWED (widening, and integer → number, is compatible);
// - enum/const: ENUM_ARRAY_NARROWED, ENUM_ARRAY_CHANGED;
// - numbers: MAXIMUM_ADDED/DECREASED, MINIMUM_ADDED/INCREASED, EXCLUSIVE_* likewise,
//   MULTIPLE_OF_ADDED/EXPANDED/CHANGED; strings: MAX_LENGTH_*, MIN_LENGTH_*, PATTERN_ADDED/CHANGED;
// - arrays: items (and tuple items) recursively, MAX_ITEMS_*, MIN_ITEMS_*, UNIQUE_ITEMS_ADDED;
// - objects: properties recursively; a property added to an open content model (additionalProperties
//   absent or true) is incompatible unless its schema is empty, to a closed one compatible unless
//   required; a property removed from a closed model is incompatible; a partially open model
//   (additionalProperties a schema) must cover the property; REQUIRED_ATTRIBUTE_ADDED;
//   ADDITIONAL_PROPERTIES_REMOVED/NARROWED; MAX_PROPERTIES_*, MIN_PROPERTIES_*;
// - combined types: each writer branch of oneOf/anyOf must be readable, a reader oneOf/anyOf needs
//   one branch that reads the writer, each reader allOf subschema must read the writer, and a writer
//   allOf is read as its subschemas merged (oneOf's exclusivity is not checked);
// - $ref: local pointers and references to other registered schemas, followed (recursion stops).
// Not covered: patternProperties, dependencies/dependentSchemas, if/then/else, not,
// unevaluatedProperties, contains, propertyNames, format.
import { canonicalJson, type Incompatibility } from './format.ts';
import { resolveRef, type JsonSchemaDoc } from './json-schema-refs.ts';

type Obj = Record<string, unknown>;

interface Node {
  readonly schema: boolean | Obj;
  /** The document the schema sits in (for local $refs). */
  readonly doc: unknown;
  readonly refKey?: string;
}

const ANNOTATIONS = new Set([
  'title', 'description', 'default', 'examples', '$comment', '$id', 'id', '$schema', 'definitions', '$defs',
  'readOnly', 'writeOnly', 'deprecated', 'format', '$anchor',
]);
const TYPES = ['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'];

export function jsonIncompatibilities(reader: JsonSchemaDoc, writer: JsonSchemaDoc): Incompatibility[] {
  const checker = new Checker(reader, writer);
  const out: Incompatibility[] = [];
  checker.compare({ schema: toSchema(writer.root), doc: writer.root }, { schema: toSchema(reader.root), doc: reader.root }, '#', out);
  return out;
}

function toSchema(value: unknown): boolean | Obj {
  if (typeof value === 'boolean') return value;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : true;
}

function isEmpty(schema: boolean | Obj): boolean {
  return schema === true || (typeof schema === 'object' && Object.keys(schema).every((k) => ANNOTATIONS.has(k)));
}

function types(schema: Obj): Set<string> | undefined {
  const t = schema.type;
  if (typeof t === 'string') return new Set([t]);
  if (Array.isArray(t)) return new Set(t.map(String));
  return undefined;
}

function accepts(readerTypes: Set<string>, type: string): boolean {
  return readerTypes.has(type) || (type === 'integer' && readerTypes.has('number'));
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function without(schema: Obj, keys: readonly string[]): Obj {
  return Object.fromEntries(Object.entries(schema).filter(([k]) => !keys.includes(k)));
}

const COMBINERS = ['oneOf', 'anyOf', 'allOf'] as const;

class Checker {
  private readonly reader: JsonSchemaDoc;
  private readonly writer: JsonSchemaDoc;
  private readonly seen = new Set<string>();

  constructor(reader: JsonSchemaDoc, writer: JsonSchemaDoc) {
    this.reader = reader;
    this.writer = writer;
  }

  compare(writerNode: Node, readerNode: Node, path: string, out: Incompatibility[]): void {
    const w = this.deref(writerNode, this.writer);
    const r = this.deref(readerNode, this.reader);
    if (w.refKey !== undefined && r.refKey !== undefined) {
      const pair = `${w.refKey}|${r.refKey}`;
      if (this.seen.has(pair)) return;
      this.seen.add(pair);
    }
    if (w.schema === false || isEmpty(r.schema)) return;
    if (r.schema === false) {
      out.push(issue('TYPE_NARROWED', path, 'accepts nothing'));
      return;
    }
    const ws: Obj = w.schema === true ? {} : w.schema;
    const rs = r.schema as Obj;
    const wSum = (ws.oneOf ?? ws.anyOf) as unknown[] | undefined;
    const rSum = (rs.oneOf ?? rs.anyOf) as unknown[] | undefined;
    if (Array.isArray(wSum)) {
      const rest = without(ws, COMBINERS);
      wSum.forEach((branch, i) => this.compare({ schema: merge(rest, toSchema(branch)), doc: w.doc }, r, `${path}/${ws.oneOf ? 'oneOf' : 'anyOf'}/${i}`, out));
      return;
    }
    if (Array.isArray(rSum)) {
      const rest = without(rs, COMBINERS);
      const readable = rSum.some((branch) => this.trial(w, { schema: merge(rest, toSchema(branch)), doc: r.doc }, path).length === 0);
      if (!readable) out.push(issue('COMBINED_TYPE_SUBSCHEMAS_CHANGED', path, `no subschema of the {reader} schema's ${rs.oneOf ? 'oneOf' : 'anyOf'} reads the {writer} schema`));
      return;
    }
    if (Array.isArray(rs.allOf)) {
      const rest = without(rs, COMBINERS);
      rs.allOf.forEach((sub, i) => this.compare(w, { schema: merge(rest, toSchema(sub)), doc: r.doc }, `${path}/allOf/${i}`, out));
      return;
    }
    if (Array.isArray(ws.allOf)) {
      const merged = ws.allOf.reduce<Obj>((acc, sub) => mergeAll(acc, this.deref({ schema: toSchema(sub), doc: w.doc }, this.writer).schema), without(ws, COMBINERS));
      this.compare({ schema: merged, doc: w.doc }, r, path, out);
      return;
    }
    this.compareKeywords({ schema: ws, doc: w.doc }, { schema: rs, doc: r.doc }, path, out);
  }

  private trial(w: Node, r: Node, path: string): Incompatibility[] {
    const out: Incompatibility[] = [];
    this.compare(w, r, path, out);
    return out;
  }

  private compareKeywords(wn: Node, rn: Node, path: string, out: Incompatibility[]): void {
    const w = wn.schema as Obj;
    const r = rn.schema as Obj;
    const wTypes = types(w);
    const rTypes = types(r);
    if (rTypes !== undefined) {
      const written = [...(wTypes ?? TYPES)].filter((t) => t !== 'integer' || wTypes !== undefined);
      const lost = written.filter((t) => !accepts(rTypes, t));
      if (lost.length > 0) {
        const narrowed = wTypes === undefined || [...rTypes].every((t) => written.includes(t) || (t === 'integer' && written.includes('number')));
        out.push(issue(narrowed ? 'TYPE_NARROWED' : 'TYPE_CHANGED', `${path}/type`, `the {reader} schema does not accept type ${lost.join(', ')}`));
        return;
      }
    }
    const can = (t: string): boolean => (wTypes === undefined || wTypes.has(t) || (t === 'number' && wTypes.has('integer'))) && (rTypes === undefined || accepts(rTypes, t));
    this.compareEnum(w, r, path, out);
    if (can('number') || can('integer')) {
      upper(w, r, 'maximum', path, 'MAXIMUM', out);
      upper(w, r, 'exclusiveMaximum', path, 'EXCLUSIVE_MAXIMUM', out);
      lower(w, r, 'minimum', path, 'MINIMUM', out);
      lower(w, r, 'exclusiveMinimum', path, 'EXCLUSIVE_MINIMUM', out);
      const rm = num(r.multipleOf);
      const wm = num(w.multipleOf);
      if (rm !== undefined && wm === undefined) out.push(issue('MULTIPLE_OF_ADDED', `${path}/multipleOf`, `multipleOf ${rm} added`));
      else if (rm !== undefined && wm !== undefined && !isMultiple(wm, rm)) {
        out.push(issue(isMultiple(rm, wm) ? 'MULTIPLE_OF_EXPANDED' : 'MULTIPLE_OF_CHANGED', `${path}/multipleOf`, `multipleOf ${wm} to ${rm}`));
      }
    }
    if (can('string')) {
      upper(w, r, 'maxLength', path, 'MAX_LENGTH', out);
      lower(w, r, 'minLength', path, 'MIN_LENGTH', out);
      if (typeof r.pattern === 'string' && r.pattern !== w.pattern) {
        out.push(issue(w.pattern === undefined ? 'PATTERN_ADDED' : 'PATTERN_CHANGED', `${path}/pattern`, `pattern ${JSON.stringify(r.pattern)}`));
      }
    }
    if (can('array')) this.compareArrays(wn, rn, path, out);
    if (can('object')) this.compareObjects(wn, rn, path, out);
  }

  private compareEnum(w: Obj, r: Obj, path: string, out: Incompatibility[]): void {
    const values = (s: Obj): unknown[] | undefined => (Array.isArray(s.enum) ? s.enum : 'const' in s ? [s.const] : undefined);
    const rv = values(r);
    if (rv === undefined) return;
    const wv = values(w);
    if (wv === undefined) {
      out.push(issue('ENUM_ARRAY_NARROWED', `${path}/enum`, 'the {reader} schema restricts the values to an enum'));
      return;
    }
    const allowed = new Set(rv.map(canonicalJson));
    const lost = wv.filter((v) => !allowed.has(canonicalJson(v)));
    if (lost.length === 0) return;
    const written = new Set(wv.map(canonicalJson));
    const narrowed = rv.every((v) => written.has(canonicalJson(v)));
    out.push(issue(narrowed ? 'ENUM_ARRAY_NARROWED' : 'ENUM_ARRAY_CHANGED', `${path}/enum`, `values ${lost.map((v) => JSON.stringify(v)).join(', ')} are no longer allowed`));
  }

  private compareArrays(wn: Node, rn: Node, path: string, out: Incompatibility[]): void {
    const w = wn.schema as Obj;
    const r = rn.schema as Obj;
    const wTuple = Array.isArray(w.prefixItems) ? w.prefixItems : Array.isArray(w.items) ? w.items : undefined;
    const rTuple = Array.isArray(r.prefixItems) ? r.prefixItems : Array.isArray(r.items) ? r.items : undefined;
    const wRest = toSchema(Array.isArray(w.items) ? (w.additionalItems ?? true) : (w.items ?? true));
    const rRest = toSchema(Array.isArray(r.items) ? (r.additionalItems ?? true) : (r.items ?? true));
    const key = Array.isArray(r.prefixItems) ? 'prefixItems' : 'items';
    const length = Math.max(wTuple?.length ?? 0, rTuple?.length ?? 0);
    for (let i = 0; i < length; i++) {
      const wi = wTuple !== undefined && i < wTuple.length ? toSchema(wTuple[i]) : wRest;
      const ri = rTuple !== undefined && i < rTuple.length ? toSchema(rTuple[i]) : rRest;
      this.compare({ schema: wi, doc: wn.doc }, { schema: ri, doc: rn.doc }, `${path}/${key}/${i}`, out);
    }
    const restPath = Array.isArray(r.items) ? `${path}/additionalItems` : `${path}/items`;
    this.compare({ schema: wRest, doc: wn.doc }, { schema: rRest, doc: rn.doc }, restPath, out);
    upper(w, r, 'maxItems', path, 'MAX_ITEMS', out);
    lower(w, r, 'minItems', path, 'MIN_ITEMS', out);
    if (r.uniqueItems === true && w.uniqueItems !== true) out.push(issue('UNIQUE_ITEMS_ADDED', `${path}/uniqueItems`, 'items must now be unique'));
  }

  private compareObjects(wn: Node, rn: Node, path: string, out: Incompatibility[]): void {
    const w = wn.schema as Obj;
    const r = rn.schema as Obj;
    const wProps = (w.properties ?? {}) as Obj;
    const rProps = (r.properties ?? {}) as Obj;
    const wOpen = toSchema(w.additionalProperties ?? true);
    const rOpen = toSchema(r.additionalProperties ?? true);
    const rRequired = new Set(Array.isArray(r.required) ? r.required.map(String) : []);
    const wRequired = new Set(Array.isArray(w.required) ? w.required.map(String) : []);
    const wNode = (s: unknown): Node => ({ schema: toSchema(s), doc: wn.doc });
    const rNode = (s: unknown): Node => ({ schema: toSchema(s), doc: rn.doc });
    for (const [name, schema] of Object.entries(rProps)) {
      const at = `${path}/properties/${name}`;
      if (name in wProps) {
        this.compare(wNode(wProps[name]), rNode(schema), at, out);
      } else if (wOpen === false) {
        if (rRequired.has(name)) out.push(issue('REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', at, `required property '${name}' added`));
      } else if (wOpen === true) {
        if (!isEmpty(toSchema(schema))) out.push(issue('PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', at, `property '${name}' added to an open content model`));
      } else if (this.trial(wNode(wOpen), rNode(schema), at).length > 0) {
        out.push(issue('PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', at, `property '${name}' is not covered by the {writer} schema's additionalProperties`));
      }
    }
    for (const [name, schema] of Object.entries(wProps)) {
      if (name in rProps) continue;
      const at = `${path}/properties/${name}`;
      if (rOpen === false) out.push(issue('PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL', at, `property '${name}' removed from a closed content model`));
      else if (rOpen !== true && this.trial(wNode(schema), rNode(rOpen), at).length > 0) {
        out.push(issue('PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', at, `property '${name}' is not covered by the {reader} schema's additionalProperties`));
      }
    }
    for (const name of rRequired) {
      if (wRequired.has(name) || (!(name in wProps) && wOpen === false)) continue;
      out.push(issue('REQUIRED_ATTRIBUTE_ADDED', `${path}/required`, `property '${name}' is now required`));
    }
    if (wOpen !== false && !isEmpty(rOpen)) {
      if (rOpen === false) out.push(issue('ADDITIONAL_PROPERTIES_REMOVED', `${path}/additionalProperties`, 'the {reader} schema no longer allows additional properties'));
      else if (wOpen === true) out.push(issue('ADDITIONAL_PROPERTIES_NARROWED', `${path}/additionalProperties`, 'additional properties are now constrained'));
      else this.compare(wNode(wOpen), rNode(rOpen), `${path}/additionalProperties`, out);
    }
    upper(w, r, 'maxProperties', path, 'MAX_PROPERTIES', out);
    lower(w, r, 'minProperties', path, 'MIN_PROPERTIES', out);
  }

  /** Follows $ref (local JSON pointers, and other registered schemas by reference name or $id). */
  private deref(node: Node, doc: JsonSchemaDoc): Node {
    let current = node;
    for (let hops = 0; hops < 64; hops++) {
      const s = current.schema;
      if (typeof s !== 'object' || typeof s.$ref !== 'string') return current;
      const target = resolveRef(doc, current.doc, s.$ref);
      if (target === undefined) return { schema: true, doc: current.doc };
      current = { schema: toSchema(target.schema), doc: target.doc, refKey: s.$ref };
    }
    return current;
  }
}

/** A subschema with the keywords beside its combiner (the subschema's own win). */
function merge(rest: Obj, branch: boolean | Obj): boolean | Obj {
  if (typeof branch === 'boolean') return Object.keys(rest).length === 0 ? branch : branch ? rest : false;
  return { ...rest, ...branch };
}

/** allOf subschemas as one: properties and required united, other keywords the first one's. */
function mergeAll(acc: Obj, sub: boolean | Obj): Obj {
  if (typeof sub === 'boolean') return acc;
  return {
    ...sub,
    ...acc,
    properties: { ...((sub.properties ?? {}) as Obj), ...((acc.properties ?? {}) as Obj) },
    required: [...new Set([...((acc.required ?? []) as string[]), ...((sub.required ?? []) as string[])])],
  };
}

function isMultiple(value: number, of: number): boolean {
  const q = value / of;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

/** An upper bound (maximum, maxLength, ...): added or lowered by the reader is incompatible. */
function upper(w: Obj, r: Obj, key: string, path: string, name: string, out: Incompatibility[]): void {
  const rv = num(r[key]);
  const wv = num(w[key]);
  if (rv === undefined) return;
  if (wv === undefined) out.push(issue(`${name}_ADDED`, `${path}/${key}`, `${key} ${rv} added`));
  else if (rv < wv) out.push(issue(`${name}_DECREASED`, `${path}/${key}`, `${key} lowered from ${wv} to ${rv}`));
}

/** A lower bound (minimum, minLength, ...): added or raised by the reader is incompatible. */
function lower(w: Obj, r: Obj, key: string, path: string, name: string, out: Incompatibility[]): void {
  const rv = num(r[key]);
  const wv = num(w[key]);
  if (rv === undefined) return;
  if (wv === undefined) out.push(issue(`${name}_ADDED`, `${path}/${key}`, `${key} ${rv} added`));
  else if (rv > wv) out.push(issue(`${name}_INCREASED`, `${path}/${key}`, `${key} raised from ${wv} to ${rv}`));
}

function issue(type: string, path: string, detail: string): Incompatibility {
  return { type, path, description: `A change at path '${path}' in the {reader} schema cannot read the {writer} schema's data: ${detail}` };
}
