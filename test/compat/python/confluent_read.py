# Reads whole partitions with a confluent-kafka consumer without a group (assign from the earliest
# offset up to the high watermark read first). Argument: {"bootstrap", "topic", "partitions"}.
# Prints {"records": [record with "offset" and "timestamp_type"]} in consumption order.
import confluent_kafka as ck

from common import Deadline, args, emit, text

a = args()
consumer = ck.Consumer({'bootstrap.servers': a['bootstrap'], 'group.id': 'weir-compat-unused', 'enable.auto.commit': False,
                        'fetch.wait.max.ms': 100})
ends = {}
assignment = []
for p in range(a['partitions']):
    low, high = consumer.get_watermark_offsets(ck.TopicPartition(a['topic'], p), timeout=10)
    ends[p] = high
    if high > low:
        assignment.append(ck.TopicPartition(a['topic'], p, ck.OFFSET_BEGINNING))
consumer.assign(assignment)
records = []
positions = {tp.partition: 0 for tp in assignment}
deadline = Deadline(30, 'reading to the high watermarks')
while any(positions[p] < ends[p] for p in positions):
    deadline.check(str(positions))
    msg = consumer.poll(0.2)
    if msg is None:
        continue
    if msg.error():
        raise RuntimeError(str(msg.error()))
    ts_type, ts = msg.timestamp()
    records.append({'topic': msg.topic(), 'partition': msg.partition(), 'offset': msg.offset(), 'key': text(msg.key()),
                    'value': text(msg.value()), 'headers': [[k, text(v)] for k, v in (msg.headers() or [])],
                    'timestamp': ts, 'timestamp_type': ts_type})
    positions[msg.partition()] = msg.offset() + 1
consumer.close()
emit({'records': records})
