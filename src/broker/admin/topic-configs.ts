// Topic configs as the admin APIs report them: each config's Kafka type, its broker-level synonym
// (the `log.*` property that sets the broker default), a line of documentation, and where its
// value comes from — the topic, the broker's config, or Kafka's default. DescribeConfigs and
// CreateTopics (v5+) answer from here.
import { TOPIC_CONFIG_DEFAULTS } from '../../storage/index.ts';
import { topicConfigValue } from '../config.ts';

/** Kafka's ConfigResource.Type ids. */
export const ResourceType = { TOPIC: 2, BROKER: 4, BROKER_LOGGER: 8 } as const;

/** Kafka's DescribeConfigsResponse.ConfigSource ids. */
export const ConfigSource = {
  UNKNOWN: 0,
  DYNAMIC_TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  DYNAMIC_DEFAULT_BROKER_CONFIG: 3,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
} as const;
export type ConfigSourceId = (typeof ConfigSource)[keyof typeof ConfigSource];

/** Kafka's DescribeConfigsResponse.ConfigType ids. */
export const ConfigType = { UNKNOWN: 0, BOOLEAN: 1, STRING: 2, INT: 3, SHORT: 4, LONG: 5, DOUBLE: 6, LIST: 7, CLASS: 8, PASSWORD: 9 } as const;
export type ConfigTypeId = (typeof ConfigType)[keyof typeof ConfigType];

interface TopicConfigInfo {
  /** The broker property that sets this config's default (Kafka's synonym). */
  readonly brokerName: string;
  readonly type: ConfigTypeId;
  readonly doc: string;
}

export const TOPIC_CONFIG_INFO: Readonly<Record<string, TopicConfigInfo>> = {
  'cleanup.policy': { brokerName: 'log.cleanup.policy', type: ConfigType.LIST, doc: 'A list of "delete" (drop data older than retention.ms or beyond retention.bytes) and "compact" (keep the latest record per key).' },
  'retention.ms': { brokerName: 'log.retention.ms', type: ConfigType.LONG, doc: 'How long records are kept under the "delete" policy; -1 keeps them forever.' },
  'retention.bytes': { brokerName: 'log.retention.bytes', type: ConfigType.LONG, doc: 'The most bytes a partition keeps under the "delete" policy; -1 means no limit.' },
  'delete.retention.ms': { brokerName: 'log.cleaner.delete.retention.ms', type: ConfigType.LONG, doc: 'How long tombstones are kept in compacted topics.' },
  'min.compaction.lag.ms': { brokerName: 'log.cleaner.min.compaction.lag.ms', type: ConfigType.LONG, doc: 'Accepted for compatibility; key compaction rewrites whole uploaded objects.' },
  'max.message.bytes': { brokerName: 'message.max.bytes', type: ConfigType.INT, doc: 'The largest record batch the topic accepts.' },
  'message.timestamp.type': { brokerName: 'log.message.timestamp.type', type: ConfigType.STRING, doc: 'CreateTime (the producer\'s timestamp) or LogAppendTime (the broker\'s).' },
  'segment.bytes': { brokerName: 'log.segment.bytes', type: ConfigType.INT, doc: 'Accepted for compatibility; Weir sizes its objects itself.' },
  'segment.ms': { brokerName: 'log.roll.ms', type: ConfigType.LONG, doc: 'The longest time span one stored object of a partition covers.' },
  'compression.type': { brokerName: 'compression.type', type: ConfigType.STRING, doc: 'Accepted for compatibility; batches are stored as the producer compressed them.' },
  'min.insync.replicas': { brokerName: 'min.insync.replicas', type: ConfigType.INT, doc: 'Accepted for compatibility; the object store is the durable copy and this broker the only replica.' },
};

/** Configs whose values are comma-separated lists (IncrementalAlterConfigs APPEND/SUBTRACT). */
export function isListConfig(name: string): boolean {
  return TOPIC_CONFIG_INFO[name]?.type === ConfigType.LIST;
}

export interface ConfigSynonym {
  readonly name: string;
  readonly value: string | null;
  readonly source: ConfigSourceId;
}

export interface ConfigEntry {
  readonly name: string;
  readonly value: string | null;
  readonly source: ConfigSourceId;
  readonly readOnly: boolean;
  readonly isSensitive: boolean;
  readonly type: ConfigTypeId;
  readonly doc: string | null;
  /** Every level that sets the config, the one in force first (Kafka's order). */
  readonly synonyms: readonly ConfigSynonym[];
}

/** Every config a topic has: Kafka's topic configs that Weir knows, and any others set on it; sorted by name. */
export function topicConfigNames(topicConfigs: Readonly<Record<string, string>>): string[] {
  return [...new Set([...Object.keys(TOPIC_CONFIG_DEFAULTS), ...Object.keys(topicConfigs)])].sort();
}

/** One topic config as DescribeConfigs reports it. */
export function topicConfigEntry(name: string, topicConfigs: Readonly<Record<string, string>>, brokerDefaults: Readonly<Record<string, string>>): ConfigEntry {
  const info = TOPIC_CONFIG_INFO[name];
  const brokerName = info?.brokerName ?? name;
  const synonyms: ConfigSynonym[] = [];
  if (topicConfigs[name] !== undefined) synonyms.push({ name, value: topicConfigs[name], source: ConfigSource.DYNAMIC_TOPIC_CONFIG });
  if (brokerDefaults[name] !== undefined) synonyms.push({ name: brokerName, value: brokerDefaults[name], source: ConfigSource.STATIC_BROKER_CONFIG });
  if (TOPIC_CONFIG_DEFAULTS[name] !== undefined) synonyms.push({ name: brokerName, value: TOPIC_CONFIG_DEFAULTS[name], source: ConfigSource.DEFAULT_CONFIG });
  const found = topicConfigValue(name, topicConfigs, brokerDefaults);
  const source = found === undefined ? ConfigSource.DEFAULT_CONFIG : SOURCES[found.source];
  return { name, value: found?.value ?? null, source, readOnly: false, isSensitive: false, type: info?.type ?? ConfigType.UNKNOWN, doc: info?.doc ?? null, synonyms };
}

const SOURCES = { topic: ConfigSource.DYNAMIC_TOPIC_CONFIG, broker: ConfigSource.STATIC_BROKER_CONFIG, default: ConfigSource.DEFAULT_CONFIG } as const;

/** A topic config's value in force (topic, then broker default, then Kafka's default), or undefined. */
export function effectiveValue(name: string, topicConfigs: Readonly<Record<string, string>>, brokerDefaults: Readonly<Record<string, string>>): string | undefined {
  return topicConfigValue(name, topicConfigs, brokerDefaults)?.value;
}
