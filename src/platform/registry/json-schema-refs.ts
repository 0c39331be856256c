// $ref resolution for JSON Schema documents in the registry: JSON pointers and $anchors within a
// document, and other registered schemas (the schema's references) by the reference's name, by
// their $id, or by the last path segment of either (so a `$ref` relative to an `$id` base finds
// the schema registered under that file name).

export interface JsonSchemaDoc {
  readonly root: unknown;
  /** Referenced schemas by reference name (and by their $id). */
  readonly refs: ReadonlyMap<string, unknown>;
}

type Obj = Record<string, unknown>;

/**
 * What a $ref names: a JSON pointer or an $anchor in `base` (the document it sits in), or in a
 * referenced schema found by the reference's name or its $id (or the last segment of either).
 */
export function resolveRef(doc: JsonSchemaDoc, base: unknown, ref: string): { schema: unknown; doc: unknown } | undefined {
  const hash = ref.indexOf('#');
  const target = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  const within = target === '' ? base : findDocument(doc.refs, target);
  if (within === undefined) return undefined;
  const schema = fragment === '' ? within : fragment.startsWith('/') ? resolvePointer(within, fragment) : findAnchor(within, fragment);
  return schema === undefined ? undefined : { schema, doc: within };
}

function findDocument(refs: ReadonlyMap<string, unknown>, target: string): unknown {
  const exact = refs.get(target);
  if (exact !== undefined) return exact;
  const last = (name: string): string => name.slice(name.lastIndexOf('/') + 1);
  for (const [name, found] of refs) if (last(name) === last(target)) return found;
  return undefined;
}

function resolvePointer(doc: unknown, pointer: string): unknown {
  let at: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const part = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Obj)[part];
  }
  return at;
}

function findAnchor(doc: unknown, anchor: string): unknown {
  if (doc === null || typeof doc !== 'object') return undefined;
  const o = doc as Obj;
  if (o.$anchor === anchor || o.$id === `#${anchor}`) return doc;
  for (const value of Object.values(o)) {
    const found = findAnchor(value, anchor);
    if (found !== undefined) return found;
  }
  return undefined;
}
