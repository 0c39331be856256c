# Admin with kafka-python's KafkaAdminClient: create a topic with configs, describe its configs and
# the broker's, try to create it again, delete it. Argument: {"bootstrap", "topic", "partitions",
# "configs": {name: value}}. Prints what each step returned (errors as codes and names).
from kafka import KafkaAdminClient, KafkaConsumer
from kafka.admin import ConfigResource, ConfigResourceType, NewTopic
from kafka.errors import KafkaError

from common import args, emit

a = args()
topic = a['topic']
admin = KafkaAdminClient(bootstrap_servers=a['bootstrap'], client_id='weir-compat-kafka-python-admin', request_timeout_ms=10000)
out = {}


def errors(response, field):
    """[name, error_code] pairs of a CreateTopics/DeleteTopics response."""
    return [[e[0], e[1]] for e in getattr(response, field)]


def topics():
    c = KafkaConsumer(bootstrap_servers=a['bootstrap'], group_id=None)
    names = sorted(c.topics())
    partitions = sorted(c.partitions_for_topic(topic) or []) if topic in names else None
    c.close()
    return names, partitions


created = admin.create_topics([NewTopic(topic, a['partitions'], 1, topic_configs=a['configs'])], timeout_ms=10000)
out['create'] = errors(created, 'topic_errors')
names, partitions = topics()
out['listed_after_create'] = topic in names
out['partitions'] = partitions
try:
    again = admin.create_topics([NewTopic(topic, a['partitions'], 1)], timeout_ms=10000)
    out['create_again'] = errors(again, 'topic_errors')
except KafkaError as e:
    out['create_again'] = [[topic, getattr(e, 'errno', None), type(e).__name__]]

described = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])
out['describe_version'] = type(described[0]).__name__
out['describe'] = [
    {'error_code': r[0], 'resource_type': r[2], 'resource_name': r[3],
     'configs': {c[0]: {'value': c[1], 'read_only': c[2], 'default_or_source': c[3], 'sensitive': c[4]} for c in r[4]}}
    for resp in described for r in resp.resources
]
broker = admin.describe_configs([ConfigResource(ConfigResourceType.BROKER, '1')])
out['describe_broker'] = [{'error_code': r[0], 'resource_name': r[3], 'names': sorted(c[0] for c in r[4])} for resp in broker for r in resp.resources]

deleted = admin.delete_topics([topic], timeout_ms=10000)
out['delete'] = errors(deleted, 'topic_error_codes')
names, _ = topics()
out['listed_after_delete'] = topic in names
admin.close()
emit(out)
