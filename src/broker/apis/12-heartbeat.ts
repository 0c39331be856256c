// Heartbeat (12), v0-4: keeps a member's session alive. REBALANCE_IN_PROGRESS tells a member of the
// current generation to rejoin; ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID and FENCED_INSTANCE_ID (a static
// member replaced by a newer instance) tell it that it is no longer part of the group. A heartbeat
// after the JoinGroup answer but before SyncGroup is accepted, as Kafka does.
// Not implemented: nothing deliberately left out.
import { registerApi, type RequestContext } from '../registry.ts';
import type { HeartbeatRequest, HeartbeatResponse } from '../../protocol/generated/index.ts';

function handleHeartbeat(req: HeartbeatRequest, ctx: RequestContext): HeartbeatResponse {
  const errorCode = ctx.broker.groups.heartbeat({ groupId: req.groupId, generationId: req.generationId, memberId: req.memberId, groupInstanceId: req.groupInstanceId });
  return { throttleTimeMs: 0, errorCode };
}

registerApi(12, 0, 4, handleHeartbeat);
