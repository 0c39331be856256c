// DeleteGroups (42), v0-2: deletes groups that have no members, with their committed offsets.
// NON_EMPTY_GROUP for a group with members, GROUP_ID_NOT_FOUND for one that does not exist.
// Not implemented: nothing deliberately left out.
import { registerApi, type RequestContext } from '../registry.ts';
import type { DeleteGroupsRequest, DeleteGroupsResponse } from '../../protocol/generated/index.ts';

function handleDeleteGroups(req: DeleteGroupsRequest, ctx: RequestContext): DeleteGroupsResponse {
  return { throttleTimeMs: 0, results: req.groupsNames.map((groupId) => ({ groupId, errorCode: ctx.broker.groups.deleteGroup(groupId) })) };
}

registerApi(42, 0, 2, handleDeleteGroups);
