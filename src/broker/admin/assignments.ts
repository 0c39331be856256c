// Manual replica assignments (CreateTopics, CreatePartitions) on a one-broker cluster: every
// partition must list exactly this node, once. Errors and messages are Kafka's controller's.
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { Broker } from '../broker.ts';
import { apiError, type ApiError } from './errors.ts';

/** Kafka's controller refuses an operation that would write more records than this in one batch. */
export const MAX_PARTITIONS_PER_REQUEST = 10_000;
export const TOO_LARGE: ApiError = apiError(KafkaErrors.POLICY_VIOLATION, 'Unable to perform excessively large batch operation.');

/** Checks each partition's replica list; null when all are this node alone. */
export function checkAssignments(broker: Broker, replicaLists: readonly (readonly number[])[]): ApiError | null {
  const node = broker.config.nodeId;
  for (const replicas of replicaLists) {
    if (replicas.length === 0) return apiError(KafkaErrors.INVALID_REPLICA_ASSIGNMENT, 'The manual partition assignment includes an empty replica list.');
    const sorted = [...replicas].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length; i++) {
      const id = sorted[i]!;
      if (id !== node) return apiError(KafkaErrors.INVALID_REPLICA_ASSIGNMENT, `The manual partition assignment includes broker ${id}, but no such broker is registered.`);
      if (i > 0 && sorted[i - 1] === id) return apiError(KafkaErrors.INVALID_REPLICA_ASSIGNMENT, `The manual partition assignment includes the broker ${id} more than once.`);
    }
  }
  return null;
}
