// CreatePartitions (37), v0-3: raises a topic's partition count; the new partitions start empty.
// Errors as Kafka's controller sends them: UNKNOWN_TOPIC_OR_PARTITION for an unknown topic,
// INVALID_PARTITIONS when the count is not an increase, INVALID_REQUEST for a topic named twice,
// INVALID_REPLICA_ASSIGNMENT when manual assignments do not give each new partition this node
// alone, POLICY_VIOLATION beyond 10,000 new partitions. `validateOnly` checks without changing
// anything.
// Not implemented: authorization; partition-change quotas.
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { CreatePartitionsRequest, CreatePartitionsRequestCreatePartitionsTopic, CreatePartitionsResponse } from '../../protocol/generated/index.ts';
import { logger } from '../../util/log.ts';
import type { Broker } from '../broker.ts';
import { apiError, NO_ERROR, unexpected, type ApiError } from '../admin/errors.ts';
import { checkAssignments, MAX_PARTITIONS_PER_REQUEST, TOO_LARGE } from '../admin/assignments.ts';

const log = logger('admin');

function check(broker: Broker, t: CreatePartitionsRequestCreatePartitionsTopic): ApiError {
  const topic = broker.log.topic(t.name);
  if (topic === undefined) return apiError(KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION, `Topic ${t.name} does not exist.`);
  const current = topic.partitions;
  if (t.count === current) return apiError(KafkaErrors.INVALID_PARTITIONS, `Topic already has ${current} partition(s).`);
  if (t.count < current) return apiError(KafkaErrors.INVALID_PARTITIONS, `The topic ${t.name} currently has ${current} partition(s); ${t.count} would not be an increase.`);
  const additional = t.count - current;
  if (t.assignments !== null) {
    if (t.assignments.length !== additional) {
      return apiError(KafkaErrors.INVALID_REPLICA_ASSIGNMENT, `Attempted to add ${additional} additional partition(s), but only ${t.assignments.length} assignment(s) were specified.`);
    }
    const bad = checkAssignments(broker, t.assignments.map((a) => a.brokerIds));
    if (bad !== null) return bad;
  }
  if (additional > MAX_PARTITIONS_PER_REQUEST) return TOO_LARGE;
  return NO_ERROR;
}

function handleCreatePartitions(req: CreatePartitionsRequest, ctx: RequestContext): CreatePartitionsResponse {
  const { broker } = ctx;
  const counts = new Map<string, number>();
  for (const t of req.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
  const results = req.topics.map((t) => {
    let e = counts.get(t.name)! > 1 ? apiError(KafkaErrors.INVALID_REQUEST, 'Duplicate topic name.') : check(broker, t);
    if (e.code === KafkaErrors.NONE && !req.validateOnly) {
      try {
        broker.log.addPartitions(t.name, t.count);
        log.info({ topic: t.name, partitions: t.count, peer: ctx.peer }, 'partitions added');
      } catch (err) {
        e = unexpected(err);
      }
    }
    return { name: t.name, errorCode: e.code, errorMessage: e.message };
  });
  return { throttleTimeMs: 0, results };
}

registerApi(37, 0, 3, handleCreatePartitions);
