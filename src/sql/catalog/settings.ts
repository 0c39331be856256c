// Session settings (SET 'key' = 'value' / RESET), with Flink's option names. A known key's value is
// checked like Flink reads it; an unknown key is kept (Flink accepts any configuration key) and the
// result carries a warning naming the close known keys, so a typo does not pass silently.
import type { OptionSpec } from './options.ts';

export const SETTINGS: readonly OptionSpec[] = [
  { key: 'execution.runtime-mode', type: 'enum', values: ['streaming', 'batch', 'automatic'], default: 'streaming' },
  { key: 'execution.checkpointing.interval', type: 'duration' },
  { key: 'execution.checkpointing.mode', type: 'enum', values: ['EXACTLY_ONCE', 'AT_LEAST_ONCE'], default: 'EXACTLY_ONCE' },
  { key: 'execution.checkpointing.timeout', type: 'duration', default: '10 min' },
  { key: 'execution.checkpointing.min-pause', type: 'duration', default: '0 ms' },
  { key: 'execution.checkpointing.max-concurrent-checkpoints', type: 'int', default: '1' },
  { key: 'pipeline.name', type: 'string' },
  { key: 'parallelism.default', type: 'int', default: '1' },
  { key: 'table.exec.state.ttl', type: 'duration', default: '0 ms' },
  { key: 'table.exec.source.idle-timeout', type: 'duration', default: '0 ms' },
  { key: 'table.exec.mini-batch.enabled', type: 'boolean', default: 'false' },
  { key: 'table.exec.mini-batch.allow-latency', type: 'duration', default: '0 ms' },
  { key: 'table.exec.mini-batch.size', type: 'long', default: '-1' },
  { key: 'table.exec.sink.not-null-enforcer', type: 'enum', values: ['ERROR', 'DROP'], default: 'ERROR' },
  { key: 'table.exec.sink.upsert-materialize', type: 'enum', values: ['NONE', 'AUTO', 'FORCE'], default: 'AUTO' },
  { key: 'table.optimizer.agg-phase-strategy', type: 'enum', values: ['AUTO', 'ONE_PHASE', 'TWO_PHASE'], default: 'AUTO' },
  { key: 'table.local-time-zone', type: 'string', default: 'default' },
  { key: 'sql-client.execution.result-mode', type: 'enum', values: ['table', 'changelog', 'tableau'], default: 'table' },
];

export const SETTING_KEYS: readonly string[] = SETTINGS.map((s) => s.key).sort();
