// The capture listener: a TCP listener on loopback (ephemeral port) that records every request
// frame a client sends (the bytes after the 4-byte size prefix, in arrival order) and answers it
// through a CaptureCluster. Requests on one connection are answered one at a time, in order, as
// Kafka does. A frame the codecs cannot decode is still recorded (it is the interesting kind of
// vector), noted in `problems`, and its connection closed.
import { createServer, type Server, type Socket } from 'node:net';
import { decodeRequest, encodeResponse, readPrologue } from '../../../src/protocol/frames.ts';
import { API_DEFINITIONS, ApiKeys, type ApiKey, type ApiResponses } from '../../../src/protocol/generated/apis.ts';
import { CaptureCluster, unsupportedApiVersionsBody } from './cluster.ts';
import { fitToVersion } from '../../../src/protocol/fit.ts';

export interface CapturedFrame {
  readonly bytes: Buffer;
  readonly apiKey: number;
  readonly version: number;
}

export class CaptureListener {
  readonly frames: CapturedFrame[] = [];
  readonly problems: string[] = [];
  private readonly server: Server = createServer((socket) => this.accept(socket));
  private readonly sockets = new Set<Socket>();
  private cluster: CaptureCluster | undefined;

  /** Starts listening on 127.0.0.1 at an ephemeral port; resolves to the port. */
  async start(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', resolve);
    });
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('capture listener has no TCP address');
    this.cluster = new CaptureCluster(address.port);
    return address.port;
  }

  /** APIs that were asked for and answered with an all-defaults body. */
  get unhandled(): string[] {
    return [...(this.cluster?.unhandled ?? [])];
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let pending: Buffer = Buffer.alloc(0);
    let queue = Promise.resolve();
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      while (pending.length >= 4) {
        const size = pending.readInt32BE(0);
        if (pending.length < 4 + size) break;
        const frame = Buffer.from(pending.subarray(4, 4 + size));
        pending = pending.subarray(4 + size);
        const prologue = readPrologue(frame);
        this.frames.push({ bytes: frame, apiKey: prologue?.apiKey ?? -1, version: prologue?.apiVersion ?? -1 });
        queue = queue.then(() => this.serve(socket, frame));
      }
    });
  }

  private async serve(socket: Socket, frame: Buffer): Promise<void> {
    if (socket.destroyed) return;
    const prologue = readPrologue(frame);
    let chunks: Uint8Array[] | undefined;
    try {
      const { api, header, body } = decodeRequest(frame);
      const version = header.requestApiVersion;
      const answer = await this.cluster!.answer(api, version, header, body);
      if (answer === undefined) return;
      const fitted = fitToVersion(api.responseSchema.fields, version, answer) as unknown as ApiResponses[ApiKey];
      chunks = encodeResponse(api.key, version, header.correlationId, fitted);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (prologue?.apiKey === ApiKeys.ApiVersions && prologue.apiVersion > API_DEFINITIONS[ApiKeys.ApiVersions].maxVersion) {
        chunks = encodeResponse(ApiKeys.ApiVersions, 0, prologue.correlationId, unsupportedApiVersionsBody());
      } else {
        this.problems.push(`api ${prologue?.apiKey} v${prologue?.apiVersion}: ${message}`);
        socket.destroy();
        return;
      }
    }
    if (!socket.destroyed) socket.write(Buffer.concat(chunks));
  }
}
