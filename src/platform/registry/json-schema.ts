// JSON Schema in the registry: parsing (the document must be JSON and valid against the meta-schema
// of the draft its `$schema` names: 2020-12, 2019-09, else draft-07; older drafts are not
// meta-checked, ajv 8 having no draft-04 meta-schema), references (a referenced schema is found by
// the reference's name or its $id, so `"$ref": "customer.json"` resolves, and every $ref must
// resolve), a normalized form for identity (keys sorted, no whitespace), and the reader/writer
// check (json-schema-compat.ts).
import { Ajv, type AnySchema } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { registryErrors } from './errors.ts';
import { canonicalJson, errorMessage, flattenReferences, type FormatHandler } from './format.ts';
import { jsonIncompatibilities } from './json-schema-compat.ts';
import { resolveRef, type JsonSchemaDoc } from './json-schema-refs.ts';

export interface ParsedJsonSchema {
  readonly doc: JsonSchemaDoc;
}

export const jsonSchemaFormat: FormatHandler<ParsedJsonSchema> = {
  format: 'JSON',
  parse(schema, references) {
    const root = parseDocument(schema, '');
    const refs = new Map<string, unknown>();
    for (const ref of flattenReferences(references)) {
      const doc = parseDocument(ref.schema, `(reference '${ref.name}', subject '${ref.subject}' version ${ref.version}) `);
      refs.set(ref.name, doc);
      const id = typeof doc === 'object' && doc !== null ? (doc as { $id?: unknown }).$id : undefined;
      if (typeof id === 'string') refs.set(id, doc);
    }
    const doc = { root, refs };
    for (const [name, referenced] of [['', root] as const, ...refs]) checkRefs(doc, referenced, name === '' ? '' : `(reference '${name}') `);
    return { doc };
  },
  canonical(parsed) {
    return canonicalJson(parsed.doc.root);
  },
  incompatibilities(reader, writer) {
    return jsonIncompatibilities(reader.doc, writer.doc);
  },
};

/** The document, if it is JSON and a schema; `where` prefixes the error (which reference). */
function parseDocument(text: string, where: string): unknown {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw registryErrors.invalidSchema(`${where}is not JSON: ${errorMessage(error)}`);
  }
  if (typeof doc !== 'boolean' && (doc === null || typeof doc !== 'object' || Array.isArray(doc))) {
    throw registryErrors.invalidSchema(`${where}is not a JSON Schema: one is an object or a boolean`);
  }
  const ajv = ajvFor(doc);
  if (ajv !== undefined && !ajv.validateSchema(doc as AnySchema)) {
    throw registryErrors.invalidSchema(`${where}${ajv.errorsText(ajv.errors, { dataVar: 'schema' })}`);
  }
  return doc;
}

/** Every $ref in the document must name something (keywords holding data are not searched). */
function checkRefs(doc: JsonSchemaDoc, node: unknown, where: string, base: unknown = node): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) checkRefs(doc, item, where, base);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && resolveRef(doc, base, value) === undefined) {
      throw registryErrors.invalidSchema(`${where}cannot resolve $ref '${value}': give a local pointer, or list the schema it names in references`);
    }
    if (!DATA_KEYWORDS.has(key)) checkRefs(doc, value, where, base);
  }
}

const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

const validators = new Map<string, Ajv>();

/** The meta-schema check for the draft `$schema` names: 2020-12, 2019-09 or draft-07 (none for older drafts). */
function ajvFor(doc: unknown): Ajv | undefined {
  const draft = typeof doc === 'object' && doc !== null ? String((doc as { $schema?: unknown }).$schema ?? '') : '';
  const key = draft.includes('2020-12') ? '2020-12' : draft.includes('2019-09') ? '2019-09' : draft === '' || draft.includes('draft-07') ? 'draft-07' : undefined;
  if (key === undefined) return undefined;
  let ajv = validators.get(key);
  if (ajv === undefined) {
    const options = { strict: false, logger: false } as const;
    ajv = key === '2020-12' ? new Ajv2020(options) : key === '2019-09' ? new Ajv2019(options) : new Ajv(options);
    validators.set(key, ajv);
  }
  return ajv;
}
