// AlterConfigs (33), v0-2: replaces a topic's whole config set with the one given (configs left out
// return to their defaults), after checking every value; `validateOnly` checks without changing
// anything. Errors as Kafka sends them: INVALID_CONFIG for a bad name or value (the message names
// it), INVALID_REQUEST for a malformed resource (repeated, repeated keys, null values),
// UNKNOWN_TOPIC_OR_PARTITION for an unknown topic, INVALID_TOPIC_EXCEPTION for an invalid name.
// Broker resources (type 4) are read-only — Weir's broker configs are static — so any change to
// one gets INVALID_REQUEST, as Kafka answers for a config that cannot be updated dynamically.
// Not implemented: broker loggers, client-metrics and group resources (INVALID_REQUEST).
import { registerApi, type RequestContext } from '../registry.ts';
import type { AlterConfigsRequest, AlterConfigsResponse } from '../../protocol/generated/index.ts';
import { alterResources, OpType } from '../admin/alter-configs.ts';

function handleAlterConfigs(req: AlterConfigsRequest, ctx: RequestContext): AlterConfigsResponse {
  const resources = req.resources.map((r) => ({
    resourceType: r.resourceType,
    resourceName: r.resourceName,
    ops: r.configs.map((c) => ({ name: c.name, op: OpType.SET, value: c.value })),
  }));
  const errors = alterResources(ctx.broker, resources, req.validateOnly, 'replace');
  return {
    throttleTimeMs: 0,
    responses: req.resources.map((r, i) => ({ errorCode: errors[i]!.code, errorMessage: errors[i]!.message, resourceType: r.resourceType, resourceName: r.resourceName })),
  };
}

registerApi(33, 0, 2, handleAlterConfigs);
