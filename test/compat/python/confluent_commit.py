# commit / committed with confluent-kafka. Argument: {"bootstrap", "topic", "group", "partitions",
# "commits": {"<partition>": offset}}.
#   1. a consumer of the group commits the given offsets (synchronously, without joining) and reads
#      them back with committed(); a group that never committed reads OFFSET_INVALID (-1001);
#   2. a second consumer of the group subscribes: it starts at the committed offsets and reads to
#      the end, commits, and committed() then reads the high watermarks.
# Prints {"first": [...], "other": [...], "records": [...], "after": [...], "ends": {...}}.
import confluent_kafka as ck

from common import Deadline, args, emit, text

a = args()
topic, group, partitions = a['topic'], a['group'], a['partitions']
base = {'bootstrap.servers': a['bootstrap'], 'enable.auto.commit': False, 'session.timeout.ms': 6000,
        'heartbeat.interval.ms': 300, 'fetch.wait.max.ms': 100, 'auto.offset.reset': 'earliest'}
tps = [ck.TopicPartition(topic, p) for p in range(partitions)]


def offsets(result):
    return [{'partition': tp.partition, 'offset': tp.offset, 'error': None if tp.error is None else str(tp.error)} for tp in result]


first = ck.Consumer({**base, 'group.id': group})
result = first.commit(offsets=[ck.TopicPartition(topic, int(p), o) for p, o in a['commits'].items()], asynchronous=False)
committed_first = first.committed(tps, timeout=10)
first.close()

other = ck.Consumer({**base, 'group.id': group + '-never-committed'})
committed_other = other.committed(tps, timeout=10)
other.close()

second = ck.Consumer({**base, 'group.id': group})
ends = {p: second.get_watermark_offsets(ck.TopicPartition(topic, p), timeout=10)[1] for p in range(partitions)}
second.subscribe([topic])
records = []
positions = {}
deadline = Deadline(30, 'reading from the committed offsets to the end')
while any(positions.get(p, -1) + 1 < ends[p] for p in range(partitions) if ends[p] > int(a['commits'].get(str(p), 0))):
    deadline.check(str(positions))
    msg = second.poll(0.1)
    if msg is None:
        continue
    if msg.error():
        raise RuntimeError(str(msg.error()))
    ts_type, ts = msg.timestamp()
    records.append({'topic': msg.topic(), 'partition': msg.partition(), 'offset': msg.offset(), 'key': text(msg.key()),
                    'value': text(msg.value()), 'headers': [[k, text(v)] for k, v in (msg.headers() or [])], 'timestamp': ts})
    positions[msg.partition()] = msg.offset()
second.commit(asynchronous=False)
committed_after = second.committed(tps, timeout=10)
second.close()
emit({'commit_result': offsets(result), 'first': offsets(committed_first), 'other': offsets(committed_other),
      'records': records, 'after': offsets(committed_after), 'ends': ends})
