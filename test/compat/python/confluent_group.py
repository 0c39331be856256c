# A confluent-kafka consumer group that rebalances as members join and leave. One thread polls
# both consumers in turn (librdkafka serves rebalance callbacks inside poll). Offsets are committed
# synchronously when partitions are revoked and before a consumer closes.
# Argument (stdin): {"bootstrap", "topic", "group", "partitions", "strategy", "rounds": [[record, ...] x 3]};
# strategy is partition.assignment.strategy: "range" (eager) or "cooperative-sticky" (incremental:
# callbacks then name only the partitions added or taken away, and events record the whole
# assignment after each).
#   round 1 is produced, then consumer a joins alone and reads it;
#   consumer b joins: the partitions are split between a and b; round 2 is produced and read;
#   b leaves (close): a gets every partition back; round 3 is produced and read by a.
# Prints {"timings": {step: ms}, "delivered": [[{"index", "partition", "offset", "error"}] per round],
#         "consumers": {"a": {"records", "events"}, "b": {...}}, "committed": [{"partition", "offset"}]}.
import time

import confluent_kafka as ck

from common import Deadline, args, data, emit, log, text

a = args()
topic, partitions = a['topic'], a['partitions']
everything = list(range(partitions))
producer = ck.Producer({'bootstrap.servers': a['bootstrap'], 'acks': 'all', 'linger.ms': 5})


def produce(records):
    delivered = []
    for i, r in enumerate(records):
        def cb(err, msg, i=i):
            delivered.append({'index': i, 'partition': msg.partition(), 'offset': msg.offset(), 'error': None if err is None else str(err)})
        producer.produce(topic, value=data(r['value']), key=data(r['key']), partition=r['partition'], timestamp=r['timestamp'],
                         headers=[(k, data(v)) for k, v in r['headers']], on_delivery=cb)
    left = producer.flush(30)
    if left:
        raise TimeoutError(f'{left} of {len(records)} records not acknowledged within 30 s; acknowledged: {delivered}')
    return delivered


class Member:
    def __init__(self, name):
        self.name = name
        self.records = []
        self.events = []
        self.assignment = []
        self.consumer = ck.Consumer({
            'bootstrap.servers': a['bootstrap'], 'group.id': a['group'], 'client.id': f'weir-compat-{name}',
            'auto.offset.reset': 'earliest', 'enable.auto.commit': False, 'session.timeout.ms': 6000,
            'heartbeat.interval.ms': 300, 'fetch.wait.max.ms': 100, 'partition.assignment.strategy': a['strategy'],
        })

    def subscribe(self):
        self.consumer.subscribe([topic], on_assign=self.on_assign, on_revoke=self.on_revoke)

    def on_assign(self, consumer, tps):
        self.assignment = sorted(set(self.assignment) | {tp.partition for tp in tps})
        self.events.append(['assign', self.assignment])

    def on_revoke(self, consumer, tps):
        self.commit()
        revoked = {tp.partition for tp in tps}
        self.assignment = sorted(set(self.assignment) - revoked)
        self.events.append(['revoke', sorted(revoked)])

    def commit(self):
        try:
            self.consumer.commit(asynchronous=False)
        except ck.KafkaException as e:
            if e.args[0].code() != ck.KafkaError._NO_OFFSET:
                raise

    def poll(self):
        msg = self.consumer.poll(0.05)
        if msg is None:
            return
        if msg.error():
            raise RuntimeError(f'{self.name}: {msg.error()}')
        ts_type, ts = msg.timestamp()
        self.records.append({'topic': msg.topic(), 'partition': msg.partition(), 'offset': msg.offset(), 'key': text(msg.key()),
                             'value': text(msg.value()), 'headers': [[k, text(v)] for k, v in (msg.headers() or [])],
                             'timestamp': ts, 'timestamp_type': ts_type})

    def close(self):
        self.commit()
        self.consumer.close()


timings = {}


def until(what, members, done, seconds=20):
    started = time.monotonic()
    deadline = Deadline(seconds, what)
    while not done():
        deadline.check(str({m.name: (m.assignment, len(m.records)) for m in members}))
        for m in members:
            m.poll()
    timings[what] = round((time.monotonic() - started) * 1000)
    log(f'{what}: done in {timings[what]} ms')


def count(members, prefix):
    return sum(1 for m in members for r in m.records if r['value'].startswith(prefix))


rounds = a['rounds']
delivered = [produce(rounds[0])]
ma, mb = Member('a'), Member('b')
ma.subscribe()
until('a alone reads round 1', [ma], lambda: ma.assignment == everything and count([ma], 'round 1') == len(rounds[0]))
mb.subscribe()
until('a and b split the partitions', [ma, mb],
      lambda: ma.assignment and mb.assignment and sorted(ma.assignment + mb.assignment) == everything)
delivered.append(produce(rounds[1]))
until('a and b read round 2', [ma, mb], lambda: count([ma, mb], 'round 2') == len(rounds[1]))
mb.close()
until('a takes every partition back', [ma], lambda: ma.assignment == everything)
delivered.append(produce(rounds[2]))
until('a reads round 3', [ma], lambda: count([ma], 'round 3') == len(rounds[2]))
ma.close()

check = ck.Consumer({'bootstrap.servers': a['bootstrap'], 'group.id': a['group']})
committed = check.committed([ck.TopicPartition(topic, p) for p in everything], timeout=10)
check.close()
emit({'timings': timings, 'delivered': delivered, 'consumers': {m.name: {'records': m.records, 'events': m.events} for m in (ma, mb)},
      'committed': [{'partition': tp.partition, 'offset': tp.offset} for tp in committed]})
