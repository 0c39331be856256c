// Metadata (3), v0-12: this broker as the only node, leader of every partition (epoch 0, one
// replica). A null topic list (or an empty one before v1) means every topic. Unknown topics are
// created when auto.create.topics.enable is on and the request allows it (always before v4).
// Not implemented: authorized operations (reported as Kafka's "not requested" value).
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { MetadataRequest, MetadataResponse, MetadataResponseMetadataResponseTopic } from '../../protocol/generated/index.ts';
import { ZERO_UUID } from '../../protocol/reader.ts';
import { validateTopicName } from '../../storage/index.ts';
import type { Broker } from '../broker.ts';

const NOT_REQUESTED = -2147483648;

export function topicMetadata(broker: Broker, name: string): MetadataResponseMetadataResponseTopic {
  const topic = broker.log.topic(name);
  if (topic === undefined) {
    return { errorCode: KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION, name, topicId: ZERO_UUID, isInternal: false, partitions: [], topicAuthorizedOperations: NOT_REQUESTED };
  }
  const node = broker.config.nodeId;
  return {
    errorCode: 0,
    name,
    topicId: topic.id,
    isInternal: false,
    partitions: Array.from({ length: topic.partitions }, (_, partitionIndex) => ({
      errorCode: 0,
      partitionIndex,
      leaderId: node,
      leaderEpoch: 0,
      replicaNodes: [node],
      isrNodes: [node],
      offlineReplicas: [],
    })),
    topicAuthorizedOperations: NOT_REQUESTED,
  };
}

function handleMetadata(req: MetadataRequest, ctx: RequestContext): MetadataResponse {
  const { broker, version } = ctx;
  const all = req.topics === null || (version === 0 && req.topics.length === 0);
  const topics: MetadataResponseMetadataResponseTopic[] = [];
  if (all) {
    for (const t of broker.log.topics()) topics.push(topicMetadata(broker, t.name));
  } else {
    for (const requested of req.topics ?? []) {
      const name = requested.name ?? broker.log.topics().find((t) => t.id === requested.topicId)?.name;
      if (name === undefined) {
        topics.push({ ...topicMetadata(broker, ''), name: null, topicId: requested.topicId, errorCode: KafkaErrors.UNKNOWN_TOPIC_ID });
        continue;
      }
      try {
        validateTopicName(name);
      } catch {
        topics.push({ ...topicMetadata(broker, name), errorCode: KafkaErrors.INVALID_TOPIC_EXCEPTION });
        continue;
      }
      if (broker.log.topic(name) === undefined && (version < 4 || req.allowAutoTopicCreation)) broker.autoCreate(name);
      topics.push(topicMetadata(broker, name));
    }
  }
  const me = broker.advertised();
  return {
    throttleTimeMs: 0,
    brokers: [{ nodeId: broker.config.nodeId, host: me.host, port: me.port, rack: null }],
    clusterId: broker.clusterId,
    controllerId: broker.config.nodeId,
    topics,
    clusterAuthorizedOperations: NOT_REQUESTED,
  };
}

registerApi(3, 0, 12, handleMetadata);
