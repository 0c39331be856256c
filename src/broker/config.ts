// Broker configuration: defaults, a Kafka-style properties file, and command-line flags (flags win).
// Names follow Kafka where Kafka has one (auto.create.topics.enable, num.partitions, log.retention.ms…).
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { WeirError } from '../util/errors.ts';
import type { FsyncPolicy } from '../storage/wal/index.ts';
import { TOPIC_CONFIG_DEFAULTS } from '../storage/index.ts';

export interface HostPort {
  readonly host: string;
  readonly port: number;
}

export interface BrokerConfig {
  readonly dataDir: string;
  readonly listen: HostPort;
  /** What clients are told to connect to (Metadata, FindCoordinator); defaults to `listen`. */
  readonly advertised: HostPort;
  readonly objectStore: string | undefined;
  readonly walDir: string | undefined;
  readonly fsync: FsyncPolicy;
  readonly nodeId: number;
  readonly autoCreateTopics: boolean;
  readonly numPartitions: number;
  /** Broker-wide topic config defaults, by topic config name (from log.* properties). */
  readonly topicDefaults: Readonly<Record<string, string>>;
  readonly socketRequestMaxBytes: number;
  readonly connectionsMaxIdleMs: number;
  readonly groupMinSessionTimeoutMs: number;
  readonly groupMaxSessionTimeoutMs: number;
  readonly groupInitialRebalanceDelayMs: number;
  /** Upload to object storage when this many bytes are hot, or after uploadIntervalMs. */
  readonly uploadBytes: number;
  readonly uploadIntervalMs: number;
  /** Memory for record batches kept for reads: uploaded ranges as they were produced, and ranges read back from objects. */
  readonly cacheBytes: number;
}

/** Broker properties that set a topic default, Kafka's way: `log.retention.ms` → `retention.ms`. */
const TOPIC_DEFAULT_PROPERTIES: Readonly<Record<string, string>> = {
  'log.retention.ms': 'retention.ms',
  'log.retention.bytes': 'retention.bytes',
  'log.cleanup.policy': 'cleanup.policy',
  'log.cleaner.delete.retention.ms': 'delete.retention.ms',
  'log.message.timestamp.type': 'message.timestamp.type',
  'message.max.bytes': 'max.message.bytes',
  'log.segment.bytes': 'segment.bytes',
  'log.roll.ms': 'segment.ms',
  'compression.type': 'compression.type',
};

export function parseHostPort(text: string, what: string): HostPort {
  const m = /^\[?([^\]]*?)\]?:(\d{1,5})$/.exec(text.replace(/^[A-Za-z]+:\/\//, ''));
  if (!m || Number(m[2]) > 65535) throw new WeirError('CONFIG_INVALID', `${what} must be host:port, not ${JSON.stringify(text)}`, { where: what });
  return { host: m[1] === '' ? '0.0.0.0' : m[1]!, port: Number(m[2]) };
}

/** Reads `key=value` lines (Kafka's server.properties format); `#` and `!` start comments. */
export function readProperties(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new WeirError('CONFIG_INVALID', `cannot read config file ${path}: ${(cause as Error).message}`, { where: path, cause });
  }
  const out: Record<string, string> = {};
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) return;
    const eq = line.search(/[=:]/);
    if (eq <= 0) throw new WeirError('CONFIG_INVALID', `expected key=value, got ${JSON.stringify(line)}`, { where: `${path}:${i + 1}` });
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  });
  return out;
}

/**
 * The read cache's default: an eighth of the machine's (or container's) memory, at most 1 GiB. Kafka serves recent
 * data from the OS page cache; Weir keeps what it uploaded (and what it read back) in this cache, so
 * consumers near the end of a topic, and catching up over recent data, read from memory. Larger
 * is not free: with 2 GiB held, produce cost ~30 % more CPU per GB once the cache was full (more
 * memory between V8's collections; bench/broker, 4 GB produced in a row).
 */
const DEFAULT_CACHE_BYTES = Math.min(2 ** 30, Math.floor(machineMemory() / 8));

/** The memory this process may use: the machine's, or its container's limit when lower. */
function machineMemory(): number {
  const limit = process.constrainedMemory();
  return limit > 0 && limit < totalmem() ? limit : totalmem();
}

