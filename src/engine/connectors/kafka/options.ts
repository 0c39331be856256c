// The kafka and upsert-kafka table options (already validated at CREATE TABLE, see
// src/sql/catalog/connectors.ts) read into what the source and sink need, with Flink's defaults:
// topics or a pattern, startup and bounded positions, partitioner, delivery guarantee, and the
// 'properties.*' given to the Kafka client.
import { durationMs } from '../../../sql/catalog/options.ts';
import { codecFromId, CODEC_IDS, type CompressionCodec } from '../../../protocol/records/index.ts';
import { WeirError } from '../../../util/errors.ts';
import type { PartitionerName } from './partitioner.ts';

export type ResetStrategy = 'earliest' | 'latest' | 'none';

/** Where a partition starts (scan.startup.*) or stops (scan.bounded.*). */
export type Position =
  | { readonly kind: 'earliest' }
  | { readonly kind: 'latest' }
  | { readonly kind: 'group'; readonly reset: ResetStrategy }
  | { readonly kind: 'timestamp'; readonly ms: bigint }
  /** Offsets of partitions of `topic`; other partitions: committed offset, else earliest (Flink). */
  | { readonly kind: 'specific'; readonly topic: string | undefined; readonly offsets: ReadonlyMap<number, bigint> };

export interface KafkaOptions {
  readonly label: string;
  readonly upsert: boolean;
  readonly topics: readonly string[];
  readonly pattern: RegExp | undefined;
  readonly bootstrap: readonly string[];
  /** 'properties.*' without the prefix. */
  readonly properties: ReadonlyMap<string, string>;
  readonly groupId: string | undefined;
  readonly startup: Position;
  readonly bounded: Position | undefined;
  /** 0: no partition discovery after the start. */
  readonly discoveryMs: number;
  readonly partitioner: string;
  readonly delivery: 'at-least-once' | 'exactly-once' | 'none';
  readonly compression: CompressionCodec;
  /** Kafka's batch.size: when the sticky partition moves on. */
  readonly batchBytes: number;
  /** Largest request the sink sends to one partition (Kafka's max.request.size). */
  readonly maxRequestBytes: number;
  /** Most bytes the source fetches from one partition at a time (Kafka's max.partition.fetch.bytes). */
  readonly maxFetchBytes: number;
  /** upsert-kafka's sink.buffer-flush.*: both > 0 to buffer. */
  readonly bufferRows: number;
  readonly bufferMs: number;
}

