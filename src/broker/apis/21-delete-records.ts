// DeleteRecords (21), v0-2: moves a partition's log start offset up to the given offset (-1 means
// the high watermark) and answers with the new low watermark; stored objects wholly below it are
// deleted. An offset below the current log start changes nothing. Errors as Kafka sends them,
// with low watermark -1: OFFSET_OUT_OF_RANGE beyond the high watermark or for a negative offset
// other than -1, UNKNOWN_TOPIC_OR_PARTITION, POLICY_VIOLATION when the topic's cleanup.policy does
// not include "delete". The answer comes once the new log start is recorded (there are no
// followers to wait for, so `timeoutMs` is not needed).
// Not implemented: authorization.
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { DeleteRecordsRequest, DeleteRecordsResponse, DeleteRecordsResponseDeleteRecordsPartitionResult } from '../../protocol/generated/index.ts';
import { logger } from '../../util/log.ts';
import type { Broker } from '../broker.ts';
import { unexpected } from '../admin/errors.ts';

const log = logger('admin');

type Result = DeleteRecordsResponseDeleteRecordsPartitionResult;

async function deleteUpTo(broker: Broker, topic: string, partitionIndex: number, offset: bigint): Promise<Result> {
  const fail = (errorCode: number): Result => ({ partitionIndex, lowWatermark: -1n, errorCode });
  const t = broker.log.topic(topic);
  if (t === undefined || partitionIndex < 0 || partitionIndex >= t.partitions) return fail(KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION);
  if (!broker.log.configOf(topic).deletePolicy) return fail(KafkaErrors.POLICY_VIOLATION);
  const { highWatermark } = broker.log.offsets(topic, partitionIndex);
  const target = offset === -1n ? highWatermark : offset;
  if (target < 0n || target > highWatermark) return fail(KafkaErrors.OFFSET_OUT_OF_RANGE);
  try {
    const lowWatermark = await broker.log.deleteRecords(topic, partitionIndex, target);
    log.info({ topic, partition: partitionIndex, offset: target, lowWatermark }, 'records deleted');
    return { partitionIndex, lowWatermark, errorCode: KafkaErrors.NONE };
  } catch (err) {
    log.warn({ err, topic, partition: partitionIndex, offset: target }, 'delete records failed');
    return fail(unexpected(err).code);
  }
}

async function handleDeleteRecords(req: DeleteRecordsRequest, ctx: RequestContext): Promise<DeleteRecordsResponse> {
  const topics = [];
  for (const t of req.topics) {
    const partitions = [];
    for (const p of t.partitions) partitions.push(await deleteUpTo(ctx.broker, t.name, p.partitionIndex, p.offset));
    topics.push({ name: t.name, partitions });
  }
  return { throttleTimeMs: 0, topics };
}

registerApi(21, 0, 2, handleDeleteRecords);
