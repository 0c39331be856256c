// ACL bindings between the Cluster contract's words (types.ts: 'topic', 'read', 'allow', …) and the
// Kafka admin protocol's codes as @platformatic/kafka carries them, for kafka.ts; plus how a binding
// reads in messages, and the broker's per-binding CreateAcls errors named by their binding (for
// kafka.ts's failure messages, which name an entry by its `name`).
import { AclOperations, AclPermissionTypes, ResourcePatternTypes, ResourceTypes, type Acl, type AclFilter } from '@platformatic/kafka';
import { WeirError } from '../../util/errors.ts';
import type { AclBinding, ClusterAclOperation, ClusterAclResource } from './types.ts';

/** DescribeAcls's filter that matches every binding. */
export const ALL_ACLS: AclFilter = {
  resourceType: ResourceTypes.ANY,
  resourceName: null,
  resourcePatternType: ResourcePatternTypes.ANY,
  principal: null,
  host: null,
  operation: AclOperations.ANY,
  permissionType: AclPermissionTypes.ANY,
};

/** 'transactional-id' → TRANSACTIONAL_ID's code. */
function code<T extends Record<string, number>>(codes: T, name: string): T[keyof T] {
  return codes[name.toUpperCase().replaceAll('-', '_') as keyof T];
}

/** TRANSACTIONAL_ID's code → 'transactional-id'; a code Weir does not know is a CLUSTER error naming it. */
function word(codes: Readonly<Record<string, number>>, value: number, what: string, cluster: string): string {
  const key = Object.keys(codes).find((k) => codes[k] === value);
  if (key === undefined || key === 'UNKNOWN' || key === 'ANY' || key === 'MATCH') {
    throw new WeirError('CLUSTER', `the Kafka cluster at ${cluster} listed an ACL binding with ${what} code ${value}, which Weir does not know`);
  }
  return key.toLowerCase().replaceAll('_', '-');
}

export function toKafkaAcl(b: AclBinding): Acl {
  return {
    resourceType: code(ResourceTypes, b.resourceType),
    resourceName: b.resourceName,
    resourcePatternType: code(ResourcePatternTypes, b.patternType),
    principal: b.principal,
    host: b.host,
    operation: code(AclOperations, b.operation),
    permissionType: code(AclPermissionTypes, b.permission),
  };
}

export function fromKafkaAcl(a: Acl, cluster: string): AclBinding {
  return {
    resourceType: word(ResourceTypes, a.resourceType, 'resource type', cluster) as ClusterAclResource,
    resourceName: a.resourceName,
    patternType: word(ResourcePatternTypes, a.resourcePatternType, 'pattern type', cluster) as AclBinding['patternType'],
    principal: a.principal,
    host: a.host,
    operation: word(AclOperations, a.operation, 'operation', cluster) as ClusterAclOperation,
    permission: word(AclPermissionTypes, a.permissionType, 'permission type', cluster) as AclBinding['permission'],
  };
}

/** A binding as messages show it: `allow User:alice read topic:orders`, `deny User:bob@10.0.0.1 write topic:pay (prefixed)`. */
export function describeAcl(b: AclBinding): string {
  const host = b.host === '*' ? '' : `@${b.host}`;
  return `${b.permission} ${b.principal}${host} ${b.operation} ${b.resourceType}:${b.resourceName}${b.patternType === 'prefixed' ? ' (prefixed)' : ''}`;
}

export function aclList(bindings: readonly AclBinding[]): string {
  const shown = bindings.slice(0, 5).map((b) => `'${describeAcl(b)}'`).join(', ');
  return `ACL${bindings.length === 1 ? '' : 's'} ${shown}${bindings.length > 5 ? ` and ${bindings.length - 5} more` : ''}`;
}

/**
 * A CreateAcls failure whose response the client kept (its per-creation results, in request order)
 * with each result named by its binding, so that the refusal reads "allow User:alice read
 * topic:orders: INVALID_REQUEST (…)"; any other failure as it is.
 */
export function namedAclFailures(err: unknown, bindings: readonly AclBinding[]): unknown {
  const results = resultsIn(err);
  if (results === undefined) return err;
  const response = results.map((r, i) => ({ ...r, ...(bindings[i] === undefined ? {} : { name: describeAcl(bindings[i]) }) }));
  return Object.assign(new Error('Creating ACLs failed.', { cause: err }), { response });
}

function resultsIn(e: unknown): { errorCode: number; errorMessage: string | null }[] | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const o = e as { response?: { results?: unknown }; errors?: unknown[]; cause?: unknown };
  if (Array.isArray(o.response?.results)) return o.response.results as { errorCode: number; errorMessage: string | null }[];
  for (const inner of [...(Array.isArray(o.errors) ? o.errors : []), o.cause]) {
    const found = resultsIn(inner);
    if (found !== undefined) return found;
  }
  return undefined;
}
