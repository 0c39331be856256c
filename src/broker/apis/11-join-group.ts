// JoinGroup (11), v0-9: the classic rebalance protocol's first step (src/broker/groups/join.ts).
// From v4 a member without an id gets MEMBER_ID_REQUIRED (79) with a generated id
// `${clientId}-${uuid}` and joins again with it; v5+ static members (group.instance.id) that rejoin
// take over their old member id, which is fenced (FENCED_INSTANCE_ID), without a rebalance when the
// group's selected protocol stays the same. The answer waits until the join phase ends: every member
// rejoined, or the rebalance timeout (v0: the session timeout) passed, or for a group that was empty
// group.initial.rebalance.delay.ms. Protocol metadata is passed through as the client sent it.
// Not implemented: group.max.size (GROUP_MAX_SIZE_REACHED is never sent); join reasons (v8+) are ignored.
import { registerApi, type RequestContext } from '../registry.ts';
import type { JoinGroupRequest, JoinGroupResponse } from '../../protocol/generated/index.ts';
import { GroupCoordinator, clientHostOf } from '../groups/coordinator.ts';

async function handleJoinGroup(req: JoinGroupRequest, ctx: RequestContext): Promise<JoinGroupResponse> {
  const clientId = ctx.header.clientId ?? '';
  const r = await ctx.broker.groups.join({
    groupId: req.groupId,
    memberId: req.memberId,
    groupInstanceId: req.groupInstanceId,
    protocolType: req.protocolType,
    protocols: req.protocols.map((p) => ({ name: p.name, metadata: Uint8Array.from(p.metadata) })),
    sessionTimeoutMs: req.sessionTimeoutMs,
    rebalanceTimeoutMs: ctx.version === 0 ? req.sessionTimeoutMs : req.rebalanceTimeoutMs,
    clientId,
    clientHost: clientHostOf(ctx.peer),
    requireKnownMemberId: ctx.version >= 4,
    supportsSkipAssignment: ctx.version >= 9,
    newMemberId: GroupCoordinator.newMemberId(clientId, req.groupInstanceId),
  });
  return {
    throttleTimeMs: 0,
    errorCode: r.errorCode,
    generationId: r.generationId,
    protocolType: r.protocolType,
    // Before v7 the protocol name cannot be null.
    protocolName: ctx.version >= 7 ? r.protocolName : (r.protocolName ?? ''),
    leader: r.leader,
    skipAssignment: r.skipAssignment,
    memberId: r.memberId,
    members: r.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: m.metadata })),
  };
}

registerApi(11, 0, 9, handleJoinGroup);
