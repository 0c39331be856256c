// CreateTopics (19), v0-7. Each topic is checked as Kafka's controller checks it, in the same order:
// its name (INVALID_TOPIC_EXCEPTION, also for a name that collides with an existing one once '.'
// and '_' are unified), a name given twice (INVALID_REQUEST), existence (TOPIC_ALREADY_EXISTS),
// configs (INVALID_CONFIG, the message naming the config), then the layout: numPartitions -1 is the
// broker's num.partitions, other values ≤ 0 are INVALID_PARTITIONS; replicationFactor -1 or 1 is
// accepted, 0 or < -1 and > 1 are INVALID_REPLICATION_FACTOR (one broker); manual assignments
// (numPartitions and replicationFactor both -1) must give partitions 0..n-1 one replica each, on
// this node (INVALID_REPLICA_ASSIGNMENT otherwise). More than 10,000 partitions in one topic is
// POLICY_VIOLATION, as Kafka refuses an excessively large batch. `validateOnly` checks and answers
// without creating anything (topic id zero). v5+ results carry the partition count, replication
// factor and every config with its source; v7 the topic id.
// Not implemented: create-topic policies; authorization (configs are always returned).
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { CreateTopicsRequest, CreateTopicsRequestCreatableTopic, CreateTopicsResponse, CreateTopicsResponseCreatableTopicResult } from '../../protocol/generated/index.ts';
import { ZERO_UUID } from '../../protocol/reader.ts';
import { validateTopicConfigs, validateTopicName } from '../../storage/index.ts';
import { logger } from '../../util/log.ts';
import type { Broker } from '../broker.ts';
import { apiError, describeError, unexpected, type ApiError } from '../admin/errors.ts';
import { checkAssignments, MAX_PARTITIONS_PER_REQUEST, TOO_LARGE } from '../admin/assignments.ts';
import { topicConfigEntry, topicConfigNames } from '../admin/topic-configs.ts';

const log = logger('admin');

type Result = CreateTopicsResponseCreatableTopicResult;

/** The topic's partition count and configs, or the error that stops its creation; it only reads the broker's state. */
function planTopic(broker: Broker, t: CreateTopicsRequestCreatableTopic): { partitions: number; configs: Record<string, string> } | ApiError {
  try {
    validateTopicName(t.name);
  } catch (err) {
    return apiError(KafkaErrors.INVALID_TOPIC_EXCEPTION, describeError(err));
  }
  const unified = collisionName(t.name);
  const colliding = broker.log.topics().find((o) => o.name !== t.name && collisionName(o.name) === unified);
  if (colliding !== undefined) return apiError(KafkaErrors.INVALID_TOPIC_EXCEPTION, `Topic '${t.name}' collides with existing topic: ${colliding.name}`);
  if (broker.log.topic(t.name) !== undefined) return apiError(KafkaErrors.TOPIC_ALREADY_EXISTS, `Topic '${t.name}' already exists.`);

  const nulls = t.configs.filter((c) => c.value === null).map((c) => c.name);
  if (nulls.length > 0) return apiError(KafkaErrors.INVALID_CONFIG, `Null value not supported for topic configs: ${nulls.join(',')}`);
  const configs = Object.fromEntries(t.configs.map((c) => [c.name, c.value!]));
  try {
    validateTopicConfigs(t.name, configs);
  } catch (err) {
    return apiError(KafkaErrors.INVALID_CONFIG, describeError(err));
  }

  if (t.assignments.length > 0) {
    if (t.replicationFactor !== -1) return apiError(KafkaErrors.INVALID_REQUEST, 'A manual partition assignment was specified, but replication factor was not set to -1.');
    if (t.numPartitions !== -1) return apiError(KafkaErrors.INVALID_REQUEST, 'A manual partition assignment was specified, but numPartitions was not set to -1.');
    const indexes = new Set<number>();
    for (const a of t.assignments) {
      if (indexes.has(a.partitionIndex)) return apiError(KafkaErrors.INVALID_REPLICA_ASSIGNMENT, `Found multiple manual partition assignments for partition ${a.partitionIndex}`);
      indexes.add(a.partitionIndex);
    }
    const bad = checkAssignments(broker, t.assignments.map((a) => a.brokerIds));
    if (bad !== null) return bad;
    for (let i = 0; i < indexes.size; i++) {
      if (!indexes.has(i)) return apiError(KafkaErrors.INVALID_REPLICA_ASSIGNMENT, 'partitions should be a consecutive 0-based integer sequence');
    }
    if (indexes.size > MAX_PARTITIONS_PER_REQUEST) return TOO_LARGE;
    return { partitions: indexes.size, configs };
  }
  if (t.replicationFactor < -1 || t.replicationFactor === 0) return apiError(KafkaErrors.INVALID_REPLICATION_FACTOR, 'Replication factor must be larger than 0, or -1 to use the default value.');
  if (t.numPartitions < -1 || t.numPartitions === 0) return apiError(KafkaErrors.INVALID_PARTITIONS, 'Number of partitions was set to an invalid non-positive value.');
  if (t.replicationFactor > 1) {
    return apiError(
      KafkaErrors.INVALID_REPLICATION_FACTOR,
      `Unable to replicate the partition ${t.replicationFactor} time(s): The target replication factor of ${t.replicationFactor} cannot be reached because only 1 broker(s) are registered.`,
    );
  }
  const partitions = t.numPartitions === -1 ? broker.config.numPartitions : t.numPartitions;
  if (partitions > MAX_PARTITIONS_PER_REQUEST) return TOO_LARGE;
  return { partitions, configs };
}

/** Kafka treats '.' and '_' as the same character when it checks for colliding topic names (metric names). */
function collisionName(name: string): string {
  return name.replaceAll('.', '_');
}

function failed(name: string, e: ApiError): Result {
  return { name, topicId: ZERO_UUID, errorCode: e.code, errorMessage: e.message, topicConfigErrorCode: 0, numPartitions: -1, replicationFactor: -1, configs: [] };
}

function handleCreateTopics(req: CreateTopicsRequest, ctx: RequestContext): CreateTopicsResponse {
  const { broker } = ctx;
  const counts = new Map<string, number>();
  for (const t of req.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
  const topics = req.topics.map((t): Result => {
    if (counts.get(t.name)! > 1) return failed(t.name, apiError(KafkaErrors.INVALID_REQUEST, 'Duplicate topic name.'));
    const plan = planTopic(broker, t);
    if ('code' in plan) return failed(t.name, plan);
    let topicId = ZERO_UUID;
    if (!req.validateOnly) {
      try {
        topicId = broker.log.createTopic(t.name, plan.partitions, plan.configs).id;
      } catch (err) {
        return failed(t.name, unexpected(err));
      }
      log.info({ topic: t.name, partitions: plan.partitions, configs: plan.configs, peer: ctx.peer }, 'topic created');
    }
    return {
      name: t.name,
      topicId,
      errorCode: KafkaErrors.NONE,
      errorMessage: null,
      topicConfigErrorCode: 0,
      numPartitions: plan.partitions,
      replicationFactor: 1,
      configs: topicConfigNames(plan.configs).map((name) => {
        const e = topicConfigEntry(name, plan.configs, broker.config.topicDefaults);
        return { name, value: e.value, readOnly: e.readOnly, configSource: e.source, isSensitive: e.isSensitive };
      }),
    };
  });
  return { throttleTimeMs: 0, topics };
}

registerApi(19, 0, 7, handleCreateTopics);
