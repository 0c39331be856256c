// Topic configurations the log acts on, with Kafka's names and defaults. The broker serves these
// through DescribeConfigs; the log reads them through `effectiveConfig`.
import { WeirError } from '../util/errors.ts';

export const TOPIC_CONFIG_DEFAULTS: Readonly<Record<string, string>> = {
  'cleanup.policy': 'delete',
  'retention.ms': '604800000',
  'retention.bytes': '-1',
  'delete.retention.ms': '86400000',
  'min.compaction.lag.ms': '0',
  'max.message.bytes': '1048588',
  'message.timestamp.type': 'CreateTime',
  'segment.bytes': '1073741824',
  'segment.ms': '604800000',
  'compression.type': 'producer',
  'min.insync.replicas': '1',
};

const VALIDATORS: Readonly<Record<string, (v: string) => boolean>> = {
  'cleanup.policy': (v) => v.split(',').every((p) => ['delete', 'compact'].includes(p.trim())),
  'retention.ms': (v) => isLong(v) && BigInt(v) >= -1n,
  'retention.bytes': (v) => isLong(v) && BigInt(v) >= -1n,
  'delete.retention.ms': (v) => isLong(v) && BigInt(v) >= 0n,
  'min.compaction.lag.ms': (v) => isLong(v) && BigInt(v) >= 0n,
  'max.message.bytes': (v) => isLong(v) && BigInt(v) >= 0n,
  'message.timestamp.type': (v) => v === 'CreateTime' || v === 'LogAppendTime',
  'segment.bytes': (v) => isLong(v) && BigInt(v) >= 14n,
  'segment.ms': (v) => isLong(v) && BigInt(v) >= 1n,
  'compression.type': (v) => ['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd'].includes(v),
  'min.insync.replicas': (v) => isLong(v) && BigInt(v) >= 1n,
};

function isLong(v: string): boolean {
  return /^-?\d{1,19}$/.test(v);
}

/** Checks names and values; throws CONFIG_INVALID naming the config, the value and what is allowed. */
export function validateTopicConfigs(topic: string, configs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(configs)) {
    const check = VALIDATORS[name];
    if (check === undefined) throw new WeirError('CONFIG_INVALID', `unknown topic config ${name}`, { where: `topic ${topic}`, hint: `Known: ${Object.keys(VALIDATORS).join(', ')}` });
    if (!check(value)) throw new WeirError('CONFIG_INVALID', `invalid value ${JSON.stringify(value)} for ${name}`, { where: `topic ${topic}` });
  }
}

export interface EffectiveConfig {
  readonly deletePolicy: boolean;
  readonly compactPolicy: boolean;
  readonly retentionMs: number;
  readonly retentionBytes: number;
  readonly deleteRetentionMs: number;
  readonly logAppendTime: boolean;
  readonly maxMessageBytes: number;
  /** The longest time span one object of the stream may cover (from segment.ms and retention.ms). */
  readonly objectSpanMs: number;
}

/** The values the log acts on: the topic's own configs over the broker's defaults over Kafka's. */
export function effectiveConfig(configs: Readonly<Record<string, string>>, brokerDefaults: Readonly<Record<string, string>> = {}): EffectiveConfig {
  const get = (name: string): string => configs[name] ?? brokerDefaults[name] ?? TOPIC_CONFIG_DEFAULTS[name]!;
  const policy = get('cleanup.policy').split(',').map((p) => p.trim());
  return {
    deletePolicy: policy.includes('delete'),
    compactPolicy: policy.includes('compact'),
    retentionMs: Number(get('retention.ms')),
    retentionBytes: Number(get('retention.bytes')),
    deleteRetentionMs: Number(get('delete.retention.ms')),
    logAppendTime: get('message.timestamp.type') === 'LogAppendTime',
    maxMessageBytes: Number(get('max.message.bytes')),
    objectSpanMs: objectSpan(Number(get('segment.ms')), Number(get('retention.ms'))),
  };
}

/** Objects must not outlive retention by much: a span of at most a quarter of retention.ms. */
function objectSpan(segmentMs: number, retentionMs: number): number {
  return retentionMs > 0 ? Math.max(1, Math.min(segmentMs, Math.floor(retentionMs / 4))) : segmentMs;
}
