// The CLI's client of Weir's HTTP API (src/server): which server (--server URL, else $WEIR_SERVER,
// else http://127.0.0.1:8080), who the user is for applies ($WEIR_USER, else the login name, sent
// as X-Weir-User), and one typed call per route. A server's JSON error becomes a WeirError with its
// code, where and hint (so main.ts prints it and exits 2 for user errors, 1 otherwise); no server
// listening is a user error naming the address and how to start one.
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { PipelineDetail, PipelineSummary } from '../platform/api.ts';
import type { Inventory, LineageView } from '../platform/lineage/types.ts';
import type { ApplyResult, PlanResult } from '../platform/plan/types.ts';
import type { SpecFile } from '../platform/spec/model.ts';
import { ErrorCodes, WeirError, type ErrorCode } from '../util/errors.ts';

export const DEFAULT_SERVER = 'http://127.0.0.1:8080';

/** Flags every command that talks to the server takes. */
export interface ServerFlags {
  server?: string;
  json?: boolean;
}

export function addServerFlags(cmd: Command): Command {
  return cmd
    .option('--server <url>', `the Weir server (default: $WEIR_SERVER, else ${DEFAULT_SERVER})`)
    .option('--json', 'print JSON instead of text, for scripts');
}

/** Prints a value as the --json output. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export class WeirClient {
  readonly server: string;

  constructor(server: string | undefined = process.env.WEIR_SERVER) {
    const text = server === undefined || server === '' ? DEFAULT_SERVER : server;
    let url: URL;
    try {
      url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`);
    } catch {
      throw new WeirError('CLI_USAGE', `the server must be a URL such as ${DEFAULT_SERVER}, not "${text}"`, { where: '--server' });
    }
    this.server = url.origin + url.pathname.replace(/\/+$/, '');
  }

  plan(files: readonly SpecFile[]): Promise<PlanResult> {
    return this.call<PlanResult>('POST', '/api/v1/plan', { files });
  }

  /** The ApplyResult whether applied (200), refused (409) or rolled back (422). */
  apply(files: readonly SpecFile[], expect: string): Promise<ApplyResult> {
    return this.call<ApplyResult>('POST', '/api/v1/apply', { files, expect }, [409, 422]);
  }

  pipelines(): Promise<PipelineSummary[]> {
    return this.call('GET', '/api/v1/pipelines');
  }

  pipeline(name: string): Promise<PipelineDetail> {
    return this.call('GET', `/api/v1/pipelines/${encodeURIComponent(name)}`);
  }

  lineage(name: string): Promise<LineageView> {
    return this.call('GET', `/api/v1/lineage/${encodeURIComponent(name)}`);
  }

  inventory(): Promise<Inventory> {
    return this.call('GET', '/api/v1/inventory');
  }

  importCluster(bootstrap: string): Promise<Inventory> {
    return this.call('POST', '/api/v1/import', { bootstrap });
  }

  /** One request; `accept`: non-2xx statuses whose body is the answer rather than an error. */
  private async call<T>(method: string, path: string, body?: unknown, accept: readonly number[] = []): Promise<T> {
    const url = this.server + path;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json', 'x-weir-user': currentUser() },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      const reason = ((cause as Error).cause as Error | undefined)?.message ?? (cause as Error).message;
      throw new WeirError('CLI_USAGE', `no Weir server at ${this.server} (${reason}): start one with \`weir up\`, or point --server / WEIR_SERVER at one`, { cause });
    }
    const text = await res.text();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new WeirError('CLI_USAGE', `${url} answered ${res.status} with something that is not JSON (${JSON.stringify(text.slice(0, 120))}): is it a Weir server?`, { where: '--server' });
    }
    if (res.ok || accept.includes(res.status)) return value as T;
    throw serverError(res.status, value);
  }
}

/** Who applies: $WEIR_USER, else the login name. */
export function currentUser(): string {
  const env = process.env.WEIR_USER;
  if (env !== undefined && env !== '') return env;
  try {
    return userInfo().username;
  } catch {
    return 'anonymous';
  }
}

function serverError(status: number, value: unknown): WeirError {
  const e = (value as { error?: { code?: string; message?: string; where?: string; hint?: string } }).error;
  const message = e?.message ?? `the server answered ${status}`;
  const known = e?.code !== undefined && e.code in ErrorCodes;
  const code: ErrorCode = known ? (e.code as ErrorCode) : status < 500 ? 'CLI_USAGE' : 'INTERNAL';
  return new WeirError(code, message, { where: e?.where, hint: e?.hint });
}
