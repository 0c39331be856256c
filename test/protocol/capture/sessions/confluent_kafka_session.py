# A confluent-kafka-python (librdkafka) session against the capture listener at $BOOTSTRAP: admin
# (create, describe, delete a topic), an idempotent producer with acks=all, a consumer in a group,
# and a transaction. Run with Debian's /usr/bin/python3 by scripts/capture-vectors.ts, which kills it if it hangs.
import os
import time

from confluent_kafka import Consumer, KafkaException, Producer
from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic

common = {'bootstrap.servers': os.environ.get('BOOTSTRAP', '127.0.0.1:9092'), 'client.id': 'weir-vectors-confluent'}

admin = AdminClient(common)
for future in admin.create_topics([NewTopic('confluent-admin', 2, 1)]).values():
    future.result(10)
for future in admin.describe_configs([ConfigResource('topic', 'vectors')]).values():
    future.result(10)
for future in admin.delete_topics(['confluent-admin']).values():
    future.result(10)

producer = Producer({**common, 'enable.idempotence': True, 'acks': 'all', 'linger.ms': 5})
for i in range(3):
    producer.produce('vectors', key=f'k{i}', value=f'confluent record {i} ' * 8, headers=[('trace', f't{i}'.encode())])
producer.flush(10)

consumer = Consumer({**common, 'group.id': 'grp-confluent', 'auto.offset.reset': 'earliest', 'auto.commit.interval.ms': 1000,
                     'heartbeat.interval.ms': 1000, 'session.timeout.ms': 6000, 'fetch.wait.max.ms': 300})
consumer.subscribe(['vectors'])
seen = 0
until = time.time() + 6
while time.time() < until:
    message = consumer.poll(0.2)
    if message is not None and message.error() is None:
        seen += 1
try:
    consumer.commit(asynchronous=False)
except KafkaException:
    pass  # nothing left to commit
consumer.close()

transactional = Producer({**common, 'transactional.id': 'weir-vectors-confluent-tx'})
transactional.init_transactions(10)
transactional.begin_transaction()
transactional.produce('vectors', key='tx', value='confluent transactional record ' * 8)
transactional.commit_transaction(10)
print(f'confluent-kafka-python: consumed {seen} records')
