// How the HTTP API reports errors: every error is JSON `{error: {code, message, where?, hint?, …}}`
// (WeirError.toJSON for Weir's own errors). The status follows the error: a user error is 400
// (NOT_FOUND 404, CONFLICT 409, NOT_IMPLEMENTED 501), a failure of something Weir depends on
// (the Kafka cluster, storage) 502, anything else 500 — logged, since it is Weir's bug. Problems
// with the request itself, found before any Weir code runs, have HTTP-level codes: BAD_REQUEST
// (malformed JSON, a body of the wrong shape) and PAYLOAD_TOO_LARGE.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isWeirError, type WeirError } from '../util/errors.ts';
import { logger } from '../util/log.ts';

const log = logger('http');

/** A problem with the request that is not a Weir error: a malformed or misshapen body. */
export class RequestError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly where: string | undefined;

  constructor(status: ContentfulStatusCode, code: string, message: string, where?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.where = where;
  }
}

export function statusOf(err: WeirError): ContentfulStatusCode {
  if (err.code === 'NOT_FOUND') return 404;
  if (err.code === 'CONFLICT') return 409;
  if (err.code === 'NOT_IMPLEMENTED') return 501;
  if (err.domain === 'user') return 400;
  if (err.domain === 'external') return 502;
  return 500;
}

/** The JSON response for any error thrown by a route. */
export function errorResponse(err: unknown, c: Context): Response {
  if (err instanceof RequestError) {
    return c.json({ error: { code: err.code, domain: 'user', retriable: false, message: err.message, where: err.where } }, err.status);
  }
  if (isWeirError(err)) {
    const status = statusOf(err);
    if (status === 500) log.error({ err, method: c.req.method, path: c.req.path }, 'internal error');
    return c.json({ error: err.toJSON() }, status);
  }
  log.error({ err, method: c.req.method, path: c.req.path }, 'internal error');
  const message = err instanceof Error ? err.message : String(err);
  return c.json({ error: { code: 'INTERNAL', domain: 'internal', retriable: false, message: `internal error: ${message}`, hint: 'This is a bug in Weir; the server log has the details' } }, 500);
}
