# An idempotent acks=all producer (librdkafka through confluent-kafka) that runs until SIGTERM,
# printing "ack <seq> <partition> <offset>" for every delivered record and "err <seq> <reason>"
# for any that fails. On SIGTERM it flushes what is in flight and exits.
import signal
import sys

from confluent_kafka import Producer

running = True


def stop(*_):
    global running
    running = False


signal.signal(signal.SIGTERM, stop)

producer = Producer({
    'bootstrap.servers': sys.argv[1],
    'enable.idempotence': True,
    'acks': 'all',
    'linger.ms': 2,
    'message.timeout.ms': 300000,
    'reconnect.backoff.ms': 20,
    'reconnect.backoff.max.ms': 200,
    'topic.metadata.refresh.interval.ms': 1000,
})


def delivered(err, msg):
    if err is None:
        print(f'ack {msg.value().decode()} {msg.partition()} {msg.offset()}', flush=True)
    else:
        print(f'err {msg.value().decode()} {err}', flush=True)


seq = 0
while running:
    try:
        producer.produce('crash', key=str(seq % 7), value=str(seq), on_delivery=delivered)
        seq += 1
    except BufferError:
        producer.poll(0.05)
    producer.poll(0)
    if seq % 50 == 0:
        producer.poll(0.005)
left = producer.flush(120)
print(f'done {seq} {left}', flush=True)
