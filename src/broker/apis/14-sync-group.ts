// SyncGroup (14), v0-5: the classic rebalance protocol's second step (src/broker/groups/sync.ts).
// The leader sends every member's assignment; each member (leader included) gets its own, followers
// waiting for the leader. In a Stable group a member gets its current assignment straight away.
// Errors as Kafka: UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, REBALANCE_IN_PROGRESS, FENCED_INSTANCE_ID,
// and from v5 INCONSISTENT_GROUP_PROTOCOL when the protocol type or name differs from the group's.
// Members missing from the leader's assignments get an empty one; assignments are passed through
// as the leader sent them. Not implemented: nothing deliberately left out.
import { registerApi, type RequestContext } from '../registry.ts';
import type { SyncGroupRequest, SyncGroupResponse } from '../../protocol/generated/index.ts';

async function handleSyncGroup(req: SyncGroupRequest, ctx: RequestContext): Promise<SyncGroupResponse> {
  const r = await ctx.broker.groups.sync({
    groupId: req.groupId,
    generationId: req.generationId,
    memberId: req.memberId,
    groupInstanceId: req.groupInstanceId,
    protocolType: req.protocolType,
    protocolName: req.protocolName,
    assignments: new Map(req.assignments.map((a) => [a.memberId, Uint8Array.from(a.assignment)])),
  });
  return { throttleTimeMs: 0, errorCode: r.errorCode, protocolType: r.protocolType, protocolName: r.protocolName, assignment: r.assignment };
}

registerApi(14, 0, 5, handleSyncGroup);
