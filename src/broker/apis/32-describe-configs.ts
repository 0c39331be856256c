// DescribeConfigs (32), v0-4. Topics (resource type 2): every topic config Weir knows plus any set
// on the topic, each with its value and source — DYNAMIC_TOPIC_CONFIG (1) when set on the topic,
// STATIC_BROKER_CONFIG (4) when it comes from the broker's log.* default, DEFAULT_CONFIG (5)
// otherwise — `isDefault` for v0 (not set on the topic), synonyms (v1+, when asked: the topic's
// value, then the broker's, then the default, under the broker property's name), and type and
// documentation (v3+, documentation when asked). The broker (type 4, named by its node id): its
// settings, all read-only; the empty name (cluster-wide dynamic defaults) has none. A non-empty
// `configurationKeys` lists only those keys. Unknown topic: UNKNOWN_TOPIC_OR_PARTITION; invalid
// name: INVALID_TOPIC_EXCEPTION; another broker's id or an unsupported type: INVALID_REQUEST.
// Not implemented: broker loggers, client-metrics and group resources (INVALID_REQUEST).
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { DescribeConfigsRequest, DescribeConfigsRequestDescribeConfigsResource, DescribeConfigsResponse, DescribeConfigsResponseDescribeConfigsResult } from '../../protocol/generated/index.ts';
import { validateTopicName } from '../../storage/index.ts';
import type { Broker } from '../broker.ts';
import { brokerConfigEntries } from '../admin/broker-configs.ts';
import { describeError } from '../admin/errors.ts';
import { ConfigSource, ResourceType, topicConfigEntry, topicConfigNames, type ConfigEntry } from '../admin/topic-configs.ts';

type Result = DescribeConfigsResponseDescribeConfigsResult;

function failed(r: DescribeConfigsRequestDescribeConfigsResource, errorCode: number, errorMessage: string | null): Result {
  return { errorCode, errorMessage, resourceType: r.resourceType, resourceName: r.resourceName, configs: [] };
}

function entries(broker: Broker, r: DescribeConfigsRequestDescribeConfigsResource): ConfigEntry[] | Result {
  switch (r.resourceType) {
    case ResourceType.TOPIC: {
      try {
        validateTopicName(r.resourceName);
      } catch (err) {
        return failed(r, KafkaErrors.INVALID_TOPIC_EXCEPTION, describeError(err));
      }
      const topic = broker.log.topic(r.resourceName);
      if (topic === undefined) return failed(r, KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION, `Topic ${r.resourceName} does not exist.`);
      return topicConfigNames(topic.configs).map((name) => topicConfigEntry(name, topic.configs, broker.config.topicDefaults));
    }
    case ResourceType.BROKER: {
      if (r.resourceName === '') return [];
      if (!/^-?\d+$/.test(r.resourceName)) return failed(r, KafkaErrors.INVALID_REQUEST, `Broker id must be an integer, but it is: ${r.resourceName}`);
      const node = broker.config.nodeId;
      if (Number(r.resourceName) !== node) return failed(r, KafkaErrors.INVALID_REQUEST, `Unexpected broker id, expected ${node} or empty string, but received ${r.resourceName}`);
      return brokerConfigEntries(broker);
    }
    default:
      return failed(r, KafkaErrors.INVALID_REQUEST, `Unsupported resource type: ${r.resourceType}`);
  }
}

function handleDescribeConfigs(req: DescribeConfigsRequest, ctx: RequestContext): DescribeConfigsResponse {
  const results = req.resources.map((r): Result => {
    const found = entries(ctx.broker, r);
    if (!Array.isArray(found)) return found;
    const keys = r.configurationKeys === null || r.configurationKeys.length === 0 ? null : new Set(r.configurationKeys);
    return {
      errorCode: KafkaErrors.NONE,
      errorMessage: null,
      resourceType: r.resourceType,
      resourceName: r.resourceName,
      configs: found
        .filter((e) => keys === null || keys.has(e.name))
        .map((e) => ({
          name: e.name,
          value: e.isSensitive ? null : e.value,
          readOnly: e.readOnly,
          isDefault: e.source === ConfigSource.DEFAULT_CONFIG || (r.resourceType === ResourceType.TOPIC && e.source !== ConfigSource.DYNAMIC_TOPIC_CONFIG),
          configSource: e.source,
          isSensitive: e.isSensitive,
          synonyms: req.includeSynonyms ? e.synonyms.map((s) => ({ ...s })) : [],
          configType: e.type,
          documentation: req.includeDocumentation ? e.doc : null,
        })),
    };
  });
  return { throttleTimeMs: 0, results };
}

registerApi(32, 0, 4, handleDescribeConfigs);
