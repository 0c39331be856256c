// OffsetFetch (9), v0-9: committed offsets from the metadata store. v0-7 ask for one group, v8+ for
// several (`groups`, each answered with its own topics and error). A null topic list (v2+) means
// every partition the group has committed; a partition with no committed offset gets offset -1,
// leader epoch -1, metadata "" and no error, as does an unknown group or topic.
// Not implemented: require_stable (v7+) has nothing to wait for until transactions exist; the v9
// member id and epoch (KIP-848 groups) are not checked, every group here being a classic one.
import { registerApi, type RequestContext } from '../registry.ts';
import type { OffsetFetchRequest, OffsetFetchResponse } from '../../protocol/generated/index.ts';

function handleOffsetFetch(req: OffsetFetchRequest, ctx: RequestContext): OffsetFetchResponse {
  const groups = ctx.broker.groups;
  if (ctx.version >= 8) {
    return {
      throttleTimeMs: 0,
      topics: [],
      errorCode: 0,
      groups: req.groups.map((g) => ({ groupId: g.groupId, topics: groups.fetchOffsets(g.groupId, g.topics), errorCode: 0 })),
    };
  }
  return { throttleTimeMs: 0, topics: groups.fetchOffsets(req.groupId, req.topics), errorCode: 0, groups: [] };
}

registerApi(9, 0, 9, handleOffsetFetch);
