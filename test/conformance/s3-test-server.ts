// Test-only S3 endpoints on loopback: startS3rver() runs the real S3-compatible server s3rver on
// 127.0.0.1 with an ephemeral port and a temp folder, in a child process (see s3rver-process.ts); startS3Proxy() is a small HTTP test double in
// front of it that records requests and can answer, drop or forward each one — used to inject 5xx,
// SlowDown and dropped connections, and (conditionalPuts) to honour `If-None-Match: *` on PUT,
// which s3rver ignores. Deliberately not a general S3 emulator: the shim checks existence with an
// unsigned HEAD and serialises conditional PUTs per path, which is enough for one test process.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const BUCKET = 'weir-test';
/** s3rver's built-in account. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface TestS3 {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startS3rver(): Promise<TestS3> {
  const directory = await mkdtemp(join(tmpdir(), 'weir-s3rver-'));
  const script = fileURLToPath(new URL('./s3rver-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--openssl-legacy-provider', script, directory], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout });
  const died = exited.then(() => {
    throw new Error('s3rver exited before listening');
  });
  died.catch(() => {});
  const first = await Promise.race([once(lines, 'line'), died]);
  const { port } = JSON.parse(String(first[0])) as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly bodyLength: number;
}

export type ProxyAction = { kind: 'forward' } | { kind: 'reset' } | { kind: 'respond'; status: number; code: string };

export interface TestProxy extends TestS3 {
  readonly seen: SeenRequest[];
  /** Decides what happens to each request; default forwards everything. */
  decide: (req: SeenRequest) => ProxyAction;
}

/** An S3 error answer as S3 sends it (HEAD answers carry no body). */
function sendError(res: http.ServerResponse, method: string, status: number, code: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code} from the test proxy</Message><RequestId>test</RequestId></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': method === 'HEAD' ? 0 : Buffer.byteLength(body) });
  res.end(method === 'HEAD' ? undefined : body);
}

function forward(target: URL, req: SeenRequest, body: Buffer, res: http.ServerResponse): Promise<void> {
  const { expect: _expect, ...headers } = req.headers; // the proxy already answered 100-continue
  return new Promise((resolve) => {
    const out = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res).on('finish', resolve);
    });
    out.on('error', () => {
      res.destroy();
      resolve();
    });
    out.end(body);
  });
}

/** Unsigned HEAD (s3rver accepts anonymous requests): does the object at this path exist? */
function exists(target: URL, path: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    http
      .request({ host: target.hostname, port: target.port, method: 'HEAD', path }, (answer) => {
        answer.resume();
        resolve(answer.statusCode === 200);
      })
      .on('error', reject)
      .end();
  });
}

export async function startS3Proxy(targetEndpoint: string, options: { conditionalPuts?: boolean } = {}): Promise<TestProxy> {
  const target = new URL(targetEndpoint);
  const locks = new Map<string, Promise<void>>();
  const proxy: TestProxy = { endpoint: '', seen: [], decide: () => ({ kind: 'forward' }), stop: async () => {} };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const seen: SeenRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, bodyLength: body.length };
    proxy.seen.push(seen);
    const action = proxy.decide(seen);
    if (action.kind === 'reset') return void req.socket.destroy();
    if (action.kind === 'respond') return sendError(res, seen.method, action.status, action.code);
    const path = seen.url.split('?')[0] ?? '/';
    if (!(options.conditionalPuts === true && seen.method === 'PUT' && req.headers['if-none-match'] === '*')) return forward(target, seen, body, res);
    const previous = locks.get(path) ?? Promise.resolve();
    const mine = previous.then(async () => {
      if (await exists(target, path)) sendError(res, 'PUT', 412, 'PreconditionFailed');
      else await forward(target, seen, body, res);
    });
    const settled = mine.catch(() => void res.destroy());
    locks.set(path, settled);
    await settled;
    if (locks.get(path) === settled) locks.delete(path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
