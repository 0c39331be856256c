// A bare Kafka connection for the group suites: sends any request of any version with Weir's own
// codec and returns the decoded response, so tests can check exact error codes and fields that the
// real clients hide (MEMBER_ID_REQUIRED, fencing, metadata strings). Requests on one connection are
// answered in order, as the broker handles them one at a time.
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeRequest, decodeResponse } from '../../src/protocol/frames.ts';
import type { ApiKey, ApiRequests, ApiResponses } from '../../src/protocol/generated/apis.ts';
import { Writer } from '../../src/protocol/writer.ts';
import { encodeConsumerProtocolSubscription } from '../../src/protocol/generated/consumer-protocol-subscription.ts';
import { Broker } from '../../src/broker/broker.ts';
import { brokerConfig } from '../../src/broker/config.ts';

export class Wire {
  private readonly socket: Socket;
  private buffer = Buffer.alloc(0);
  private next = 1;
  private readonly pending = new Map<number, { apiKey: ApiKey; version: number; resolve: (b: unknown) => void; reject: (e: Error) => void }>();
  readonly clientId: string;

  private constructor(socket: Socket, clientId: string) {
    this.socket = socket;
    this.clientId = clientId;
    socket.on('data', (d: Buffer) => this.onData(d));
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error('connection closed'));
      this.pending.clear();
    });
    socket.on('error', () => {});
  }

  static async open(port: number, clientId = 'wire'): Promise<Wire> {
    const s = connect(port, '127.0.0.1');
    await once(s, 'connect');
    return new Wire(s, clientId);
  }

  request<K extends ApiKey>(apiKey: K, version: number, body: ApiRequests[K]): Promise<ApiResponses[K]> {
    const correlationId = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(correlationId, { apiKey, version, resolve: resolve as (b: unknown) => void, reject });
      for (const c of encodeRequest(apiKey, version, correlationId, this.clientId, body)) this.socket.write(c);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    while (this.buffer.length >= 4) {
      const size = this.buffer.readInt32BE(0);
      if (this.buffer.length < 4 + size) return;
      const frame = this.buffer.subarray(4, 4 + size);
      this.buffer = this.buffer.subarray(4 + size);
      const correlationId = frame.readInt32BE(0);
      const p = this.pending.get(correlationId);
      if (p === undefined) continue;
      this.pending.delete(correlationId);
      try {
        p.resolve(decodeResponse(p.apiKey, p.version, frame).body);
      } catch (err) {
        p.reject(err as Error);
      }
    }
  }
}

/** A consumer-protocol subscription (what the Java client's assignors send as JoinGroup metadata). */
export function subscription(topics: string[], userData: Uint8Array | null = null): Uint8Array {
  const w = new Writer();
  w.int16(1);
  encodeConsumerProtocolSubscription(w, 1, { topics, userData, ownedPartitions: [], generationId: -1, rackId: null });
  return Buffer.concat(w.chunks());
}

export interface TestBroker {
  readonly broker: Broker;
  readonly dir: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** A broker on a fresh (or the given) data dir, port 0, no initial rebalance delay unless asked. */
export async function startBroker(props: Record<string, string> = {}, dir?: string): Promise<TestBroker> {
  const dataDir = dir ?? mkdtempSync(join(tmpdir(), 'weir-groups-'));
  const broker = await Broker.start(brokerConfig({ 'data.dir': dataDir, listeners: '127.0.0.1:0', 'group.initial.rebalance.delay.ms': '0', 'wal.fsync': '50', ...props }));
  return { broker, dir: dataDir, port: broker.address().port, stop: () => broker.stop() };
}

/** Runs `fn` against a fresh broker with these properties, then stops it and removes its data. */
export async function withBroker(props: Record<string, string>, fn: (b: TestBroker) => Promise<void>): Promise<void> {
  const b = await startBroker(props);
  try {
    await fn(b);
  } finally {
    await b.stop();
    removeDir(b.dir);
  }
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Polls `check` until it returns a value other than undefined, or throws after `ms`. */
export async function eventually<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last === undefined ? '' : `: ${String(last)}`}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
