// OffsetCommit (8), v0-9: committed offsets, stored durably in the metadata store with their
// leader epoch and metadata string (a null metadata is kept as "", as Kafka does), all partitions of
// a request in one transaction. A commit that names a generation or member must come from a member
// of the group's current generation (ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID,
// REBALANCE_IN_PROGRESS before the member has its assignment); a "simple" commit with generation -1
// and no member (v0, or consumers that assign partitions themselves) is accepted while the group has
// no members. Unknown topics or partitions get UNKNOWN_TOPIC_OR_PARTITION; metadata longer than
// 4096 bytes OFFSET_METADATA_TOO_LARGE.
// Not implemented: offset retention (v2-4 retention_time_ms, v1 commit timestamps are ignored; offsets
// are kept until the group or the offsets are deleted).
import { registerApi, type RequestContext } from '../registry.ts';
import type { OffsetCommitRequest, OffsetCommitResponse } from '../../protocol/generated/index.ts';

function handleOffsetCommit(req: OffsetCommitRequest, ctx: RequestContext): OffsetCommitResponse {
  const who = { generationId: req.generationIdOrMemberEpoch, memberId: req.memberId, groupInstanceId: req.groupInstanceId };
  return { throttleTimeMs: 0, topics: ctx.broker.groups.commitOffsets(req.groupId, who, req.topics) };
}

registerApi(8, 0, 9, handleOffsetCommit);
