# A kafka-python session against the capture listener at $BOOTSTRAP: admin (create, describe,
# delete a topic; list and describe groups), a producer (plain and gzip) with acks=all, and a
# consumer in a group. Run with Debian's /usr/bin/python3 by scripts/capture-vectors.ts, which
# kills it if it hangs.
import os

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import ConfigResource, ConfigResourceType, NewTopic

bootstrap = os.environ.get('BOOTSTRAP', '127.0.0.1:9092')
client_id = 'weir-vectors-kafka-python'

admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id=client_id, request_timeout_ms=5000)
admin.create_topics([NewTopic('kafka-python-admin', 2, 1)])
admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, 'vectors')])
admin.delete_topics(['kafka-python-admin'])

for compression in (None, 'gzip'):
    producer = KafkaProducer(bootstrap_servers=bootstrap, client_id=client_id, acks='all', linger_ms=5, compression_type=compression)
    for i in range(3):
        producer.send('vectors', key=f'k{i}'.encode(), value=(f'kafka-python record {i} ' * 8).encode(), headers=[('trace', f't{i}'.encode())])
    producer.flush(10)
    producer.close(5)

consumer = KafkaConsumer('vectors', bootstrap_servers=bootstrap, client_id=client_id, group_id='grp-kafka-python',
                         auto_offset_reset='earliest', consumer_timeout_ms=4000, auto_commit_interval_ms=1000,
                         heartbeat_interval_ms=1000, fetch_max_wait_ms=300)
seen = sum(1 for _ in consumer)
consumer.commit()
admin.list_consumer_groups()
admin.describe_consumer_groups(['grp-kafka-python'])
consumer.close()
admin.close()
print(f'kafka-python: consumed {seen} records')
