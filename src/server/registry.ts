// Confluent's Schema Registry REST API over Weir's registry (src/platform/registry/registry.ts),
// served at the root of the returned app so that real serializers work against it unchanged:
// subjects and versions, schemas by id, lookup, references, compatibility checks (?verbose=true),
// config (compatibility) and mode, globally and per subject. Bodies are read as JSON whatever
// their content type (Confluent's own, application/json, octet-stream); answers are
// application/vnd.schemaregistry.v1+json; errors are `{error_code, message}` with Confluent's codes.
// Not served: contexts, tags, data contracts (metadata, ruleSet), exporters, /v1/metadata, and
// Confluent's `GET /` (the app is mounted at the root of Weir's HTTP API, beside the console).
import { Hono, type Context } from 'hono';
import { RegistryError, registryErrors } from '../platform/registry/errors.ts';
import { parseVersion, SCHEMA_TYPES, type SchemaRegistry } from '../platform/registry/registry.ts';
import type { RegisteredSchema, SchemaInput } from '../platform/registry/types.ts';
import type { Compatibility } from '../platform/spec/model.ts';

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

type Json = Record<string, unknown>;

export function registryRoutes(registry: SchemaRegistry): Hono {
  const app = new Hono();
  const subject = (c: Context): string => c.req.param('subject') ?? '';
  const flag = (c: Context, name: string): boolean => c.req.query(name)?.toLowerCase() === 'true';

  // ---- subjects ----
  app.get('/subjects', (c) => send(c, registry.subjects({ deleted: flag(c, 'deleted'), prefix: c.req.query('subjectPrefix') })));
  app.get('/subjects/:subject/versions', (c) => send(c, registry.versions(subject(c), { deleted: flag(c, 'deleted') })));
  app.post('/subjects/:subject/versions', async (c) => {
    const body = await readBody(c);
    const ids = { id: optionalInt(body.id), version: optionalInt(body.version) };
    const result = registry.register(subject(c), schemaInput(body), {
      ...(ids.id === undefined || ids.id <= 0 ? {} : { id: ids.id }),
      ...(ids.version === undefined || ids.version <= 0 ? {} : { version: ids.version }),
    });
    return send(c, { id: result.id });
  });
  app.get('/subjects/:subject/versions/:version', (c) =>
    send(c, versionJson(registry.version(subject(c), parseVersion(c.req.param('version')), { deleted: flag(c, 'deleted') }))),
  );
  app.get('/subjects/:subject/versions/:version/schema', (c) =>
    sendText(c, registry.version(subject(c), parseVersion(c.req.param('version')), { deleted: flag(c, 'deleted') }).schema),
  );
  app.get('/subjects/:subject/versions/:version/referencedby', (c) =>
    send(c, registry.referencedBy(subject(c), parseVersion(c.req.param('version')))),
  );
  app.delete('/subjects/:subject/versions/:version', (c) =>
    send(c, registry.deleteSubjectVersion(subject(c), parseVersion(c.req.param('version')), flag(c, 'permanent'))),
  );
  app.post('/subjects/:subject', async (c) => {
    const body = await readBody(c);
    const name = subject(c);
    const input = schemaInput(body);
    const deleted = flag(c, 'deleted');
    if (!registry.hasSubject(name, { deleted })) throw registryErrors.subjectNotFound(name);
    const found = registry.lookup(name, input, { deleted });
    if (found === undefined) throw registryErrors.schemaNotFound();
    return send(c, versionJson(found));
  });
  app.delete('/subjects/:subject', (c) => send(c, registry.deleteSubject(subject(c), flag(c, 'permanent'))));

  // ---- schemas ----
  app.get('/schemas/types', (c) => send(c, SCHEMA_TYPES));
  app.get('/schemas', (c) => {
    const all = registry.schemas({
      subjectPrefix: c.req.query('subjectPrefix'),
      deleted: flag(c, 'deleted'),
      latestOnly: flag(c, 'latestOnly'),
    });
    const offset = Math.max(0, optionalInt(c.req.query('offset')) ?? 0);
    const limit = optionalInt(c.req.query('limit')) ?? -1;
    return send(c, all.slice(offset, limit > 0 ? offset + limit : undefined).map(versionJson));
  });
  app.get('/schemas/ids/:id', (c) => {
    const row = schemaById(registry, c.req.param('id'));
    return send(c, withFormat({ schema: row.schema }, row));
  });
  app.get('/schemas/ids/:id/schema', (c) => sendText(c, schemaById(registry, c.req.param('id')).schema));
  app.get('/schemas/ids/:id/versions', (c) => send(c, registry.usesOf(schemaById(registry, c.req.param('id')).id, { deleted: flag(c, 'deleted') })));
  app.get('/schemas/ids/:id/subjects', (c) => {
    const uses = registry.usesOf(schemaById(registry, c.req.param('id')).id, { deleted: flag(c, 'deleted') });
    return send(c, [...new Set(uses.map((u) => u.subject))]);
  });

  // ---- compatibility ----
  const compatibility = async (c: Context, against: 'all' | string): Promise<Response> => {
    const body = await readBody(c);
    const result = registry.checkCompatibility(subject(c), schemaInput(body), against === 'all' ? 'all' : parseVersion(against));
    return send(c, flag(c, 'verbose') ? { is_compatible: result.compatible, messages: result.messages } : { is_compatible: result.compatible });
  };
  app.post('/compatibility/subjects/:subject/versions', (c) => compatibility(c, 'all'));
  app.post('/compatibility/subjects/:subject/versions/:version', (c) => compatibility(c, c.req.param('version')));

  // ---- config ----
  app.get('/config', (c) => send(c, { compatibilityLevel: registry.globalCompatibility() }));
  app.put('/config', async (c) => {
    const level = compatibilityOf(await readBody(c));
    registry.setGlobalCompatibility(level);
    return send(c, { compatibility: level });
  });
  app.delete('/config', (c) => {
    const previous = registry.globalCompatibility();
    registry.setGlobalCompatibility(undefined);
    return send(c, { compatibilityLevel: previous });
  });
  app.get('/config/:subject', (c) => {
    const own = registry.subjectCompatibility(subject(c));
    if (own !== undefined) return send(c, { compatibilityLevel: own });
    if (flag(c, 'defaultToGlobal')) return send(c, { compatibilityLevel: registry.globalCompatibility() });
    throw registryErrors.compatibilityNotConfigured(subject(c));
  });
  app.put('/config/:subject', async (c) => {
    const level = compatibilityOf(await readBody(c));
    registry.setCompatibility(subject(c), level);
    return send(c, { compatibility: level });
  });
  app.delete('/config/:subject', (c) => {
    const name = subject(c);
    const own = registry.subjectCompatibility(name);
    if (own === undefined) throw registry.hasSubject(name, { deleted: true }) ? registryErrors.compatibilityNotConfigured(name) : registryErrors.subjectNotFound(name);
    registry.setCompatibility(name, undefined);
    return send(c, { compatibilityLevel: own });
  });

  // ---- mode ----
  app.get('/mode', (c) => send(c, { mode: registry.globalMode() }));
  app.put('/mode', async (c) => {
    const mode = modeOf(await readBody(c));
    registry.setMode(undefined, mode, flag(c, 'force'));
    return send(c, { mode });
  });
  app.get('/mode/:subject', (c) => {
    const own = registry.subjectMode(subject(c));
    if (own !== undefined) return send(c, { mode: own });
    if (flag(c, 'defaultToGlobal')) return send(c, { mode: registry.globalMode() });
    throw registryErrors.modeNotConfigured(subject(c));
  });
  app.put('/mode/:subject', async (c) => {
    const mode = modeOf(await readBody(c));
    registry.setMode(subject(c), mode, flag(c, 'force'));
    return send(c, { mode });
  });
  app.delete('/mode/:subject', (c) => {
    const name = subject(c);
    const own = registry.subjectMode(name);
    if (own === undefined) throw registryErrors.modeNotConfigured(name);
    registry.setMode(name, undefined);
    return send(c, { mode: own });
  });

  app.notFound((c) => c.body(JSON.stringify({ error_code: 404, message: 'HTTP 404 Not Found' }), 404, { 'Content-Type': CONTENT_TYPE }));
  app.onError((error, c) => {
    if (error instanceof RegistryError) {
      return c.body(JSON.stringify({ error_code: error.errorCode, message: error.message }), error.status as 404, { 'Content-Type': CONTENT_TYPE });
    }
    return c.body(JSON.stringify({ error_code: 50001, message: `Error in the backend data store: ${error.message}` }), 500, { 'Content-Type': CONTENT_TYPE });
  });
  return app;
}

