// What AlterConfigs (33) and IncrementalAlterConfigs (44) share: the checks Kafka's broker makes on
// each resource (once per request, unique keys, no null values, a known resource type, this
// broker's id), the new config set of a topic (a pure function of the current set and the
// operations), and its validation and application. Broker resources are read-only here: Weir's
// broker configs are static, so any change is refused the way Kafka refuses a non-dynamic config.
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import { validateTopicConfigs, validateTopicName } from '../../storage/index.ts';
import { logger } from '../../util/log.ts';
import type { Broker } from '../broker.ts';
import { apiError, describeError, NO_ERROR, unexpected, type ApiError } from './errors.ts';
import { effectiveValue, isListConfig, ResourceType } from './topic-configs.ts';

const log = logger('admin');

/** Kafka's AlterConfigOp.OpType ids; legacy AlterConfigs is all SETs that replace the whole set. */
export const OpType = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;
const OP_NAMES: Readonly<Record<number, string>> = { 0: 'SET', 1: 'DELETE', 2: 'APPEND', 3: 'SUBTRACT' };

export interface ConfigOp {
  readonly name: string;
  readonly op: number;
  readonly value: string | null;
}

export interface AlterResource {
  readonly resourceType: number;
  readonly resourceName: string;
  readonly ops: readonly ConfigOp[];
}

/** Replace: the ops are the whole new set (AlterConfigs). Incremental: they change the current set. */
export type AlterMode = 'replace' | 'incremental';

/** A topic's new config set, or the error that stops it. Pure: the caller validates and applies. */
export function planTopicConfigs(
  current: Readonly<Record<string, string>>,
  ops: readonly ConfigOp[],
  mode: AlterMode,
  brokerDefaults: Readonly<Record<string, string>>,
): { configs: Record<string, string> } | { error: ApiError } {
  const next: Record<string, string> = mode === 'replace' ? {} : { ...current };
  for (const { name, op, value } of ops) {
    switch (op) {
      case OpType.SET:
        next[name] = value!;
        break;
      case OpType.DELETE:
        delete next[name];
        break;
      case OpType.APPEND:
      case OpType.SUBTRACT: {
        if (!isListConfig(name)) return { error: apiError(KafkaErrors.INVALID_CONFIG, `Can't ${OP_NAMES[op]} to key ${name} because its type is not LIST.`) };
        // Kafka starts from the topic's value or the schema default; the value in force (which
        // includes the broker's default) is what a user sees, so that is the starting point here.
        const parts = listParts(next[name] ?? effectiveValue(name, {}, brokerDefaults) ?? '');
        const given = listParts(value ?? '');
        const result = op === OpType.APPEND ? [...parts, ...given.filter((v, i) => !parts.includes(v) && given.indexOf(v) === i)] : parts.filter((v) => !given.includes(v));
        next[name] = result.join(',');
        break;
      }
      default:
        return { error: apiError(KafkaErrors.INVALID_REQUEST, `Unknown operations type ${op} for config ${name}`) };
    }
  }
  return { configs: next };
}

function listParts(value: string): string[] {
  return value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Alters each resource; one result per resource, in request order. */
export function alterResources(broker: Broker, resources: readonly AlterResource[], validateOnly: boolean, mode: AlterMode): ApiError[] {
  const seen = new Map<string, number>();
  for (const r of resources) {
    const key = `${r.resourceType}\u0000${r.resourceName}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return resources.map((r) => {
    if (seen.get(`${r.resourceType}\u0000${r.resourceName}`)! > 1) return apiError(KafkaErrors.INVALID_REQUEST, 'Each resource must appear at most once.');
    const names = r.ops.map((o) => o.name);
    if (new Set(names).size !== names.length) return apiError(KafkaErrors.INVALID_REQUEST, 'Error due to duplicate config keys');
    const nulls = r.ops.filter((o) => o.value === null && o.op !== OpType.DELETE).map((o) => o.name);
    if (nulls.length > 0) return apiError(KafkaErrors.INVALID_REQUEST, `Null value not supported for : ${nulls.join(', ')}`);
    switch (r.resourceType) {
      case ResourceType.BROKER:
        return alterBroker(broker, r);
      case ResourceType.TOPIC:
        return alterTopic(broker, r, validateOnly, mode);
      case ResourceType.BROKER_LOGGER:
        return apiError(KafkaErrors.INVALID_REQUEST, 'Weir does not support altering broker loggers (resource type 8); set WEIR_LOG_LEVEL at start-up');
      default:
        return apiError(KafkaErrors.INVALID_REQUEST, `Unknown resource type ${r.resourceType}`);
    }
  });
}

function alterBroker(broker: Broker, r: AlterResource): ApiError {
  if (r.resourceName !== '') {
    if (!/^-?\d+$/.test(r.resourceName)) return apiError(KafkaErrors.INVALID_REQUEST, `Node id must be an integer, but it is: ${r.resourceName}`);
    if (Number(r.resourceName) !== broker.config.nodeId) return apiError(KafkaErrors.INVALID_REQUEST, `Unexpected broker id, expected ${broker.config.nodeId}, but received ${r.resourceName}`);
  }
  const badOp = r.ops.find((o) => OP_NAMES[o.op] === undefined);
  if (badOp !== undefined) return apiError(KafkaErrors.INVALID_REQUEST, `Unknown operations type ${badOp.op}`);
  if (r.ops.length === 0) return NO_ERROR;
  return apiError(
    KafkaErrors.INVALID_REQUEST,
    `Cannot update these configs dynamically: ${r.ops.map((o) => o.name).join(', ')}. Weir's broker configs are static: set them in the config file or with flags and restart the broker`,
  );
}

function alterTopic(broker: Broker, r: AlterResource, validateOnly: boolean, mode: AlterMode): ApiError {
  const name = r.resourceName;
  if (name === '') return apiError(KafkaErrors.INVALID_REQUEST, 'Default topic resources are not allowed.');
  try {
    validateTopicName(name);
  } catch (err) {
    return apiError(KafkaErrors.INVALID_TOPIC_EXCEPTION, describeError(err));
  }
  const topic = broker.log.topic(name);
  const planned = planTopicConfigs(topic?.configs ?? {}, r.ops, mode, broker.config.topicDefaults);
  if ('error' in planned) return planned.error;
  try {
    validateTopicConfigs(name, planned.configs);
  } catch (err) {
    return apiError(KafkaErrors.INVALID_CONFIG, describeError(err));
  }
  if (topic === undefined) return apiError(KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION, `Topic ${name} does not exist.`);
  if (validateOnly) return NO_ERROR;
  try {
    broker.log.alterTopicConfigs(name, planned.configs);
  } catch (err) {
    return unexpected(err);
  }
  log.info({ topic: name, configs: planned.configs }, 'topic configs altered');
  return NO_ERROR;
}
