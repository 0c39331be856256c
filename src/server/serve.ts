// Serves a Hono app over HTTP/1.1 with @hono/node-server on 'host:port' (port 0: any free port;
// the bound one is returned). close() stops accepting connections, lets requests in flight finish,
// then closes idle keep-alive connections (any still open after 10 s are cut).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { parseHostPort } from '../broker/config.ts';
import { WeirError } from '../util/errors.ts';

/** How long close() lets requests in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 10_000;

export interface HttpServer {
  readonly host: string;
  readonly port: number;
  /** http://host:port */
  readonly url: string;
  close(): Promise<void>;
}

export function startHttp(app: Hono, address: string): Promise<HttpServer> {
  const { host, port } = parseHostPort(address, '--http');
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }) as Server;
    const failed = (cause: Error): void => {
      reject(new WeirError('CONFIG_INVALID', `cannot serve HTTP on ${address}: ${cause.message}`, { where: '--http', cause, hint: 'Choose another address with --http host:port' }));
    };
    server.once('error', failed);
    server.once('listening', () => {
      server.off('error', failed);
      const bound = server.address() as AddressInfo;
      const shown = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
      resolve({
        host: bound.address,
        port: bound.port,
        url: `http://${shown}:${bound.port}`,
        close: () => new Promise<void>((done) => {
          const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
          server.close(() => {
            clearTimeout(force);
            done();
          });
          server.closeIdleConnections();
        }),
      });
    });
  });
}
