// The broker's own settings as DescribeConfigs reports them for resource type BROKER: Kafka's
// names where Kafka has one, Weir's own (object.store, wal.*, upload.*) beside them. All are
// read-only: Weir's broker configs are static, set by file or flags at start-up. A value that
// differs from the built-in default is reported as STATIC_BROKER_CONFIG, otherwise DEFAULT_CONFIG
// (the parsed config does not remember whether a default was also written out explicitly).
import { resolve } from 'node:path';
import { TOPIC_CONFIG_DEFAULTS } from '../../storage/index.ts';
import { brokerConfig, type BrokerConfig } from '../config.ts';
import type { Broker } from '../broker.ts';
import { ConfigSource, ConfigType, TOPIC_CONFIG_INFO, type ConfigEntry, type ConfigSynonym, type ConfigTypeId } from './topic-configs.ts';

interface BrokerSetting {
  readonly type: ConfigTypeId;
  readonly doc: string;
  /** The value in force; null when unset and without a default. */
  readonly value: (b: Broker) => string | null;
  /** The built-in default; null when there is none. */
  readonly default: string | null;
}

const DEFAULTS: BrokerConfig = brokerConfig({});
const hostPort = (h: { host: string; port: number }): string => `${h.host}:${h.port}`;
const fsyncText = (c: BrokerConfig): string => (c.fsync === 'always' ? 'always' : String(c.fsync.intervalMs));

function setting(type: ConfigTypeId, doc: string, value: (c: BrokerConfig) => string | null): BrokerSetting {
  return { type, doc, value: (b) => value(b.config), default: value(DEFAULTS) };
}

const SETTINGS: Readonly<Record<string, BrokerSetting>> = {
  'node.id': setting(ConfigType.INT, 'This broker\'s id.', (c) => String(c.nodeId)),
  'broker.id': setting(ConfigType.INT, 'This broker\'s id (the same as node.id).', (c) => String(c.nodeId)),
  listeners: setting(ConfigType.STRING, 'The address the Kafka listener binds.', (c) => hostPort(c.listen)),
  'advertised.listeners': setting(ConfigType.STRING, 'The address clients are told to connect to.', (c) => hostPort(c.advertised)),
  'log.dirs': setting(ConfigType.STRING, 'The data directory (metadata, WAL and, by default, the object store).', (c) => resolve(c.dataDir)),
  'object.store': setting(ConfigType.STRING, 'Where partition data is stored: a folder or an s3:// URL; unset means a folder under the data directory.', (c) => c.objectStore ?? null),
  'wal.dir': setting(ConfigType.STRING, 'The write-ahead log directory; unset means a folder under the data directory.', (c) => c.walDir ?? null),
  'wal.fsync': setting(ConfigType.STRING, '"always" (fsync before acknowledging) or an fsync interval in ms.', fsyncText),
  'auto.create.topics.enable': setting(ConfigType.BOOLEAN, 'Whether Metadata requests create unknown topics.', (c) => String(c.autoCreateTopics)),
  'num.partitions': setting(ConfigType.INT, 'The partition count of topics created without one.', (c) => String(c.numPartitions)),
  'default.replication.factor': setting(ConfigType.INT, 'Always 1: the object store is the durable copy.', () => '1'),
  'socket.request.max.bytes': setting(ConfigType.INT, 'The largest request the broker reads.', (c) => String(c.socketRequestMaxBytes)),
  'connections.max.idle.ms': setting(ConfigType.LONG, 'Idle connections are closed after this long.', (c) => String(c.connectionsMaxIdleMs)),
  'group.min.session.timeout.ms': setting(ConfigType.INT, 'The shortest session timeout a group member may ask for.', (c) => String(c.groupMinSessionTimeoutMs)),
  'group.max.session.timeout.ms': setting(ConfigType.INT, 'The longest session timeout a group member may ask for.', (c) => String(c.groupMaxSessionTimeoutMs)),
  'group.initial.rebalance.delay.ms': setting(ConfigType.INT, 'How long a new group waits for more members before its first rebalance.', (c) => String(c.groupInitialRebalanceDelayMs)),
  'upload.bytes': setting(ConfigType.LONG, 'Data waiting in the WAL is uploaded to the object store when this many bytes are waiting…', (c) => String(c.uploadBytes)),
  'upload.interval.ms': setting(ConfigType.LONG, '…or when the oldest has waited this long.', (c) => String(c.uploadIntervalMs)),
};

/** Broker properties that set topic defaults (log.retention.ms…), from the topic configs they set. */
function topicDefaultSettings(): Record<string, BrokerSetting> {
  const out: Record<string, BrokerSetting> = {};
  for (const [topicName, info] of Object.entries(TOPIC_CONFIG_INFO)) {
    out[info.brokerName] = {
      type: info.type,
      doc: `The default of the topic config ${topicName}. ${info.doc}`,
      value: (b) => b.config.topicDefaults[topicName] ?? TOPIC_CONFIG_DEFAULTS[topicName] ?? null,
      default: TOPIC_CONFIG_DEFAULTS[topicName] ?? null,
    };
  }
  return out;
}

const ALL: Readonly<Record<string, BrokerSetting>> = { ...SETTINGS, ...topicDefaultSettings() };

/** Every broker setting, sorted by name. */
export function brokerConfigEntries(broker: Broker): ConfigEntry[] {
  return Object.keys(ALL)
    .sort()
    .map((name) => {
      const s = ALL[name]!;
      const value = s.value(broker);
      const isStatic = value !== s.default;
      const synonyms: ConfigSynonym[] = [];
      if (isStatic) synonyms.push({ name, value, source: ConfigSource.STATIC_BROKER_CONFIG });
      if (s.default !== null) synonyms.push({ name, value: s.default, source: ConfigSource.DEFAULT_CONFIG });
      return { name, value, source: isStatic ? ConfigSource.STATIC_BROKER_CONFIG : ConfigSource.DEFAULT_CONFIG, readOnly: true, isSensitive: false, type: s.type, doc: s.doc, synonyms };
    });
}
