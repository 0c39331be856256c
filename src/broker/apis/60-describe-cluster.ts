// DescribeCluster (60), v0-1: this broker as the whole cluster and its controller, with the
// cluster id. Asked for its authorized operations, it reports every cluster operation Kafka
// supports (Weir has no authorizer, which Kafka answers the same way). Only the broker endpoint
// type exists: asking for controllers (2) is MISMATCHED_ENDPOINT_TYPE, an unknown type
// UNSUPPORTED_ENDPOINT_TYPE (INVALID_REQUEST in v0), as Kafka answers.
// Not implemented: racks (always null).
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { DescribeClusterRequest, DescribeClusterResponse } from '../../protocol/generated/index.ts';

const NOT_REQUESTED = -2147483648;
const BROKER_ENDPOINT = 1;
const CONTROLLER_ENDPOINT = 2;
/** AclOperation codes Kafka supports on the cluster: CREATE, ALTER, DESCRIBE, CLUSTER_ACTION, DESCRIBE_CONFIGS, ALTER_CONFIGS, IDEMPOTENT_WRITE. */
const CLUSTER_OPERATIONS = [5, 7, 8, 9, 10, 11, 12].reduce((bits, op) => bits | (1 << op), 0);

function handleDescribeCluster(req: DescribeClusterRequest, ctx: RequestContext): DescribeClusterResponse {
  const { broker, version } = ctx;
  const base = { throttleTimeMs: 0, endpointType: req.endpointType, clusterId: broker.clusterId, controllerId: -1, brokers: [], clusterAuthorizedOperations: NOT_REQUESTED };
  if (req.endpointType !== BROKER_ENDPOINT && req.endpointType !== CONTROLLER_ENDPOINT) {
    return { ...base, errorCode: version === 0 ? KafkaErrors.INVALID_REQUEST : KafkaErrors.UNSUPPORTED_ENDPOINT_TYPE, errorMessage: `Unsupported endpoint type ${req.endpointType}` };
  }
  if (req.endpointType !== BROKER_ENDPOINT) {
    return {
      ...base,
      errorCode: version === 0 ? KafkaErrors.INVALID_REQUEST : KafkaErrors.MISMATCHED_ENDPOINT_TYPE,
      errorMessage: 'The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type CONTROLLER',
    };
  }
  const me = broker.advertised();
  return {
    ...base,
    errorCode: KafkaErrors.NONE,
    errorMessage: null,
    controllerId: broker.config.nodeId,
    brokers: [{ brokerId: broker.config.nodeId, host: me.host, port: me.port, rack: null }],
    clusterAuthorizedOperations: req.includeClusterAuthorizedOperations ? CLUSTER_OPERATIONS : NOT_REQUESTED,
  };
}

registerApi(60, 0, 1, handleDescribeCluster);
