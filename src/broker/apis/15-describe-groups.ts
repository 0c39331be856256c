// DescribeGroups (15), v0-5: each group's state (Empty, PreparingRebalance, CompletingRebalance,
// Stable, Dead), protocol type, and members with client id and host. As in Kafka, the selected
// protocol and each member's metadata and assignment are reported only while the group is Stable;
// a group that does not exist is reported as Dead with no error, and a group known only by its
// committed offsets (for example after a restart) as Empty.
// Not implemented: authorized operations (reported as Kafka's "not requested" value).
import { registerApi, type RequestContext } from '../registry.ts';
import type { DescribeGroupsRequest, DescribeGroupsResponse } from '../../protocol/generated/index.ts';

const NOT_REQUESTED = -2147483648;

function handleDescribeGroups(req: DescribeGroupsRequest, ctx: RequestContext): DescribeGroupsResponse {
  return {
    throttleTimeMs: 0,
    groups: req.groups.map((id) => {
      const s = ctx.broker.groups.describe(id);
      return {
        errorCode: 0,
        groupId: id,
        groupState: s.state,
        protocolType: s.protocolType,
        protocolData: s.protocolData,
        members: s.members.map((m) => ({ ...m })),
        authorizedOperations: NOT_REQUESTED,
      };
    }),
  };
}

registerApi(15, 0, 5, handleDescribeGroups);
