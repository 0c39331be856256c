# Produces records with confluent-kafka (librdkafka) and prints their delivery reports.
# Argument (stdin): {"bootstrap", "config": {producer config}, "records": [record, ...]}; each record goes
# to its given partition with its key, headers and timestamp. Prints {"delivered": [{"partition",
# "offset", "index", "error"}]} in delivery-report order.
import confluent_kafka as ck

from common import args, data, emit, log

a = args()
producer = ck.Producer({'bootstrap.servers': a['bootstrap'], 'client.id': 'weir-compat-confluent', **a.get('config', {})})
delivered = []


def report(index):
    def cb(err, msg):
        delivered.append({'index': index, 'partition': msg.partition(), 'offset': msg.offset(), 'error': None if err is None else str(err)})
    return cb


for i, r in enumerate(a['records']):
    producer.produce(r['topic'], value=data(r['value']), key=data(r['key']), partition=r['partition'],
                     timestamp=r['timestamp'], headers=[(k, data(v)) for k, v in r['headers']], on_delivery=report(i))
    producer.poll(0)
left = producer.flush(30)
if left:
    log(f'{left} of {len(a["records"])} records not acknowledged within 30 s')
emit({'delivered': delivered})
