// DescribeAcls (29), v0-3 (v2+ flexible, v3 adds the USER resource type): the stored ACL bindings
// that match the filter, grouped by resource (type, name, pattern type), as Kafka's StandardAuthorizer
// lists them. ANY and null match anything; pattern type MATCH with a name matches the LITERAL binding
// of that name, the LITERAL wildcard '*' and the PREFIXED bindings the name starts with (admin/acls.ts).
// v0 has no pattern type: its filter is LITERAL, as Kafka reads a v0 request. A filter with an
// UNKNOWN part gets INVALID_REQUEST with a message (Kafka closes the connection on code 0).
// ACLs are stored and served, not enforced: the broker has no authentication yet, so no request is
// checked against them (Kafka without an authorizer answers SECURITY_DISABLED instead).
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { DescribeAclsRequest, DescribeAclsResponse, DescribeAclsResponseDescribeAclsResource } from '../../protocol/generated/index.ts';
import { invalidFilter, matches } from '../admin/acls.ts';
import { unexpected } from '../admin/errors.ts';

function handleDescribeAcls(req: DescribeAclsRequest, ctx: RequestContext): DescribeAclsResponse {
  const invalid = invalidFilter(req);
  if (invalid !== null) return { throttleTimeMs: 0, errorCode: invalid.code, errorMessage: invalid.message, resources: [] };
  let stored;
  try {
    stored = ctx.broker.log.meta.listAcls();
  } catch (err) {
    const e = unexpected(err);
    return { throttleTimeMs: 0, errorCode: e.code, errorMessage: e.message, resources: [] };
  }
  // The store lists bindings by resource first, so each resource's bindings are adjacent.
  const resources: DescribeAclsResponseDescribeAclsResource[] = [];
  for (const b of stored) {
    if (!matches(req, b)) continue;
    let last = resources.at(-1);
    if (last === undefined || last.resourceType !== b.resourceType || last.resourceName !== b.resourceName || last.patternType !== b.patternType) {
      last = { resourceType: b.resourceType, resourceName: b.resourceName, patternType: b.patternType, acls: [] };
      resources.push(last);
    }
    last.acls.push({ principal: b.principal, host: b.host, operation: b.operation, permissionType: b.permissionType });
  }
  return { throttleTimeMs: 0, errorCode: KafkaErrors.NONE, errorMessage: null, resources };
}

registerApi(29, 0, 3, handleDescribeAcls);
