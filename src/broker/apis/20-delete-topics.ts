// DeleteTopics (20), v0-6: by name (v0-5 `topicNames`, v6 `topics[].name`) or by topic id (v6).
// The topic's metadata, partitions and stored objects go; long polls waiting on its partitions
// are woken so they answer at once. Errors as Kafka's controller sends them:
// UNKNOWN_TOPIC_OR_PARTITION for an unknown name, UNKNOWN_TOPIC_ID for an unknown id, and
// INVALID_REQUEST for a name or id given twice, both given, or neither.
// Not implemented: authorization; Kafka's shuffling of the result order (results keep request order).
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { DeleteTopicsRequest, DeleteTopicsResponse, DeleteTopicsResponseDeletableTopicResult } from '../../protocol/generated/index.ts';
import { ZERO_UUID } from '../../protocol/reader.ts';
import { logger } from '../../util/log.ts';
import { unexpected } from '../admin/errors.ts';

const log = logger('admin');

type Result = DeleteTopicsResponseDeletableTopicResult;

async function handleDeleteTopics(req: DeleteTopicsRequest, ctx: RequestContext): Promise<DeleteTopicsResponse> {
  const { broker } = ctx;
  const wanted = ctx.version >= 6 ? req.topics : req.topicNames.map((name) => ({ name, topicId: ZERO_UUID }));
  const count = (key: string): number => wanted.filter((w) => (w.name ?? `id:${w.topicId}`) === key).length;
  const result = (name: string | null, topicId: string, errorCode: number, errorMessage: string | null): Result => ({ name, topicId, errorCode, errorMessage });

  const responses: Result[] = [];
  for (const w of wanted) {
    if (w.name !== null && w.topicId !== ZERO_UUID) {
      responses.push(result(w.name, w.topicId, KafkaErrors.INVALID_REQUEST, 'You may not specify both topic name and topic id.'));
      continue;
    }
    if (w.name === null && w.topicId === ZERO_UUID) {
      responses.push(result(null, ZERO_UUID, KafkaErrors.INVALID_REQUEST, 'Neither topic name nor id were specified.'));
      continue;
    }
    if (count(w.name ?? `id:${w.topicId}`) > 1) {
      responses.push(w.name !== null ? result(w.name, ZERO_UUID, KafkaErrors.INVALID_REQUEST, 'Duplicate topic name.') : result(null, w.topicId, KafkaErrors.INVALID_REQUEST, 'Duplicate topic id.'));
      continue;
    }
    const topic = w.name !== null ? broker.log.topic(w.name) : broker.log.topics().find((t) => t.id === w.topicId);
    if (topic === undefined) {
      responses.push(
        w.name !== null
          ? result(w.name, ZERO_UUID, KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION, `Topic ${w.name} does not exist.`)
          : result(null, w.topicId, KafkaErrors.UNKNOWN_TOPIC_ID, `No topic has id ${w.topicId}.`),
      );
      continue;
    }
    try {
      await broker.log.deleteTopic(topic.name);
    } catch (err) {
      const e = unexpected(err);
      responses.push(result(topic.name, topic.id, e.code, e.message));
      continue;
    }
    for (let p = 0; p < topic.partitions; p++) broker.waiters.notify(topic.name, p);
    log.info({ topic: topic.name, topicId: topic.id, peer: ctx.peer }, 'topic deleted');
    responses.push(result(topic.name, topic.id, KafkaErrors.NONE, null));
  }
  return { throttleTimeMs: 0, responses };
}

registerApi(20, 0, 6, handleDeleteTopics);
