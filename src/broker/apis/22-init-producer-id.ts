// InitProducerId (22), v0-5: gives an idempotent producer (null transactional id) a new producer
// id with epoch 0, from blocks reserved durably in the metadata store, so an id is never handed
// out twice, restarts included.
//
// As Kafka does, a request with a null transactional id always gets a new id: the producer id and
// epoch that v3+ requests may carry are ignored (Kafka's TransactionCoordinator "blindly accepts"
// such requests). Idempotent clients bump their epoch themselves (the Java client), or ask for a
// new id (librdkafka); nothing records which ids are live, so bumping the epoch of an id sent by
// the client could hand out an id this broker never allocated.
//
// Not implemented: transactions. A non-null transactional id gets
// TRANSACTIONAL_ID_AUTHORIZATION_FAILED (53), which the Java client (TransactionManager) and
// librdkafka (rd_kafka_idemp_check_error) treat as fatal, so initTransactions() fails at once with
// an error naming transactional ids. COORDINATOR_NOT_AVAILABLE or NOT_COORDINATOR would be
// retried (the Java client re-runs FindCoordinator and re-queues) until max.block.ms expires, a
// silent minute-long hang. Produce refuses transactional batches with the same code. An empty
// transactional id is INVALID_REQUEST, as in Kafka.
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { InitProducerIdRequest, InitProducerIdResponse } from '../../protocol/generated/index.ts';

function refusal(errorCode: number): InitProducerIdResponse {
  return { throttleTimeMs: 0, errorCode, producerId: -1n, producerEpoch: -1 };
}

function handleInitProducerId(req: InitProducerIdRequest, ctx: RequestContext): InitProducerIdResponse {
  if (req.transactionalId === '') return refusal(KafkaErrors.INVALID_REQUEST);
  if (req.transactionalId !== null) return refusal(KafkaErrors.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
  return { throttleTimeMs: 0, errorCode: 0, producerId: ctx.broker.producers.nextProducerId(), producerEpoch: 0 };
}

registerApi(22, 0, 5, handleInitProducerId);
