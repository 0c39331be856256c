// The 'kafka' and 'upsert-kafka' connectors. Both read and write Kafka topics with Flink's options
// and semantics (source.ts, sink.ts, codec.ts). When 'properties.bootstrap.servers' names the
// broker running in this process, they use its log directly (local.ts); otherwise they talk to the
// cluster over the wire (remote.ts). kafka's sink takes inserts only; upsert-kafka reads a null
// value as a DELETE of its key and writes a DELETE as one (a tombstone).
import { hostname } from 'node:os';
import type { Connector, ConnectorContext } from '../types.ts';
import { clientSettings, readOptions, type KafkaOptions } from './options.ts';
import { LocalTransport } from './local.ts';
import { RemoteTransport } from './remote.ts';
import { KafkaSourceReader } from './source.ts';
import { KafkaSinkWriter } from './sink.ts';
import type { Transport } from './transport.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0', '::', '[::]']);

/** Whether a bootstrap address names one of the in-process broker's listeners. */
export function isLocalAddress(server: string, local: readonly string[]): boolean {
  const split = (a: string): [string, string] => {
    const i = a.lastIndexOf(':');
    return [a.slice(0, i).toLowerCase(), a.slice(i + 1)];
  };
  const [host, port] = split(server.trim());
  const same = (h: string): boolean => LOOPBACK.has(h) || h.startsWith('127.') || h === hostname().toLowerCase();
  return local.some((l) => {
    const [lh, lp] = split(l);
    return lp === port && (lh === host || (same(lh) && same(host)));
  });
}

function transportFor(ctx: ConnectorContext, o: KafkaOptions): Transport {
  const log = ctx.services.log;
  const local = ctx.services.localBootstrap ?? [];
  if (log !== undefined && o.bootstrap.some((s) => isLocalAddress(s, local))) return new LocalTransport(log, ctx.services.broker);
  return new RemoteTransport(clientSettings(o, ctx.table));
}

/** A reader or writer over `transport`, which it closes; if opening fails the transport is closed here, not left connected. */
async function opened<T>(transport: Transport, open: (t: Transport) => Promise<T>): Promise<T> {
  try {
    return await open(transport);
  } catch (err) {
    await transport.close().catch(() => undefined);
    throw err;
  }
}

function connector(name: 'kafka' | 'upsert-kafka'): Connector {
  return {
    name,
    sinkAcceptsUpdates: name === 'upsert-kafka',
    async createSource(ctx) {
      const o = readOptions(ctx.table, name, ctx.options, 'source');
      return opened(transportFor(ctx, o), (t) => KafkaSourceReader.open(ctx, o, t));
    },
    async createSink(ctx) {
      const o = readOptions(ctx.table, name, ctx.options, 'sink');
      return opened(transportFor(ctx, o), (t) => KafkaSinkWriter.open(ctx, o, t));
    },
  };
}

export const kafka: Connector = connector('kafka');
export const upsertKafka: Connector = connector('upsert-kafka');
