# ACLs with kafka-python's KafkaAdminClient (CreateAcls, DescribeAcls, DeleteAcls v1): create
# bindings (one of them invalid), describe them with an ANY filter and a MATCH filter, delete with a
# filter. Debian's confluent-kafka (1.7) predates AdminClient.create_acls (1.9), so kafka-python is
# the Python client here. Argument: {"bootstrap"}. Prints each step's result: bindings as
# [resource_type, name, pattern_type, principal, host, operation, permission_type] in Kafka's codes,
# errors as [code, class name].
from kafka import KafkaAdminClient
from kafka.admin import ACL, ACLFilter, ACLOperation, ACLPermissionType, ACLResourcePatternType, ResourcePattern, ResourcePatternFilter, ResourceType

from common import args, emit

a = args()
admin = KafkaAdminClient(bootstrap_servers=a['bootstrap'], client_id='weir-compat-kafka-python-acls', request_timeout_ms=10000)
out = {}


def binding(acl):
    p = acl.resource_pattern
    return [p.resource_type.value, p.resource_name, p.pattern_type.value, acl.principal, acl.host, acl.operation.value, acl.permission_type.value]


def error(e):
    return [e.errno, e.__name__]


created = admin.create_acls([
    ACL('User:erin', '*', ACLOperation.READ, ACLPermissionType.ALLOW, ResourcePattern(ResourceType.TOPIC, 'payments', ACLResourcePatternType.LITERAL)),
    ACL('User:erin', '*', ACLOperation.WRITE, ACLPermissionType.DENY, ResourcePattern(ResourceType.TOPIC, 'pay', ACLResourcePatternType.PREFIXED)),
    ACL('User:erin', '192.168.0.7', ACLOperation.READ, ACLPermissionType.ALLOW, ResourcePattern(ResourceType.GROUP, 'payments-app', ACLResourcePatternType.LITERAL)),
    # No principal type: the broker refuses it (the client does not check).
    ACL('erin', '*', ACLOperation.READ, ACLPermissionType.ALLOW, ResourcePattern(ResourceType.TOPIC, 'payments', ACLResourcePatternType.LITERAL)),
])
out['created'] = [binding(x) for x in created['succeeded']]
out['failed'] = [[binding(acl), error(e)] for acl, e in created['failed']]

acls, err = admin.describe_acls(ACLFilter(None, None, ACLOperation.ANY, ACLPermissionType.ANY, ResourcePatternFilter(ResourceType.ANY, None, ACLResourcePatternType.ANY)))
out['described_any'] = [binding(x) for x in acls]
out['described_any_error'] = error(err)

acls, err = admin.describe_acls(ACLFilter(None, None, ACLOperation.ANY, ACLPermissionType.ANY, ResourcePatternFilter(ResourceType.TOPIC, 'payments-eu', ACLResourcePatternType.MATCH)))
out['described_match'] = [binding(x) for x in acls]

results = admin.delete_acls([
    ACLFilter('User:erin', None, ACLOperation.ANY, ACLPermissionType.ANY, ResourcePatternFilter(ResourceType.TOPIC, None, ACLResourcePatternType.ANY)),
    ACLFilter(None, None, ACLOperation.ANY, ACLPermissionType.ANY, ResourcePatternFilter(ResourceType.TRANSACTIONAL_ID, None, ACLResourcePatternType.ANY)),
])
out['deleted'] = [[[binding(acl) + [error(e)] for acl, e in matched], error(e)] for _, matched, e in results]

acls, _ = admin.describe_acls(ACLFilter(None, None, ACLOperation.ANY, ACLPermissionType.ANY, ResourcePatternFilter(ResourceType.ANY, None, ACLResourcePatternType.ANY)))
out['described_after_delete'] = [binding(x) for x in acls]
admin.close()
emit(out)
