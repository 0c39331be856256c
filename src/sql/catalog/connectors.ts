// Connectors a table may name in `'connector' = '…'`: their options as Flink (and, for `nexmark`,
// the nexmark project) name them, which formats they take, and the rules that tie options together
// (the checks Flink's table factories make when the table is first used; Weir makes them at CREATE).
import type { CreateTable, Option, Pos } from '../ast/index.ts';
import type { OptionSpec } from './options.ts';

/** What a connector's cross-option rules see. */
export interface RuleContext {
  readonly table: CreateTable;
  /** `table 'orders' (connector 'kafka')`, for messages. */
  readonly label: string;
  readonly options: ReadonlyMap<string, Option>;
  /** Names of the physical columns, in declaration order. */
  readonly physical: readonly string[];
  readonly connectorAt: Pos;
  fail(at: Pos, message: string): never;
}

export interface ConnectorSpec {
  readonly name: string;
  readonly options: readonly OptionSpec[];
  /** Option keys that name a format (`format`, `key.format`, `value.format`). */
  readonly formatKeys: readonly string[];
  /** Formats the connector accepts; all known formats when absent. */
  readonly formats?: readonly string[];
  readonly rules?: (ctx: RuleContext) => void;
  /** What an INSERT may write into it: nothing (a source only), inserts only, or a changelog. */
  readonly sink: 'none' | 'insert-only' | 'updates';
  /** Metadata keys a table may declare (`METADATA FROM 'key'`): read by its source, and written by its sink. */
  readonly metadata?: { readonly readable: readonly string[]; readonly writable: readonly string[] };
}

/** The Kafka record's metadata, as Flink's kafka connectors expose it. */
const KAFKA_METADATA = {
  readable: ['topic', 'partition', 'headers', 'leader-epoch', 'offset', 'timestamp', 'timestamp-type'],
  writable: ['headers', 'timestamp'],
};

