// CreateAcls (30), v0-3 (v1 adds the pattern type, v2+ flexible, v3 the USER resource type): stores
// each valid binding in the metadata store, all of a request's in one transaction, so they survive
// a restart. Creating a binding that exists already succeeds and stores nothing (idempotent, as
// Kafka's controller does). Each creation gets its own result; an invalid one gets INVALID_REQUEST
// with Kafka's message, checked in Kafka's order (admin/acls.ts): a CLUSTER resource not named
// kafka-cluster, an empty name, resource type UNKNOWN (any code Kafka does not know) or ANY, pattern
// type other than LITERAL/PREFIXED (ANY, MATCH, UNKNOWN), operation UNKNOWN or ANY, permission type
// other than ALLOW/DENY — and, beyond Kafka, a principal without the colon of `Type:name`, which no
// authorizer could ever apply. v0 has no pattern type: its bindings are LITERAL.
// ACLs are stored and served, not enforced: the broker has no authentication yet, so no request is
// checked against them (Kafka without an authorizer answers SECURITY_DISABLED instead).
import { registerApi, type RequestContext } from '../registry.ts';
import type { CreateAclsRequest, CreateAclsRequestAclCreation, CreateAclsResponse } from '../../protocol/generated/index.ts';
import { logger } from '../../util/log.ts';
import { describeBinding, invalidBinding, type AclBinding } from '../admin/acls.ts';
import { NO_ERROR, unexpected, type ApiError } from '../admin/errors.ts';

const log = logger('admin');

function binding(c: CreateAclsRequestAclCreation): AclBinding {
  return {
    resourceType: c.resourceType,
    resourceName: c.resourceName,
    patternType: c.resourcePatternType,
    principal: c.principal,
    host: c.host,
    operation: c.operation,
    permissionType: c.permissionType,
  };
}

function handleCreateAcls(req: CreateAclsRequest, ctx: RequestContext): CreateAclsResponse {
  const bindings = req.creations.map(binding);
  const checks = bindings.map(invalidBinding);
  const valid = bindings.filter((_, i) => checks[i] === null);
  let failure: ApiError | null = null;
  if (valid.length > 0) {
    try {
      const created = ctx.broker.log.meta.createAcls(valid);
      log.info({ acls: valid.map(describeBinding), created, peer: ctx.peer }, 'ACLs created');
    } catch (err) {
      failure = unexpected(err);
    }
  }
  const results = checks.map((invalid) => {
    const e = invalid ?? failure ?? NO_ERROR;
    return { errorCode: e.code, errorMessage: e.message };
  });
  return { throttleTimeMs: 0, results };
}

registerApi(30, 0, 3, handleCreateAcls);
