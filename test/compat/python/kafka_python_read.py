# Reads whole partitions with a kafka-python consumer without a group: assign, seek to the
# beginning, poll up to the end offsets read first. Argument: {"bootstrap", "topic", "partitions"}.
# Prints {"records": [record with "offset" and "timestamp_type"]} in consumption order.
from kafka import KafkaConsumer, TopicPartition

from common import Deadline, args, emit, text

a = args()
consumer = KafkaConsumer(bootstrap_servers=a['bootstrap'], group_id=None, enable_auto_commit=False, fetch_max_wait_ms=100)
tps = [TopicPartition(a['topic'], p) for p in range(a['partitions'])]
consumer.assign(tps)
consumer.seek_to_beginning()
ends = consumer.end_offsets(tps)
records = []
deadline = Deadline(30, 'reading to the end offsets')
while any(consumer.position(tp) < ends[tp] for tp in tps):
    deadline.check(str({tp.partition: consumer.position(tp) for tp in tps}))
    for tp, msgs in consumer.poll(timeout_ms=200).items():
        for m in msgs:
            records.append({'topic': m.topic, 'partition': m.partition, 'offset': m.offset, 'key': text(m.key), 'value': text(m.value),
                            'headers': [[k, text(v)] for k, v in m.headers], 'timestamp': m.timestamp, 'timestamp_type': m.timestamp_type})
consumer.close()
emit({'records': records})
