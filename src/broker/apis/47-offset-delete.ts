// OffsetDelete (47), v0: deletes a group's committed offsets for some partitions. Allowed for an
// Empty group; for a "consumer" group with members, a topic its members subscribe to (read from their
// ConsumerProtocolSubscription metadata) gets GROUP_SUBSCRIBED_TO_TOPIC and the others are deleted; a
// group of another protocol type with members gets NON_EMPTY_GROUP, an unknown group
// GROUP_ID_NOT_FOUND, an unknown topic or partition UNKNOWN_TOPIC_OR_PARTITION.
// Not implemented: nothing deliberately left out.
import { registerApi, type RequestContext } from '../registry.ts';
import type { OffsetDeleteRequest, OffsetDeleteResponse } from '../../protocol/generated/index.ts';

function handleOffsetDelete(req: OffsetDeleteRequest, ctx: RequestContext): OffsetDeleteResponse {
  const topics = req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.partitionIndex) }));
  const r = ctx.broker.groups.deleteOffsets(req.groupId, topics);
  return { errorCode: r.errorCode, throttleTimeMs: 0, topics: r.topics };
}

registerApi(47, 0, 0, handleOffsetDelete);
