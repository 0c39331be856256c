// OffsetForLeaderEpoch (23), v0-4. Every partition has had one leader epoch, 0, since it was
// created, so for any requested epoch ≥ 0 the answer is epoch 0 ending at the high watermark (a
// client that remembers a later epoch — from a broker whose data dir was replaced — is told its
// data ends there rather than that the epoch is unknown). A requested epoch of -1 gets Kafka's
// "undefined" answer (-1, -1). The current-leader-epoch check (v2+) is Kafka's: -1 skips it,
// above 0 is UNKNOWN_LEADER_EPOCH, below is FENCED_LEADER_EPOCH. Unknown topic or partition:
// UNKNOWN_TOPIC_OR_PARTITION.
// Not implemented: follower requests differ in nothing (there are no followers).
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse, OffsetForLeaderEpochResponseEpochEndOffset } from '../../protocol/generated/index.ts';

const EPOCH = 0;

function handleOffsetForLeaderEpoch(req: OffsetForLeaderEpochRequest, ctx: RequestContext): OffsetForLeaderEpochResponse {
  const { broker } = ctx;
  return {
    throttleTimeMs: 0,
    topics: req.topics.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p): OffsetForLeaderEpochResponseEpochEndOffset => {
        const answer = (errorCode: number, leaderEpoch: number, endOffset: bigint): OffsetForLeaderEpochResponseEpochEndOffset => ({ errorCode, partition: p.partition, leaderEpoch, endOffset });
        const topic = broker.log.topic(t.topic);
        if (topic === undefined || p.partition < 0 || p.partition >= topic.partitions) return answer(KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION, -1, -1n);
        if (p.currentLeaderEpoch !== -1 && p.currentLeaderEpoch > EPOCH) return answer(KafkaErrors.UNKNOWN_LEADER_EPOCH, -1, -1n);
        if (p.currentLeaderEpoch !== -1 && p.currentLeaderEpoch < EPOCH) return answer(KafkaErrors.FENCED_LEADER_EPOCH, -1, -1n);
        if (p.leaderEpoch < 0) return answer(KafkaErrors.NONE, -1, -1n);
        return answer(KafkaErrors.NONE, EPOCH, broker.log.offsets(t.topic, p.partition).highWatermark);
      }),
    })),
  };
}

registerApi(23, 0, 4, handleOffsetForLeaderEpoch);
