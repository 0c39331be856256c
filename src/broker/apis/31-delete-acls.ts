// DeleteAcls (31), v0-3 (v1 adds the pattern type, v2+ flexible, v3 the USER resource type): deletes
// every stored binding that matches any of the filters, all in one transaction of the metadata
// store, and answers per filter with the bindings it matched (a binding two filters match is listed
// under both, as Kafka's controller does). Filters match as in DescribeAcls (admin/acls.ts: ANY and
// null match anything; MATCH takes in the LITERAL name, the '*' wildcard and the PREFIXED bindings
// the name starts with). v0 has no pattern type: its filters are LITERAL. A filter with an UNKNOWN
// part gets INVALID_REQUEST with a message, and the other filters still apply.
// ACLs are stored and served, not enforced: the broker has no authentication yet, so no request is
// checked against them (Kafka without an authorizer answers SECURITY_DISABLED instead).
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { DeleteAclsRequest, DeleteAclsResponse, DeleteAclsResponseDeleteAclsFilterResult } from '../../protocol/generated/index.ts';
import { logger } from '../../util/log.ts';
import { describeBinding, invalidFilter, matches, type AclBinding } from '../admin/acls.ts';
import { unexpected, type ApiError } from '../admin/errors.ts';

const log = logger('admin');

type Result = DeleteAclsResponseDeleteAclsFilterResult;

function failed(e: ApiError): Result {
  return { errorCode: e.code, errorMessage: e.message, matchingAcls: [] };
}

function handleDeleteAcls(req: DeleteAclsRequest, ctx: RequestContext): DeleteAclsResponse {
  const meta = ctx.broker.log.meta;
  let stored: AclBinding[];
  try {
    stored = meta.listAcls();
  } catch (err) {
    return { throttleTimeMs: 0, filterResults: req.filters.map(() => failed(unexpected(err))) };
  }
  const matched = req.filters.map((f) => invalidFilter(f) ?? stored.filter((b) => matches(f, b)));
  const doomed = new Set(matched.flatMap((m) => (Array.isArray(m) ? m : [])));
  if (doomed.size > 0) {
    try {
      meta.deleteAcls([...doomed]);
      log.info({ acls: [...doomed].map(describeBinding), peer: ctx.peer }, 'ACLs deleted');
    } catch (err) {
      const e = unexpected(err);
      return { throttleTimeMs: 0, filterResults: matched.map((m) => failed(Array.isArray(m) ? e : m)) };
    }
  }
  const filterResults = matched.map((m): Result => {
    if (!Array.isArray(m)) return failed(m);
    return {
      errorCode: KafkaErrors.NONE,
      errorMessage: null,
      matchingAcls: m.map((b) => ({ errorCode: KafkaErrors.NONE, errorMessage: null, ...b })),
    };
  });
  return { throttleTimeMs: 0, filterResults };
}

registerApi(31, 0, 3, handleDeleteAcls);
