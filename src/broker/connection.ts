// One client connection: size-prefixed frames in, requests handled one at a time in arrival order
// (so responses go out in request order, as Kafka clients require), responses written with writev.
// Reading pauses while too many bytes wait to be handled, and handling waits while the socket's
// write buffer is full. A malformed, oversized or unknown request closes this connection with a log
// line naming the peer and the reason; no other connection notices.
import type { Socket } from 'node:net';
import { decodeRequest, encodeResponse, readPrologue } from '../protocol/frames.ts';
import { ProtocolError } from '../protocol/errors.ts';
import { ApiKeys, API_DEFINITIONS } from '../protocol/generated/apis.ts';
import { fitToVersion } from '../protocol/fit.ts';
import { KafkaErrors } from '../protocol/generated/error-codes.ts';
import type { Logger } from '../util/log.ts';
import { NO_RESPONSE, registration, apiVersionsBody } from './registry.ts';
import type { Broker } from './broker.ts';

/** The most Produce requests one connection handles at once. */
const MAX_PIPELINED = 16;

export class Connection {
  readonly peer: string;
  private readonly socket: Socket;
  private readonly broker: Broker;
  private readonly log: Logger;
  /** The size prefix being read when it spans socket chunks, and how many of its 4 bytes arrived. */
  private readonly head = Buffer.alloc(4);
  private headFill = 0;
  /** The frame being filled when it spans socket chunks, and how many of its bytes arrived. */
  private partial: Buffer | undefined;
  private partialFill = 0;
  private frames: Buffer[] = [];
  private queuedBytes = 0;
  private handling = false;
  /** Requests started and not yet answered, and the chain that writes their responses in order. */
  private inFlight = 0;
  private onlyProduceInFlight = true;
  private pipeline: Promise<void> = Promise.resolve();
  private closed = false;
  /** Resolves when no request is waiting to start (responses may still be on their way: see `pipeline`). */
  idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};

  constructor(socket: Socket, broker: Broker, log: Logger) {
    this.socket = socket;
    this.broker = broker;
    this.peer = `${socket.remoteAddress}:${socket.remotePort}`;
    this.log = log.child({ peer: this.peer });
    socket.setNoDelay(true);
    socket.setTimeout(broker.config.connectionsMaxIdleMs, () => this.close('idle for longer than connections.max.idle.ms'));
    socket.on('data', (d: Buffer) => this.onData(d));
    socket.on('error', (err) => this.log.debug({ err }, 'socket error'));
    socket.on('close', () => {
      this.closed = true;
      this.frames = [];
    });
  }

  close(reason: string, level: 'info' | 'warn' = 'warn'): void {
    if (this.closed) return;
    this.closed = true;
    this.log[level]({ reason }, 'closing connection');
    this.socket.destroy();
  }

  /** Stops reading; the request being handled finishes and its response is written. */
  async drain(): Promise<void> {
    this.socket.pause();
    this.frames = [];
    await this.idle;
    await this.pipeline;
    this.socket.end();
  }

  // Frame assembly: a frame wholly inside one socket chunk is a zero-copy subarray of it; a frame
  // spanning chunks gets one buffer of its size as soon as the size is known, and each chunk's
  // bytes are copied into it as they arrive (no chunk lists re-walked or concatenated).
  private onData(data: Buffer): void {
    let at = 0;
    while (at < data.length && !this.closed) {
      const filling = this.partial;
      if (filling !== undefined) {
        const n = Math.min(data.length - at, filling.length - this.partialFill);
        data.copy(filling, this.partialFill, at, at + n);
        this.partialFill += n;
        at += n;
        if (this.partialFill < filling.length) return;
        this.partial = undefined;
        this.enqueueFrame(filling);
        continue;
      }
      let size: number;
      if (this.headFill === 0 && data.length - at >= 4) {
        size = data.readInt32BE(at);
        at += 4;
      } else {
        const n = Math.min(4 - this.headFill, data.length - at);
        data.copy(this.head, this.headFill, at, at + n);
        this.headFill += n;
        at += n;
        if (this.headFill < 4) return;
        this.headFill = 0;
        size = this.head.readInt32BE(0);
      }
      const max = this.broker.config.socketRequestMaxBytes;
      if (size < 0 || size > max) {
        this.close(`request of ${size} bytes is larger than socket.request.max.bytes (${max})`);
        return;
      }
      if (data.length - at >= size) {
        this.enqueueFrame(data.subarray(at, at + size));
        at += size;
      } else {
        this.partial = Buffer.allocUnsafe(size);
        this.partialFill = 0;
      }
    }
  }

  private enqueueFrame(frame: Buffer): void {
    this.frames.push(frame);
    this.queuedBytes += frame.length;
    if (this.queuedBytes > 2 * this.broker.config.socketRequestMaxBytes) this.socket.pause();
    if (!this.handling) void this.handleFrames();
  }

  private async handleFrames(): Promise<void> {
    this.handling = true;
    this.idle = new Promise((r) => (this.markIdle = r));
    try {
      while (this.frames.length > 0 && !this.closed) {
        const frame = this.frames.shift()!;
        this.queuedBytes -= frame.length;
        if (this.socket.isPaused() && this.queuedBytes <= this.broker.config.socketRequestMaxBytes) this.socket.resume();
        // Produce requests are pipelined: the next starts while earlier ones wait for their WAL
        // fsync, so their appends share group commits; their appends are queued in arrival order
        // and responses are written in request order. Any other request waits until everything
        // before it is answered, and nothing starts while it runs (as Kafka handles a connection).
        const isProduce = frame.length >= 2 && frame.readInt16BE(0) === ApiKeys.Produce;
        if (!isProduce || !this.onlyProduceInFlight || this.inFlight >= MAX_PIPELINED) await this.pipeline;
        this.inFlight++;
        if (!isProduce) this.onlyProduceInFlight = false;
        const response = this.handle(frame);
        this.pipeline = this.pipeline.then(async () => {
          const r = await response;
          if (r !== null && !this.closed) await this.write(r);
          if (--this.inFlight === 0) this.onlyProduceInFlight = true;
        });
      }
    } finally {
      this.handling = false;
      this.markIdle();
    }
  }

  private write(chunks: Uint8Array[]): Promise<void> {
    this.socket.cork();
    let ok = true;
    for (const c of chunks) ok = this.socket.write(c);
    this.socket.uncork();
    if (ok) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.on('drain', done);
      this.socket.on('close', done);
    });
  }

  /** Handles one frame; returns the response chunks, or null for none (the connection may be closed). */
  private async handle(frame: Buffer): Promise<Uint8Array[] | null> {
    const prologue = readPrologue(frame);
    if (prologue === undefined) {
      this.close(`frame of ${frame.length} bytes is too short for a request header`);
      return null;
    }
    const { apiKey, apiVersion, correlationId } = prologue;
    const reg = registration(apiKey);
    if (reg === undefined) {
      this.close(`unsupported API key ${apiKey}`);
      return null;
    }
    if (apiVersion < reg.minVersion || apiVersion > reg.maxVersion) {
      if (apiKey === ApiKeys.ApiVersions) return this.apiVersionsFallback(correlationId);
      this.close(`${apiKeyName(apiKey)} v${apiVersion} is not supported (versions ${reg.minVersion}-${reg.maxVersion})`);
      return null;
    }
    let request;
    try {
      request = decodeRequest(frame);
    } catch (err) {
      this.close(err instanceof ProtocolError ? `malformed request: ${err.message}` : `cannot decode request: ${String(err)}`);
      return null;
    }
    try {
      const body = await reg.handler(request.body, { version: apiVersion, header: request.header, broker: this.broker, peer: this.peer });
      if (body === NO_RESPONSE) return null;
      return encodeResponse(reg.key, apiVersion, correlationId, fitToVersion(API_DEFINITIONS[reg.key].responseSchema.fields, apiVersion, body) as never);
    } catch (err) {
      this.log.error({ err, api: apiKeyName(apiKey), version: apiVersion }, 'request failed');
      this.close(`${apiKeyName(apiKey)} v${apiVersion} failed: ${(err as Error).message}`);
      return null;
    }
  }

  /** Kafka's rule: an ApiVersions request of a version the broker does not know gets a v0 response with error 35. */
  private apiVersionsFallback(correlationId: number): Uint8Array[] {
    return encodeResponse(ApiKeys.ApiVersions, 0, correlationId, apiVersionsBody(KafkaErrors.UNSUPPORTED_VERSION));
  }
}

function apiKeyName(key: number): string {
  return Object.entries(ApiKeys).find(([, k]) => k === key)?.[0] ?? `API ${key}`;
}
