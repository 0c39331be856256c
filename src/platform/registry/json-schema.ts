// JSON Schema in the registry: parsing (the document must be JSON and compile with ajv, under the
// draft its `$schema` names: 2020-12, 2019-09, else draft-07 rules), references (each referenced
// schema is added to ajv under the reference's name, so `"$ref": "customer.json"` resolves), a
// normalized form for identity (keys sorted, no whitespace), and the reader/writer check
// (json-schema-compat.ts).
import { Ajv, type AnySchema } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { registryErrors } from './errors.ts';
import { canonicalJson, errorMessage, flattenReferences, type FormatHandler } from './format.ts';
import { jsonIncompatibilities, type JsonSchemaDoc } from './json-schema-compat.ts';

export interface ParsedJsonSchema {
  readonly doc: JsonSchemaDoc;
}

export const jsonSchemaFormat: FormatHandler<ParsedJsonSchema> = {
  format: 'JSON',
  parse(schema, references) {
    const root = parseDocument(schema, 'schema');
    const ajv = ajvFor(root);
    const refs = new Map<string, unknown>();
    for (const ref of flattenReferences(references)) {
      const doc = parseDocument(ref.schema, `reference '${ref.name}'`);
      refs.set(ref.name, doc);
      const id = typeof doc === 'object' && doc !== null ? (doc as { $id?: unknown }).$id : undefined;
      if (typeof id === 'string') refs.set(id, doc);
      try {
        ajv.addSchema(doc as AnySchema, ref.name);
      } catch (error) {
        throw registryErrors.invalidSchema(`(reference '${ref.name}', subject '${ref.subject}' version ${ref.version}) ${errorMessage(error)}`);
      }
    }
    try {
      ajv.compile(root as AnySchema);
    } catch (error) {
      throw registryErrors.invalidSchema(errorMessage(error));
    }
    return { doc: { root, refs } };
  },
  canonical(parsed) {
    return canonicalJson(parsed.doc.root);
  },
  incompatibilities(reader, writer) {
    return jsonIncompatibilities(reader.doc, writer.doc);
  },
};

function parseDocument(text: string, what: string): unknown {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw registryErrors.invalidSchema(`(${what}) is not JSON: ${errorMessage(error)}`);
  }
  if (typeof doc !== 'boolean' && (doc === null || typeof doc !== 'object' || Array.isArray(doc))) {
    throw registryErrors.invalidSchema(`(${what}): a JSON Schema is an object or a boolean`);
  }
  return doc;
}

function ajvFor(root: unknown): Ajv {
  const draft = typeof root === 'object' && root !== null ? String((root as { $schema?: unknown }).$schema ?? '') : '';
  const options = { strict: false, logger: false, allErrors: false } as const;
  if (draft.includes('2020-12')) return new Ajv2020(options);
  if (draft.includes('2019-09')) return new Ajv2019(options);
  // draft-07 rules; older drafts are checked for structure only (ajv 8 has no draft-04 meta-schema).
  return new Ajv({ ...options, validateSchema: draft === '' || draft.includes('draft-07') });
}
