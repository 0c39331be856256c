// The schema registry calls the `avro-confluent` format makes, over HTTP with `fetch` (Confluent's
// REST API, which Weir's own registry also serves): GET /schemas/ids/{id} to read a writer schema,
// POST /subjects/{subject}/versions to register (or find) the schema a sink writes. Credentials as
// Flink's options give them: basic auth from 'basic-auth.user-info' or the URL's user info, a
// bearer token from 'bearer-auth.token' (also read from Confluent's client properties under
// 'properties.'). Several comma-separated URLs are tried in turn while they cannot be reached.
import { WeirError } from '../../util/errors.ts';

const MEDIA = 'application/vnd.schemaregistry.v1+json';
const TIMEOUT_MS = 30_000;

export interface RegistrySchema {
  readonly schema: string;
  /** AVRO when the registry leaves it out, as Confluent's API. */
  readonly schemaType: string;
}

type Options = ReadonlyMap<string, string>;

/** An option, or the Confluent client property of the same meaning under 'properties.'. */
function option(o: Options, key: string, property: string): string | undefined {
  return o.get(key) ?? o.get(`properties.${property}`);
}

function headersFor(o: Options, urls: readonly URL[]): Record<string, string> {
  for (const key of o.keys()) {
    if (key.startsWith('ssl.')) {
      throw new WeirError('NOT_IMPLEMENTED', `avro-confluent option '${key}' (a Java keystore) is not supported by the embedded engine`, {
        hint: 'use an https URL whose certificate Node trusts (NODE_EXTRA_CA_CERTS names extra CA certificates)',
      });
    }
  }
  const headers: Record<string, string> = { accept: `${MEDIA}, application/json` };
  const basicSource = (option(o, 'basic-auth.credentials-source', 'basic.auth.credentials.source') ?? '').toUpperCase();
  const userInfo = option(o, 'basic-auth.user-info', 'basic.auth.user.info');
  if (basicSource === 'SASL_INHERIT') {
    throw new WeirError('NOT_IMPLEMENTED', "avro-confluent 'basic-auth.credentials-source' = 'SASL_INHERIT' is not supported by the embedded engine", { hint: "use 'USER_INFO' with 'basic-auth.user-info'" });
  }
  const inUrl = urls.find((u) => u.username !== '');
  if (userInfo !== undefined && basicSource !== 'URL') headers.authorization = `Basic ${Buffer.from(userInfo).toString('base64')}`;
  else if (inUrl !== undefined) headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(inUrl.username)}:${decodeURIComponent(inUrl.password)}`).toString('base64')}`;
  const bearerSource = (option(o, 'bearer-auth.credentials-source', 'bearer.auth.credentials.source') ?? 'STATIC_TOKEN').toUpperCase();
  const token = option(o, 'bearer-auth.token', 'bearer.auth.token');
  if (token !== undefined) {
    if (bearerSource !== 'STATIC_TOKEN') {
      throw new WeirError('NOT_IMPLEMENTED', `avro-confluent 'bearer-auth.credentials-source' = '${bearerSource}' is not supported by the embedded engine`, { hint: "use 'STATIC_TOKEN' with 'bearer-auth.token'" });
    }
    headers.authorization = `Bearer ${token}`;
  }
  return headers;
}

export class RegistryClient {
  /** The URLs as given (for messages), without credentials. */
  readonly description: string;
  private readonly urls: readonly URL[];
  private readonly headers: Record<string, string>;

  /** `options` are the format's options ('url', 'basic-auth.*', 'bearer-auth.*', 'properties.*'). */
  constructor(options: Options) {
    const text = options.get('url') ?? '';
    const urls = text.split(',').map((u) => u.trim()).filter((u) => u !== '').map((u) => {
      try {
        return new URL(u);
      } catch {
        throw new WeirError('CONFIG_INVALID', `avro-confluent 'url' '${u}' is not a URL`, { hint: "write it as 'http://host:port'" });
      }
    });
    if (urls.length === 0) throw new WeirError('CONFIG_INVALID', "avro-confluent needs 'url', the schema registry's address", { hint: "set e.g. 'value.avro-confluent.url' = 'http://localhost:8081'" });
    this.headers = headersFor(options, urls);
    for (const u of urls) {
      u.username = '';
      u.password = '';
    }
    this.urls = urls;
    this.description = urls.map((u) => u.origin + u.pathname.replace(/\/+$/, '')).join(', ');
  }

  /** The schema with this id, or undefined when the registry has none. */
  async schemaById(id: number): Promise<RegistrySchema | undefined> {
    const res = await this.call('GET', `/schemas/ids/${id}`);
    if (res.status === 404) return undefined;
    const body = (await this.body(res, `read schema id ${id}`)) as { schema?: unknown; schemaType?: unknown };
    if (typeof body.schema !== 'string') throw new WeirError('CLUSTER', `schema registry at ${this.description} answered GET /schemas/ids/${id} without a schema`);
    return { schema: body.schema, schemaType: typeof body.schemaType === 'string' ? body.schemaType : 'AVRO' };
  }

  /** Registers `schema` (Avro) under `subject` and returns its id (an identical schema keeps its id). */
  async register(subject: string, schema: string): Promise<number> {
    const res = await this.call('POST', `/subjects/${encodeURIComponent(subject)}/versions`, JSON.stringify({ schema }));
    const body = (await this.body(res, `register the schema under subject '${subject}'`)) as { id?: unknown };
    if (typeof body.id !== 'number') throw new WeirError('CLUSTER', `schema registry at ${this.description} answered a registration without an id`);
    return body.id;
  }

  private async call(method: string, path: string, body?: string): Promise<Response> {
    let failure: unknown;
    for (const url of this.urls) {
      const target = url.origin + url.pathname.replace(/\/+$/, '') + path;
      try {
        return await fetch(target, {
          method,
          headers: body === undefined ? this.headers : { ...this.headers, 'content-type': MEDIA },
          ...(body === undefined ? {} : { body }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (e) {
        failure = e;
      }
    }
    const reason = failure instanceof Error ? ((failure.cause as Error | undefined)?.message ?? failure.message) : String(failure);
    throw new WeirError('CLUSTER', `schema registry at ${this.description} cannot be reached: ${reason}`, {
      cause: failure,
      hint: "check 'avro-confluent.url' and that the registry is running",
    });
  }

  /** The JSON body of a successful answer; otherwise an error with the registry's message. */
  private async body(res: Response, what: string): Promise<unknown> {
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (res.ok && json !== undefined) return json;
    const message = (json as { message?: unknown } | undefined)?.message ?? text.slice(0, 200);
    const why = `schema registry at ${this.description} refused to ${what}: HTTP ${res.status}: ${String(message)}`;
    if (res.status === 401 || res.status === 403) throw new WeirError('CONFIG_INVALID', why, { hint: "check the avro-confluent 'basic-auth.*' or 'bearer-auth.*' options" });
    if (res.status === 409) throw new WeirError('CONFLICT', why, { hint: "the subject's compatibility level refuses this schema: change the table, the subject's compatibility, or 'avro-confluent.subject'" });
    if (res.status === 422) throw new WeirError('CONFIG_INVALID', why);
    throw new WeirError('CLUSTER', why);
  }
}
