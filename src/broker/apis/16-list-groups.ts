// ListGroups (16), v0-5: every group — those with members and those known by their committed
// offsets — with its protocol type, state (v4+) and type (v5+: always "classic"). The v4 state
// filter and the v5 type filter match case-insensitively (and, beyond Kafka, ignoring underscores, so
// "PREPARING_REBALANCE" as @platformatic/kafka spells it matches); an empty filter matches everything.
// Not implemented: KIP-848 ("consumer") groups do not exist here, so a type filter of only
// "consumer" lists nothing.
import { registerApi, type RequestContext } from '../registry.ts';
import type { ListGroupsRequest, ListGroupsResponse } from '../../protocol/generated/index.ts';

function handleListGroups(req: ListGroupsRequest, ctx: RequestContext): ListGroupsResponse {
  const norm = (s: string): string => s.toLowerCase().replaceAll('_', '');
  const states = new Set(req.statesFilter.map(norm));
  const types = new Set(req.typesFilter.map((s) => s.toLowerCase()));
  const groups = ctx.broker.groups
    .list()
    .filter((g) => g.state !== 'Dead')
    .filter((g) => states.size === 0 || states.has(norm(g.state)))
    .filter(() => types.size === 0 || types.has('classic'))
    .map((g) => ({ groupId: g.groupId, protocolType: g.protocolType, groupState: g.state, groupType: 'classic' }));
  return { throttleTimeMs: 0, errorCode: 0, groups };
}

registerApi(16, 0, 5, handleListGroups);