function send(c: Context, value: unknown): Response {
  return c.body(JSON.stringify(value), 200, { 'Content-Type': CONTENT_TYPE });
}

function sendText(c: Context, text: string): Response {
  return c.body(text, 200, { 'Content-Type': CONTENT_TYPE });
}

async function readBody(c: Context): Promise<Json> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw registryErrors.badRequest(`The request body is not JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw registryErrors.badRequest('The request body must be a JSON object');
  }
  return value as Json;
}

function schemaInput(body: Json): SchemaInput {
  if (typeof body.schema !== 'string') {
    throw registryErrors.invalidSchema('(missing): the body needs "schema", the schema as a string');
  }
  const type = body.schemaType === undefined || body.schemaType === null ? 'AVRO' : String(body.schemaType).toUpperCase();
  const references = Array.isArray(body.references) ? (body.references as SchemaInput['references']) : [];
  return { schemaType: type as SchemaInput['schemaType'], schema: body.schema, references };
}

/** The level a config body asks for (`compatibility`, or `compatibilityLevel` as GET returns it); the registry validates it. */
function compatibilityOf(body: Json): Compatibility {
  const value = body.compatibility ?? body.compatibilityLevel;
  if (typeof value !== 'string') throw registryErrors.invalidCompatibility(String(value));
  return value.toUpperCase() as Compatibility;
}

function modeOf(body: Json): string {
  if (typeof body.mode !== 'string') throw registryErrors.invalidMode(String(body.mode));
  return body.mode.toUpperCase();
}

function optionalInt(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

function schemaById(registry: SchemaRegistry, text: string) {
  const id = optionalInt(text);
  const row = id === undefined ? undefined : registry.schemaById(id);
  if (row === undefined) throw registryErrors.schemaNotFound(id);
  return row;
}

/** Confluent leaves schemaType out for AVRO and references out when there are none. */
function withFormat(json: Json, schema: Pick<RegisteredSchema, 'schemaType' | 'references'>): Json {
  return {
    ...json,
    ...(schema.schemaType === 'AVRO' ? {} : { schemaType: schema.schemaType }),
    ...(schema.references.length === 0 ? {} : { references: schema.references }),
  };
}

function versionJson(s: RegisteredSchema): Json {
  return withFormat({ subject: s.subject, version: s.version, id: s.id, schema: s.schema }, s);
}
