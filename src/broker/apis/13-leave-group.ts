// LeaveGroup (13), v0-5: members leave, and the group rebalances without them (or becomes Empty).
// v0-2 name one member; v3+ a batch, each with its own error, where a member id of "" with a group
// instance id removes that static member (the admin client's removeMembersFromConsumerGroup). A
// member id still pending after MEMBER_ID_REQUIRED is simply forgotten.
// Not implemented: leave reasons (v5+) are ignored.
import { registerApi, type RequestContext } from '../registry.ts';
import type { LeaveGroupRequest, LeaveGroupResponse } from '../../protocol/generated/index.ts';

function handleLeaveGroup(req: LeaveGroupRequest, ctx: RequestContext): LeaveGroupResponse {
  const leaving = ctx.version >= 3 ? req.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId })) : [{ memberId: req.memberId, groupInstanceId: null }];
  const r = ctx.broker.groups.leave(req.groupId, leaving);
  // Before v3 the only error is the one member's.
  const errorCode = ctx.version >= 3 || r.errorCode !== 0 ? r.errorCode : (r.members[0]?.errorCode ?? 0);
  return { throttleTimeMs: 0, errorCode, members: r.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: m.errorCode })) };
}

registerApi(13, 0, 5, handleLeaveGroup);