const STARTUP_MODES = ['earliest-offset', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'];
const BOUNDED_MODES = ['unbounded', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'];
const DELIVERY = ['at-least-once', 'exactly-once', 'none'];
const PARTITIONERS = ['default', 'fixed', 'round-robin'];
const SPECIFIC_OFFSETS = /^\s*partition:\d+,offset:\d+\s*(;\s*partition:\d+,offset:\d+\s*)*;?$/;
const CLASS_NAME = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/;

const kafkaCommon: readonly OptionSpec[] = [
  { key: 'properties.bootstrap.servers', type: 'string', required: true },
  { key: 'properties.*', type: 'prefix' },
  { key: 'key.format', type: 'string' },
  { key: 'value.format', type: 'string' },
  { key: 'key.fields-prefix', type: 'string' },
  { key: 'value.fields-include', type: 'enum', values: ['ALL', 'EXCEPT_KEY'], default: 'ALL' },
  { key: 'sink.parallelism', type: 'int' },
  { key: 'sink.delivery-guarantee', type: 'enum', values: DELIVERY, default: 'at-least-once' },
  { key: 'sink.transactional-id-prefix', type: 'string' },
];

const kafka: ConnectorSpec = {
  name: 'kafka',
  sink: 'insert-only',
  metadata: KAFKA_METADATA,
  formatKeys: ['format', 'key.format', 'value.format'],
  options: [
    ...kafkaCommon,
    { key: 'topic', type: 'string' },
    { key: 'topic-pattern', type: 'string' },
    { key: 'properties.group.id', type: 'string' },
    { key: 'format', type: 'string' },
    { key: 'key.fields', type: 'string' },
    { key: 'scan.startup.mode', type: 'enum', values: STARTUP_MODES, default: 'group-offsets' },
    { key: 'scan.startup.timestamp-millis', type: 'long' },
    { key: 'scan.startup.specific-offsets', type: 'string' },
    { key: 'scan.bounded.mode', type: 'enum', values: BOUNDED_MODES, default: 'unbounded' },
    { key: 'scan.bounded.timestamp-millis', type: 'long' },
    { key: 'scan.bounded.specific-offsets', type: 'string' },
    { key: 'scan.topic-partition-discovery.interval', type: 'duration', default: '5 min' },
    { key: 'scan.parallelism', type: 'int' },
    { key: 'sink.partitioner', type: 'string', default: 'default' },
    { key: 'sink.semantic', type: 'enum', values: DELIVERY },
  ],
  rules(c) {
    const o = c.options;
    const topic = o.get('topic');
    const pattern = o.get('topic-pattern');
    if (topic !== undefined && pattern !== undefined) c.fail(pattern, `Option 'topic' and 'topic-pattern' shouldn't be set together (${c.label}).`);
    if (topic === undefined && pattern === undefined) c.fail(c.connectorAt, `Either 'topic' or 'topic-pattern' must be set (${c.label}).`);
    const format = o.get('format');
    const valueFormat = o.get('value.format');
    if (format !== undefined && valueFormat !== undefined) c.fail(valueFormat, `Option 'format' and 'value.format' shouldn't be set together (${c.label}).`);
    if (format === undefined && valueFormat === undefined) c.fail(c.connectorAt, `Could not find required scan format 'value.format' (${c.label}): set 'format' or 'value.format'.`);
    const keyFormat = o.get('key.format');
    const keyFields = o.get('key.fields');
    if (keyFormat !== undefined && keyFields === undefined) c.fail(keyFormat, `A key format 'key.format' requires the declaration of one or more of key fields using 'key.fields' (${c.label}).`);
    if (keyFields !== undefined && keyFormat === undefined) c.fail(keyFields, `The option 'key.fields' requires a key format 'key.format' (${c.label}).`);
    const prefix = keyPrefixRule(c);
    if (keyFields !== undefined) {
      for (const field of keyFields.value.split(';').map((f) => f.trim())) {
        if (!c.physical.includes(field)) {
          c.fail(keyFields, `Could not find the field '${field}' in the table schema for usage in the key format (${c.label}). A key field must be a regular, physical column. The following columns can be selected in the 'key.fields' option: [${c.physical.join(', ')}]`);
        }
        if (prefix !== undefined && !field.startsWith(prefix)) {
          c.fail(keyFields, `All fields in 'key.fields' must be prefixed with '${prefix}' when option 'key.fields-prefix' is set but field '${field}' is not prefixed (${c.label}).`);
        }
      }
    }
    for (const kind of ['startup', 'bounded'] as const) {
      const mode = o.get(`scan.${kind}.mode`)?.value.toLowerCase();
      for (const [m, dep] of [['timestamp', `scan.${kind}.timestamp-millis`], ['specific-offsets', `scan.${kind}.specific-offsets`]] as const) {
        if (mode === m && !o.has(dep)) c.fail(o.get(`scan.${kind}.mode`)!, `'${dep}' is required in '${m}' ${kind} mode but missing (${c.label}).`);
      }
      const offsets = o.get(`scan.${kind}.specific-offsets`);
      if (offsets !== undefined && !SPECIFIC_OFFSETS.test(offsets.value)) {
        c.fail(offsets, `Invalid properties 'scan.${kind}.specific-offsets' should follow the format 'partition:0,offset:42;partition:1,offset:300', but is '${offsets.value}' (${c.label}).`);
      }
    }
    const partitioner = o.get('sink.partitioner');
    if (partitioner !== undefined && !PARTITIONERS.includes(partitioner.value) && !CLASS_NAME.test(partitioner.value)) {
      c.fail(partitioner, `Invalid value '${partitioner.value}' for option 'sink.partitioner' of ${c.label}: allowed values are ${PARTITIONERS.join(', ')} or the class name of a FlinkKafkaPartitioner.`);
    }
    exactlyOnceRule(c);
  },
};

/** The key prefix, after checking it is not combined with 'value.fields-include' = 'ALL'. */
function keyPrefixRule(c: RuleContext): string | undefined {
  const prefix = c.options.get('key.fields-prefix');
  if (prefix === undefined) return undefined;
  if ((c.options.get('value.fields-include')?.value ?? 'ALL').toUpperCase() === 'ALL') {
    c.fail(prefix, `A key prefix is not allowed when option 'value.fields-include' is set to 'ALL'. Set it to 'EXCEPT_KEY' instead to avoid field overlaps (${c.label}).`);
  }
  return prefix.value;
}

function exactlyOnceRule(c: RuleContext): void {
  const guarantee = c.options.get('sink.delivery-guarantee');
  if (guarantee?.value.toLowerCase() === 'exactly-once' && !c.options.has('sink.transactional-id-prefix')) {
    c.fail(guarantee, `sink.transactional-id-prefix must be specified when using DeliveryGuarantee.EXACTLY_ONCE (${c.label}).`);
  }
}

const upsertKafka: ConnectorSpec = {
  name: 'upsert-kafka',
  sink: 'updates',
  metadata: KAFKA_METADATA,
  formatKeys: ['key.format', 'value.format'],
  formats: ['json', 'csv', 'raw', 'avro-confluent'],
  options: [
    ...kafkaCommon.map((s) => (s.key === 'key.format' || s.key === 'value.format' ? { ...s, required: true } : s)),
    { key: 'topic', type: 'string', required: true },
    { key: 'sink.buffer-flush.max-rows', type: 'int', default: '0' },
    { key: 'sink.buffer-flush.interval', type: 'duration', default: '0 s' },
  ],
  rules(c) {
    if (c.table.primaryKey === undefined) {
      c.fail(c.table, `'upsert-kafka' tables require to define a PRIMARY KEY constraint. The PRIMARY KEY specifies which columns should be read from or write to the Kafka message key. The PRIMARY KEY also defines records in the 'upsert-kafka' table should update or delete on which keys (${c.label}).`);
    }
    keyPrefixRule(c);
    exactlyOnceRule(c);
  },
};

const datagen: ConnectorSpec = {
  name: 'datagen',
  sink: 'none',
  formatKeys: [],
  options: [
    { key: 'rows-per-second', type: 'long', default: '10000' },
    { key: 'number-of-rows', type: 'long' },
    { key: 'scan.parallelism', type: 'int' },
    { key: 'fields.#.kind', type: 'enum', values: ['random', 'sequence'], default: 'random' },
    { key: 'fields.#.min', type: 'string' },
    { key: 'fields.#.max', type: 'string' },
    { key: 'fields.#.max-past', type: 'duration', default: '0 ms' },
    { key: 'fields.#.length', type: 'int', default: '100' },
    { key: 'fields.#.var-len', type: 'boolean', default: 'false' },
    { key: 'fields.#.start', type: 'string' },
    { key: 'fields.#.end', type: 'string' },
    { key: 'fields.#.null-rate', type: 'double', default: '0.0' },
  ],
  rules(c) {
    for (const [key, opt] of c.options) {
      const m = /^fields\.(.+)\.([^.]+)$/.exec(key);
      if (m === null) continue;
      if (!c.physical.includes(m[1]!)) {
        c.fail(opt, `Option '${key}' of ${c.label} refers to the column '${m[1]}', which is not a declared physical column. Declared columns: ${c.physical.join(', ')}.`);
      }
      if (m[2] === 'kind' && opt.value.toLowerCase() === 'sequence') {
        for (const end of ['start', 'end']) {
          if (!c.options.has(`fields.${m[1]}.${end}`)) c.fail(opt, `Could not find required property 'fields.${m[1]}.${end}' for sequence generator (${c.label}).`);
        }
      }
    }
  },
};

// From nexmark/nexmark, nexmark-flink NexmarkSourceOptions.java. Not confirmed (so left out): the
// keys of BASE_TIME, EXTENDED_BID_MODE and SIMULATION_MODE, which newer versions of the table factory list.
const nexmark: ConnectorSpec = {
  name: 'nexmark',
  sink: 'none',
  formatKeys: [],
  options: [
    { key: 'rate.shape', type: 'enum', values: ['SQUARE', 'SINE'], default: 'SQUARE' },
    { key: 'rate.period', type: 'duration', default: '600 s' },
    { key: 'rate.limited', type: 'boolean', default: 'false' },
    { key: 'first-event.rate', type: 'int', default: '10000' },
    { key: 'next-event.rate', type: 'int', default: '10000' },
    { key: 'person.avg-size', type: 'memory', default: '200b' },
    { key: 'auction.avg-size', type: 'memory', default: '500b' },
    { key: 'bid.avg-size', type: 'memory', default: '100b' },
    { key: 'person.proportion', type: 'int', default: '1' },
    { key: 'auction.proportion', type: 'int', default: '3' },
    { key: 'bid.proportion', type: 'int', default: '46' },
    { key: 'bid.hot-ratio.auctions', type: 'int', default: '2' },
    { key: 'bid.hot-ratio.bidders', type: 'int', default: '4' },
    { key: 'auction.hot-ratio.sellers', type: 'int', default: '4' },
    { key: 'events.num', type: 'long', default: '0' },
    { key: 'keep-alive', type: 'boolean', default: 'false' },
    { key: 'stop-at', type: 'long', default: '-1' },
    { key: 'max-emit-speed', type: 'boolean', default: 'true' },
  ],
};

const print: ConnectorSpec = {
  name: 'print',
  sink: 'updates',
  formatKeys: [],
  options: [
    { key: 'print-identifier', type: 'string' },
    { key: 'standard-error', type: 'boolean', default: 'false' },
    { key: 'sink.parallelism', type: 'int' },
  ],
};

const blackhole: ConnectorSpec = { name: 'blackhole', sink: 'updates', formatKeys: [], options: [] };

const filesystem: ConnectorSpec = {
  name: 'filesystem',
  sink: 'insert-only',
  formatKeys: ['format'],
  formats: ['json', 'csv', 'raw'],
  options: [
    { key: 'path', type: 'string', required: true },
    { key: 'format', type: 'string', required: true },
    { key: 'source.monitor-interval', type: 'duration' },
    { key: 'sink.rolling-policy.file-size', type: 'memory', default: '128 mb' },
    { key: 'sink.rolling-policy.rollover-interval', type: 'duration', default: '30 min' },
    { key: 'sink.rolling-policy.check-interval', type: 'duration', default: '1 min' },
    { key: 'sink.parallelism', type: 'int' },
  ],
};

export const CONNECTORS: Readonly<Record<string, ConnectorSpec>> = {
  kafka,
  'upsert-kafka': upsertKafka,
  datagen,
  nexmark,
  print,
  blackhole,
  filesystem,
};

export const CONNECTOR_NAMES: readonly string[] = Object.keys(CONNECTORS).sort();
