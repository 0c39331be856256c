# offsets_for_times with confluent-kafka. Argument: {"bootstrap", "topic", "queries": [[partition,
# timestamp], ...]}, asked one at a time. Prints {"offsets": [[partition, offset], ...]} in query order (-1: none at or after).
import confluent_kafka as ck

from common import args, emit

a = args()
consumer = ck.Consumer({'bootstrap.servers': a['bootstrap'], 'group.id': 'weir-compat-unused'})
# One query a call: a partition may be asked about several times.
result = [consumer.offsets_for_times([ck.TopicPartition(a['topic'], p, ts)], timeout=10)[0] for p, ts in a['queries']]
consumer.close()
emit({'offsets': [[tp.partition, tp.offset] for tp in result], 'errors': [str(tp.error) for tp in result if tp.error is not None]})
