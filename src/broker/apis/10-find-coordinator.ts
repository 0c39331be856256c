// FindCoordinator (10), v0-6: this broker coordinates every group, so the answer is always this
// node (its advertised address), for the single key of v0-3 and for each of the batched
// `coordinatorKeys` of v4+. Key type 0 is a group; key type 1 (a transactional id) gets this node
// too, the transaction APIs answering for themselves whether they are supported.
// Not implemented: share-group keys (type 2) and any other type get INVALID_REQUEST.
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { FindCoordinatorRequest, FindCoordinatorResponse, FindCoordinatorResponseCoordinator } from '../../protocol/generated/index.ts';

const GROUP = 0;
const TRANSACTION = 1;

function handleFindCoordinator(req: FindCoordinatorRequest, ctx: RequestContext): FindCoordinatorResponse {
  const me = ctx.broker.advertised();
  const nodeId = ctx.broker.config.nodeId;
  const answer = (key: string): FindCoordinatorResponseCoordinator =>
    req.keyType === GROUP || req.keyType === TRANSACTION
      ? { key, nodeId, host: me.host, port: me.port, errorCode: 0, errorMessage: null }
      : { key, nodeId: -1, host: '', port: -1, errorCode: KafkaErrors.INVALID_REQUEST, errorMessage: `unknown coordinator key type ${req.keyType}` };
  const coordinators = (ctx.version >= 4 ? req.coordinatorKeys : [req.key]).map(answer);
  const first = coordinators[0] ?? answer(req.key);
  return {
    throttleTimeMs: 0,
    errorCode: first.errorCode,
    errorMessage: first.errorMessage,
    nodeId: first.nodeId,
    host: first.host,
    port: first.port,
    coordinators,
  };
}

registerApi(10, 0, 6, handleFindCoordinator);
