# A kafka-python consumer group that rebalances as members join and leave. Each consumer is polled
# by a thread of its own: kafka-python joins the group inside poll() and blocks there until the
# rebalance completes, which needs the other member to poll too. Offsets are committed
# synchronously when partitions are revoked and before a consumer closes.
# Argument (stdin): {"bootstrap", "topic", "group", "partitions", "rounds": [[record, ...] x 3]}:
#   round 1 is produced, consumer a joins alone and reads it; consumer b joins and the partitions
#   are split; round 2 is produced and read by both; b leaves; a gets every partition back and
#   reads round 3.
# Prints {"timings": {step: ms}, "delivered": [[{"index", "partition", "offset"}] per round], "consumers": {"a": {"records",
#   "events"}, "b": {...}}, "committed": {"<partition>": offset}}.
import threading
import time

from kafka import ConsumerRebalanceListener, KafkaConsumer, KafkaProducer, TopicPartition

from common import Deadline, args, data, emit, log, text

a = args()
topic, partitions = a['topic'], a['partitions']
everything = list(range(partitions))
producer = KafkaProducer(bootstrap_servers=a['bootstrap'], acks='all', linger_ms=5)


def produce(records):
    futures = [producer.send(topic, value=data(r['value']), key=data(r['key']), partition=r['partition'], timestamp_ms=r['timestamp'],
                             headers=[(k, data(v)) for k, v in r['headers']]) for r in records]
    producer.flush(30)
    return [{'index': i, 'partition': m.partition, 'offset': m.offset} for i, m in enumerate(f.get(timeout=30) for f in futures)]


class Member(ConsumerRebalanceListener):
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.records = []
        self.events = []
        self.assignment = []
        self.error = None
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.run, name=name, daemon=True)
        self.consumer = KafkaConsumer(bootstrap_servers=a['bootstrap'], group_id=a['group'], client_id=f'weir-compat-{name}',
                                      auto_offset_reset='earliest', enable_auto_commit=False, session_timeout_ms=6000,
                                      heartbeat_interval_ms=300, fetch_max_wait_ms=100)

    def start(self):
        self.consumer.subscribe([topic], listener=self)
        self.thread.start()

    def on_partitions_assigned(self, assigned):
        with self.lock:
            self.assignment = sorted(tp.partition for tp in assigned)
            self.events.append(['assign', self.assignment])

    def on_partitions_revoked(self, revoked):
        if revoked:
            self.consumer.commit()
        with self.lock:
            self.assignment = []
            self.events.append(['revoke', sorted(tp.partition for tp in revoked)])

    def run(self):
        try:
            while not self.stopping.is_set():
                for tp, msgs in self.consumer.poll(timeout_ms=50).items():
                    with self.lock:
                        for m in msgs:
                            self.records.append({'topic': m.topic, 'partition': m.partition, 'offset': m.offset, 'key': text(m.key),
                                                 'value': text(m.value), 'headers': [[k, text(v)] for k, v in m.headers],
                                                 'timestamp': m.timestamp, 'timestamp_type': m.timestamp_type})
            self.consumer.commit()
            self.consumer.close(autocommit=False)
        except Exception as e:  # noqa: BLE001 — reported by until()
            self.error = repr(e)
            raise

    def stop(self, seconds=20):
        self.stopping.set()
        self.thread.join(seconds)
        if self.thread.is_alive():
            raise TimeoutError(f'{self.name} did not close within {seconds} s')

    def state(self):
        with self.lock:
            return list(self.assignment), list(self.records)


timings = {}


def until(what, members, done, seconds=20):
    started = time.monotonic()
    deadline = Deadline(seconds, what)
    while not done():
        for m in members:
            if m.error:
                raise RuntimeError(f'{m.name}: {m.error}')
        deadline.check(str({m.name: (m.state()[0], len(m.state()[1])) for m in members}))
        time.sleep(0.02)
    timings[what] = round((time.monotonic() - started) * 1000)
    log(f'{what}: done in {timings[what]} ms')


def count(members, prefix):
    return sum(1 for m in members for r in m.state()[1] if r['value'].startswith(prefix))


def assignment(m):
    return m.state()[0]


rounds = a['rounds']
delivered = [produce(rounds[0])]
ma, mb = Member('a'), Member('b')
ma.start()
until('a alone reads round 1', [ma], lambda: assignment(ma) == everything and count([ma], 'round 1') == len(rounds[0]))
mb.start()
until('a and b split the partitions', [ma, mb],
      lambda: assignment(ma) and assignment(mb) and sorted(assignment(ma) + assignment(mb)) == everything)
delivered.append(produce(rounds[1]))
until('a and b read round 2', [ma, mb], lambda: count([ma, mb], 'round 2') == len(rounds[1]))
mb.stop()
until('a takes every partition back', [ma], lambda: assignment(ma) == everything)
delivered.append(produce(rounds[2]))
until('a reads round 3', [ma], lambda: count([ma], 'round 3') == len(rounds[2]))
ma.stop()
producer.close(10)

check = KafkaConsumer(bootstrap_servers=a['bootstrap'], group_id=a['group'], enable_auto_commit=False)
committed = {p: check.committed(TopicPartition(topic, p)) for p in everything}
check.close(autocommit=False)
emit({'timings': timings, 'delivered': delivered, 'consumers': {m.name: {'records': m.records, 'events': m.events} for m in (ma, mb)}, 'committed': committed})
