// Weir's HTTP API: plan/apply, pipelines, applies, lineage, inventory and import under /api/v1, the
// spec's JSON Schema, the OpenAPI document (openapi.ts, GET /openapi.json) and health; the
// Confluent Schema Registry API (registry.ts) at the root. Each route is a thin call into the
// platform (PlatformApi); errors are JSON (http-errors.ts). docs/api.md describes the routes and
// status codes.
//
// Apply answers with the ApplyResult whatever happened, and the status says which case it is:
// 200 applied (or nothing to do), 409 refused before any change (spec errors, policy violations,
// or the estate moved since the plan the user confirmed: `expect` differs), 422 a step failed and
// everything done before it was rolled back (`failure` says which step and what was undone).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { PlatformApi } from '../platform/api.ts';
import type { ApplyResult } from '../platform/plan/types.ts';
import { specJsonSchema } from '../platform/spec/index.ts';
import { WeirError } from '../util/errors.ts';
import { RequestError, errorResponse } from './http-errors.ts';
import { openApiDocument } from './openapi.ts';
import { registryRoutes } from './registry.ts';

/** The largest request body accepted (an estate's files are sent whole). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

const SpecFiles = z.array(z.object({ path: z.string().min(1), text: z.string() }));
const PlanRequest = z.object({ files: SpecFiles });
const ApplyRequest = z.object({ files: SpecFiles, expect: z.string().optional() });
const ImportRequest = z.object({ bootstrap: z.string().min(1) });

export function createApp(platform: PlatformApi): Hono {
  const app = new Hono();
  app.onError(errorResponse);
  app.notFound((c) => errorResponse(new WeirError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`, { hint: 'GET /openapi.json lists the routes' }), c));
  app.use('*', bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => errorResponse(new RequestError(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB`), c),
  }));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/v1/spec-schema', (c) => c.json(specJsonSchema()));

  app.post('/api/v1/plan', async (c) => {
    const { files } = await readBody(c, PlanRequest);
    return c.json(await platform.plan(files));
  });
  app.post('/api/v1/apply', async (c) => {
    const { files, expect } = await readBody(c, ApplyRequest);
    const user = c.req.header('X-Weir-User')?.trim() || 'anonymous';
    const result = await platform.apply(files, { user, expect });
    return c.json(result, applyStatus(result));
  });

  app.get('/api/v1/pipelines', (c) => c.json(platform.pipelines()));
  app.get('/api/v1/pipelines/:name', (c) => {
    const name = c.req.param('name');
    const detail = platform.pipeline(name);
    if (detail === undefined) throw new WeirError('NOT_FOUND', `no pipeline named "${name}"`, { hint: 'weir pipelines (GET /api/v1/pipelines) lists them' });
    return c.json(detail);
  });
  app.get('/api/v1/applies', (c) => c.json(platform.applies(limitParam(c))));

  app.get('/api/v1/lineage', (c) => c.json(platform.lineageGraph()));
  app.get('/api/v1/lineage/:name', (c) => {
    const name = c.req.param('name');
    const view = platform.lineage(name);
    if (view === undefined) throw new WeirError('NOT_FOUND', `no topic or pipeline named "${name}" in the lineage graph`, { hint: 'weir inventory lists the topics; GET /api/v1/lineage lists every node' });
    return c.json(view);
  });

  app.get('/api/v1/inventory', async (c) => c.json(await platform.inventory()));
  app.post('/api/v1/import', async (c) => {
    const { bootstrap } = await readBody(c, ImportRequest);
    return c.json(await platform.importCluster(bootstrap));
  });

  app.route('/', registryRoutes(platform.registry));
  return app;
}

function applyStatus(result: ApplyResult): 200 | 409 | 422 {
  if (result.failure !== undefined) return 422;
  return result.applied ? 200 : 409;
}

/** The JSON body, checked against its shape; a 400 names what is wrong and where. */
async function readBody<T>(c: Context, shape: z.ZodType<T>): Promise<T> {
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch (e) {
    throw new RequestError(400, 'BAD_REQUEST', `the request body is not valid JSON: ${(e as Error).message}`);
  }
  const checked = shape.safeParse(value);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0]!;
  const where = issue.path.map(String).join('.');
  throw new RequestError(400, 'BAD_REQUEST', `the request body is not what ${c.req.method} ${c.req.path} takes: ${where === '' ? '' : `${where}: `}${issue.message}`, where === '' ? undefined : where);
}

function limitParam(c: Context): number | undefined {
  const text = c.req.query('limit');
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new RequestError(400, 'BAD_REQUEST', `limit must be a positive integer, not "${text}"`, 'limit');
  return n;
}