const KNOWN = new Set([
  'data.dir',
  'listeners',
  'advertised.listeners',
  'object.store',
  'wal.dir',
  'wal.fsync',
  'node.id',
  'auto.create.topics.enable',
  'num.partitions',
  'socket.request.max.bytes',
  'connections.max.idle.ms',
  'group.min.session.timeout.ms',
  'group.max.session.timeout.ms',
  'group.initial.rebalance.delay.ms',
  'upload.bytes',
  'upload.interval.ms',
  'cache.bytes',
  ...Object.keys(TOPIC_DEFAULT_PROPERTIES),
]);

/** Builds the configuration from properties (file and flags already merged, flags last). */
export function brokerConfig(props: Readonly<Record<string, string>>, where = 'config'): BrokerConfig {
  for (const k of Object.keys(props)) {
    if (!KNOWN.has(k)) throw new WeirError('CONFIG_INVALID', `unknown broker config ${k}`, { where, hint: `Known: ${[...KNOWN].sort().join(', ')}` });
  }
  const int = (name: string, fallback: number, min = 0): number => {
    const v = props[name];
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new WeirError('CONFIG_INVALID', `${name} must be an integer ≥ ${min}, not ${JSON.stringify(v)}`, { where: `${where}: ${name}` });
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const v = props[name];
    if (v === undefined) return fallback;
    if (v !== 'true' && v !== 'false') throw new WeirError('CONFIG_INVALID', `${name} must be true or false, not ${JSON.stringify(v)}`, { where: `${where}: ${name}` });
    return v === 'true';
  };
  const listen = parseHostPort(props.listeners ?? '127.0.0.1:9092', 'listeners');
  const fsyncText = props['wal.fsync'] ?? 'always';
  let fsync: FsyncPolicy = 'always';
  if (fsyncText !== 'always') {
    const ms = Number(fsyncText);
    if (!Number.isInteger(ms) || ms < 1) throw new WeirError('CONFIG_INVALID', `wal.fsync must be "always" or an interval in ms, not ${JSON.stringify(fsyncText)}`, { where: `${where}: wal.fsync` });
    fsync = { intervalMs: ms };
  }
  const topicDefaults: Record<string, string> = {};
  for (const [prop, topicName] of Object.entries(TOPIC_DEFAULT_PROPERTIES)) {
    if (props[prop] !== undefined) topicDefaults[topicName] = props[prop];
  }
  return {
    dataDir: props['data.dir'] ?? './weir-data',
    listen,
    advertised: props['advertised.listeners'] === undefined ? listen : parseHostPort(props['advertised.listeners'], 'advertised.listeners'),
    objectStore: props['object.store'],
    walDir: props['wal.dir'],
    fsync,
    nodeId: int('node.id', 1),
    autoCreateTopics: bool('auto.create.topics.enable', true),
    numPartitions: int('num.partitions', 1, 1),
    topicDefaults,
    socketRequestMaxBytes: int('socket.request.max.bytes', 104857600, 1024),
    connectionsMaxIdleMs: int('connections.max.idle.ms', 600000, 1),
    groupMinSessionTimeoutMs: int('group.min.session.timeout.ms', 6000),
    groupMaxSessionTimeoutMs: int('group.max.session.timeout.ms', 1800000),
    groupInitialRebalanceDelayMs: int('group.initial.rebalance.delay.ms', 3000),
    uploadBytes: int('upload.bytes', 16 * 2 ** 20, 1),
    uploadIntervalMs: int('upload.interval.ms', 1000, 1),
    cacheBytes: int('cache.bytes', DEFAULT_CACHE_BYTES, 0),
  };
}

/** A topic config's value and where it comes from, as DescribeConfigs reports it. */
export function topicConfigValue(name: string, topicConfigs: Readonly<Record<string, string>>, brokerDefaults: Readonly<Record<string, string>>): { value: string; source: 'topic' | 'broker' | 'default' } | undefined {
  if (topicConfigs[name] !== undefined) return { value: topicConfigs[name], source: 'topic' };
  if (brokerDefaults[name] !== undefined) return { value: brokerDefaults[name], source: 'broker' };
  if (TOPIC_CONFIG_DEFAULTS[name] !== undefined) return { value: TOPIC_CONFIG_DEFAULTS[name], source: 'default' };
  return undefined;
}