/** @platformatic/kafka client options from 'properties.*'. */
export interface ClientSettings {
  readonly base: {
    clientId: string;
    bootstrapBrokers: string[];
    requestTimeout?: number;
    connectTimeout?: number;
    tls?: Record<string, never>;
    sasl?: { mechanism: 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512'; username: string; password: string };
  };
  readonly groupId: string;
  readonly isolationLevel: number;
  readonly acks: number;
}

/** The options; scan positions are read (and checked) for a source only. */
export function readOptions(table: string, connector: string, options: ReadonlyMap<string, string>, role: 'source' | 'sink'): KafkaOptions {
  const label = `table '${table}' (connector '${connector}')`;
  const upsert = connector === 'upsert-kafka';
  const get = (key: string): string | undefined => options.get(key);
  const properties = new Map<string, string>();
  for (const [k, v] of options) if (k.startsWith('properties.')) properties.set(k.slice('properties.'.length), v);
  const topics = (get('topic') ?? '').split(';').map((t) => t.trim()).filter((t) => t !== '');
  const patternText = get('topic-pattern');
  let pattern: RegExp | undefined;
  if (patternText !== undefined) {
    try {
      pattern = new RegExp(`^(?:${patternText})$`);
    } catch (err) {
      throw new WeirError('CONFIG_INVALID', `'topic-pattern' of ${label} is not a valid regular expression: ${(err as Error).message}`, { where: table });
    }
  }
  const groupId = properties.get('group.id');
  const reset = (properties.get('auto.offset.reset') ?? 'none').toLowerCase();
  if (reset !== 'earliest' && reset !== 'latest' && reset !== 'none') {
    throw new WeirError('CONFIG_INVALID', `'properties.auto.offset.reset' of ${label} can not be set to '${reset}'. Valid values: [earliest, latest, none]`, { where: table });
  }
  const position = (kind: 'startup' | 'bounded', mode: string): Position | undefined => {
    switch (mode.toLowerCase()) {
      case 'unbounded':
        return undefined;
      case 'earliest-offset':
        return { kind: 'earliest' };
      case 'latest-offset':
        return { kind: 'latest' };
      case 'group-offsets':
        if (groupId === undefined) {
          throw new WeirError('CONFIG_INVALID', `'properties.group.id' is required for 'scan.${kind}.mode' = 'group-offsets' (${label})`, { where: table, hint: `Set 'properties.group.id' to the consumer group whose committed offsets to use` });
        }
        return { kind: 'group', reset: kind === 'startup' ? reset : 'none' };
      case 'timestamp':
        return { kind: 'timestamp', ms: BigInt(get(`scan.${kind}.timestamp-millis`) ?? '0') };
      case 'specific-offsets':
        return { kind: 'specific', topic: topics[0], offsets: specificOffsets(get(`scan.${kind}.specific-offsets`) ?? '') };
      default:
        throw new WeirError('CONFIG_INVALID', `unknown 'scan.${kind}.mode' '${mode}' (${label})`, { where: table });
    }
  };
  const compressionName = (properties.get('compression.type') ?? 'none').toLowerCase();
  const compression = Object.hasOwn(CODEC_IDS, compressionName) ? codecFromId(CODEC_IDS[compressionName as CompressionCodec]) : undefined;
  if (compression === undefined) {
    throw new WeirError('CONFIG_INVALID', `'properties.compression.type' of ${label} is '${compressionName}'; valid values: ${Object.keys(CODEC_IDS).join(', ')}`, { where: table });
  }
  const delivery = (get('sink.delivery-guarantee') ?? get('sink.semantic') ?? 'at-least-once').toLowerCase();
  return {
    label,
    upsert,
    topics,
    pattern,
    bootstrap: (get('properties.bootstrap.servers') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''),
    properties,
    groupId,
    // upsert-kafka always reads the whole topic, from the earliest offset.
    startup: upsert || role === 'sink' ? { kind: 'earliest' } : position('startup', get('scan.startup.mode') ?? 'group-offsets')!,
    bounded: upsert || role === 'sink' ? undefined : position('bounded', get('scan.bounded.mode') ?? 'unbounded'),
    discoveryMs: durationMs(get('scan.topic-partition-discovery.interval') ?? '5 min'),
    partitioner: get('sink.partitioner') ?? 'default',
    delivery: delivery === 'exactly-once' || delivery === 'none' ? delivery : 'at-least-once',
    compression,
    batchBytes: intProperty(properties, 'batch.size', 16384, label),
    maxRequestBytes: intProperty(properties, 'max.request.size', 1048576, label),
    maxFetchBytes: intProperty(properties, 'max.partition.fetch.bytes', 1048576, label),
    bufferRows: Number(get('sink.buffer-flush.max-rows') ?? '0'),
    bufferMs: durationMs(get('sink.buffer-flush.interval') ?? '0 s'),
  };
}

/** 'partition:0,offset:42;partition:1,offset:300' (its syntax was checked at CREATE TABLE). */
export function specificOffsets(text: string): Map<number, bigint> {
  const offsets = new Map<number, bigint>();
  for (const m of text.matchAll(/partition:(\d+),offset:(\d+)/g)) offsets.set(Number(m[1]), BigInt(m[2]!));
  return offsets;
}

export function partitionerName(o: KafkaOptions): PartitionerName {
  const name = o.partitioner;
  if (name === 'default' || name === 'fixed' || name === 'round-robin') return name;
  throw new WeirError('NOT_IMPLEMENTED', `'sink.partitioner' = '${name}' of ${o.label}: custom partitioner classes are not supported`, { hint: `Use 'default', 'fixed' or 'round-robin'` });
}

function intProperty(properties: ReadonlyMap<string, string>, key: string, fallback: number, label: string): number {
  const text = properties.get(key);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new WeirError('CONFIG_INVALID', `'properties.${key}' of ${label} must be a non-negative integer, not '${text}'`);
  return n;
}

/** The client options for a remote cluster, from 'properties.*'. */
export function clientSettings(o: KafkaOptions, table: string): ClientSettings {
  const p = o.properties;
  const base: ClientSettings['base'] = { clientId: p.get('client.id') ?? `weir-${table}`, bootstrapBrokers: [...o.bootstrap] };
  if (p.has('request.timeout.ms')) base.requestTimeout = intProperty(p, 'request.timeout.ms', 30000, o.label);
  if (p.has('socket.connection.setup.timeout.ms')) base.connectTimeout = intProperty(p, 'socket.connection.setup.timeout.ms', 10000, o.label);
  const security = (p.get('security.protocol') ?? 'PLAINTEXT').toUpperCase();
  if (security === 'SSL' || security === 'SASL_SSL') base.tls = {};
  if (security === 'SASL_PLAINTEXT' || security === 'SASL_SSL') {
    const mechanism = (p.get('sasl.mechanism') ?? 'PLAIN').toUpperCase();
    const jaas = p.get('sasl.jaas.config') ?? '';
    const username = /username\s*=\s*"([^"]*)"/.exec(jaas)?.[1];
    const password = /password\s*=\s*"([^"]*)"/.exec(jaas)?.[1];
    if ((mechanism !== 'PLAIN' && mechanism !== 'SCRAM-SHA-256' && mechanism !== 'SCRAM-SHA-512') || username === undefined || password === undefined) {
      throw new WeirError('NOT_IMPLEMENTED', `${o.label}: SASL needs 'properties.sasl.mechanism' PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 and a 'properties.sasl.jaas.config' with username="…" password="…"`);
    }
    base.sasl = { mechanism, username, password };
  }
  const acks = p.get('acks') ?? 'all';
  return {
    base,
    groupId: o.groupId ?? `weir-${table}`,
    isolationLevel: (p.get('isolation.level') ?? 'read_uncommitted').toLowerCase() === 'read_committed' ? 1 : 0,
    acks: acks === 'all' ? -1 : Number(acks),
  };
}
