// ACL bindings as Kafka's StandardAuthorizer reads them, for the ACL admin APIs (29-31): the codes
// of resource types, pattern types, operations and permission types; which bindings may be created
// (the checks and messages of Kafka's broker and controller, in their order); and what a filter
// matches. A binding is (resource type, resource name, pattern type LITERAL/PREFIXED, principal,
// host, operation, permission type ALLOW/DENY). Weir stores and serves ACLs but does not enforce
// them: the broker authenticates no one yet, so no request is ever checked against them.
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { StoredAcl } from '../../storage/index.ts';
import { apiError, type ApiError } from './errors.ts';

export type AclBinding = StoredAcl;

export const AclResourceType = { UNKNOWN: 0, ANY: 1, TOPIC: 2, GROUP: 3, CLUSTER: 4, TRANSACTIONAL_ID: 5, DELEGATION_TOKEN: 6, USER: 7 } as const;
export const PatternType = { UNKNOWN: 0, ANY: 1, MATCH: 2, LITERAL: 3, PREFIXED: 4 } as const;
export const AclOperation = {
  UNKNOWN: 0,
  ANY: 1,
  ALL: 2,
  READ: 3,
  WRITE: 4,
  CREATE: 5,
  DELETE: 6,
  ALTER: 7,
  DESCRIBE: 8,
  CLUSTER_ACTION: 9,
  DESCRIBE_CONFIGS: 10,
  ALTER_CONFIGS: 11,
  IDEMPOTENT_WRITE: 12,
  CREATE_TOKENS: 13,
  DESCRIBE_TOKENS: 14,
  TWO_PHASE_COMMIT: 15,
} as const;
export const PermissionType = { UNKNOWN: 0, ANY: 1, DENY: 2, ALLOW: 3 } as const;

/** The one name a CLUSTER resource may have. */
export const CLUSTER_NAME = 'kafka-cluster';
/** A LITERAL binding named '*' applies to every resource of its type. */
export const WILDCARD = '*';

/** A filter as DescribeAcls and DeleteAcls carry it: null strings and the ANY codes match anything. */
export interface AclFilter {
  readonly resourceTypeFilter: number;
  readonly resourceNameFilter: string | null;
  readonly patternTypeFilter: number;
  readonly principalFilter: string | null;
  readonly hostFilter: string | null;
  readonly operation: number;
  readonly permissionType: number;
}

/** A code's name in its enumeration; a code Kafka does not know reads as UNKNOWN, as Kafka's fromCode makes it. */
function named(codes: Readonly<Record<string, number>>, code: number): string {
  const name = Object.keys(codes).find((k) => codes[k] === code);
  return name ?? `UNKNOWN (code ${code})`;
}

function isUnknown(codes: Readonly<Record<string, number>>, code: number): boolean {
  return code === 0 || !Object.values(codes).includes(code);
}

/** Why Kafka would refuse to create this binding (INVALID_REQUEST), or null when it may be created. */
export function invalidBinding(b: AclBinding): ApiError | null {
  const invalid = (message: string): ApiError => apiError(KafkaErrors.INVALID_REQUEST, message);
  if (b.resourceType === AclResourceType.CLUSTER && b.resourceName !== CLUSTER_NAME) return invalid(`The only valid name for the CLUSTER resource is ${CLUSTER_NAME}`);
  if (b.resourceName === '') return invalid('Invalid empty resource name');
  if (isUnknown(AclResourceType, b.resourceType) || b.resourceType === AclResourceType.ANY) return invalid(`Invalid resourceType ${named(AclResourceType, b.resourceType)}`);
  if (b.patternType !== PatternType.LITERAL && b.patternType !== PatternType.PREFIXED) {
    return invalid(`Invalid patternType ${named(PatternType, b.patternType)}: an ACL's pattern type is LITERAL or PREFIXED`);
  }
  if (isUnknown(AclOperation, b.operation) || b.operation === AclOperation.ANY) return invalid(`Invalid operation ${named(AclOperation, b.operation)}`);
  if (b.permissionType !== PermissionType.ALLOW && b.permissionType !== PermissionType.DENY) {
    return invalid(`Invalid permissionType ${named(PermissionType, b.permissionType)}: an ACL's permission type is ALLOW or DENY`);
  }
  if (!b.principal.includes(':')) {
    return invalid(`Could not parse principal from \`${b.principal}\` (no colon is present separating the principal type from the principal name, as in User:alice)`);
  }
  return null;
}

/** Why a filter cannot be used (INVALID_REQUEST: it has an UNKNOWN part), or null. */
export function invalidFilter(f: AclFilter): ApiError | null {
  if (isUnknown(AclResourceType, f.resourceTypeFilter)) return apiError(KafkaErrors.INVALID_REQUEST, `Unknown patternFilter: resourceType ${named(AclResourceType, f.resourceTypeFilter)}.`);
  if (isUnknown(PatternType, f.patternTypeFilter)) return apiError(KafkaErrors.INVALID_REQUEST, `Unknown patternFilter: patternType ${named(PatternType, f.patternTypeFilter)}.`);
  if (isUnknown(AclOperation, f.operation)) return apiError(KafkaErrors.INVALID_REQUEST, `Unknown entryFilter: operation ${named(AclOperation, f.operation)}.`);
  if (isUnknown(PermissionType, f.permissionType)) return apiError(KafkaErrors.INVALID_REQUEST, `Unknown entryFilter: permissionType ${named(PermissionType, f.permissionType)}.`);
  return null;
}

/**
 * Whether the filter matches the binding, as Kafka's AclBindingFilter does: ANY and null match
 * anything; pattern type MATCH with a name matches the LITERAL binding of that name, the LITERAL
 * wildcard '*' and every PREFIXED binding whose prefix the name starts with; any other pattern type
 * (ANY included) with a name matches only bindings of exactly that name.
 */
export function matches(f: AclFilter, b: AclBinding): boolean {
  if (f.resourceTypeFilter !== AclResourceType.ANY && f.resourceTypeFilter !== b.resourceType) return false;
  const p = f.patternTypeFilter;
  if (p !== PatternType.ANY && p !== PatternType.MATCH && p !== b.patternType) return false;
  if (!nameMatches(f.resourceNameFilter, p, b)) return false;
  if (f.principalFilter !== null && f.principalFilter !== b.principal) return false;
  if (f.hostFilter !== null && f.hostFilter !== b.host) return false;
  if (f.operation !== AclOperation.ANY && f.operation !== b.operation) return false;
  return f.permissionType === PermissionType.ANY || f.permissionType === b.permissionType;
}

function nameMatches(name: string | null, patternType: number, b: AclBinding): boolean {
  if (name === null) return true;
  if (patternType !== PatternType.MATCH) return name === b.resourceName;
  if (b.patternType === PatternType.LITERAL) return name === b.resourceName || b.resourceName === WILDCARD;
  return b.patternType === PatternType.PREFIXED && name.startsWith(b.resourceName);
}

/** A binding for log lines: `ALLOW User:alice@* READ TOPIC LITERAL:orders`. */
export function describeBinding(b: AclBinding): string {
  return `${named(PermissionType, b.permissionType)} ${b.principal}@${b.host} ${named(AclOperation, b.operation)} ${named(AclResourceType, b.resourceType)} ${named(PatternType, b.patternType)}:${b.resourceName}`;
}
