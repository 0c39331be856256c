// IncrementalAlterConfigs (44), v0-1: changes some of a topic's configs — SET (0), DELETE (1: back
// to the broker's or Kafka's default), APPEND (2) and SUBTRACT (3) for list configs such as
// cleanup.policy — leaving the others as they are; `validateOnly` checks without changing
// anything. APPEND/SUBTRACT start from the value in force (the broker's default when the topic does
// not set it). Errors as Kafka sends them: INVALID_CONFIG for a bad name or value or a list
// operation on a non-list config, INVALID_REQUEST for a malformed resource or an unknown
// operation, UNKNOWN_TOPIC_OR_PARTITION for an unknown topic. Broker resources (type 4) are
// read-only (INVALID_REQUEST "Cannot update these configs dynamically").
// Not implemented: broker loggers, client-metrics and group resources (INVALID_REQUEST).
import { registerApi, type RequestContext } from '../registry.ts';
import type { IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse } from '../../protocol/generated/index.ts';
import { alterResources } from '../admin/alter-configs.ts';

function handleIncrementalAlterConfigs(req: IncrementalAlterConfigsRequest, ctx: RequestContext): IncrementalAlterConfigsResponse {
  const resources = req.resources.map((r) => ({
    resourceType: r.resourceType,
    resourceName: r.resourceName,
    ops: r.configs.map((c) => ({ name: c.name, op: c.configOperation, value: c.value })),
  }));
  const errors = alterResources(ctx.broker, resources, req.validateOnly, 'incremental');
  return {
    throttleTimeMs: 0,
    responses: req.resources.map((r, i) => ({ errorCode: errors[i]!.code, errorMessage: errors[i]!.message, resourceType: r.resourceType, resourceName: r.resourceName })),
  };
}

registerApi(44, 0, 1, handleIncrementalAlterConfigs);
