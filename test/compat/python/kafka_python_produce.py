# Produces records with kafka-python (Debian's python3-kafka 2.0.2) and prints their metadata.
# Argument (stdin): {"bootstrap", "config": {KafkaProducer options}, "records": [record, ...]}; each record
# goes to its partition with its key, headers and timestamp. Prints {"delivered": [{"index",
# "partition", "offset", "timestamp", "error"}]} in record order.
from kafka import KafkaProducer

from common import args, data, emit

a = args()
producer = KafkaProducer(bootstrap_servers=a['bootstrap'], client_id='weir-compat-kafka-python', **a.get('config', {}))
futures = [producer.send(r['topic'], value=data(r['value']), key=data(r['key']), partition=r['partition'],
                         timestamp_ms=r['timestamp'], headers=[(k, data(v)) for k, v in r['headers']]) for r in a['records']]
producer.flush(30)
delivered = []
for i, f in enumerate(futures):
    try:
        m = f.get(timeout=30)
        delivered.append({'index': i, 'partition': m.partition, 'offset': m.offset, 'timestamp': m.timestamp, 'error': None})
    except Exception as e:  # noqa: BLE001 — reported to the test
        delivered.append({'index': i, 'partition': None, 'offset': None, 'timestamp': None, 'error': repr(e)})
producer.close(10)
emit({'delivered': delivered})
