# Makes part of an estate with confluent-kafka (librdkafka), for test/platform/import.test.ts.
# Argument (stdin): {"bootstrap", "topics": [{"name", "partitions", "configs"}], "records": [{"topic",
# "partition", "value"}], "group": {"id", "topics", "count"} or null}. Creates the topics with the
# AdminClient, produces the records, then (with a group) a consumer of that group subscribes to its
# topics, reads `count` records, commits its positions synchronously and closes.
# Prints {"consumed": n} as its last line.
import json
import sys
import time

import confluent_kafka as ck
from confluent_kafka.admin import AdminClient, NewTopic

a = json.loads(sys.stdin.read())
bootstrap = a['bootstrap']

if a.get('topics'):
    admin = AdminClient({'bootstrap.servers': bootstrap})
    futures = admin.create_topics([NewTopic(t['name'], num_partitions=t['partitions'], config=t['configs']) for t in a['topics']])
    for f in futures.values():
        f.result(timeout=20)

if a.get('records'):
    producer = ck.Producer({'bootstrap.servers': bootstrap})
    for r in a['records']:
        producer.produce(r['topic'], value=r['value'].encode(), partition=r['partition'])
    if producer.flush(20) != 0:
        raise RuntimeError('records left undelivered')

consumed = 0
g = a.get('group')
if g:
    consumer = ck.Consumer({'bootstrap.servers': bootstrap, 'group.id': g['id'], 'enable.auto.commit': False,
                            'auto.offset.reset': 'earliest', 'session.timeout.ms': 6000, 'fetch.wait.max.ms': 100})
    consumer.subscribe(g['topics'])
    until = time.monotonic() + 30
    while consumed < g['count']:
        if time.monotonic() > until:
            raise TimeoutError(f'read {consumed} of {g["count"]} records')
        msg = consumer.poll(0.1)
        if msg is None:
            continue
        if msg.error():
            raise RuntimeError(str(msg.error()))
        consumed += 1
    consumer.commit(asynchronous=False)
    consumer.close()

print(json.dumps({'consumed': consumed}), flush=True)
